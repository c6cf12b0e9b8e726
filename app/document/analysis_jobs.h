#pragma once
// What the analysis pane computes, as plain functions of a frozen project: they run on the
// pane's worker thread, so they never touch the session or wx. Each returns reports ready to show
// (model/analysis/analysis_report.h) with, per table row, the cases a click on it should highlight.

#include <string>
#include <vector>

#include "model/analysis/analysis_qca.h"
#include "model/analysis/analysis_report.h"

namespace rw::document {

// What a report's table row stands for beyond its text.
struct ReportRowInfo {
    std::vector<std::string> caseIds;  // the cases the row is about (none: nothing to highlight)
    bool warn = false;                 // a row to draw in the warning colour (contradictory)
    bool operator==(const ReportRowInfo&) const = default;
};
using ReportRows = std::vector<std::vector<ReportRowInfo>>;  // [table][row]

// A report, or why there is none.
struct ShownReport {
    AnalysisReport report;
    ReportRows rows;
    std::string message;  // non-empty: show this instead of the report
    bool operator==(const ShownReport&) const = default;
};

// The QCA run behind the pane's first tab.
struct QcaShown {
    QcaResult result;
    ShownReport shown;
};

// Runs the request (truth table and solutions) and describes its rows: each truth-table row its
// cases (contradictory ones marked), each solution term the cases in it, each model's
// "(solution)" row the cases in any of its terms.
QcaShown computeQca(const Project& project, const QcaRequest& request);

// The cheaper analyses of the other tabs, for the theory `theoryId`.
struct ReportRequest {
    std::string theoryId;
    std::string splitBy;     // attribute key, condition id or node id; "" for no split
    bool allTicks = false;   // triangulation: every tick, not only the flagged ones
    std::string diffBefore;  // theory ids; either empty for no diff
    std::string diffAfter;
};

struct ReportsShown {
    ShownReport links;
    ShownReport split;
    ShownReport triangulation;
    ShownReport diff;
};

// Returns the link support, the split, the triangulation and the diff the request asks for.
// A split row (a node) carries the cases that support the node; the other rows carry none.
ReportsShown computeReports(const Project& project, const ReportRequest& request);

}  // namespace rw::document
