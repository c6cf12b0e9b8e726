#include "plugins/refi-qda/qde_writer.h"

#include <pugixml.hpp>

#include <sstream>

#include "plugins/refi-qda/qde_project.h"

namespace rw::qda {
namespace {

// XML 1.0 cannot hold C0 control characters other than tab, LF and CR; user text rarely has them,
// but one would make the whole file unreadable.
std::string xmlText(const std::string& text) {
    std::string clean;
    clean.reserve(text.size());
    for (char c : text) {
        unsigned char byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 || c == '\t' || c == '\n' || c == '\r') clean += c;
    }
    return clean;
}

void setAttribute(pugi::xml_node node, const char* name, const std::string& value) {
    node.append_attribute(name).set_value(xmlText(value).c_str());
}

void setOptionalAttribute(pugi::xml_node node, const char* name, const std::string& value) {
    if (!value.empty()) setAttribute(node, name, value);
}

void addText(pugi::xml_node parent, const char* name, const std::string& text) {
    parent.append_child(name).append_child(pugi::node_pcdata).set_value(xmlText(text).c_str());
}

void addOptionalText(pugi::xml_node parent, const char* name, const std::string& text) {
    if (!text.empty()) addText(parent, name, text);
}

void addRef(pugi::xml_node parent, const char* name, const std::string& target) {
    setAttribute(parent.append_child(name), "targetGUID", target);
}

void writeCode(pugi::xml_node parent, const QdeCode& code) {
    pugi::xml_node node = parent.append_child("Code");
    setAttribute(node, "guid", code.guid);
    setAttribute(node, "name", code.name);
    setAttribute(node, "isCodable", code.codable ? "true" : "false");
    setOptionalAttribute(node, "color", code.color);
    addOptionalText(node, "Description", code.description);
    for (const QdeCode& child : code.children) writeCode(node, child);
}

const char* valueElement(const std::string& type) {
    if (type == "Boolean") return "BooleanValue";
    if (type == "Integer") return "IntegerValue";
    if (type == "Float") return "FloatValue";
    if (type == "Date") return "DateValue";
    if (type == "DateTime") return "DateTimeValue";
    return "TextValue";
}

void writeCase(pugi::xml_node parent, const QdeCase& c) {
    pugi::xml_node node = parent.append_child("Case");
    setAttribute(node, "guid", c.guid);
    setOptionalAttribute(node, "name", c.name);
    addOptionalText(node, "Description", c.description);
    for (const QdeValue& value : c.values) {
        pugi::xml_node v = node.append_child("VariableValue");
        addRef(v, "VariableRef", value.variable);
        addText(v, valueElement(value.type), value.value);
    }
    for (const std::string& source : c.sources) addRef(node, "SourceRef", source);
    for (const std::string& selection : c.selections) addRef(node, "SelectionRef", selection);
}

void writeSource(pugi::xml_node parent, const QdeTextSource& source) {
    pugi::xml_node node = parent.append_child("TextSource");
    setAttribute(node, "guid", source.guid);
    setOptionalAttribute(node, "name", source.name);
    setOptionalAttribute(node, "plainTextPath", source.plainTextPath);
    setOptionalAttribute(node, "creationDateTime", source.creationDateTime);
    addOptionalText(node, "Description", source.description);
    // The schema wants PlainTextContent or plainTextPath: a source without text has an empty content.
    if (source.plainTextPath.empty()) addText(node, "PlainTextContent", source.plainTextContent);
    for (const QdeSelection& selection : source.selections) {
        pugi::xml_node s = node.append_child("PlainTextSelection");
        setAttribute(s, "guid", selection.guid);
        setOptionalAttribute(s, "name", selection.name);
        setAttribute(s, "startPosition", std::to_string(selection.start));
        setAttribute(s, "endPosition", std::to_string(selection.end));
        addOptionalText(s, "Description", selection.description);
        for (const QdeCoding& coding : selection.codings) {
            pugi::xml_node c = s.append_child("Coding");
            setAttribute(c, "guid", coding.guid);
            addRef(c, "CodeRef", coding.code);
        }
    }
}

}  // namespace

std::string writeQde(const QdeProject& project) {
    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("utf-8");
    pugi::xml_node root = document.append_child("Project");
    setAttribute(root, "xmlns", kQdaNamespace);
    setAttribute(root, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    setAttribute(root, "xsi:schemaLocation",
                 std::string(kQdaNamespace) + " http://schema.qdasoftware.org/versions/Project/v1.5/Project.xsd");
    setAttribute(root, "name", project.name);
    setOptionalAttribute(root, "origin", project.origin);
    if (!project.codes.empty()) {
        pugi::xml_node codes = root.append_child("CodeBook").append_child("Codes");
        for (const QdeCode& code : project.codes) writeCode(codes, code);
    }
    if (!project.variables.empty()) {
        pugi::xml_node variables = root.append_child("Variables");
        for (const QdeVariable& variable : project.variables) {
            pugi::xml_node node = variables.append_child("Variable");
            setAttribute(node, "guid", variable.guid);
            setAttribute(node, "name", variable.name);
            setAttribute(node, "typeOfVariable", variable.type);
            addOptionalText(node, "Description", variable.description);
        }
    }
    if (!project.cases.empty()) {
        pugi::xml_node cases = root.append_child("Cases");
        for (const QdeCase& c : project.cases) writeCase(cases, c);
    }
    if (!project.sources.empty()) {
        pugi::xml_node sources = root.append_child("Sources");
        for (const QdeTextSource& source : project.sources) writeSource(sources, source);
    }
    if (!project.links.empty()) {
        pugi::xml_node links = root.append_child("Links");
        for (const QdeLink& link : project.links) {
            pugi::xml_node node = links.append_child("Link");
            setAttribute(node, "guid", link.guid);
            setOptionalAttribute(node, "name", link.name);
            setOptionalAttribute(node, "direction", link.direction);
            setAttribute(node, "originGUID", link.origin);
            setAttribute(node, "targetGUID", link.target);
        }
    }
    addOptionalText(root, "Description", project.description);
    std::ostringstream out;
    document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    return out.str();
}

}  // namespace rw::qda
