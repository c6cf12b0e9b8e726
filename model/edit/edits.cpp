#include "model/edit/edits.h"

#include <algorithm>
#include <functional>
#include <optional>

#include "model/core/ids.h"
#include "model/core/translate.h"
#include "model/core/values.h"
#include "model/edit/edit_primitives.h"
#include "model/edit/refusals.h"

namespace rw::edits {
namespace {

using primitives::byId;
using primitives::eraseItem;
using primitives::indexOf;
using primitives::insertItem;
using primitives::InsertOrErase;
using primitives::quoted;
using primitives::ReplaceItem;

// Locators: find the thing again in whatever project the command is applied to.
auto nodesOf(std::string theoryId) {
    return [theoryId](Project& p) -> std::vector<Node>* {
        Theory* theory = p.findTheory(theoryId);
        return theory ? &theory->nodes : nullptr;
    };
}
auto linksOf(std::string theoryId) {
    return [theoryId](Project& p) -> std::vector<Link>* {
        Theory* theory = p.findTheory(theoryId);
        return theory ? &theory->links : nullptr;
    };
}
auto verdictsOf(std::string caseId) {
    return [caseId](Project& p) -> std::vector<Verdict>* {
        Case* c = p.findCase(caseId);
        return c ? &c->verdicts : nullptr;
    };
}
auto valuesOf(std::string caseId) {
    return [caseId](Project& p) -> std::vector<AttributeValue>* {
        Case* c = p.findCase(caseId);
        return c ? &c->values : nullptr;
    };
}
auto evidenceOf(std::string caseId, std::string nodeId) {
    return [caseId, nodeId](Project& p) -> std::vector<Evidence>* {
        Case* c = p.findCase(caseId);
        Verdict* verdict = c ? c->findVerdict(nodeId) : nullptr;
        return verdict ? &verdict->evidence : nullptr;
    };
}

bool evidenceIdTaken(const Project& project, const std::string& id) {
    for (const Case& c : project.cases)
        for (const Verdict& v : c.verdicts)
            for (const Evidence& e : v.evidence)
                if (e.id == id) return true;
    return false;
}

const Verdict* findVerdictWithEvidence(const Case& c, const std::string& evidenceId,
                                       std::size_t* index) {
    for (const Verdict& verdict : c.verdicts)
        if (auto i = indexOf(verdict.evidence, byId(evidenceId))) {
            *index = *i;
            return &verdict;
        }
    return nullptr;
}

const char* fieldName(NodeField field) {
    switch (field) {
        case NodeField::Label: return "label";
        case NodeField::Description: return "description";
        case NodeField::Assumption: return "assumption";
        case NodeField::Kind: return "kind";
        case NodeField::Level: return "level";
        case NodeField::Refs: return "sources";
    }
    return "";
}

const char* fieldName(LinkField field) {
    switch (field) {
        case LinkField::Label: return "label";
        case LinkField::Description: return "description";
        case LinkField::Assumption: return "assumption";
        case LinkField::Kind: return "kind";
        case LinkField::Ends: return "ends";
        case LinkField::Refs: return "sources";
    }
    return "";
}

// The field names above are merge keys; these are what a user reads in Edit ▸ Undo.
std::string fieldLabel(NodeField field) {
    switch (field) {
        case NodeField::Label: return tr("label");
        case NodeField::Description: return tr("description");
        case NodeField::Assumption: return tr("assumption");
        case NodeField::Kind: return tr("kind");
        case NodeField::Level: return tr("level");
        case NodeField::Refs: return tr("sources");
    }
    return "";
}

std::string fieldLabel(LinkField field) {
    switch (field) {
        case LinkField::Label: return tr("label");
        case LinkField::Description: return tr("description");
        case LinkField::Assumption: return tr("assumption");
        case LinkField::Kind: return tr("kind");
        case LinkField::Ends: return tr("ends");
        case LinkField::Refs: return tr("sources");
    }
    return "";
}

std::string fieldLabel(EvidenceField field) {
    switch (field) {
        case EvidenceField::Quote: return tr("quote");
        case EvidenceField::Stance: return tr("stance");
        case EvidenceField::Source: return tr("source");
        case EvidenceField::Informant: return tr("informant");
        case EvidenceField::Role: return tr("role");
        case EvidenceField::Note: return tr("note");
        case EvidenceField::Location: return tr("location");
    }
    return "";
}

const char* fieldName(EvidenceField field) {
    switch (field) {
        case EvidenceField::Quote: return "quote";
        case EvidenceField::Stance: return "stance";
        case EvidenceField::Source: return "source";
        case EvidenceField::Informant: return "informant";
        case EvidenceField::Role: return "role";
        case EvidenceField::Note: return "note";
        case EvidenceField::Location: return "location";
    }
    return "";
}

}  // namespace

CommandPtr addNode(const Project& project, const std::string& theoryId, Node node) {
    const Theory* theory = project.findTheory(theoryId);
    if (!theory) return missing(Thing::Theory, theoryId);
    if (node.id.empty())
        node.id = uniqueId(slugify(node.label), [&](const std::string& id) {
            return theory->findNode(id) != nullptr;
        });
    else if (theory->findNode(node.id))
        return taken(Thing::Node, node.id);
    std::string text = fill(tr("Add {1} {2}"), {localName(node.kind), quoted(node.label)});
    Change change{Change::Scope::Node, theoryId, node.id, {}};
    std::string id = node.id;
    return Edit(insertItem<Node>(nodesOf(theoryId), theory->nodes.size(), std::move(node), text, change))
        .withNewId(std::move(id));
}

CommandPtr removeNode(const Project& project, const std::string& theoryId, const std::string& nodeId) {
    const Theory* theory = project.findTheory(theoryId);
    const Node* node = theory ? theory->findNode(nodeId) : nullptr;
    if (!node) return theory ? missing(Thing::Node, nodeId) : missing(Thing::Theory, theoryId);
    auto compound = std::make_unique<CompoundCommand>(fill(tr("Delete {1}"), {quoted(node->label)}));
    Change change{Change::Scope::Node, theoryId, nodeId, {}};
    // Links go from the highest index down, so each erase leaves the earlier indices valid.
    for (std::size_t i = theory->links.size(); i-- > 0;) {
        const Link& link = theory->links[i];
        if (link.from == nodeId || link.to == nodeId)
            compound->addApplied(
                eraseItem<Link>(linksOf(theoryId), i, "", Change{Change::Scope::Link, theoryId, link.id, {}}));
    }
    bool elsewhere = std::any_of(project.theories.begin(), project.theories.end(), [&](const Theory& t) {
        return t.id != theoryId && t.findNode(nodeId) != nullptr;
    });
    if (!elsewhere) {
        for (const Case& c : project.cases)
            if (auto i = indexOf(c.verdicts, [&](const Verdict& v) { return v.node == nodeId; }))
                compound->addApplied(
                    eraseItem<Verdict>(verdictsOf(c.id), *i, "", Change{Change::Scope::Verdict, {}, nodeId, c.id}));
    }
    auto index = static_cast<std::size_t>(theory->nodeIndex(nodeId));
    compound->addApplied(eraseItem<Node>(nodesOf(theoryId), index, "", change));
    return compound;
}

CommandPtr changeNode(const Project& project, const std::string& theoryId, const Node& updated,
                      NodeField field) {
    const Theory* theory = project.findTheory(theoryId);
    const Node* node = theory ? theory->findNode(updated.id) : nullptr;
    if (!node) return theory ? missing(Thing::Node, updated.id) : missing(Thing::Theory, theoryId);
    std::string id = updated.id;
    auto locate = [theoryId, id](Project& p) -> Node* {
        Theory* t = p.findTheory(theoryId);
        return t ? t->findNode(id) : nullptr;
    };
    std::string text = fill(tr("Edit {1} of {2}"), {fieldLabel(field), quoted(node->label)});
    std::string key = "node/" + theoryId + "/" + id + "/" + fieldName(field);
    return std::make_unique<ReplaceItem<Node>>(locate, updated, text,
                                               Change{Change::Scope::Node, theoryId, id, {}}, key);
}

CommandPtr setNodeText(const Project& project, const std::string& theoryId,
                       const std::string& nodeId, NodeField field, const std::string& text) {
    const Theory* theory = project.findTheory(theoryId);
    const Node* node = theory ? theory->findNode(nodeId) : nullptr;
    if (!node) return theory ? missing(Thing::Node, nodeId) : missing(Thing::Theory, theoryId);
    Node updated = *node;
    switch (field) {
        case NodeField::Label: updated.label = text; break;
        case NodeField::Description: updated.description = text; break;
        case NodeField::Assumption: updated.assumption = text; break;
        default: return refuse(tr("Only a node's label, description and assumption are text."));
    }
    return changeNode(project, theoryId, updated, field);
}

CommandPtr addLink(const Project& project, const std::string& theoryId, Link link) {
    const Theory* theory = project.findTheory(theoryId);
    if (!theory) return missing(Thing::Theory, theoryId);
    if (!theory->findNode(link.from)) return missing(Thing::Node, link.from);
    if (!theory->findNode(link.to)) return missing(Thing::Node, link.to);
    if (link.id.empty())
        link.id = uniqueId(link.from + "--" + link.to,
                           [&](const std::string& id) { return theory->findLink(id) != nullptr; });
    else if (theory->findLink(link.id))
        return taken(Thing::Link, link.id);
    std::string text = fill(tr("Add link {1} → {2}"), {quoted(theory->findNode(link.from)->label),
                                                       quoted(theory->findNode(link.to)->label)});
    Change change{Change::Scope::Link, theoryId, link.id, {}};
    std::string id = link.id;
    return Edit(insertItem<Link>(linksOf(theoryId), theory->links.size(), std::move(link), text, change))
        .withNewId(std::move(id));
}

CommandPtr removeLink(const Project& project, const std::string& theoryId, const std::string& linkId) {
    const Theory* theory = project.findTheory(theoryId);
    auto index = theory ? indexOf(theory->links, byId(linkId)) : std::nullopt;
    if (!index) return theory ? missing(Thing::Link, linkId) : missing(Thing::Theory, theoryId);
    return eraseItem<Link>(linksOf(theoryId), *index, tr("Delete link"),
                           Change{Change::Scope::Link, theoryId, linkId, {}});
}

CommandPtr changeLink(const Project& project, const std::string& theoryId, const Link& updated,
                      LinkField field) {
    const Theory* theory = project.findTheory(theoryId);
    if (!theory) return missing(Thing::Theory, theoryId);
    if (!theory->findLink(updated.id)) return missing(Thing::Link, updated.id);
    if (!theory->findNode(updated.from)) return missing(Thing::Node, updated.from);
    if (!theory->findNode(updated.to)) return missing(Thing::Node, updated.to);
    std::string id = updated.id;
    auto locate = [theoryId, id](Project& p) -> Link* {
        Theory* t = p.findTheory(theoryId);
        return t ? t->findLink(id) : nullptr;
    };
    std::string key = "link/" + theoryId + "/" + id + "/" + fieldName(field);
    return std::make_unique<ReplaceItem<Link>>(locate, updated,
                                               fill(tr("Edit link {1}"), {fieldLabel(field)}),
                                               Change{Change::Scope::Link, theoryId, id, {}}, key);
}

CommandPtr setVerdict(const Project& project, const std::string& caseId, const std::string& nodeId,
                      VerdictValue value) {
    const Case* c = project.findCase(caseId);
    const Node* node = project.findNodeAnywhere(nodeId);
    if (!c) return missing(Thing::Case, caseId);
    if (!node) return missing(Thing::Node, nodeId);
    std::string verdictName = value == VerdictValue::Supported ? tr("supported")
                              : value == VerdictValue::Refuted ? tr("refuted")
                              : value == VerdictValue::Mixed   ? tr("mixed")
                                                               : tr("not assessed");
    std::string text = fill(tr("Set {1} in {2} to {3}"), {quoted(node->label), c->displayName(), verdictName});
    Change change{Change::Scope::Verdict, {}, nodeId, caseId};
    std::string key = "verdict/" + caseId + "/" + nodeId;
    const Verdict* existing = c->findVerdict(nodeId);
    if (!existing) {
        Verdict verdict{nodeId, value, {}, {}};
        return insertItem<Verdict>(verdictsOf(caseId), c->verdicts.size(), verdict, text, change, key);
    }
    Verdict updated = *existing;
    updated.value = value;
    auto locate = [caseId, nodeId](Project& p) -> Verdict* {
        Case* owner = p.findCase(caseId);
        return owner ? owner->findVerdict(nodeId) : nullptr;
    };
    return std::make_unique<ReplaceItem<Verdict>>(locate, updated, text, change, key);
}

CommandPtr addEvidence(const Project& project, const std::string& caseId, const std::string& nodeId,
                       Evidence evidence) {
    const Case* c = project.findCase(caseId);
    if (!c) return missing(Thing::Case, caseId);
    if (!project.findNodeAnywhere(nodeId)) return missing(Thing::Node, nodeId);
    if (!evidence.ref.source.empty() && !project.findSource(evidence.ref.source))
        return missing(Thing::Source, evidence.ref.source);
    if (!evidence.informant.empty() && !project.findInformant(evidence.informant))
        return missing(Thing::Informant, evidence.informant);
    if (evidence.id.empty())
        evidence.id = uniqueId(caseId + "-" + nodeId + "-1", [&](const std::string& id) {
            return evidenceIdTaken(project, id);
        });
    else if (evidenceIdTaken(project, evidence.id))
        return taken(Thing::Evidence, evidence.id);
    Change change{Change::Scope::Evidence, {}, evidence.id, caseId};
    const Verdict* verdict = c->findVerdict(nodeId);
    std::size_t position = verdict ? verdict->evidence.size() : 0;
    CommandPtr insert = insertItem<Evidence>(evidenceOf(caseId, nodeId), position,
                                             std::move(evidence), tr("Add evidence"), change);
    if (verdict) return insert;
    // Evidence may come before the tick: make the (not assessed) verdict that will hold it.
    auto compound = std::make_unique<CompoundCommand>(tr("Add evidence"));
    compound->addApplied(insertItem<Verdict>(verdictsOf(caseId), c->verdicts.size(),
                                             Verdict{nodeId, VerdictValue::NotAssessed, {}, {}}, "",
                                             change));
    compound->addApplied(std::move(insert));
    return compound;
}

CommandPtr removeEvidence(const Project& project, const std::string& caseId,
                          const std::string& evidenceId) {
    const Case* c = project.findCase(caseId);
    std::size_t index = 0;
    const Verdict* verdict = c ? findVerdictWithEvidence(*c, evidenceId, &index) : nullptr;
    if (!verdict) return c ? missing(Thing::Evidence, evidenceId) : missing(Thing::Case, caseId);
    return eraseItem<Evidence>(evidenceOf(caseId, verdict->node), index, tr("Delete evidence"),
                               Change{Change::Scope::Evidence, {}, evidenceId, caseId});
}

CommandPtr changeEvidence(const Project& project, const std::string& caseId, const Evidence& updated,
                          EvidenceField field) {
    const Case* c = project.findCase(caseId);
    std::size_t index = 0;
    const Verdict* verdict = c ? findVerdictWithEvidence(*c, updated.id, &index) : nullptr;
    if (!verdict) return c ? missing(Thing::Evidence, updated.id) : missing(Thing::Case, caseId);
    if (!updated.ref.source.empty() && !project.findSource(updated.ref.source))
        return missing(Thing::Source, updated.ref.source);
    if (!updated.informant.empty() && !project.findInformant(updated.informant))
        return missing(Thing::Informant, updated.informant);
    std::string id = updated.id;
    auto locate = [caseId, id](Project& p) -> Evidence* {
        Case* owner = p.findCase(caseId);
        if (!owner) return nullptr;
        for (Verdict& v : owner->verdicts)
            for (Evidence& e : v.evidence)
                if (e.id == id) return &e;
        return nullptr;
    };
    std::string key = "evidence/" + caseId + "/" + id + "/" + fieldName(field);
    return std::make_unique<ReplaceItem<Evidence>>(locate, updated,
                                                   fill(tr("Edit evidence {1}"), {fieldLabel(field)}),
                                                   Change{Change::Scope::Evidence, {}, id, caseId}, key);
}

CommandPtr setAttributeValue(const Project& project, const std::string& caseId,
                             const std::string& key, const std::string& value) {
    const Case* c = project.findCase(caseId);
    const AttributeDef* definition = project.findAttribute(key);
    if (!c) return missing(Thing::Case, caseId);
    if (!definition) return missing(Thing::Attribute, key);
    if (std::string why = value.empty() ? std::string() : whyValueDoesNotFit(*definition, value); !why.empty())
        return refuse(why);
    std::string text = fill(tr("Set {1} of {2}"), {definition->label.empty() ? key : definition->label,
                                                   c->displayName()});
    Change change{Change::Scope::Attribute, {}, key, caseId};
    std::string mergeKey = "value/" + caseId + "/" + key;
    auto index = indexOf(c->values, [&](const AttributeValue& v) { return v.key == key; });
    if (!index) {
        if (value.empty()) return refuse(tr("The case has no value to remove."));
        return insertItem<AttributeValue>(valuesOf(caseId), c->values.size(),
                                          AttributeValue{key, value, {}}, text, change, mergeKey);
    }
    if (value.empty()) return eraseItem<AttributeValue>(valuesOf(caseId), *index, text, change);
    AttributeValue updated = c->values[*index];
    updated.value = value;
    auto locate = [caseId, key](Project& p) -> AttributeValue* {
        Case* owner = p.findCase(caseId);
        if (!owner) return nullptr;
        for (AttributeValue& v : owner->values)
            if (v.key == key) return &v;
        return nullptr;
    };
    return std::make_unique<ReplaceItem<AttributeValue>>(locate, updated, text, change, mergeKey);
}

CommandPtr addSource(const Project& project, Source source) {
    if (source.id.empty())
        source.id = uniqueId(slugify(source.title),
                             [&](const std::string& id) { return project.findSource(id) != nullptr; });
    else if (project.findSource(source.id))
        return taken(Thing::Source, source.id);
    auto sources = [](Project& p) { return &p.sources; };
    std::string text = fill(tr("Add source {1}"), {quoted(source.title)});
    Change change{Change::Scope::Project, {}, source.id, {}};
    std::string id = source.id;
    return Edit(insertItem<Source>(sources, project.sources.size(), std::move(source), text, change))
        .withNewId(std::move(id));
}

CommandPtr addInformant(const Project& project, Informant informant) {
    if (informant.id.empty()) return refuse(tr("An informant needs a pseudonym as its id."));
    if (project.findInformant(informant.id)) return taken(Thing::Informant, informant.id);
    if (!informant.caseId.empty() && !project.findCase(informant.caseId)) return missing(Thing::Case, informant.caseId);
    auto informants = [](Project& p) { return &p.informants; };
    std::string text = fill(tr("Add informant {1}"), {informant.id});
    Change change{Change::Scope::Project, {}, informant.id, informant.caseId};
    return insertItem<Informant>(informants, project.informants.size(), std::move(informant), text, change);
}

CommandPtr setMessages(const Project& project, const std::string& caseId, const MessageCounts& messages) {
    const Case* c = project.findCase(caseId);
    if (!c) return missing(Thing::Case, caseId);
    for (const MessageCount& count : messages.counts)
        if (!project.findCategory(count.category)) return missing(Thing::Category, count.category);
    auto locate = [caseId](Project& p) -> MessageCounts* {
        Case* owner = p.findCase(caseId);
        return owner ? &owner->messages : nullptr;
    };
    return std::make_unique<ReplaceItem<MessageCounts>>(locate, messages, fill(tr("Set messages of {1}"), {c->displayName()}),
                                                        Change{Change::Scope::Case, {}, {}, caseId}, "messages/" + caseId);
}

CommandPtr addCase(const Project& project, Case newCase) {
    if (newCase.id.empty())
        newCase.id = uniqueId(slugify(newCase.name),
                              [&](const std::string& id) { return project.findCase(id) != nullptr; });
    else if (project.findCase(newCase.id))
        return taken(Thing::Case, newCase.id);
    auto cases = [](Project& p) { return &p.cases; };
    std::string text = fill(tr("Add case {1}"), {quoted(newCase.name)});
    Change change{Change::Scope::Case, {}, {}, newCase.id};
    std::string id = newCase.id;
    return Edit(insertItem<Case>(cases, project.cases.size(), std::move(newCase), text, change))
        .withNewId(std::move(id));
}

CommandPtr removeCase(const Project& project, const std::string& caseId) {
    auto index = indexOf(project.cases, byId(caseId));
    if (!index) return missing(Thing::Case, caseId);
    auto cases = [](Project& p) { return &p.cases; };
    std::string text = fill(tr("Delete case {1}"), {project.cases[*index].displayName()});
    Change change{Change::Scope::Case, {}, {}, caseId};
    auto compound = std::make_unique<CompoundCommand>(text);
    // Informants of the case stay (their quotes may be cited elsewhere) but no longer name it.
    for (const Informant& informant : project.informants) {
        if (informant.caseId != caseId) continue;
        Informant detached = informant;
        detached.caseId.clear();
        std::string id = informant.id;
        auto locate = [id](Project& p) -> Informant* {
            for (Informant& i : p.informants)
                if (i.id == id) return &i;
            return nullptr;
        };
        compound->addApplied(std::make_unique<ReplaceItem<Informant>>(locate, detached, text, change, ""));
    }
    compound->addApplied(eraseItem<Case>(cases, *index, text, change));
    return compound;
}

}  // namespace rw::edits
