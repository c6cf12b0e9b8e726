#include "model/format/xml_writer.h"

#include <pugixml.hpp>

#include <sstream>

#include "model/core/conditions.h"
#include "model/core/label_text.h"
#include "model/core/location.h"
#include "model/format/xml_safety.h"

namespace rw {
namespace {

// The first value met while writing that XML 1.0 cannot hold (pugixml would cut a NUL short and
// write other control characters that no reader takes back); set only inside writeProject.
thread_local std::string* t_unwritable = nullptr;

// Returns "source \"chat\"": the element with an id nearest to `node`, for messages.
std::string ownerOf(pugi::xml_node node) {
    for (; node && node.type() == pugi::node_element; node = node.parent())
        if (pugi::xml_attribute id = node.attribute("id"); id || node.attribute("key"))
            return std::string(node.name()) + " \"" + (id ? id.value() : node.attribute("key").value()) + "\"";
    return "the project";
}

void noteIfUnwritable(pugi::xml_node owner, const char* name, const std::string& value) {
    if (!t_unwritable || !t_unwritable->empty()) return;
    char32_t character = 0;
    std::size_t at = firstCharacterXmlCannotHold(value, character);
    if (at == std::string::npos) return;
    *t_unwritable = ownerOf(owner) + ": " + name + " holds " + codePointName(character) + " at character " +
                    std::to_string(characterCount(std::string_view(value).substr(0, at))) +
                    ", which an XML 1.0 file cannot hold";
}

// Attribute and element helpers that leave out what is empty, so files stay small and stable.
void setAttribute(pugi::xml_node node, const char* name, const std::string& value) {
    noteIfUnwritable(node, name, value);
    if (!value.empty()) node.append_attribute(name) = value.c_str();
}

void addText(pugi::xml_node parent, const char* name, const std::string& value) {
    noteIfUnwritable(parent, name, value);
    if (!value.empty()) parent.append_child(name).text() = value.c_str();
}

void addRequiredText(pugi::xml_node parent, const char* name, const std::string& value) {
    noteIfUnwritable(parent, name, value);
    parent.append_child(name).text() = value.c_str();
}

// A reader turns every CR in text into LF (XML's line-end rule), so a CR that is part of a text
// is written as a character reference; pugixml already does so inside attributes.
std::string withCarriageReturnsEscaped(std::string xml) {
    std::size_t at = xml.find('\r');
    if (at == std::string::npos) return xml;
    std::string escaped;
    escaped.reserve(xml.size() + 16);
    std::size_t from = 0;
    for (; at != std::string::npos; from = at + 1, at = xml.find('\r', from)) escaped.append(xml, from, at - from) += "&#13;";
    escaped.append(xml, from);
    return escaped;
}

void setLocation(pugi::xml_node node, const Location& location) {
    setAttribute(node, "lines", formatLines(location));
    setAttribute(node, "chars", formatChars(location));
    setAttribute(node, "page", location.page);
    setAttribute(node, "at", location.at);
}

void writeRefs(pugi::xml_node parent, const std::vector<SourceRef>& refs) {
    for (const SourceRef& ref : refs) {
        pugi::xml_node node = parent.append_child("ref");
        setAttribute(node, "source", ref.source);
        setLocation(node, ref.location);
    }
}

template <typename Claim>
void writeClaim(pugi::xml_node node, const Claim& claim, bool labelRequired) {
    if (labelRequired)
        addRequiredText(node, "label", claim.label);
    else
        addText(node, "label", claim.label);
    addText(node, "description", claim.description);
    addText(node, "assumption", claim.assumption);
    writeRefs(node, claim.refs);
}

void writeMeta(pugi::xml_node root, const Meta& meta) {
    pugi::xml_node node = root.append_child("meta");
    addRequiredText(node, "title", meta.title);
    for (const std::string& author : meta.authors) addRequiredText(node, "author", author);
    addText(node, "description", meta.description);
    addText(node, "created", meta.created);
}

void writeSources(pugi::xml_node root, const std::vector<Source>& sources) {
    if (sources.empty()) return;
    pugi::xml_node list = root.append_child("sources");
    for (const Source& source : sources) {
        pugi::xml_node node = list.append_child("source");
        setAttribute(node, "id", source.id);
        setAttribute(node, "kind", std::string(toString(source.kind)));
        setAttribute(node, "file", source.file);
        setAttribute(node, "sha256", source.sha256);
        setAttribute(node, "date", source.date);
        addRequiredText(node, "title", source.title);
        addText(node, "text", source.text);
        for (const Coding& coding : source.codings) {
            pugi::xml_node child = node.append_child("coding");
            setAttribute(child, "code", coding.code);
            setAttribute(child, "case", coding.caseId);
            setLocation(child, coding.location);
            if (coding.automatic) setAttribute(child, "auto", "true");
            addText(child, "note", coding.note);
        }
    }
}

void writeInformants(pugi::xml_node root, const std::vector<Informant>& informants) {
    if (informants.empty()) return;
    pugi::xml_node list = root.append_child("informants");
    for (const Informant& informant : informants) {
        pugi::xml_node node = list.append_child("informant");
        setAttribute(node, "id", informant.id);
        setAttribute(node, "role", informant.role);
        setAttribute(node, "case", informant.caseId);
        addText(node, "note", informant.note);
    }
}

void writeCategories(pugi::xml_node root, const std::vector<Category>& categories) {
    if (categories.empty()) return;
    pugi::xml_node list = root.append_child("categories");
    for (const Category& category : categories) {
        pugi::xml_node node = list.append_child("category");
        setAttribute(node, "id", category.id);
        setAttribute(node, "safety", category.safety ? "true" : "false");
        std::string keywords;
        for (const std::string& keyword : category.keywords) keywords += (keywords.empty() ? "" : "|") + keyword;
        setAttribute(node, "keywords", keywords);
        node.text() = category.label.c_str();
    }
}

void writeAttributes(pugi::xml_node root, const std::vector<AttributeDef>& attributes) {
    if (attributes.empty()) return;
    pugi::xml_node list = root.append_child("attributes");
    for (const AttributeDef& attribute : attributes) {
        pugi::xml_node node = list.append_child("attribute");
        setAttribute(node, "key", attribute.key);
        setAttribute(node, "type", std::string(toString(attribute.type)));
        setAttribute(node, "group", attribute.group);
        setAttribute(node, "unit", attribute.unit);
        std::string scale;
        for (const std::string& level : attribute.scale) scale += (scale.empty() ? "" : "|") + level;
        setAttribute(node, "scale", scale);
        setAttribute(node, "indicator", attribute.indicator);
        node.text() = attribute.label.c_str();
    }
}

void writeConditions(pugi::xml_node root, const std::vector<Condition>& conditions) {
    if (conditions.empty()) return;
    pugi::xml_node list = root.append_child("conditions");
    for (const Condition& condition : conditions) {
        pugi::xml_node node = list.append_child("condition");
        setAttribute(node, "id", condition.id);
        setAttribute(node, "attribute", condition.attribute);
        setAttribute(node, "node", condition.node);
        if (condition.node.empty()) {
            setAttribute(node, "op", std::string(toString(condition.op)));
            setAttribute(node, "value", condition.value);
        }
        // Defaults are left out, like a link's kind "causes".
        if (condition.missing != MissingPolicy::Exclude)
            setAttribute(node, "missing", std::string(toString(condition.missing)));
        if (!condition.node.empty() && condition.mixed != MissingPolicy::Exclude)
            setAttribute(node, "mixed", std::string(toString(condition.mixed)));
        addText(node, "label", condition.label);
        addText(node, "description", condition.description);
    }
}

void writeTheory(pugi::xml_node list, const Theory& theory) {
    pugi::xml_node node = list.append_child("theory");
    setAttribute(node, "id", theory.id);
    addRequiredText(node, "name", theory.name);
    addText(node, "description", theory.description);
    for (const Node& n : theory.nodes) {
        pugi::xml_node element = node.append_child("node");
        setAttribute(element, "id", n.id);
        setAttribute(element, "kind", std::string(toString(n.kind)));
        if (n.kind == NodeKind::Outcome) setAttribute(element, "level", std::string(toString(n.level)));
        writeClaim(element, n, true);
    }
    for (const Link& link : theory.links) {
        pugi::xml_node element = node.append_child("link");
        setAttribute(element, "id", link.id);
        setAttribute(element, "from", link.from);
        setAttribute(element, "to", link.to);
        if (link.kind != LinkKind::Causes) setAttribute(element, "kind", std::string(toString(link.kind)));
        writeClaim(element, link, false);
    }
}

void writeEvidence(pugi::xml_node verdictNode, const Evidence& evidence) {
    pugi::xml_node node = verdictNode.append_child("evidence");
    setAttribute(node, "id", evidence.id);
    setAttribute(node, "stance", std::string(toString(evidence.stance)));
    setAttribute(node, "source", evidence.ref.source);
    setAttribute(node, "informant", evidence.informant);
    setAttribute(node, "role", evidence.role);
    setLocation(node, evidence.ref.location);
    addRequiredText(node, "quote", evidence.quote);
    addText(node, "note", evidence.note);
}

void writeMessages(pugi::xml_node caseNode, const MessageCounts& messages) {
    if (messages.empty()) return;
    pugi::xml_node node = caseNode.append_child("messages");
    setAttribute(node, "from", messages.from);
    setAttribute(node, "to", messages.to);
    setAttribute(node, "months", messages.months);
    for (const MessageCount& count : messages.counts) {
        pugi::xml_node element = node.append_child("count");
        setAttribute(element, "category", count.category);
        if (count.count) setAttribute(element, "n", std::to_string(*count.count));
        setAttribute(element, "per-month", count.perMonth);
    }
}

void writeCase(pugi::xml_node list, const Case& c) {
    pugi::xml_node node = list.append_child("case");
    setAttribute(node, "id", c.id);
    setAttribute(node, "short", c.shortName);
    addRequiredText(node, "name", c.name);
    addText(node, "description", c.description);
    for (const AttributeValue& value : c.values) {
        pugi::xml_node element = node.append_child("value");
        setAttribute(element, "key", value.key);
        setAttribute(element, "note", value.note);
        element.text() = value.value.c_str();
    }
    writeMessages(node, c.messages);
    for (const Verdict& verdict : c.verdicts) {
        if (verdict.value == VerdictValue::NotAssessed && verdict.evidence.empty() &&
            verdict.note.empty())
            continue;  // nothing to say about this node
        pugi::xml_node element = node.append_child("verdict");
        setAttribute(element, "node", verdict.node);
        setAttribute(element, "value", std::string(toString(verdict.value)));
        addText(element, "note", verdict.note);
        for (const Evidence& evidence : verdict.evidence) writeEvidence(element, evidence);
    }
}

}  // namespace

std::string writeProject(const Project& project) {
    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node root = document.append_child("realist");
    root.append_attribute("format") = Project::kFormatVersion;
    setAttribute(root, "language", project.language);
    writeMeta(root, project.meta);
    writeSources(root, project.sources);
    writeInformants(root, project.informants);
    writeCategories(root, project.categories);
    writeAttributes(root, project.attributes);
    writeConditions(root, project.conditions);
    pugi::xml_node theories = root.append_child("theories");
    for (const Theory& theory : project.theories) writeTheory(theories, theory);
    if (!project.cases.empty()) {
        pugi::xml_node cases = root.append_child("cases");
        for (const Case& c : project.cases) writeCase(cases, c);
    }
    std::ostringstream out;
    document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return withCarriageReturnsEscaped(out.str());
}

std::string writeProject(const Project& project, std::string& unwritable) {
    unwritable.clear();
    t_unwritable = &unwritable;
    std::string xml = writeProject(project);
    t_unwritable = nullptr;
    return xml;
}

WriteResult saveProject(const Project& project, const std::string& path) {
    std::string unwritable;
    std::string xml = writeProject(project, unwritable);
    if (!unwritable.empty()) return {path + ": not saved: " + unwritable};
    return writeFileAtomically(path, xml, true);
}

}  // namespace rw
