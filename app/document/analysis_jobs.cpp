#include "app/document/analysis_jobs.h"

#include <algorithm>

#include "model/analysis/analysis_diff.h"
#include "model/analysis/analysis_support.h"
#include "model/analysis/analysis_triangulation.h"
#include "model/core/translate.h"

namespace rw::document {
namespace {

// The rows reportQca writes for a solution: per model its terms, then a "(solution)" row.
std::vector<ReportRowInfo> solutionRows(const Project& project, const Solution& solution) {
    std::vector<ReportRowInfo> rows;
    if (!solution.complete || solution.modelCount == 0) return rows;
    for (const Model& model : solution.models) {
        std::vector<std::string> any;
        for (const TermFit& fit : model.terms) {
            rows.push_back({fit.caseIds, false});
            any.insert(any.end(), fit.caseIds.begin(), fit.caseIds.end());
        }
        // In project order, once each: what the whole model covers.
        std::vector<std::string> ordered;
        for (const Case& c : project.cases)
            if (std::find(any.begin(), any.end(), c.id) != any.end()) ordered.push_back(c.id);
        rows.push_back({ordered, false});
    }
    return rows;
}

}  // namespace

QcaShown computeQca(const Project& project, const QcaRequest& request) {
    QcaShown shown;
    shown.result = runQca(project, request);
    if (!shown.result) {
        shown.shown.message = shown.result.error;
        return shown;
    }
    shown.shown.report = reportQca(project, shown.result);
    std::vector<ReportRowInfo> table;
    for (const TruthTableRow& row : shown.result.table.rows) table.push_back({row.caseIds, row.contradictory()});
    shown.shown.rows.push_back(std::move(table));
    shown.shown.rows.push_back(solutionRows(project, shown.result.conservative));
    if (shown.result.parsimonious) shown.shown.rows.push_back(solutionRows(project, *shown.result.parsimonious));
    return shown;
}

ReportsShown computeReports(const Project& project, const ReportRequest& request) {
    ReportsShown shown;
    const Theory* theory = project.findTheory(request.theoryId);
    if (!theory) {
        std::string none = tr("The project has no theory to analyse.");
        shown.links.message = shown.split.message = shown.triangulation.message = none;
    } else {
        shown.links.report = reportLinkSupport(project, *theory, linkSupport(project, *theory));
        shown.triangulation.report =
            reportTriangulation(project, *theory, triangulate(project, *theory), request.allTicks);
        if (request.splitBy.empty()) {
            shown.split.message = tr("Choose an attribute, a condition or a node to split the cases by.");
        } else if (auto grouping = groupCases(project, request.splitBy)) {
            std::vector<NodeSplit> nodes = splitSupport(project, *theory, *grouping);
            shown.split.report = reportSplit(project, *theory, *grouping, nodes);
            // A row per node, in the same order: clicking it highlights the cases that support it.
            std::vector<ReportRowInfo> rows;
            for (const NodeSplit& node : nodes) {
                ReportRowInfo info;
                for (const CaseTally& group : node.groups)
                    info.caseIds.insert(info.caseIds.end(), group.supported.begin(), group.supported.end());
                rows.push_back(std::move(info));
            }
            shown.split.rows.push_back(std::move(rows));
        } else {
            shown.split.message = fill(tr("There is no attribute, condition or node \"{1}\"."), {request.splitBy});
        }
    }
    const Theory* before = project.findTheory(request.diffBefore);
    const Theory* after = project.findTheory(request.diffAfter);
    if (before && after)
        shown.diff.report = reportDiff(project, diffTheories(*before, *after));
    else
        shown.diff.message = tr("Choose two theories to compare.");
    return shown;
}

}  // namespace rw::document
