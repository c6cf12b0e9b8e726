#include "model/checks/checks.h"

#include <algorithm>

#include "model/core/translate.h"

namespace rw {

std::string CheckContext::label(const std::string& nodeId) const {
    int vertex = graph.vertex(nodeId);
    const Node* node = vertex >= 0 ? &graph.node(vertex) : project.findNodeAnywhere(nodeId);
    if (!node || node->label.empty()) return nodeId;
    return node->label.substr(0, node->label.find('\n'));
}

std::string CheckContext::label(int vertex) const { return label(graph.node(vertex).id); }

std::string CheckContext::linkName(const Link& link) const {
    return label(link.from) + " → " + label(link.to);
}

const std::vector<CheckRule>& builtinRules() {
    static const std::vector<CheckRule> rules = [] {
        std::vector<CheckRule> all;
        addStructuralRules(all);
        addEvidenceRules(all);
        addIndicatorRules(all);
        addSourceRules(all);
        return all;
    }();
    return rules;
}

std::vector<Finding> runChecks(const Project& project, const CheckOptions& options) {
    const Theory* theory = options.theoryId.empty() ? (project.theories.empty() ? nullptr : &project.theories.front())
                                                    : project.findTheory(options.theoryId);
    if (!theory) return {};
    TheoryGraph graph(*theory);
    CheckContext context{project, *theory, graph, {}, {}, options.sourceTexts};
    for (const Case& c : project.cases) {
        context.cases.push_back(&c);
        context.paths.push_back(tracePaths(graph, c));
    }
    std::vector<Finding> findings;
    std::vector<const CheckRule*> rules;
    for (const CheckRule& rule : builtinRules()) rules.push_back(&rule);
    if (options.extraRules)
        for (const CheckRule& rule : *options.extraRules) rules.push_back(&rule);
    for (const CheckRule* rulePointer : rules) {
        const CheckRule& rule = *rulePointer;
        std::size_t first = findings.size();
        rule.run(context, findings);
        for (std::size_t i = first; i < findings.size(); ++i) {
            findings[i].code = rule.code;
            findings[i].severity = rule.severity;
            findings[i].theory = theory->id;
        }
    }
    if (!options.caseId.empty()) {
        std::erase_if(findings, [&](const Finding& f) {
            return !f.cases.empty() &&
                   std::find(f.cases.begin(), f.cases.end(), options.caseId) == f.cases.end();
        });
    }
    // Errors first, then warnings, then notes, each in rule order: three buckets, each finding
    // moved once (a stable sort of 100,000 findings moves each many times).
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        for (Finding& finding : findings)
            if (finding.severity == severity) sorted.push_back(std::move(finding));
    return sorted;
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? tr(" and ") : ", ";
        text += names[i];
    }
    return text;
}

}  // namespace rw
