#include "plugins/refi-qda/qde_project.h"

#include <pugixml.hpp>

#include <charconv>
#include <set>

#include "model/text_position.h"
#include "plugins/refi-qda/xml_names.h"

namespace rw::qda {
namespace {

// The element children of `node` whose local name is `name` (programs may prefix the namespace).
std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name) {
    std::vector<pugi::xml_node> found;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element && localName(child) == name) found.push_back(child);
    return found;
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && localName(c) == name) return c;
    return {};
}

class Reader {
public:
    Reader(std::string_view xml, std::string name) : m_xml(xml), m_name(std::move(name)) {}

    bool read(QdaProject& project, std::string& error) {
        pugi::xml_document document;
        pugi::xml_parse_result parsed =
            document.load_buffer(m_xml.data(), m_xml.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed) {
            TextPosition at = positionOf(m_xml, static_cast<std::size_t>(parsed.offset));
            error = m_name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                    ": not well-formed XML (" + parsed.description() + ")";
            return false;
        }
        pugi::xml_node root = document.document_element();
        if (!root || localName(root) != "Project" || !declaresQdaNamespace(root))
            return fail(root ? root : document, std::string("not a REFI-QDA project: expected <Project xmlns=\"") +
                                                    kQdaNamespace + "\">", error);
        project.origin = root.attribute("origin").value();
        project.basePath = root.attribute("basePath").value();
        if (!readCodes(child(child(root, "CodeBook"), "Codes"), project) || !readVariables(root, project) ||
            !readSources(root, project) || !readCases(root, project) || !checkReferences(project)) {
            error = m_error;
            return false;
        }
        return true;
    }

private:
    bool declaresQdaNamespace(const pugi::xml_node& root) const {
        std::string_view name = root.name();
        std::size_t colon = name.find(':');
        std::string wanted = colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
        return std::string_view(root.attribute(wanted.c_str()).value()) == kQdaNamespace;
    }

    std::string where(const pugi::xml_node& node) const {
        TextPosition at = positionOf(m_xml, static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug(), 0)));
        // offset_debug points at the element name; the element starts at the '<' before it.
        return m_name + ":" + std::to_string(at.line) + ":" + std::to_string(std::max(at.column - 1, 1));
    }

    bool fail(const pugi::xml_node& node, const std::string& message) {
        m_error = where(node) + ": " + message;
        return false;
    }
    bool fail(const pugi::xml_node& node, const std::string& message, std::string& error) {
        fail(node, message);
        error = m_error;
        return false;
    }

    // Returns the attribute's value; fails (returning false) when it is missing or empty.
    bool required(const pugi::xml_node& node, const char* attribute, std::string& value) {
        value = node.attribute(attribute).value();
        if (!value.empty()) return true;
        return fail(node, "<" + std::string(localName(node)) + "> without " + attribute);
    }

    bool guidOf(const pugi::xml_node& node, std::string& guid) {
        if (!required(node, "guid", guid)) return false;
        guid = normalGuid(guid);
        if (!m_guids.insert(guid).second) return fail(node, "GUID " + guid + " is used twice");
        return true;
    }

    bool position(const pugi::xml_node& node, const char* attribute, long& value) {
        std::string text;
        if (!required(node, attribute, text)) return false;
        auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (status != std::errc() || end != text.data() + text.size() || value < 0)
            return fail(node, std::string(attribute) + " \"" + text + "\" is not a character position");
        return true;
    }

    bool readCodes(const pugi::xml_node& parent, QdaProject& project) {
        for (const pugi::xml_node& node : children(parent, "Code")) {
            QdaCode code;
            if (!guidOf(node, code.guid) || !required(node, "name", code.name)) return false;
            project.codes.push_back(code);
            if (!readCodes(node, project)) return false;
        }
        return true;
    }

    bool readVariables(const pugi::xml_node& root, QdaProject& project) {
        for (const pugi::xml_node& node : children(child(root, "Variables"), "Variable")) {
            QdaVariable variable;
            if (!guidOf(node, variable.guid) || !required(node, "name", variable.name)) return false;
            variable.type = node.attribute("typeOfVariable").value();
            project.variables.push_back(variable);
        }
        return true;
    }

    bool readCodings(const pugi::xml_node& node, std::vector<std::string>& codes) {
        for (const pugi::xml_node& coding : children(node, "Coding")) {
            pugi::xml_node ref = child(coding, "CodeRef");
            std::string target;
            if (!ref) return fail(coding, "<Coding> without <CodeRef>");
            if (!required(ref, "targetGUID", target)) return false;
            codes.push_back(normalGuid(target));
            m_codeRefs.emplace_back(codes.back(), ref);
        }
        return true;
    }

    bool readSources(const pugi::xml_node& root, QdaProject& project) {
        for (pugi::xml_node node : child(root, "Sources").children()) {
            if (node.type() != pugi::node_element) continue;
            if (localName(node) != "TextSource") {
                std::string guid;
                if (!guidOf(node, guid)) return false;
                // Selections of skipped sources may still be referred to by cases.
                for (pugi::xml_node selection : node.children())
                    if (localName(selection).ends_with("Selection") && !guidOf(selection, guid)) return false;
                project.skippedSources.push_back(node.attribute("name").value());
                continue;
            }
            QdaTextSource source;
            source.where = where(node);
            if (!guidOf(node, source.guid) || !required(node, "name", source.name)) return false;
            source.plainTextPath = node.attribute("plainTextPath").value();
            std::string created = node.attribute("creationDateTime").value();
            if (created.size() >= 10 && created[4] == '-' && created[7] == '-') source.date = created.substr(0, 10);
            if (pugi::xml_node content = child(node, "PlainTextContent")) {
                source.embedded = true;
                source.content = content.text().get();
            } else if (source.plainTextPath.empty()) {
                return fail(node, "TextSource \"" + source.name + "\" has neither <PlainTextContent> nor plainTextPath");
            }
            for (const pugi::xml_node& s : children(node, "PlainTextSelection")) {
                QdaSelection selection;
                selection.where = where(s);
                if (!guidOf(s, selection.guid) || !position(s, "startPosition", selection.start) ||
                    !position(s, "endPosition", selection.end) || !readCodings(s, selection.codes))
                    return false;
                if (selection.end < selection.start)
                    return fail(s, "endPosition " + std::to_string(selection.end) + " is before startPosition " +
                                       std::to_string(selection.start));
                selection.name = s.attribute("name").value();
                source.selections.push_back(std::move(selection));
            }
            if (!readCodings(node, source.wholeCodes)) return false;
            source.variableValues = static_cast<int>(children(node, "VariableValue").size());
            project.sources.push_back(std::move(source));
        }
        return true;
    }

    bool readValue(const pugi::xml_node& node, QdaValue& value) {
        value.where = where(node);
        pugi::xml_node ref = child(node, "VariableRef");
        if (!ref) return fail(node, "<VariableValue> without <VariableRef>");
        if (!required(ref, "targetGUID", value.variable)) return false;
        value.variable = normalGuid(value.variable);
        m_variableRefs.emplace_back(value.variable, ref);
        for (pugi::xml_node typed : node.children())
            if (typed.type() == pugi::node_element && localName(typed).ends_with("Value")) {
                value.value = typed.text().get();
                return true;
            }
        return fail(node, "<VariableValue> without a value");
    }

    bool readCases(const pugi::xml_node& root, QdaProject& project) {
        for (const pugi::xml_node& node : children(child(root, "Cases"), "Case")) {
            QdaCase c;
            c.where = where(node);
            if (!guidOf(node, c.guid)) return false;
            c.name = node.attribute("name").value();
            for (const pugi::xml_node& ref : children(node, "SourceRef")) {
                std::string target;
                if (!required(ref, "targetGUID", target)) return false;
                c.sources.push_back(normalGuid(target));
                m_sourceRefs.emplace_back(c.sources.back(), ref);
            }
            for (const pugi::xml_node& ref : children(node, "SelectionRef")) {
                std::string target;
                if (!required(ref, "targetGUID", target)) return false;
                c.selections.push_back(normalGuid(target));
                m_sourceRefs.emplace_back(c.selections.back(), ref);
            }
            for (const pugi::xml_node& v : children(node, "VariableValue")) {
                QdaValue value;
                if (!readValue(v, value)) return false;
                c.values.push_back(value);
            }
            project.cases.push_back(std::move(c));
        }
        return true;
    }

    bool checkReferences(const QdaProject& project) {
        for (const auto& [guid, node] : m_codeRefs)
            if (!project.findCode(guid)) return fail(node, "CodeRef to " + guid + ", which is no code in the code book");
        for (const auto& [guid, node] : m_variableRefs)
            if (!project.findVariable(guid)) return fail(node, "VariableRef to " + guid + ", which is no variable");
        for (const auto& [guid, node] : m_sourceRefs)
            if (!m_guids.count(guid))
                return fail(node, std::string(localName(node)) + " to " + guid + ", which is no source or selection");
        return true;
    }

    std::string_view m_xml;
    std::string m_name;
    std::string m_error;
    std::set<std::string> m_guids;
    std::vector<std::pair<std::string, pugi::xml_node>> m_codeRefs, m_variableRefs, m_sourceRefs;
};

}  // namespace

const QdaCode* QdaProject::findCode(const std::string& guid) const {
    for (const QdaCode& code : codes)
        if (code.guid == guid) return &code;
    return nullptr;
}

const QdaVariable* QdaProject::findVariable(const std::string& guid) const {
    for (const QdaVariable& variable : variables)
        if (variable.guid == guid) return &variable;
    return nullptr;
}

std::string normalGuid(std::string_view guid) {
    if (guid.size() >= 2 && guid.front() == '{' && guid.back() == '}') guid = guid.substr(1, guid.size() - 2);
    std::string result(guid);
    for (char& c : result)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return result;
}

bool readQde(std::string_view xml, const std::string& name, QdaProject& project, std::string& error) {
    project = {};
    if (xml.starts_with("\xEF\xBB\xBF")) xml.remove_prefix(3);  // MAXQDA writes one
    return Reader(xml, name).read(project, error);
}

}  // namespace rw::qda
