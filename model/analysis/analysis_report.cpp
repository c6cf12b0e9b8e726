#include "model/analysis/analysis_report.h"

#include <cstdio>

#include "model/checks/stats.h"
#include "model/core/conditions.h"
#include "model/core/translate.h"

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

// The diff's words for a change and a field; the JSON output keeps toString's spellings.
std::string changeName(ItemChange::Kind kind) {
    switch (kind) {
        case ItemChange::Kind::Added: return tr("added");
        case ItemChange::Kind::Removed: return tr("removed");
        case ItemChange::Kind::Changed: return tr("changed");
    }
    return std::string(toString(kind));
}

std::string fieldName(const std::string& field) {
    if (field == "id") return tr("id");
    if (field == "kind") return tr("kind");
    if (field == "level") return tr("level");
    if (field == "label") return tr("label");
    if (field == "description") return tr("description");
    if (field == "assumption") return tr("assumption");
    if (field == "refs") return tr("refs");
    if (field == "ends") return tr("ends");
    return field;
}

std::string splitTitle(const Grouping& grouping, const Theory& theory) {
    if (grouping.label == grouping.id) {
        switch (grouping.by) {
            case Grouping::By::Attribute:
                return fill(tr("Verdicts split by attribute {1}, theory \"{2}\""), {grouping.id, theory.name});
            case Grouping::By::Condition:
                return fill(tr("Verdicts split by condition {1}, theory \"{2}\""), {grouping.id, theory.name});
            case Grouping::By::Node: break;
        }
        return fill(tr("Verdicts split by node {1}, theory \"{2}\""), {grouping.id, theory.name});
    }
    switch (grouping.by) {
        case Grouping::By::Attribute:
            return fill(tr("Verdicts split by attribute {1} ({2}), theory \"{3}\""),
                        {grouping.id, grouping.label, theory.name});
        case Grouping::By::Condition:
            return fill(tr("Verdicts split by condition {1} ({2}), theory \"{3}\""),
                        {grouping.id, grouping.label, theory.name});
        case Grouping::By::Node: break;
    }
    return fill(tr("Verdicts split by node {1} ({2}), theory \"{3}\""), {grouping.id, grouping.label, theory.name});
}

std::string tickFlags(const TickTriangulation& tick) {
    std::vector<std::string> flags;
    if (tick.noEvidence) flags.push_back(tr("no evidence"));
    if (tick.rolesDisagree) flags.push_back(tr("roles disagree"));
    if (tick.singleInformant) flags.push_back(tr("single informant"));
    if (tick.singleSource) flags.push_back(tr("single source"));
    return join(flags);
}

void addSolution(AnalysisReport& report, const Project& project, const QcaResult& result, const Solution& solution) {
    bool parsimonious = solution.kind == SolutionKind::Parsimonious;
    ReportTable table;
    table.title = fill(parsimonious ? tr("Parsimonious solution (remainders as don't cares) for {1}")
                                    : tr("Conservative solution (no remainders) for {1}"),
                       {result.outcomeName()});
    table.columns = {tr("model"), tr("term"), tr("consistency"), tr("raw coverage"), tr("unique coverage"), tr("cases")};
    if (!solution.complete) {
        table.notes.push_back(tr("The search for minimal models gave up (the chart is too large); no model is listed."));
        report.tables.push_back(std::move(table));
        return;
    }
    if (solution.modelCount == 0) {
        table.notes.push_back(tr("No configuration is minimised as 1: there is nothing to explain."));
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
            if (!fit.deviantCaseIds.empty())
                cases = fill(tr("{1} (without the outcome: {2})"), {cases, caseNames(project, fit.deviantCaseIds)});
            table.rows.push_back({name, formatImplicant(fit.term, result.names), formatRatio(fit.consistency),
                                  formatRatio(fit.rawCoverage), formatRatio(fit.uniqueCoverage), cases});
        }
        // The model as a whole: its consistency, and its coverage in the raw-coverage column.
        table.rows.push_back({name, tr("(solution)"), formatRatio(model.consistency), formatRatio(model.coverage), "", ""});
        if (parsimonious) {
            std::vector<std::string> assumptions;
            for (std::uint32_t r : model.simplifyingAssumptions)
                assumptions.push_back(formatConfiguration(r, result.table.conditionCount));
            std::string count = std::to_string(assumptions.size());
            if (assumptions.empty()) table.notes.push_back(fill(tr("{1} assumes 0 remainders"), {name}));
            else if (assumptions.size() == 1)
                table.notes.push_back(fill(tr("{1} assumes {2} remainder: {3}"), {name, count, join(assumptions)}));
            else table.notes.push_back(fill(tr("{1} assumes {2} remainders: {3}"), {name, count, join(assumptions)}));
        }
    }
    std::string count = std::to_string(solution.modelCount);
    std::string shown = std::to_string(solution.models.size());
    bool all = solution.models.size() >= solution.modelCount;
    if (solution.modelCountExact)
        table.notes.push_back(all ? fill(tr("Minimal models (fewest prime implicants, Petrick's method): {1}."), {count})
                                  : fill(tr("Minimal models (fewest prime implicants, Petrick's method): the first {1} of {2}."),
                                         {shown, count}));
    else
        table.notes.push_back(
            all ? fill(tr("Minimal models (fewest prime implicants, Petrick's method): at least {1}."), {count})
                : fill(tr("Minimal models (fewest prime implicants, Petrick's method): the first {1} of at least {2}."),
                       {shown, count}));
    table.notes.push_back(essential.empty()
                              ? fill(tr("Prime implicants: {1}."), {join(primes)})
                              : fill(tr("Prime implicants: {1}; essential: {2}."), {join(primes), join(essential)}));
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
    std::string cases = std::to_string(project.cases.size());
    report.title = fill(project.cases.size() == 1 ? tr("Links both ways, theory \"{1}\" ({2} case)")
                                                  : tr("Links both ways, theory \"{1}\" ({2} cases)"),
                        {theory.name, cases});
    report.notes.push_back(tr("Each cell: cases where the target is supported, of the cases where it was assessed (k/n); "
                              "? counts as assessed, not supported. An intervention without a verdict is in place."));
    ReportTable table{tr("Target supported, by the source's verdict"),
                      {tr("link"), tr("source ✓"), tr("source x"), tr("source ?"), tr("holds in"), tr("breaks in")},
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
    report.title = splitTitle(grouping, theory);
    if (!grouping.rule.empty()) report.notes.push_back(fill(tr("Rule: {1}."), {grouping.rule}));
    for (const CaseGroup& group : grouping.groups)
        report.notes.push_back(group.label + " (" + std::to_string(group.caseIds.size()) + "): " +
                               caseNames(project, group.caseIds));
    report.notes.push_back(tr("Each cell: cases where the node is supported, of the group's cases that assessed it (k/n)."));
    ReportTable table;
    table.title = tr("Supported per group");
    table.columns.push_back(tr("node"));
    for (const CaseGroup& group : grouping.groups)
        table.columns.push_back(group.label + " (" + std::to_string(group.caseIds.size()) + ")");
    table.columns.push_back(tr("all"));
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
    report.title = fill(tr("Crisp-set QCA of {1} on {2}"), {result.outcomeName(), join(result.names)});
    report.notes.push_back(fill(result.negated ? tr("Outcome (negated: its absence is explained): {1}") : tr("Outcome: {1}"),
                                {conditionLine(result.outcome)}));
    for (const Condition& condition : result.conditions)
        report.notes.push_back(fill(tr("Condition {1}"), {conditionLine(condition)}));
    std::string included = std::to_string(result.cases.size()), left = std::to_string(result.excluded.size()),
                positive = std::to_string(result.table.positiveCases);
    report.notes.push_back(fill(result.table.positiveCases == 1
                                    ? tr("Cases: {1} included, {2} excluded; {3} shows the outcome.")
                                    : tr("Cases: {1} included, {2} excluded; {3} show the outcome."),
                                {included, left, positive}));
    for (const ExcludedCase& excluded : result.excluded)
        report.notes.push_back(fill(tr("Excluded {1}: {2}."), {caseNames(project, {excluded.caseId}), excluded.why}));
    for (const ImputedValue& imputed : result.imputed)
        report.notes.push_back(fill(imputed.value ? tr("Counted {1} as true on {2}: {3}.") : tr("Counted {1} as false on {2}: {3}."),
                                    {caseNames(project, {imputed.caseId}), imputed.condition, imputed.why}));
    char threshold[16];
    std::snprintf(threshold, sizeof threshold, "%.3f", result.table.threshold);
    report.notes.push_back(fill(tr("A row is minimised as 1 (OUT) when its consistency is at least {1}; "
                                   "rows whose cases disagree are flagged contradictory."),
                                {threshold}));

    ReportTable table;
    table.title = tr("Truth table");
    table.columns = result.names;
    // OUT and n are the notation of QCA, the same in every language.
    for (std::string column : {std::string("OUT"), std::string("n"), tr("consistency"), tr("flag"), tr("cases")})
        table.columns.push_back(std::move(column));
    for (const TruthTableRow& row : result.table.rows) {
        std::vector<std::string> cells;
        std::string digits = formatConfiguration(row.configuration, n);
        for (char digit : digits) cells.push_back(std::string(1, digit));
        cells.push_back(row.outcome ? "1" : "0");
        cells.push_back(std::to_string(row.cases()));
        cells.push_back(formatRatio({row.positive, row.cases()}));
        cells.push_back(row.contradictory() ? tr("contradictory") : "");
        cells.push_back(caseNames(project, row.caseIds));
        table.rows.push_back(std::move(cells));
    }
    std::size_t remainders = (std::size_t{1} << n) - result.table.rows.size();
    table.notes.push_back(fill(tr("Remainders (configurations no case shows): {1} of {2}."),
                               {std::to_string(remainders), std::to_string(std::size_t{1} << n)}));
    report.tables.push_back(std::move(table));
    addSolution(report, project, result, result.conservative);
    if (result.parsimonious) addSolution(report, project, result, *result.parsimonious);
    return report;
}

AnalysisReport reportTriangulation(const Project& project, const Theory& theory, const Triangulation& triangulation,
                                   bool allTicks) {
    AnalysisReport report;
    report.title = fill(tr("Triangulation, theory \"{1}\""), {theory.name});
    int disagree = 0, single = 0, oneSource = 0, none = 0, flagged = 0;
    for (const TickTriangulation& tick : triangulation.ticks) {
        disagree += tick.rolesDisagree;
        single += tick.singleInformant;
        oneSource += tick.singleSource;
        none += tick.noEvidence;
        flagged += tick.flagged();
    }
    std::size_t ticks = triangulation.ticks.size();
    int all = static_cast<int>(ticks);
    report.notes.push_back(fill(ticks == 1 ? tr("{1} tick: {2} with evidence that disagrees across roles, {3} on a single "
                                                "informant, {4} on a single source, {5} without evidence.")
                                           : tr("{1} ticks: {2} with evidence that disagrees across roles, {3} on a single "
                                                "informant, {4} on a single source, {5} without evidence."),
                                {std::to_string(ticks), share(disagree, all), share(single, all), share(oneSource, all),
                                 share(none, all)}));
    report.notes.push_back(tr("+n: evidence that supports the tick; −n: evidence that contradicts it. A single informant is "
                              "one named informant, or one role when the evidence names no informant."));
    ReportTable table;
    table.title = allTicks ? tr("Every tick") : fill(tr("Flagged ticks ({1})"), {std::to_string(flagged)});
    table.columns = {tr("case"), tr("node"), tr("tick"), tr("evidence"), tr("by role"), tr("by source kind"), tr("flags")};
    for (const TickTriangulation& tick : triangulation.ticks) {
        if (!allTicks && !tick.flagged()) continue;
        table.rows.push_back({caseNames(project, {tick.caseId}), nodeLabel(project, &theory, tick.nodeId),
                              std::string(verdictSymbol(tick.verdict)), std::to_string(tick.evidence),
                              stanceCell(tick.byRole), stanceCell(tick.bySourceKind), tickFlags(tick)});
    }
    report.tables.push_back(std::move(table));

    int documentsOnly = 0;
    ReportTable links{tr("Links: who states them, and do the cases bear them out?"),
                      {tr("link"), tr("refs by source kind"), tr("holds"), tr("flag")},
                      {},
                      {}};
    for (const LinkWarrant& warrant : triangulation.links) {
        std::vector<std::string> kinds;
        for (const StanceCount& kind : warrant.refsByKind) kinds.push_back(kind.key + " " + std::to_string(kind.supports));
        documentsOnly += warrant.policyDocumentsOnly;
        links.rows.push_back({linkName(project, theory, warrant.linkId), kinds.empty() ? tr("(none)") : join(kinds, "; "),
                              share(warrant.holds, warrant.sourceSupported),
                              warrant.policyDocumentsOnly ? tr("policy documents only") : ""});
    }
    links.notes.push_back(fill(tr("{1} links rest on the policy's own documents only (every ref a document) and hold in no case."),
                               {std::to_string(documentsOnly)}));
    report.tables.push_back(std::move(links));
    return report;
}

AnalysisReport reportDiff(const Project& project, const TheoryDiff& diff) {
    using Kind = ItemChange::Kind;
    AnalysisReport report;
    const Theory* before = project.findTheory(diff.before);
    const Theory* after = project.findTheory(diff.after);
    report.title = fill(tr("Theory \"{1}\" → \"{2}\""), {before ? before->name : diff.before, after ? after->name : diff.after});
    auto summary = [](const std::string& pattern, const std::vector<ItemChange>& items, int unchanged) {
        return fill(pattern, {std::to_string(TheoryDiff::count(items, Kind::Added)),
                              std::to_string(TheoryDiff::count(items, Kind::Removed)),
                              std::to_string(TheoryDiff::count(items, Kind::Changed)), std::to_string(unchanged)});
    };
    report.notes.push_back(
        summary(tr("Nodes: {1} added, {2} removed, {3} changed, {4} unchanged."), diff.nodes, diff.unchangedNodes));
    report.notes.push_back(
        summary(tr("Links: {1} added, {2} removed, {3} changed, {4} unchanged."), diff.links, diff.unchangedLinks));
    ReportTable table{tr("Changes"), {tr("change"), tr("item"), tr("id"), tr("label"), tr("fields")}, {}, {}};
    auto add = [&](const std::string& item, const std::vector<ItemChange>& changes) {
        for (const ItemChange& change : changes) {
            std::vector<std::string> fields;
            for (const FieldChange& field : change.fields) fields.push_back(fieldName(field.field));
            table.rows.push_back({changeName(change.kind), item, change.id, change.label, join(fields)});
        }
    };
    add(tr("node"), diff.nodes);
    add(tr("link"), diff.links);
    report.tables.push_back(std::move(table));
    return report;
}

}  // namespace rw
