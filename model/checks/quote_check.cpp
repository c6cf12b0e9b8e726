#include "model/checks/quote_check.h"

#include <algorithm>
#include <array>

#include "model/core/label_text.h"
#include "model/core/location.h"
#include "model/core/translate.h"

namespace rw {
namespace {

constexpr std::size_t kShownCharacters = 120;  // of a text in a message

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return text;
}

std::string shown(std::string_view text) { return "\"" + capText(text, kShownCharacters) + "\""; }

// Is text[at] white space that holds a line break and follows a hyphen: the break of a word
// hyphenated across a line end, which a quote may join?
bool hyphenatedBreak(std::string_view text, std::size_t at, std::size_t end) {
    if (at == 0 || text[at - 1] != '-') return false;
    for (std::size_t i = at; i < end && space(text[i]); ++i)
        if (text[i] == '\n') return true;
    return false;
}

std::size_t skipSpace(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end && space(text[at])) ++at;
    return at;
}

// Returns where `piece` ends when it stands loosely at text[start], or npos.
std::size_t matchLooselyAt(std::string_view text, std::size_t start, std::size_t end, std::string_view piece) {
    std::size_t t = start, q = 0;
    while (q < piece.size()) {
        if (space(piece[q])) {
            if (t >= end || !space(text[t])) return std::string_view::npos;
            q = skipSpace(piece, q, piece.size());
            t = skipSpace(text, t, end);
        } else if (t < end && piece[q] == text[t]) {
            ++q, ++t;
        } else if (t < end && text[t] == '-' && hyphenatedBreak(text, t + 1, end)) {
            t = skipSpace(text, t + 1, end);  // "opspo-\nring" read as "opsporing"
        } else if (t < end && hyphenatedBreak(text, t, end)) {
            t = skipSpace(text, t, end);  // "Noord-\nBrabant" read as "Noord-Brabant"
        } else {
            return std::string_view::npos;
        }
    }
    return t;
}

// Returns where `piece` first stands loosely in text[from, end), as a byte range, or empty.
ByteRange findPiece(std::string_view text, std::size_t from, std::size_t end, std::string_view piece) {
    for (std::size_t start = from; start < end; ++start) {
        if (text[start] != piece.front()) continue;
        std::size_t stop = matchLooselyAt(text, start, end, piece);
        if (stop != std::string_view::npos) return {start, stop};
    }
    return {};
}

std::string withLineFeeds(std::string_view text) { return normaliseSourceText(text); }

// Does the covered text hold exactly the quote, omission markers standing for any text?
bool holdsExactly(std::string_view covered, std::string_view quote) {
    std::string normal = withLineFeeds(quote);
    if (covered == normal) return true;
    std::vector<std::string_view> pieces = quotePieces(normal);
    if (pieces.size() < 2) return false;
    if (!covered.starts_with(pieces.front()) || !covered.ends_with(pieces.back())) return false;
    std::size_t at = pieces.front().size();
    std::size_t last = covered.size() - pieces.back().size();
    if (at > last) return false;
    for (std::size_t i = 1; i + 1 < pieces.size(); ++i) {
        std::size_t found = covered.substr(0, last).find(pieces[i], at);
        if (found == std::string_view::npos) return false;
        at = found + pieces[i].size();
    }
    return true;
}

std::string rangeText(long begin, long end) { return std::to_string(begin) + "-" + std::to_string(end); }

// Returns "line 12" or "lines 12-14".
std::string linesText(const Location& location) {
    std::string lines = formatLines(location);
    return fill(lines.find('-') == std::string::npos ? tr("line {1}") : tr("lines {1}"), {lines});
}

std::string charsMismatch(const Utf8Index& text, std::string_view quote, const Location& location) {
    if (location.charEnd < location.charBegin)
        return fill(tr("chars {1} end before they begin"), {rangeText(location.charBegin, location.charEnd)});
    if (location.charEnd > text.characterCount())
        return fill(tr("the text ends before chars {1} (it has {2} characters)"),
                    {rangeText(location.charBegin, location.charEnd), std::to_string(text.characterCount())});
    std::size_t begin = text.byteOfCharacter(location.charBegin);
    std::size_t end = text.byteOfCharacter(location.charEnd);
    std::string_view covered = text.text().substr(begin, end - begin);
    if (holdsExactly(covered, quote)) return {};
    return fill(tr("the text at chars {1} is {2}"), {rangeText(location.charBegin, location.charEnd), shown(covered)});
}

std::string linesMismatch(const Utf8Index& text, std::string_view quote, const Location& location) {
    int last = std::max(location.lineBegin, location.lineEnd);
    if (last > text.lineCount())
        return fill(tr("the text ends before {1} (it has {2} lines)"), {linesText(location), std::to_string(text.lineCount())});
    ByteRange lines = text.linesBytes(location.lineBegin, last);
    if (!findLoosely(text.text(), lines, quote).empty()) return {};
    return fill(tr("the quote does not stand in {1}, which read {2}"),
                {linesText(location), shown(text.text().substr(lines.begin, lines.end - lines.begin))});
}

// Lines and characters both given: the lines must be those the characters lie on.
std::string linesOfCharsMismatch(const Utf8Index& text, const Location& location) {
    if (location.charBegin < 0 || location.lineBegin <= 0 || location.charEnd > text.characterCount() ||
        location.charEnd < location.charBegin)
        return {};
    ByteRange bytes{text.byteOfCharacter(location.charBegin), text.byteOfCharacter(location.charEnd)};
    Location actual = text.locationOf(bytes);
    int lastLine = std::max(location.lineBegin, location.lineEnd);
    if (actual.lineBegin == location.lineBegin && actual.lineEnd == lastLine) return {};
    return fill(tr("chars {1} are on {2}, not {3}"),
                {rangeText(location.charBegin, location.charEnd), linesText(actual), linesText(location)});
}

}  // namespace

std::vector<std::string_view> quotePieces(std::string_view quote) {
    static constexpr std::array<std::string_view, 4> kMarkers = {"[…]", "[...]", "(…)", "(...)"};
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    for (std::size_t i = 0; i < quote.size();) {
        std::size_t marker = 0;
        for (std::string_view m : kMarkers)
            if (quote.substr(i).starts_with(m)) marker = m.size();
        if (marker == 0) {
            ++i;
            continue;
        }
        if (std::string_view piece = trimmed(quote.substr(start, i - start)); !piece.empty()) pieces.push_back(piece);
        i += marker;
        start = i;
    }
    if (std::string_view piece = trimmed(quote.substr(start)); !piece.empty()) pieces.push_back(piece);
    return pieces;
}

ByteRange findLoosely(std::string_view text, ByteRange range, std::string_view quote) {
    range.end = std::min(range.end, text.size());
    std::vector<std::string_view> pieces = quotePieces(quote);
    if (pieces.empty() || range.empty()) return {};
    for (std::size_t from = range.begin; from < range.end;) {
        ByteRange first = findPiece(text, from, range.end, pieces.front());
        if (first.empty()) return {};
        ByteRange whole = first;
        bool found = true;
        for (std::size_t i = 1; i < pieces.size() && found; ++i) {
            ByteRange next = findPiece(text, whole.end, range.end, pieces[i]);
            found = !next.empty();
            whole.end = next.end;
        }
        if (found) return whole;
        from = first.begin + 1;
    }
    return {};
}

std::string normaliseSourceText(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::string normal;
    normal.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            normal += text[i];
            continue;
        }
        normal += '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    return normal;
}

std::string quoteMismatch(const Utf8Index& text, std::string_view quote, const Location& location) {
    bool hasChars = location.charBegin >= 0;
    bool hasLines = location.lineBegin > 0;
    if (hasChars)
        if (std::string why = charsMismatch(text, quote, location); !why.empty()) return why;
    if (hasLines && !hasChars)
        if (std::string why = linesMismatch(text, quote, location); !why.empty()) return why;
    return linesOfCharsMismatch(text, location);
}

std::string quoteMismatch(std::string_view text, std::string_view quote, const Location& location) {
    return quoteMismatch(Utf8Index(text), quote, location);
}

std::string locationMismatch(const Utf8Index& text, const Location& location) {
    if (location.charBegin >= 0) {
        if (location.charEnd < location.charBegin)
            return fill(tr("chars {1} end before they begin"), {rangeText(location.charBegin, location.charEnd)});
        if (location.charEnd > text.characterCount())
            return fill(tr("the text ends before chars {1} (it has {2} characters)"),
                        {rangeText(location.charBegin, location.charEnd), std::to_string(text.characterCount())});
    }
    if (location.lineBegin > 0 && std::max(location.lineBegin, location.lineEnd) > text.lineCount())
        return fill(tr("the text ends before {1} (it has {2} lines)"), {linesText(location), std::to_string(text.lineCount())});
    return linesOfCharsMismatch(text, location);
}

}  // namespace rw
