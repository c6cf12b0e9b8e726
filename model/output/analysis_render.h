#pragma once
// Writing an AnalysisReport as aligned text, CSV or Markdown.

#include <string>

#include "model/analysis/analysis_report.h"

namespace rw {

// Returns the title, the notes, and each table with columns aligned by characters (not bytes).
std::string renderText(const AnalysisReport& report);
// Returns the notes and tables as CSV (RFC 4180): a table starts with its title as a one-field
// row, then its header; a blank line separates tables.
std::string renderCsv(const AnalysisReport& report);
// Returns the report as GitHub-flavoured Markdown: a heading, a bullet list of notes, tables.
std::string renderMarkdown(const AnalysisReport& report);

}  // namespace rw
