#pragma once
// Cross-case analyses as titled tables with notes, ready for text, CSV, Markdown (and later the
// HTML report and the editor's analysis pane). Cases appear by their short names.

#include <string>
#include <vector>

#include "model/analysis/analysis_diff.h"
#include "model/analysis/analysis_qca.h"
#include "model/analysis/analysis_support.h"
#include "model/analysis/analysis_triangulation.h"
#include "model/core/project.h"

namespace rw {

struct ReportTable {
    std::string title;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;  // each as long as `columns`
    std::vector<std::string> notes;              // read after the table
    bool operator==(const ReportTable&) const = default;
};

struct AnalysisReport {
    std::string title;
    std::vector<std::string> notes;  // policies, exclusions, group members: read before the tables
    std::vector<ReportTable> tables;
    bool operator==(const AnalysisReport&) const = default;
};

// Returns the links both ways: the target's support where the source is supported, refuted, ?.
AnalysisReport reportLinkSupport(const Project& project, const Theory& theory, const std::vector<LinkSupport>& links);
// Returns the nodes' support per group of cases.
AnalysisReport reportSplit(const Project& project, const Theory& theory, const Grouping& grouping,
                           const std::vector<NodeSplit>& nodes);
// Returns the truth table and the solutions, with the policies and exclusions that shaped them.
AnalysisReport reportQca(const Project& project, const QcaResult& result);
// Returns the flagged ticks (every tick when `allTicks`) and the links' warrants.
AnalysisReport reportTriangulation(const Project& project, const Theory& theory, const Triangulation& triangulation,
                                   bool allTicks);
// Returns the nodes and links added, removed and changed.
AnalysisReport reportDiff(const Project& project, const TheoryDiff& diff);

// Returns "k/n" supported of assessed, with the ? count when there is one: "2/5 (1 ?)".
std::string tallyCell(const CaseTally& tally);

}  // namespace rw
