#include "app/gui/document/source_spans.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "model/atomic_file.h"
#include "model/chat_text.h"

namespace rw::gui {
namespace {

bool space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

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

ByteRange findLoosely(std::string_view text, ByteRange range, std::string_view quote) {
    std::size_t q0 = 0, qEnd = quote.size();
    while (q0 < qEnd && space(quote[q0])) ++q0;
    while (qEnd > q0 && space(quote[qEnd - 1])) --qEnd;
    if (q0 == qEnd) return {};
    range.end = std::min(range.end, text.size());
    for (std::size_t start = range.begin; start < range.end; ++start) {
        if (text[start] != quote[q0]) continue;
        std::size_t t = start, q = q0;
        while (q < qEnd && t < range.end) {
            if (space(quote[q]) && space(text[t])) {
                while (q < qEnd && space(quote[q])) ++q;
                while (t < range.end && space(text[t])) ++t;
            } else if (quote[q] == text[t]) {
                ++q, ++t;
            } else {
                break;
            }
        }
        if (q == qEnd) return {start, t};
    }
    return {};
}

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

int citationCount(const Project& project, const std::string& sourceId) {
    int count = 0;
    for (const Case& c : project.cases)
        for (const Verdict& verdict : c.verdicts)
            for (const Evidence& evidence : verdict.evidence) count += evidence.ref.source == sourceId;
    return count;
}

SourceText loadSourceText(const Source& source, const std::string& projectPath) {
    SourceText result;
    if (!source.text.empty()) {
        result.origin = SourceText::Origin::Embedded;
        result.text = source.text;
        return result;
    }
    if (source.file.empty()) return result;
    namespace fs = std::filesystem;
    fs::path file(source.file);
    if (file.is_relative()) file = fs::path(projectPath).parent_path() / file;
    result.path = file.string();
    std::error_code error;
    if (projectPath.empty() && fs::path(source.file).is_relative()) {
        result.origin = SourceText::Origin::Missing;  // an untitled project has no folder to look in
        return result;
    }
    if (!fs::is_regular_file(file, error)) {
        result.origin = SourceText::Origin::Missing;
        return result;
    }
    std::string why;
    // A text control shows UTF-8 only; anything else would be shown as nothing at all.
    bool ok = readWholeFile(result.path, result.text, why) && firstInvalidUtf8(result.text) == std::string_view::npos;
    result.origin = ok ? SourceText::Origin::File : SourceText::Origin::Unreadable;
    if (!ok) result.text.clear();
    return result;
}

}  // namespace rw::gui
