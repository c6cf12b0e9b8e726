#include "model/analysis_report.h"

#include <cstdio>

#include "model/analysis_conditions.h"
#include "model/stats.h"

namespace rw {
namespace {

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string join(const std::vector<std::string>& items, const char* separator = ", ") {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
    return text;
}

std::string caseNames(const Project& project, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const std::string& id : ids) {
        const Case* c = project.findCase(id);
        names.push_back(c ? c->displayName() : id);
    }
    return join(names);
}

std::string nodeLabel(const Project& project, const Theory* theory, const std::string& id) {
    const Node* node = theory ? theory->findNode(id) : nullptr;
    if (!node) node = project.findNodeAnywhere(id);
    return node && !node->label.empty() ? firstLine(node->label) : id;
}

std::string linkName(const Project& project, const Theory& theory, const std::string& linkId) {
    const Link* link = theory.findLink(linkId);
    if (!link) return linkId;
    return nodeLabel(project, &theory, link->from) + " → " + nodeLabel(project, &theory, link->to);
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string conditionLine(const Condition& condition) {
    std::string label = condition.label.empty() || condition.label == condition.id ? "" : " (" + condition.label + ")";
    return condition.id + label + ": " + describeRule(condition) + "; " + describePolicy(condition);
}

std::string stanceCell(const std::vector<StanceCount>& counts) {
    std::vector<std::string> parts;
    for (const StanceCount& count : counts) {
        std::string part = count.key;
        if (count.supports) part += " +" + std::to_string(count.supports);
        if (count.contradicts) part += " −" + std::to_string(count.contradicts);
        parts.push_back(part);
    }
    return join(parts, "; ");
}

std::string tickFlags(const TickTriangulation& tick) {
    std::vector<std::string> flags;
    if (tick.noEvidence) flags.push_back("no evidence");
    if (tick.rolesDisagree) flags.push_back("roles disagree");
    if (tick.singleInformant) flags.push_back("single informant");
    if (tick.singleSource) flags.push_back("single source");
    return join(flags);
}

void addSolution(AnalysisReport& report, const Project& project, const QcaResult& result, const Solution& solution) {
    bool parsimonious = solution.kind == SolutionKind::Parsimonious;
    ReportTable table;
    table.title = std::string(parsimonious ? "Parsimonious solution (remainders as don't cares)"
                                           : "Conservative solution (no remainders)") +
                  " for " + result.outcomeName();
    table.columns = {"model", "term", "consistency", "raw coverage", "unique coverage", "cases"};
    if (!solution.complete) {
        table.notes.push_back("The search for minimal models gave up (the chart is too large); no model is listed.");
        report.tables.push_back(std::move(table));
        return;
    }
    if (solution.modelCount == 0) {
        table.notes.push_back("No configuration is minimised as 1: there is nothing to explain.");
        report.tables.push_back(std::move(table));
        return;
    }
    std::vector<std::string> primes;
    for (const Implicant& p : solution.primeImplicants) primes.push_back(formatImplicant(p, result.names));
    std::vector<std::string> essential;
    for (const Implicant& p : solution.essential) essential.push_back(formatImplicant(p, result.names));
    for (std::size_t m = 0; m < solution.models.size(); ++m) {
        const Model& model = solution.models[m];
        std::string name = "M" + std::to_string(m + 1);
        table.notes.push_back(name + ": " + formatModel(model, result.names) + " → " + result.outcomeName());
        for (const TermFit& fit : model.terms) {
            std::string cases = caseNames(project, fit.caseIds);
            if (!fit.deviantCaseIds.empty()) cases += " (without the outcome: " + caseNames(project, fit.deviantCaseIds) + ")";
            table.rows.push_back({name, formatImplicant(fit.term, result.names), formatRatio(fit.consistency),
                                  formatRatio(fit.rawCoverage), formatRatio(fit.uniqueCoverage), cases});
        }
        // The model as a whole: its consistency, and its coverage in the raw-coverage column.
        table.rows.push_back({name, "(solution)", formatRatio(model.consistency), formatRatio(model.coverage), "", ""});
        if (parsimonious) {
            std::vector<std::string> assumptions;
            for (std::uint32_t r : model.simplifyingAssumptions)
                assumptions.push_back(formatConfiguration(r, result.table.conditionCount));
            table.notes.push_back(name + " assumes " + plural(assumptions.size(), "remainder", "remainders") +
                                  (assumptions.empty() ? "" : ": " + join(assumptions)));
        }
    }
    std::string count = (solution.modelCountExact ? "" : "at least ") + std::to_string(solution.modelCount);
    if (solution.models.size() < solution.modelCount)
        count = "the first " + std::to_string(solution.models.size()) + " of " + count;
    table.notes.push_back("Minimal models (fewest prime implicants, Petrick's method): " + count + ".");
    table.notes.push_back("Prime implicants: " + join(primes) + (essential.empty() ? "" : "; essential: " + join(essential)) + ".");
    report.tables.push_back(std::move(table));
}

}  // namespace

std::string tallyCell(const CaseTally& tally) {
    std::string cell = share(static_cast<int>(tally.supported.size()), tally.assessed());
    if (!tally.mixed.empty()) cell += " (" + std::to_string(tally.mixed.size()) + " ?)";
    return cell;
}

AnalysisReport reportLinkSupport(const Project& project, const Theory& theory, const std::vector<LinkSupport>& links) {
    AnalysisReport report;
    report.title = "Links both ways, theory \"" + theory.name + "\" (" + plural(project.cases.size(), "case", "cases") + ")";
    report.notes.push_back("Each cell: cases where the target is supported, of the cases where it was assessed (k/n); "
                           "? counts as assessed, not supported. An intervention without a verdict is in place.");
    ReportTable table{"Target supported, by the source's verdict",
                      {"link", "source ✓", "source x", "source ?", "holds in", "breaks in"},
                      {},
                      {}};
    for (const LinkSupport& link : links)
        table.rows.push_back({linkName(project, theory, link.linkId), tallyCell(link.whenSourceSupported),
                              tallyCell(link.whenSourceRefuted), tallyCell(link.whenSourceMixed),
                              caseNames(project, link.whenSourceSupported.supported),
                              caseNames(project, link.whenSourceSupported.refuted)});
    report.tables.push_back(std::move(table));
    return report;
}

AnalysisReport reportSplit(const Project& project, const Theory& theory, const Grouping& grouping,
                           const std::vector<NodeSplit>& nodes) {
    AnalysisReport report;
    const char* by = grouping.by == Grouping::By::Attribute ? "attribute" : grouping.by == Grouping::By::Condition ? "condition" : "node";
    report.title = "Verdicts split by " + std::string(by) + " " + grouping.id +
                   (grouping.label != grouping.id ? " (" + grouping.label + ")" : "") + ", theory \"" + theory.name + "\"";
    if (!grouping.rule.empty()) report.notes.push_back("Rule: " + grouping.rule + ".");
    for (const CaseGroup& group : grouping.groups)
        report.notes.push_back(group.label + " (" + std::to_string(group.caseIds.size()) + "): " +
                               caseNames(project, group.caseIds));
    report.notes.push_back("Each cell: cases where the node is supported, of the group's cases that assessed it (k/n).");
    ReportTable table;
    table.title = "Supported per group";
    table.columns.push_back("node");
    for (const CaseGroup& group : grouping.groups)
        table.columns.push_back(group.label + " (" + std::to_string(group.caseIds.size()) + ")");
    table.columns.push_back("all");
    for (const NodeSplit& split : nodes) {
        std::vector<std::string> row{nodeLabel(project, &theory, split.nodeId)};
        CaseTally all;
        for (const CaseTally& tally : split.groups) {
            row.push_back(tallyCell(tally));
            for (const std::string& id : tally.supported) all.supported.push_back(id);
            for (const std::string& id : tally.refuted) all.refuted.push_back(id);
            for (const std::string& id : tally.mixed) all.mixed.push_back(id);
        }
        row.push_back(tallyCell(all));
        table.rows.push_back(std::move(row));
    }
    report.tables.push_back(std::move(table));
    return report;
}

AnalysisReport reportQca(const Project& project, const QcaResult& result) {
    AnalysisReport report;
    int n = result.table.conditionCount;
    report.title = "Crisp-set QCA of " + result.outcomeName() + " on " + join(result.names);
    report.notes.push_back(std::string("Outcome") + (result.negated ? " (negated: its absence is explained)" : "") + ": " +
                           conditionLine(result.outcome));
    for (const Condition& condition : result.conditions) report.notes.push_back("Condition " + conditionLine(condition));
    report.notes.push_back("Cases: " + std::to_string(result.cases.size()) + " included, " +
                           std::to_string(result.excluded.size()) + " excluded; " +
                           std::to_string(result.table.positiveCases) +
                           (result.table.positiveCases == 1 ? " shows" : " show") + " the outcome.");
    for (const ExcludedCase& excluded : result.excluded)
        report.notes.push_back("Excluded " + caseNames(project, {excluded.caseId}) + ": " + excluded.why + ".");
    for (const ImputedValue& imputed : result.imputed)
        report.notes.push_back("Counted " + caseNames(project, {imputed.caseId}) + " as " +
                               (imputed.value ? "true" : "false") + " on " + imputed.condition + ": " + imputed.why + ".");
    char threshold[16];
    std::snprintf(threshold, sizeof threshold, "%.3f", result.table.threshold);
    report.notes.push_back(std::string("A row is minimised as 1 (OUT) when its consistency is at least ") + threshold +
                           "; rows whose cases disagree are flagged contradictory.");

    ReportTable table;
    table.title = "Truth table";
    table.columns = result.names;
    for (const char* column : {"OUT", "n", "consistency", "flag", "cases"}) table.columns.push_back(column);
    for (const TruthTableRow& row : result.table.rows) {
        std::vector<std::string> cells;
        std::string digits = formatConfiguration(row.configuration, n);
        for (char digit : digits) cells.push_back(std::string(1, digit));
        cells.push_back(row.outcome ? "1" : "0");
        cells.push_back(std::to_string(row.cases()));
        cells.push_back(formatRatio({row.positive, row.cases()}));
        cells.push_back(row.contradictory() ? "contradictory" : "");
        cells.push_back(caseNames(project, row.caseIds));
        table.rows.push_back(std::move(cells));
    }
    std::size_t remainders = (std::size_t{1} << n) - result.table.rows.size();
    table.notes.push_back("Remainders (configurations no case shows): " + std::to_string(remainders) + " of " +
                          std::to_string(std::size_t{1} << n) + ".");
    report.tables.push_back(std::move(table));
    addSolution(report, project, result, result.conservative);
    if (result.parsimonious) addSolution(report, project, result, *result.parsimonious);
    return report;
}

AnalysisReport reportTriangulation(const Project& project, const Theory& theory, const Triangulation& triangulation,
                                   bool allTicks) {
    AnalysisReport report;
    report.title = "Triangulation, theory \"" + theory.name + "\"";
    int disagree = 0, single = 0, oneSource = 0, none = 0, flagged = 0;
    for (const TickTriangulation& tick : triangulation.ticks) {
        disagree += tick.rolesDisagree;
        single += tick.singleInformant;
        oneSource += tick.singleSource;
        none += tick.noEvidence;
        flagged += tick.flagged();
    }
    std::size_t ticks = triangulation.ticks.size();
    report.notes.push_back(plural(ticks, "tick", "ticks") + ": " + share(disagree, static_cast<int>(ticks)) +
                           " with evidence that disagrees across roles, " + share(single, static_cast<int>(ticks)) +
                           " on a single informant, " + share(oneSource, static_cast<int>(ticks)) + " on a single source, " +
                           share(none, static_cast<int>(ticks)) + " without evidence.");
    report.notes.push_back("+n: evidence that supports the tick; −n: evidence that contradicts it. A single informant is "
                           "one named informant, or one role when the evidence names no informant.");
    ReportTable table;
    table.title = allTicks ? "Every tick" : "Flagged ticks (" + std::to_string(flagged) + ")";
    table.columns = {"case", "node", "tick", "evidence", "by role", "by source kind", "flags"};
    for (const TickTriangulation& tick : triangulation.ticks) {
        if (!allTicks && !tick.flagged()) continue;
        table.rows.push_back({caseNames(project, {tick.caseId}), nodeLabel(project, &theory, tick.nodeId),
                              std::string(verdictSymbol(tick.verdict)), std::to_string(tick.evidence),
                              stanceCell(tick.byRole), stanceCell(tick.bySourceKind), tickFlags(tick)});
    }
    report.tables.push_back(std::move(table));

    int documentsOnly = 0;
    ReportTable links{"Links: who states them, and do the cases bear them out?", {"link", "refs by source kind", "holds", "flag"}, {}, {}};
    for (const LinkWarrant& warrant : triangulation.links) {
        std::vector<std::string> kinds;
        for (const StanceCount& kind : warrant.refsByKind) kinds.push_back(kind.key + " " + std::to_string(kind.supports));
        documentsOnly += warrant.policyDocumentsOnly;
        links.rows.push_back({linkName(project, theory, warrant.linkId), kinds.empty() ? "(none)" : join(kinds, "; "),
                              share(warrant.holds, warrant.sourceSupported),
                              warrant.policyDocumentsOnly ? "policy documents only" : ""});
    }
    links.notes.push_back(std::to_string(documentsOnly) +
                          " links rest on the policy's own documents only (every ref a document) and hold in no case.");
    report.tables.push_back(std::move(links));
    return report;
}

AnalysisReport reportDiff(const Project& project, const TheoryDiff& diff) {
    using Kind = ItemChange::Kind;
    AnalysisReport report;
    const Theory* before = project.findTheory(diff.before);
    const Theory* after = project.findTheory(diff.after);
    report.title = "Theory \"" + (before ? before->name : diff.before) + "\" → \"" + (after ? after->name : diff.after) + "\"";
    auto summary = [](const char* what, const std::vector<ItemChange>& items, int unchanged) {
        return std::string(what) + ": " + std::to_string(TheoryDiff::count(items, Kind::Added)) + " added, " +
               std::to_string(TheoryDiff::count(items, Kind::Removed)) + " removed, " +
               std::to_string(TheoryDiff::count(items, Kind::Changed)) + " changed, " + std::to_string(unchanged) +
               " unchanged.";
    };
    report.notes.push_back(summary("Nodes", diff.nodes, diff.unchangedNodes));
    report.notes.push_back(summary("Links", diff.links, diff.unchangedLinks));
    ReportTable table{"Changes", {"change", "item", "id", "label", "fields"}, {}, {}};
    auto add = [&](const char* item, const std::vector<ItemChange>& changes) {
        for (const ItemChange& change : changes) {
            std::vector<std::string> fields;
            for (const FieldChange& field : change.fields) fields.push_back(field.field);
            table.rows.push_back({std::string(toString(change.kind)), item, change.id, change.label, join(fields)});
        }
    };
    add("node", diff.nodes);
    add("link", diff.links);
    report.tables.push_back(std::move(table));
    return report;
}

}  // namespace rw
