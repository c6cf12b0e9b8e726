#include "model/edit/edits_project.h"

#include "model/core/ids.h"
#include "model/core/translate.h"
#include "model/core/values.h"
#include "model/edit/edit_primitives.h"
#include "model/edit/refusals.h"

namespace rw::edits {
namespace {

using namespace primitives;

// Locators: find the thing again in whatever project the command is applied to.
template <typename T>
auto findIn(std::vector<T> Project::*member, std::string id) {
    return [member, id](Project& p) -> T* {
        for (T& item : p.*member)
            if (item.id == id) return &item;
        return nullptr;
    };
}
template <typename T>
auto vectorOf(std::vector<T> Project::*member) {
    return [member](Project& p) { return &(p.*member); };
}
auto caseById(std::string caseId) {
    return [caseId](Project& p) { return p.findCase(caseId); };
}
auto attributeByKey(std::string key) {
    return [key](Project& p) -> AttributeDef* {
        for (AttributeDef& a : p.attributes)
            if (a.key == key) return &a;
        return nullptr;
    };
}

const char* fieldName(CaseField field) {
    switch (field) {
        case CaseField::Name: return "name";
        case CaseField::ShortName: return "short";
        case CaseField::Description: return "description";
    }
    return "";
}
const char* fieldName(SourceField field) {
    switch (field) {
        case SourceField::Title: return "title";
        case SourceField::Kind: return "kind";
        case SourceField::File: return "file";
        case SourceField::Date: return "date";
        case SourceField::Text: return "text";
    }
    return "";
}

bool citesSource(const std::vector<SourceRef>& refs, const std::string& sourceId) {
    for (const SourceRef& ref : refs)
        if (ref.source == sourceId) return true;
    return false;
}

}  // namespace

CommandPtr setCaseText(const Project& project, const std::string& caseId, CaseField field,
                       const std::string& text) {
    const Case* c = project.findCase(caseId);
    if (!c) return missing(Thing::Case, caseId);
    Case updated = *c;
    std::string name;
    switch (field) {
        case CaseField::Name:
            updated.name = text;
            name = fill(tr("Rename case {1}"), {c->displayName()});
            break;
        case CaseField::ShortName:
            updated.shortName = text;
            name = fill(tr("Change short name of {1}"), {c->displayName()});
            break;
        case CaseField::Description:
            updated.description = text;
            name = fill(tr("Edit description of {1}"), {c->displayName()});
            break;
    }
    return replaceItem<Case>(caseById(caseId), std::move(updated), name,
                             Change{Change::Scope::Case, {}, {}, caseId},
                             "case/" + caseId + "/" + fieldName(field));
}

CommandPtr setVerdictNote(const Project& project, const std::string& caseId, const std::string& nodeId,
                          const std::string& note) {
    const Case* c = project.findCase(caseId);
    const Node* node = project.findNodeAnywhere(nodeId);
    if (!c) return missing(Thing::Case, caseId);
    if (!node) return missing(Thing::Node, nodeId);
    std::string name = fill(tr("Edit note on {1} in {2}"), {quoted(node->label), c->displayName()});
    Change change{Change::Scope::Verdict, {}, nodeId, caseId};
    std::string key = "verdict-note/" + caseId + "/" + nodeId;
    const Verdict* existing = c->findVerdict(nodeId);
    if (!existing) {
        if (note.empty()) return refuse(tr("The cell has no note to remove."));
        auto verdicts = [caseId](Project& p) -> std::vector<Verdict>* {
            Case* owner = p.findCase(caseId);
            return owner ? &owner->verdicts : nullptr;
        };
        return insertItem<Verdict>(verdicts, c->verdicts.size(),
                                   Verdict{nodeId, VerdictValue::NotAssessed, note, {}}, name, change, key);
    }
    Verdict updated = *existing;
    updated.note = note;
    auto locate = [caseId, nodeId](Project& p) -> Verdict* {
        Case* owner = p.findCase(caseId);
        return owner ? owner->findVerdict(nodeId) : nullptr;
    };
    return replaceItem<Verdict>(locate, std::move(updated), name, change, key);
}

CommandPtr changeMeta(const Project& project, const Meta& updated, MetaField field) {
    (void)project;
    std::string name;
    std::string key;
    switch (field) {
        case MetaField::Title: name = tr("Edit project title"); key = "meta/title"; break;
        case MetaField::Authors: name = tr("Edit project authors"); key = "meta/authors"; break;
        case MetaField::Description: name = tr("Edit project description"); key = "meta/description"; break;
    }
    auto locate = [](Project& p) { return &p.meta; };
    return replaceItem<Meta>(locate, updated, name, Change{Change::Scope::Project, {}, {}, {}}, key);
}

CommandPtr addTheory(const Project& project, Theory theory) {
    if (theory.id.empty())
        theory.id = uniqueId(slugify(theory.name),
                             [&](const std::string& id) { return project.findTheory(id) != nullptr; });
    else if (project.findTheory(theory.id))
        return taken(Thing::Theory, theory.id);
    std::string name = fill(tr("Add theory {1}"), {quoted(theory.name)});
    Change change{Change::Scope::Theory, theory.id, theory.id, {}};
    std::string id = theory.id;
    return Edit(insertItem<Theory>(vectorOf(&Project::theories), project.theories.size(), std::move(theory), name,
                                   change))
        .withNewId(std::move(id));
}

CommandPtr setTheoryText(const Project& project, const std::string& theoryId, TheoryField field,
                         const std::string& text) {
    const Theory* theory = project.findTheory(theoryId);
    if (!theory) return missing(Thing::Theory, theoryId);
    // Only the one string travels: a whole-theory swap would copy every node on each keystroke.
    std::string name = field == TheoryField::Name ? fill(tr("Rename theory {1}"), {quoted(theory->name)})
                                                  : fill(tr("Edit description of {1}"), {quoted(theory->name)});
    Change change{Change::Scope::Theory, theoryId, theoryId, {}};
    std::string key = std::string("theory/") + theoryId + (field == TheoryField::Name ? "/name" : "/description");
    auto locate = [theoryId, field](Project& p) -> std::string* {
        Theory* t = p.findTheory(theoryId);
        if (!t) return nullptr;
        return field == TheoryField::Name ? &t->name : &t->description;
    };
    return replaceItem<std::string>(locate, text, name, change, key);
}

CommandPtr removeTheory(const Project& project, const std::string& theoryId) {
    auto index = indexOf(project.theories, byId(theoryId));
    if (!index) return missing(Thing::Theory, theoryId);
    const Theory& theory = project.theories[*index];
    if (project.theories.size() == 1) {
        return refuse(tr("A project needs at least one theory: this is the last one."));
    }
    auto elsewhere = [&](const std::string& nodeId) {
        for (const Theory& t : project.theories)
            if (t.id != theoryId && t.findNode(nodeId)) return true;
        return false;
    };
    for (const Condition& condition : project.conditions)
        if (!condition.node.empty() && theory.findNode(condition.node) && !elsewhere(condition.node)) {
            return refuse(fill(tr("The condition {1} uses the node {2} of this theory."),
                               {quoted(condition.label.empty() ? condition.id : condition.label),
                                quoted(theory.findNode(condition.node)->label)}));
        }
    std::string name = fill(tr("Delete theory {1}"), {quoted(theory.name)});
    Change change{Change::Scope::Theory, theoryId, theoryId, {}};
    auto compound = std::make_unique<CompoundCommand>(name);
    // Verdicts on nodes no other theory has would point at nothing: they go too (from the last
    // index down, so each erase leaves the earlier indices valid).
    for (const Case& c : project.cases) {
        auto verdicts = [caseId = c.id](Project& p) -> std::vector<Verdict>* {
            Case* owner = p.findCase(caseId);
            return owner ? &owner->verdicts : nullptr;
        };
        for (std::size_t i = c.verdicts.size(); i-- > 0;)
            if (theory.findNode(c.verdicts[i].node) && !elsewhere(c.verdicts[i].node))
                compound->addApplied(eraseItem<Verdict>(verdicts, i, name, change));
    }
    compound->addApplied(eraseItem<Theory>(vectorOf(&Project::theories), *index, name, change));
    return compound;
}

CommandPtr duplicateTheory(const Project& project, const std::string& theoryId, const std::string& name) {
    auto index = indexOf(project.theories, byId(theoryId));
    if (!index) return missing(Thing::Theory, theoryId);
    Theory copy = project.theories[*index];
    copy.name = name.empty() ? fill(tr("{1} (copy)"), {copy.name}) : name;
    copy.id = uniqueId(slugify(copy.name), [&](const std::string& id) { return project.findTheory(id) != nullptr; });
    std::string text = fill(tr("Duplicate theory {1}"), {quoted(project.theories[*index].name)});
    Change change{Change::Scope::Theory, copy.id, copy.id, {}};
    return insertItem<Theory>(vectorOf(&Project::theories), *index + 1, std::move(copy), text, change);
}

CommandPtr changeSource(const Project& project, const Source& updated, SourceField field) {
    const Source* source = project.findSource(updated.id);
    if (!source) return missing(Thing::Source, updated.id);
    std::string name = fill(tr("Edit source {1}"), {quoted(source->title)});
    return replaceItem<Source>(findIn(&Project::sources, updated.id), updated, name,
                               Change{Change::Scope::Project, {}, updated.id, {}},
                               "source/" + updated.id + "/" + fieldName(field));
}

CommandPtr removeSource(const Project& project, const std::string& sourceId) {
    auto index = indexOf(project.sources, byId(sourceId));
    if (!index) return missing(Thing::Source, sourceId);
    for (const Case& c : project.cases)
        for (const Verdict& v : c.verdicts)
            for (const Evidence& e : v.evidence)
                if (e.ref.source == sourceId) {
                    return refuse(fill(tr("Quotes cite this source (the first in case {1}): delete or change them first."),
                                       {c.displayName()}));
                }
    for (const Theory& theory : project.theories) {
        for (const Node& node : theory.nodes)
            if (citesSource(node.refs, sourceId)) {
                return refuse(fill(tr("The node {1} refers to this source: remove the reference first."),
                                   {quoted(node.label)}));
            }
        for (const Link& link : theory.links)
            if (citesSource(link.refs, sourceId)) {
                return refuse(fill(tr("A link of {1} refers to this source: remove the reference first."),
                                   {quoted(theory.name)}));
            }
    }
    std::string name = fill(tr("Delete source {1}"), {quoted(project.sources[*index].title)});
    return eraseItem<Source>(vectorOf(&Project::sources), *index, name,
                             Change{Change::Scope::Project, {}, sourceId, {}});
}

CommandPtr changeInformant(const Project& project, const Informant& updated, InformantField field) {
    if (!project.findInformant(updated.id)) return missing(Thing::Informant, updated.id);
    if (!updated.caseId.empty() && !project.findCase(updated.caseId)) return missing(Thing::Case, updated.caseId);
    const char* what = field == InformantField::Role ? "role" : field == InformantField::Case ? "case" : "note";
    std::string name = fill(tr("Edit informant {1}"), {updated.id});
    return replaceItem<Informant>(findIn(&Project::informants, updated.id), updated, name,
                                  Change{Change::Scope::Project, {}, updated.id, updated.caseId},
                                  "informant/" + updated.id + "/" + what);
}

CommandPtr removeInformant(const Project& project, const std::string& informantId) {
    auto index = indexOf(project.informants, byId(informantId));
    if (!index) return missing(Thing::Informant, informantId);
    for (const Case& c : project.cases)
        for (const Verdict& v : c.verdicts)
            for (const Evidence& e : v.evidence)
                if (e.informant == informantId) {
                    return refuse(fill(tr("Quotes of informant {1} are cited (the first in case {2}): "
                                          "delete or change them first."),
                                       {informantId, c.displayName()}));
                }
    return eraseItem<Informant>(vectorOf(&Project::informants), *index,
                                fill(tr("Delete informant {1}"), {informantId}),
                                Change{Change::Scope::Project, {}, informantId, {}});
}

CommandPtr addAttribute(const Project& project, AttributeDef attribute) {
    if (attribute.key.empty())
        attribute.key = uniqueId(slugify(attribute.label),
                                 [&](const std::string& key) { return project.findAttribute(key) != nullptr; });
    else if (project.findAttribute(attribute.key))
        return taken(Thing::Attribute, attribute.key);
    std::string name = fill(tr("Add attribute {1}"), {quoted(attribute.label.empty() ? attribute.key : attribute.label)});
    Change change{Change::Scope::Project, {}, attribute.key, {}};
    return insertItem<AttributeDef>(vectorOf(&Project::attributes), project.attributes.size(),
                                    std::move(attribute), name, change);
}

CommandPtr changeAttribute(const Project& project, const AttributeDef& updated) {
    const AttributeDef* attribute = project.findAttribute(updated.key);
    if (!attribute) return missing(Thing::Attribute, updated.key);
    for (const Case& c : project.cases)
        if (const AttributeValue* value = c.findValue(updated.key)) {
            std::string why = whyValueDoesNotFit(updated, value->value);
            if (!why.empty()) {
                return refuse(fill(tr("The value {1} of case {2} would not fit: {3}"),
                                   {quoted(value->value), c.displayName(), why}));
            }
        }
    std::string name = fill(tr("Edit attribute {1}"), {quoted(attribute->label.empty() ? attribute->key : attribute->label)});
    return replaceItem<AttributeDef>(attributeByKey(updated.key), updated, name,
                                     Change{Change::Scope::Project, {}, updated.key, {}},
                                     "attribute/" + updated.key);
}

CommandPtr removeAttribute(const Project& project, const std::string& key) {
    auto index = indexOf(project.attributes, [&](const AttributeDef& a) { return a.key == key; });
    if (!index) return missing(Thing::Attribute, key);
    for (const Condition& condition : project.conditions)
        if (condition.attribute == key) {
            return refuse(fill(tr("The condition {1} uses this attribute: delete it first."),
                               {quoted(condition.label.empty() ? condition.id : condition.label)}));
        }
    const AttributeDef& attribute = project.attributes[*index];
    std::string name = fill(tr("Delete attribute {1}"), {quoted(attribute.label.empty() ? key : attribute.label)});
    Change change{Change::Scope::Project, {}, key, {}};
    auto compound = std::make_unique<CompoundCommand>(name);
    for (const Case& c : project.cases)
        if (auto i = indexOf(c.values, [&](const AttributeValue& v) { return v.key == key; })) {
            auto values = [caseId = c.id](Project& p) -> std::vector<AttributeValue>* {
                Case* owner = p.findCase(caseId);
                return owner ? &owner->values : nullptr;
            };
            compound->addApplied(eraseItem<AttributeValue>(values, *i, name, change));
        }
    compound->addApplied(eraseItem<AttributeDef>(vectorOf(&Project::attributes), *index, name, change));
    return compound;
}

CommandPtr addCategory(const Project& project, Category category) {
    if (category.id.empty())
        category.id = uniqueId(slugify(category.label),
                               [&](const std::string& id) { return project.findCategory(id) != nullptr; });
    else if (project.findCategory(category.id))
        return taken(Thing::Category, category.id);
    std::string name = fill(tr("Add message category {1}"), {quoted(category.label)});
    Change change{Change::Scope::Project, {}, category.id, {}};
    std::string id = category.id;
    return Edit(insertItem<Category>(vectorOf(&Project::categories), project.categories.size(), std::move(category),
                                     name, change))
        .withNewId(std::move(id));
}

CommandPtr changeCategory(const Project& project, const Category& updated) {
    const Category* category = project.findCategory(updated.id);
    if (!category) return missing(Thing::Category, updated.id);
    std::string name = fill(tr("Edit message category {1}"), {quoted(category->label)});
    return replaceItem<Category>(findIn(&Project::categories, updated.id), updated, name,
                                 Change{Change::Scope::Project, {}, updated.id, {}}, "category/" + updated.id);
}

CommandPtr removeCategory(const Project& project, const std::string& categoryId) {
    auto index = indexOf(project.categories, byId(categoryId));
    if (!index) return missing(Thing::Category, categoryId);
    std::string name = fill(tr("Delete message category {1}"), {quoted(project.categories[*index].label)});
    Change change{Change::Scope::Project, {}, categoryId, {}};
    auto compound = std::make_unique<CompoundCommand>(name);
    for (const Case& c : project.cases)
        if (auto i = indexOf(c.messages.counts, [&](const MessageCount& m) { return m.category == categoryId; })) {
            auto counts = [caseId = c.id](Project& p) -> std::vector<MessageCount>* {
                Case* owner = p.findCase(caseId);
                return owner ? &owner->messages.counts : nullptr;
            };
            compound->addApplied(eraseItem<MessageCount>(counts, *i, name, change));
        }
    compound->addApplied(eraseItem<Category>(vectorOf(&Project::categories), *index, name, change));
    return compound;
}

}  // namespace rw::edits
