#include "model/analysis/analysis_support.h"

#include <algorithm>
#include <map>

#include "model/core/conditions.h"
#include "model/core/id_index.h"
#include "model/core/translate.h"
#include "model/core/values.h"

namespace rw {
namespace {

// An intervention without a verdict is in place in the case, as the checks read it.
VerdictValue effectiveVerdict(const Node& node, const CaseVerdicts& c) {
    VerdictValue verdict = c.on(node.id);
    if (verdict == VerdictValue::NotAssessed && node.kind == NodeKind::Intervention) return VerdictValue::Supported;
    return verdict;
}

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

void addGroup(Grouping& grouping, std::string label, std::vector<std::string> caseIds, bool missing = false) {
    if (!caseIds.empty()) grouping.groups.push_back({std::move(label), std::move(caseIds), missing});
}

Grouping byAttribute(const Project& project, const AttributeDef& attribute) {
    Grouping grouping{Grouping::By::Attribute, attribute.key, attribute.label.empty() ? attribute.key : attribute.label,
                      {}, {}};
    std::vector<std::string> values;
    std::map<std::string, std::vector<std::string>> cases;
    std::vector<std::string> without;
    for (const Case& c : project.cases) {
        const AttributeValue* value = c.findValue(attribute.key);
        if (!value || value->value.empty()) {
            without.push_back(c.id);
            continue;
        }
        if (cases[value->value].empty()) values.push_back(value->value);
        cases[value->value].push_back(c.id);
    }
    auto rank = [&](const std::string& v) -> double {
        if (attribute.type == AttributeType::Ordinal) return ordinalRank(attribute, v);
        return parseNumber(v).value_or(0.0);
    };
    bool ranked = attribute.type == AttributeType::Ordinal || attribute.type == AttributeType::Number;
    std::stable_sort(values.begin(), values.end(), [&](const std::string& a, const std::string& b) {
        return ranked ? rank(a) < rank(b) : a < b;
    });
    for (const std::string& v : values) addGroup(grouping, v, cases[v]);
    addGroup(grouping, tr("(no value)"), without, true);
    return grouping;
}

Grouping byCondition(const Project& project, const Condition& condition) {
    Grouping grouping{Grouping::By::Condition, condition.id, condition.label.empty() ? condition.id : condition.label,
                      describeRule(condition) + "; " + describePolicy(condition), {}};
    std::vector<std::string> yes, no, out;
    for (const Case& c : project.cases) {
        Membership m = evaluate(project, condition, c);
        (!m.included() ? out : m.value ? yes : no).push_back(c.id);
    }
    addGroup(grouping, tr("yes"), yes);
    addGroup(grouping, tr("no"), no);
    addGroup(grouping, tr("(excluded)"), out, true);
    return grouping;
}

Grouping byNode(const Project& project, const Node& node) {
    Grouping grouping{Grouping::By::Node, node.id, firstLine(node.label), {}, {}};
    std::vector<std::string> groups[4];
    for (const Case& c : project.cases) {
        VerdictValue verdict = c.verdictOn(node.id);
        if (verdict == VerdictValue::NotAssessed && node.kind == NodeKind::Intervention) verdict = VerdictValue::Supported;
        groups[static_cast<int>(verdict)].push_back(c.id);
    }
    addGroup(grouping, "✓", groups[static_cast<int>(VerdictValue::Supported)]);
    addGroup(grouping, "x", groups[static_cast<int>(VerdictValue::Refuted)]);
    addGroup(grouping, "?", groups[static_cast<int>(VerdictValue::Mixed)]);
    addGroup(grouping, tr("(not assessed)"), groups[static_cast<int>(VerdictValue::NotAssessed)], true);
    return grouping;
}

}  // namespace

void CaseTally::add(VerdictValue verdict, const std::string& caseId) {
    switch (verdict) {
        case VerdictValue::Supported: supported.push_back(caseId); break;
        case VerdictValue::Refuted: refuted.push_back(caseId); break;
        case VerdictValue::Mixed: mixed.push_back(caseId); break;
        case VerdictValue::NotAssessed: break;
    }
}

std::vector<LinkSupport> linkSupport(const Project& project, const Theory& theory) {
    std::vector<LinkSupport> result;
    IdIndex vertices = indexNodes(theory);
    std::vector<CaseVerdicts> verdicts = indexVerdicts(project.cases);
    for (const Link& link : theory.links) {
        LinkSupport support{link.id, {}, {}, {}};
        int from = vertices.find(link.from);
        if (from >= 0 && vertices.find(link.to) >= 0) {
            const Node& source = theory.nodes[static_cast<std::size_t>(from)];
            for (std::size_t i = 0; i < project.cases.size(); ++i) {
                const std::string& caseId = project.cases[i].id;
                VerdictValue target = verdicts[i].on(link.to);
                switch (effectiveVerdict(source, verdicts[i])) {
                    case VerdictValue::Supported: support.whenSourceSupported.add(target, caseId); break;
                    case VerdictValue::Refuted: support.whenSourceRefuted.add(target, caseId); break;
                    case VerdictValue::Mixed: support.whenSourceMixed.add(target, caseId); break;
                    case VerdictValue::NotAssessed: break;
                }
            }
        }
        result.push_back(std::move(support));
    }
    return result;
}

std::optional<Grouping> groupCases(const Project& project, const std::string& name) {
    if (const AttributeDef* attribute = project.findAttribute(name)) return byAttribute(project, *attribute);
    if (const Condition* condition = findCondition(project, name)) return byCondition(project, *condition);
    if (const Node* node = project.findNodeAnywhere(name)) return byNode(project, *node);
    return std::nullopt;
}

std::vector<NodeSplit> splitSupport(const Project& project, const Theory& theory, const Grouping& grouping) {
    std::vector<NodeSplit> result;
    IdIndex caseIndex(project.cases, [](const Case& c) -> const std::string& { return c.id; });
    std::vector<CaseVerdicts> verdicts = indexVerdicts(project.cases);
    for (const Node& node : theory.nodes) {
        NodeSplit split{node.id, std::vector<CaseTally>(grouping.groups.size())};
        bool assessed = false;
        for (std::size_t g = 0; g < grouping.groups.size(); ++g)
            for (const std::string& caseId : grouping.groups[g].caseIds) {
                int c = caseIndex.find(caseId);
                VerdictValue verdict = c < 0 ? VerdictValue::NotAssessed : verdicts[static_cast<std::size_t>(c)].on(node.id);
                split.groups[g].add(verdict, caseId);
                assessed = assessed || verdict != VerdictValue::NotAssessed;
            }
        if (assessed) result.push_back(std::move(split));
    }
    return result;
}

}  // namespace rw
