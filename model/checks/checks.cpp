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

namespace {

// How many parts a rule of this scope has: one per case, node or link; a whole rule has one.
std::size_t partsOf(CheckScope scope, const CheckContext& context) {
    switch (scope) {
        case CheckScope::EachCase: return context.cases.size();
        case CheckScope::EachNode: return context.graph.size();
        case CheckScope::EachLink: return context.theory.links.size();
        default: return 1;
    }
}

CheckRule partedRule(std::string code, Severity severity, std::string summary, CheckScope scope, RunPart runPart) {
    CheckRule rule{std::move(code), severity, std::move(summary), {}, scope, std::move(runPart)};
    rule.run = [one = rule.runPart, scope](const CheckContext& context, std::vector<Finding>& out) {
        for (std::size_t part = 0, n = partsOf(scope, context); part < n; ++part) one(context, part, out);
    };
    return rule;
}

}  // namespace

CheckRule eachCaseRule(std::string code, Severity severity, std::string summary, RunPart runCase) {
    return partedRule(std::move(code), severity, std::move(summary), CheckScope::EachCase, std::move(runCase));
}

CheckRule eachNodeRule(std::string code, Severity severity, std::string summary, RunPart runNode) {
    return partedRule(std::move(code), severity, std::move(summary), CheckScope::EachNode, std::move(runNode));
}

CheckRule eachLinkRule(std::string code, Severity severity, std::string summary, RunPart runLink) {
    return partedRule(std::move(code), severity, std::move(summary), CheckScope::EachLink, std::move(runLink));
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

bool isParted(const CheckRule& rule) {
    return rule.runPart && (rule.scope == CheckScope::EachCase || rule.scope == CheckScope::EachNode ||
                            rule.scope == CheckScope::EachLink);
}

// Sets what a rule's own code does not: its code, severity and the theory checked.
void stamp(const CheckRule& rule, const std::string& theory, std::vector<Finding>& findings) {
    for (Finding& finding : findings) {
        finding.code = rule.code;
        finding.severity = rule.severity;
        finding.theory = theory;
    }
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
        m_caseNames.push_back(c.displayName());
    }
    m_caseIndex = IdIndex(project.cases, [](const Case& c) -> const std::string& { return c.id; });
    m_linksAtVertex.resize(m_graph->size());
    for (std::size_t link = 0; link < m_theory->links.size(); ++link)
        for (const std::string* end : {&m_theory->links[link].from, &m_theory->links[link].to})
            if (int v = m_graph->vertex(*end); v >= 0) m_linksAtVertex[static_cast<std::size_t>(v)].push_back(static_cast<int>(link));
    for (const CheckRule& rule : builtinRules()) m_rules.push_back(&rule);
    if (m_options.extraRules)
        for (const CheckRule& rule : *m_options.extraRules) m_rules.push_back(&rule);
    m_parts.resize(m_rules.size());
    for (std::size_t rule = 0; rule < m_rules.size(); ++rule) {
        m_parts[rule].resize(partCount(*m_rules[rule]));
        for (std::size_t part = 0; part < m_parts[rule].size(); ++part) runPart(rule, part);
    }
}

std::size_t CheckSession::partCount(const CheckRule& rule) const {
    return isParted(rule) ? partsOf(rule.scope, *m_context) : 1;
}

void CheckSession::runPart(std::size_t index, std::size_t part) {
    const CheckRule& rule = *m_rules[index];
    std::vector<Finding> findings;
    if (isParted(rule))
        rule.runPart(*m_context, part, findings);
    else
        rule.run(*m_context, findings);
    stamp(rule, m_theory->id, findings);
    // An empty part holds nothing: most parts find nothing, and a recheck allocates only for findings.
    m_parts[index][part] = findings.empty() ? nullptr : std::make_shared<std::vector<Finding>>(std::move(findings));
    ++m_partsRun;
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

void CheckSession::markChanges(std::size_t k, const CasePaths& before, std::vector<bool>& nodes,
                               std::vector<bool>& links) const {
    const CasePaths& after = m_context->paths[k];
    for (std::size_t v = 0; v < m_graph->size(); ++v) {
        if (before.verdicts[v] == after.verdicts[v] && before.present[v] == after.present[v] &&
            before.reached[v] == after.reached[v])
            continue;
        nodes[v] = true;
        // A node's part also reads whether a path reaches it through its causal links.
        for (int link : m_graph->linksFrom(static_cast<int>(v))) {
            int to = m_graph->vertex(m_theory->links[static_cast<std::size_t>(link)].to);
            if (to >= 0) nodes[static_cast<std::size_t>(to)] = true;
        }
        for (int link : m_linksAtVertex[v]) links[static_cast<std::size_t>(link)] = true;
    }
}

bool CheckSession::recheckCases(const std::vector<std::string>& caseIds) {
    if (!m_theory || m_parts.size() != m_rules.size()) return false;  // no theory, or released
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
    std::vector<bool> nodes(m_graph->size(), false);
    std::vector<bool> links(m_theory->links.size(), false);
    for (std::size_t k : changed) {
        CasePaths before = std::move(m_context->paths[k]);
        m_context->paths[k] = tracePaths(*m_graph, *m_context->cases[k]);
        markChanges(k, before, nodes, links);
        if (m_caseNames[k] != m_context->cases[k]->displayName()) {  // every finding naming it
            m_caseNames[k] = m_context->cases[k]->displayName();
            nodes.assign(nodes.size(), true);
            links.assign(links.size(), true);
        }
    }
    for (std::size_t index = 0; index < m_rules.size(); ++index) {
        const CheckRule& rule = *m_rules[index];
        if (!isParted(rule)) {
            if (rule.scope != CheckScope::Theory) runPart(index, 0);
            continue;
        }
        if (rule.scope == CheckScope::EachCase)
            for (std::size_t k : changed) runPart(index, k);
        const std::vector<bool>& marked = rule.scope == CheckScope::EachNode ? nodes : links;
        if (rule.scope != CheckScope::EachCase)
            for (std::size_t part = 0; part < marked.size(); ++part)
                if (marked[part]) runPart(index, part);
    }
    m_assembled = false;
    return true;
}

template <class Visit>
void CheckSession::inOrder(Visit visit) {
    // Errors first, then warnings, then notes, each in rule order (a rule has one severity).
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info})
        for (std::size_t index = 0; index < m_rules.size(); ++index)
            if (m_rules[index]->severity == severity)
                for (Part& part : m_parts[index])
                    if (part) visit(part);
}

namespace {

// Returns whether a finding belongs in a list filtered to one case (or none).
bool aboutCase(const Finding& finding, const std::string& caseId) {
    return caseId.empty() || finding.cases.empty() ||
           std::find(finding.cases.begin(), finding.cases.end(), caseId) != finding.cases.end();
}

}  // namespace

const FindingList& CheckSession::findings() {
    if (m_assembled) return m_findings;
    m_findings = {};
    inOrder([this](const Part& part) {
        m_findings.append(part, [this](const Finding& f) { return aboutCase(f, m_options.caseId); });
    });
    m_assembled = true;
    return m_findings;
}

std::vector<Finding> CheckSession::release() {
    m_findings = {};  // so the session's parts are its own to move from
    m_assembled = false;
    std::vector<Finding> all;
    inOrder([&](Part& part) {
        for (Finding& finding : *part)
            if (aboutCase(finding, m_options.caseId)) all.push_back(std::move(finding));
    });
    m_parts.clear();
    return all;
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
