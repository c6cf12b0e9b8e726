#pragma once
// The audit trail a commission asks for: every quote behind every tick, with its case, node,
// stance, source and location.

#include <string>
#include <vector>

#include "model/project.h"

namespace rw {

struct QuoteRow {
    std::string caseId, caseName, nodeId, nodeLabel, verdict, evidenceId, stance, quote;
    std::string sourceId, sourceTitle, lines, chars, page, at, informant, role, note;
};

// Returns one row per evidence item, in case, then verdict, then evidence order.
std::vector<QuoteRow> listQuotes(const Project& project);

// Returns the rows as CSV with a header line.
std::string quotesToCsv(const std::vector<QuoteRow>& rows);

// Returns the rows as JSON Lines, one object per line.
std::string quotesToJsonLines(const std::vector<QuoteRow>& rows);

}  // namespace rw
