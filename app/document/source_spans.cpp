#include "app/document/source_spans.h"

#include <algorithm>

#include "model/checks/quote_check.h"

namespace rw::document {
namespace {

// Returns the bytes a quote covers, or an empty range when it lies outside the text.
ByteRange evidenceBytes(const Evidence& evidence, const Utf8Index& text) {
    const Location& at = evidence.ref.location;
    ByteRange bytes = text.bytesOf(at);
    if (bytes.empty() || at.charBegin >= 0) return bytes;
    // Lines only: the report's quotes join its broken lines, so the words are searched loosely.
    ByteRange narrowed = findLoosely(text.text(), bytes, evidence.quote);
    return narrowed.empty() ? bytes : narrowed;
}

}  // namespace

std::vector<SourceSpan> sourceSpans(const Project& project, const Source& source, const Utf8Index& text) {
    std::vector<SourceSpan> spans;
    for (const Case& c : project.cases)
        for (const Verdict& verdict : c.verdicts)
            for (const Evidence& evidence : verdict.evidence) {
                if (evidence.ref.source != source.id) continue;
                ByteRange bytes = evidenceBytes(evidence, text);
                if (bytes.empty()) continue;
                SourceSpan span;
                span.bytes = bytes;
                span.caseId = c.id;
                span.nodeId = verdict.node;
                span.evidenceId = evidence.id;
                span.stance = evidence.stance;
                span.verdict = verdict.value;
                if (const Node* node = project.findNodeAnywhere(verdict.node)) span.nodeKind = node->kind;
                spans.push_back(std::move(span));
            }
    for (std::size_t i = 0; i < source.codings.size(); ++i) {
        const Coding& coding = source.codings[i];
        ByteRange bytes = text.bytesOf(coding.location);
        if (bytes.empty()) continue;
        SourceSpan span;
        span.kind = SourceSpan::Kind::Coding;
        span.bytes = bytes;
        span.caseId = coding.caseId;
        span.code = coding.code;
        span.codingIndex = i;
        spans.push_back(std::move(span));
    }
    std::stable_sort(spans.begin(), spans.end(),
                     [](const SourceSpan& a, const SourceSpan& b) { return a.bytes.begin < b.bytes.begin; });
    return spans;
}

std::vector<std::size_t> spansAt(const std::vector<SourceSpan>& spans, std::size_t byte) {
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (spans[i].bytes.begin <= byte && byte < spans[i].bytes.end) found.push_back(i);
    return found;
}

int spanOfEvidence(const std::vector<SourceSpan>& spans, const std::string& evidenceId) {
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (spans[i].kind == SourceSpan::Kind::Evidence && spans[i].evidenceId == evidenceId) return static_cast<int>(i);
    return -1;
}

std::unordered_map<std::string, int> citationCounts(const Project& project) {
    std::unordered_map<std::string, int> counts;
    for (const Case& c : project.cases)
        for (const Verdict& verdict : c.verdicts)
            for (const Evidence& evidence : verdict.evidence)
                if (!evidence.ref.source.empty()) ++counts[evidence.ref.source];
    return counts;
}

}  // namespace rw::document
