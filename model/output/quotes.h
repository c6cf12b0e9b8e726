#pragma once
// The audit trail a commission asks for: every quote behind every tick, with its case, node,
// stance, source and location.

#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw {

struct QuoteRow {
    std::string caseId, caseName, nodeId, nodeLabel, verdict, evidenceId, stance, quote;
    std::string sourceId, sourceTitle, lines, chars, page, at, informant, role, note;
    std::string code;  // for a coded segment: its code (a message category); node and verdict are empty
};

// Returns one row per evidence item, in case, then verdict, then evidence order; with
// `codedSegments`, then one row per coding of a source (in source order), its text as the quote.
std::vector<QuoteRow> listQuotes(const Project& project, bool codedSegments = false);

// Returns the rows as CSV with a header line; `codeColumn` adds a last column, code.
std::string quotesToCsv(const std::vector<QuoteRow>& rows, bool codeColumn = false);

// Returns the rows as JSON Lines, one object per line; `codeColumn` adds the key code.
std::string quotesToJsonLines(const std::vector<QuoteRow>& rows, bool codeColumn = false);

}  // namespace rw
