#pragma once
// What the source viewer marks in a source's text (model/checks/source_texts.h loads it): the stretches
// that are coded — every quote citing the source, and its coded segments — as byte ranges of
// that text, with what is needed to colour and name them.

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/core/project.h"
#include "model/core/utf8_index.h"

namespace rw::document {

struct SourceSpan {
    enum class Kind { Evidence, Coding };
    Kind kind = Kind::Evidence;
    ByteRange bytes;
    std::string caseId;      // evidence; a coding's case, may be empty
    std::string nodeId;      // evidence only
    std::string evidenceId;  // evidence only
    Stance stance = Stance::Supports;
    VerdictValue verdict = VerdictValue::NotAssessed;  // the case's verdict on the node
    NodeKind nodeKind = NodeKind::Mechanism;
    std::string code;             // coding only: Category::id or the code's name
    std::size_t codingIndex = 0;  // coding only: its index in Source::codings
};

// Returns the spans of every evidence citing `source` and of every coding of it that lie in the
// indexed text, in text order. A quote located by lines only is narrowed to where its words
// stand within those lines (line breaks and spaces may differ), else it covers the lines.
std::vector<SourceSpan> sourceSpans(const Project& project, const Source& source, const Utf8Index& text);

// Returns the indices of the spans that contain byte `byte`.
std::vector<std::size_t> spansAt(const std::vector<SourceSpan>& spans, std::size_t byte);

// Returns the index of the span of evidence `evidenceId`, or -1.
int spanOfEvidence(const std::vector<SourceSpan>& spans, const std::string& evidenceId);

// Returns how many quotes cite each source, by source id (sources no quote cites are absent);
// one pass over the evidence, however many sources there are.
std::unordered_map<std::string, int> citationCounts(const Project& project);

}  // namespace rw::document
