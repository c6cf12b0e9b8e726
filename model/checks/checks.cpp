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

CheckRule eachCaseRule(std::string code, Severity severity, std::string summary,
                       std::function<void(const CheckContext&, std::size_t, std::vector<Finding>&)> runCase) {
    CheckRule rule{std::move(code), severity, std::move(summary), {}, CheckScope::EachCase, std::move(runCase)};
    rule.run = [one = rule.runCase](const CheckContext& context, std::vector<Finding>& out) {
        for (std::size_t k = 0; k < context.cases.size(); ++k) one(context, k, out);
    };
    return rule;
}

CheckRule theoryRule(CheckRule rule) {
    rule.scope = CheckScope::Theory;
    return rule;
}

namespace {

const Theory* theoryChecked(const Project& project, const CheckOptions& options) {
    if (options.theoryId.empty()) return project.theories.empty() ? nullptr : &project.theories.front();
    return project.findTheory(options.theoryId);
}

}  // namespace

std::vector<Finding> runChecks(const Project& project, const CheckOptions& options) {
    return CheckSession(project, options).release();
}

CheckSession::CheckSession(const Project& project, CheckOptions options)
    : m_project(&project), m_options(std::move(options)) {
    m_theory = theoryChecked(project, m_options);
    if (!m_theory) return;
    m_graph = std::make_unique<TheoryGraph>(*m_theory);
    m_context.reset(new CheckContext{project, *m_theory, *m_graph, {}, {}, m_options.sourceTexts});
    m_context->cases.reserve(project.cases.size());
    m_context->paths.reserve(project.cases.size());
    for (const Case& c : project.cases) {
        m_context->cases.push_back(&c);
        m_context->paths.push_back(tracePaths(*m_graph, c));
    }
    m_caseIndex = IdIndex(project.cases, [](const Case& c) -> const std::string& { return c.id; });
    for (const CheckRule& rule : builtinRules()) m_rules.push_back(&rule);
    if (m_options.extraRules)
        for (const CheckRule& rule : *m_options.extraRules) m_rules.push_back(&rule);
    m_byRule.resize(m_rules.size());
    m_byRuleCase.resize(m_rules.size());
    for (std::size_t rule = 0; rule < m_rules.size(); ++rule) runRule(rule);
}

namespace {

// Sets what a rule's own code does not: its code, severity and the theory checked.
void stamp(const CheckRule& rule, const std::string& theory, std::vector<Finding>& findings) {
    for (Finding& finding : findings) {
        finding.code = rule.code;
        finding.severity = rule.severity;
        finding.theory = theory;
    }
}

bool isPerCase(const CheckRule& rule) { return rule.scope == CheckScope::EachCase && rule.runCase; }

}  // namespace

void CheckSession::runRule(std::size_t index) {
    const CheckRule& rule = *m_rules[index];
    if (isPerCase(rule)) {
        std::vector<std::vector<Finding>>& perCase = m_byRuleCase[index];
        perCase.assign(m_context->cases.size(), {});
        for (std::size_t k = 0; k < perCase.size(); ++k) {
            rule.runCase(*m_context, k, perCase[k]);
            stamp(rule, m_theory->id, perCase[k]);
        }
        return;
    }
    m_byRule[index].clear();
    rule.run(*m_context, m_byRule[index]);
    stamp(rule, m_theory->id, m_byRule[index]);
}

bool CheckSession::recheckCases(const Project& now, const std::vector<std::string>& caseIds) {
    if (&now == m_project) return recheckCases(caseIds);
    const Theory* theory = theoryChecked(now, m_options);
    if (!m_theory || !theory || now.cases.size() != m_context->cases.size()) return false;
    for (std::size_t k = 0; k < now.cases.size(); ++k)
        if (now.cases[k].id != m_context->cases[k]->id) return false;  // the copy checked before is still alive
    // The theory is the same, so its graph numbers the vertices as before and the paths still fit.
    m_project = &now;
    m_theory = theory;
    m_graph = std::make_unique<TheoryGraph>(*theory);
    std::vector<CasePaths> paths = std::move(m_context->paths);
    m_context.reset(new CheckContext{now, *theory, *m_graph, {}, std::move(paths), m_options.sourceTexts});
    for (const Case& c : now.cases) m_context->cases.push_back(&c);
    m_caseIndex = IdIndex(now.cases, [](const Case& c) -> const std::string& { return c.id; });
    return recheckCases(caseIds);
}

bool CheckSession::recheckCases(const std::vector<std::string>& caseIds) {
    if (!m_theory) return false;
    // A case added, removed or moved is not an edit of some cases: the session no longer fits.
    if (m_project->cases.size() != m_context->cases.size() ||
        (!m_context->cases.empty() && m_context->cases.front() != &m_project->cases.front()))
        return false;
    std::vector<std::size_t> changed;
    for (const std::string& id : caseIds) {
        int at = m_caseIndex.find(id);
        if (at < 0 || m_project->cases[static_cast<std::size_t>(at)].id != id) return false;
        changed.push_back(static_cast<std::size_t>(at));
    }
    for (std::size_t k : changed) m_context->paths[k] = tracePaths(*m_graph, *m_context->cases[k]);
    for (std::size_t index = 0; index < m_rules.size(); ++index) {
        const CheckRule& rule = *m_rules[index];
        if (rule.scope == CheckScope::Theory) continue;
        if (!isPerCase(rule)) {
            runRule(index);
            continue;
        }
        for (std::size_t k : changed) {
            std::vector<Finding>& findings = m_byRuleCase[index][k];
            findings.clear();
            rule.runCase(*m_context, k, findings);
            stamp(rule, m_theory->id, findings);
        }
    }
    m_assembled = false;
    return true;
}

const std::vector<Finding>& CheckSession::findings() {
    if (!m_assembled) assemble(false);
    return m_findings;
}

std::vector<Finding> CheckSession::release() {
    assemble(true);
    m_assembled = false;
    return std::move(m_findings);
}

void CheckSession::assemble(bool take) {
    m_findings.clear();
    m_assembled = true;
    const std::string& onlyCase = m_options.caseId;
    auto keep = [&](const Finding& f) {
        return onlyCase.empty() || f.cases.empty() || std::find(f.cases.begin(), f.cases.end(), onlyCase) != f.cases.end();
    };
    auto append = [&](std::vector<Finding>& findings) {
        for (Finding& finding : findings)
            if (keep(finding)) take ? m_findings.push_back(std::move(finding)) : m_findings.push_back(finding);
    };
    // Errors first, then warnings, then notes, each in rule order (a rule has one severity).
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        for (std::size_t index = 0; index < m_rules.size(); ++index) {
            if (m_rules[index]->severity != severity) continue;
            if (isPerCase(*m_rules[index]))
                for (std::vector<Finding>& findings : m_byRuleCase[index]) append(findings);
            else
                append(m_byRule[index]);
        }
    }
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
