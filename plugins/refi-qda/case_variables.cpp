#include "plugins/refi-qda/case_variables.h"

#include <map>

#include "model/core/ids.h"
#include "model/core/kinds.h"
#include "model/core/translate.h"
#include "model/core/utf8_text.h"
#include "model/core/values.h"
#include "model/edit/edits.h"
#include "model/edit/edits_project.h"
#include "plugins/refi-qda/code_map.h"

namespace rw::qda {
namespace {

AttributeType attributeTypeOf(std::string_view variableType) {
    if (equalsIgnoringAsciiCase(variableType, "Boolean")) return AttributeType::Flag;
    if (equalsIgnoringAsciiCase(variableType, "Integer") || equalsIgnoringAsciiCase(variableType, "Float"))
        return AttributeType::Number;
    if (equalsIgnoringAsciiCase(variableType, "Date") || equalsIgnoringAsciiCase(variableType, "DateTime"))
        return AttributeType::Date;
    return AttributeType::Text;
}

// A QDA value in the spelling our attribute types take: booleans as true/false, a date-time as
// its date, decimals with a dot.
std::string attributeValueOf(const std::string& value, AttributeType type) {
    std::string v = value;
    v.erase(0, v.find_first_not_of(" \t\r\n"));
    v.erase(v.find_last_not_of(" \t\r\n") + 1);
    if (type == AttributeType::Flag) {
        if (v == "1" || equalsIgnoringAsciiCase(v, "true")) return "true";
        if (v == "0" || equalsIgnoringAsciiCase(v, "false")) return "false";
    }
    if (type == AttributeType::Date && v.size() > 10 && v[10] == 'T') return v.substr(0, 10);
    return v;
}

// The attribute a variable fills: one with its name as key or label, else a new one typed
// after the variable.
const AttributeDef* attributeFor(const QdaVariable& variable, ImportStep& step, std::vector<std::string>& notes,
                                 const std::string& where, std::string& error) {
    for (const AttributeDef& a : step.scratch().attributes)
        if (equalsIgnoringAsciiCase(a.key, variable.name) || equalsIgnoringAsciiCase(a.label, variable.name) ||
            a.key == slugify(variable.name))
            return &a;
    AttributeDef created;
    created.key = uniqueId(slugify(variable.name), [&](const std::string& key) { return step.scratch().findAttribute(key) != nullptr; });
    created.label = variable.name;
    created.type = attributeTypeOf(variable.type);
    if (!step.add(edits::addAttribute(step.scratch(), created))) {
        error = where + ": " + fill(tr("cannot define attribute {1}"), {created.key});
        return nullptr;
    }
    notes.push_back(fill(tr("new attribute {1} ({2}) for variable \"{3}\""),
                         {created.key, std::string(toString(created.type)), variable.name}));
    return step.scratch().findAttribute(created.key);
}

// The node of a "Verdict: NODE" variable whose every value is a verdict, or "".
std::string verdictNode(const QdaProject& qda, const QdaVariable& variable, const Project& project) {
    constexpr std::string_view prefix = "Verdict: ";
    if (!variable.name.starts_with(prefix)) return "";
    const Node* node = findNodeByName(project, variable.name.substr(prefix.size()));
    if (!node) return "";
    for (const QdaCase& c : qda.cases)
        for (const QdaValue& value : c.values)
            if (value.variable == variable.guid && !parseVerdictValue(value.value)) return "";
    return node->id;
}

}  // namespace

bool importCaseVariables(const QdaProject& qda, ImportStep& step, std::vector<std::string>& notes, std::string& error) {
    std::map<std::string, std::string> verdictNodes;  // variable GUID → node id, for verdict variables
    for (const QdaVariable& variable : qda.variables)
        if (std::string node = verdictNode(qda, variable, step.scratch()); !node.empty()) verdictNodes[variable.guid] = node;
    for (const QdaCase& qdaCase : qda.cases) {
        if (qdaCase.values.empty()) continue;
        if (qdaCase.name.empty()) {
            // MAXQDA and Quirkos keep a source's variables in a Case without a name.
            notes.push_back(fill(tr("variable values of sources (a case without a name), not imported (only case "
                                    "variables are): {1}"),
                                 {std::to_string(qdaCase.values.size())}));
            continue;
        }
        const Case* found = findCaseByAnyName(step.scratch(), qdaCase.name);
        if (!found) {
            notes.push_back(fill(tr("QDA case \"{1}\" matches no case in the project; variable values not imported: {2}"),
                                 {qdaCase.name, std::to_string(qdaCase.values.size())}));
            continue;
        }
        // Edits change the cases in place: the case is held by id, not by pointer.
        const std::string caseId = found->id, caseName = found->displayName();
        for (const QdaValue& value : qdaCase.values) {
            if (auto verdict = verdictNodes.find(value.variable); verdict != verdictNodes.end()) {
                if (!step.add(edits::setVerdict(step.scratch(), caseId, verdict->second, *parseVerdictValue(value.value)))) {
                    error = qda.where(value.offset) + ": " + fill(tr("cannot set the verdict on {1} in case {2}"), {verdict->second, caseId});
                    return false;
                }
                continue;
            }
            const QdaVariable& variable = *qda.findVariable(value.variable);
            const AttributeDef* attribute = attributeFor(variable, step, notes, qda.where(qda.offset), error);
            if (!attribute) return false;
            std::string spelled = attributeValueOf(value.value, attribute->type);
            if (spelled.empty()) continue;
            if (std::string why = whyValueDoesNotFit(*attribute, spelled); !why.empty()) {
                notes.push_back(fill(tr("case {1}: value \"{2}\" of variable \"{3}\" {4}; not imported"),
                                     {caseName, spelled, variable.name, why}));
                continue;
            }
            const AttributeValue* current = step.scratch().findCase(caseId)->findValue(attribute->key);
            if (current && current->value == spelled) continue;
            if (current)
                notes.push_back(fill(tr("case {1}: {2} was \"{3}\", now \"{4}\""),
                                     {caseName, attribute->key, current->value, spelled}));
            if (!step.add(edits::setAttributeValue(step.scratch(), caseId, attribute->key, spelled))) {
                error = qda.where(value.offset) + ": " + fill(tr("cannot set {1} of case {2}"), {attribute->key, caseId});
                return false;
            }
        }
    }
    return true;
}

}  // namespace rw::qda
