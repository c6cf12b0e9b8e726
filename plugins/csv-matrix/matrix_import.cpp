#include "plugins/csv-matrix/matrix_import.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "model/core/values.h"
#include "model/edit/edits.h"
#include "model/plugins/import_step.h"

namespace rw::csvmatrix {
namespace {

std::string trimmed(const std::string& text) {
    std::size_t start = text.find_first_not_of(" \t\r");
    if (start == std::string::npos) return {};
    std::size_t end = text.find_last_not_of(" \t\r");
    return text.substr(start, end - start + 1);
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// How a header or label is compared: without outer spaces, ignoring ASCII case.
std::string key(const std::string& text) { return lower(trimmed(text)); }

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// Names looked up once per cell, so kept in maps: the first case (node, attribute) that a name
// fits wins, as in the project's order.
class Names {
public:
    explicit Names(const Project& project) {
        for (const Case& c : project.cases)
            for (const std::string* name : {&c.id, &c.shortName, &c.name}) add(m_cases, *name, &c);
        for (const Theory& theory : project.theories)
            for (const Node& node : theory.nodes) {
                add(m_nodes, node.id, &node);
                add(m_nodes, firstLine(node.label), &node);
            }
        for (const AttributeDef& attribute : project.attributes) {
            add(m_attributes, attribute.key, &attribute);
            add(m_attributes, attribute.label, &attribute);
        }
    }
    const Case* findCase(const std::string& head) const { return find(m_cases, head); }
    const Node* findNode(const std::string& label) const { return find(m_nodes, label); }
    const AttributeDef* findAttribute(const std::string& label) const { return find(m_attributes, label); }

private:
    template <typename T>
    static void add(std::map<std::string, const T*>& names, const std::string& name, const T* what) {
        if (std::string k = key(name); !k.empty()) names.emplace(std::move(k), what);
    }
    template <typename T>
    static const T* find(const std::map<std::string, const T*>& names, const std::string& name) {
        auto found = names.find(key(name));
        return found == names.end() ? nullptr : found->second;
    }
    std::map<std::string, const Case*> m_cases;
    std::map<std::string, const Node*> m_nodes;
    std::map<std::string, const AttributeDef*> m_attributes;
};

// Columns a matrix may carry besides the cases: our own export's group and total columns.
bool isBookkeeping(const std::string& head) {
    std::string k = key(head);
    return k == "group" || k == "k/n" || k == "total";
}

struct Failure {
    std::string message;
};

// An error is one line: a quoted cell's line breaks are shown as \n.
std::string at(const std::string& path, int line, std::size_t column, const std::string& message) {
    std::string oneLine;
    for (char c : message) oneLine += c == '\n' ? std::string("\\n") : c == '\r' ? std::string("\\r") : std::string(1, c);
    return path + ":" + std::to_string(line) + ":" + std::to_string(column + 1) + ": " + oneLine;
}

}  // namespace

std::optional<VerdictValue> parseTick(const std::string& cell, bool& valid) {
    valid = true;
    std::string t = lower(trimmed(cell));
    if (t.empty()) return std::nullopt;
    static const std::vector<std::pair<VerdictValue, std::vector<std::string>>> spellings = {
        {VerdictValue::Supported, {"✓", "✔", "v", "y", "yes", "ja", "j", "1", "+", "supported", "true"}},
        {VerdictValue::Refuted, {"x", "✗", "✘", "n", "no", "nee", "0", "-", "refuted", "false"}},
        {VerdictValue::Mixed, {"?", "~", "mixed", "gemengd", "0.5", "½"}},
    };
    for (const auto& [value, words] : spellings)
        if (std::find(words.begin(), words.end(), t) != words.end()) return value;
    valid = false;
    return std::nullopt;
}

ImportResult importMatrix(const CsvTable& table, const Project& project, const std::string& path) {
    ImportResult result;
    if (!table.error.empty()) {
        result.error = path + ":" + table.error.substr(5);  // "line N: why" → "path:N: why"
        return result;
    }
    if (table.rows.empty()) {
        result.error = path + ": the file holds no rows";
        return result;
    }
    const CsvRow& header = table.rows.front();
    const Names names(project);
    // Which column is which case; the label column is the one just before the first case.
    std::vector<const Case*> caseOf(header.fields.size(), nullptr);
    std::size_t firstCase = header.fields.size();
    for (std::size_t col = 0; col < header.fields.size(); ++col) {
        caseOf[col] = names.findCase(header.fields[col]);
        if (caseOf[col] && firstCase == header.fields.size()) firstCase = col;
    }
    if (firstCase == header.fields.size() || firstCase == 0) {
        result.error = at(path, header.line, 0, "the first row names no case of the project after a label column");
        return result;
    }
    for (std::size_t col = firstCase; col < header.fields.size(); ++col)
        if (!caseOf[col] && !isBookkeeping(header.fields[col]) && !trimmed(header.fields[col]).empty()) {
            result.error = at(path, header.line, col, "unknown case \"" + trimmed(header.fields[col]) + "\"");
            return result;
        }
    std::size_t labelColumn = firstCase - 1;

    ImportStep step(project, "Import " + path);
    const Project& scratch = step.scratch();
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const CsvRow& row = table.rows[r];
        // A row may be shorter than the header (its last cells empty), but a cell beyond the
        // header's last column belongs to no case: refused rather than dropped.
        for (std::size_t col = header.fields.size(); col < row.fields.size(); ++col)
            if (!trimmed(row.fields[col]).empty()) {
                result.error = at(path, row.line, col, "a cell beyond the last column of the first row (" +
                                                           std::to_string(header.fields.size()) + " columns)");
                return result;
            }
        std::size_t cells = std::min(row.fields.size(), header.fields.size());
        std::string label = labelColumn < row.fields.size() ? trimmed(row.fields[labelColumn]) : "";
        bool anyCell = false;
        for (std::size_t col = firstCase; col < cells; ++col)
            anyCell = anyCell || (caseOf[col] && !trimmed(row.fields[col]).empty());
        if (!anyCell) continue;  // a blank or heading-only row
        const Node* node = names.findNode(label);
        const AttributeDef* attribute = node ? nullptr : names.findAttribute(label);
        if (!node && !attribute) {
            result.error = at(path, row.line, labelColumn, "no node or attribute is called \"" + label + "\"");
            return result;
        }
        for (std::size_t col = firstCase; col < cells; ++col) {
            const Case* c = caseOf[col];
            std::string cell = trimmed(row.fields[col]);
            if (!c || cell.empty()) continue;
            if (attribute) {
                if (std::string why = whyValueDoesNotFit(*attribute, cell); !why.empty()) {
                    result.error = at(path, row.line, col, "value \"" + cell + "\" of \"" + attribute->key + "\" " + why);
                    return result;
                }
                const AttributeValue* current = scratch.findCase(c->id)->findValue(attribute->key);
                if (!current || current->value != cell) step.add(edits::setAttributeValue(scratch, c->id, attribute->key, cell));
                continue;
            }
            bool valid = true;
            std::optional<VerdictValue> tick = parseTick(cell, valid);
            if (!valid) {
                result.error = at(path, row.line, col, "\"" + cell + "\" is not a tick (✓ x ? / 1 0 / yes no / ja nee)");
                return result;
            }
            if (tick && scratch.findCase(c->id)->verdictOn(node->id) != *tick)
                step.add(edits::setVerdict(scratch, c->id, node->id, *tick));
        }
    }
    int changes = step.count();
    result.notes.push_back(std::to_string(changes) + (changes == 1 ? " change" : " changes") + " from " + path);
    result.command = step.finish();
    return result;
}

}  // namespace rw::csvmatrix
