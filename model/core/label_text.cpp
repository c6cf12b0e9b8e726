#include "model/core/label_text.h"

namespace rw {
namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Returns the byte offset just after `count` characters.
std::size_t byteOffsetOf(std::string_view text, std::size_t count) {
    std::size_t i = 0;
    for (std::size_t seen = 0; i < text.size(); ++i) {
        if (!isContinuation(static_cast<unsigned char>(text[i]))) {
            if (seen == count) return i;
            ++seen;
        }
    }
    return i;
}

}  // namespace

std::size_t characterCount(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += !isContinuation(c);
    return count;
}

std::string capText(std::string_view text, std::size_t maxCharacters) {
    if (characterCount(text) <= maxCharacters) return std::string(text);
    std::string cut(text.substr(0, byteOffsetOf(text, maxCharacters > 0 ? maxCharacters - 1 : 0)));
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    return cut + "…";
}

std::vector<std::string> wrapText(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view paragraph = text.substr(start, end - start);
        std::string line;
        std::size_t wordStart = 0;
        while (wordStart <= paragraph.size()) {
            std::size_t space = paragraph.find(' ', wordStart);
            if (space == std::string_view::npos) space = paragraph.size();
            std::string_view word = paragraph.substr(wordStart, space - wordStart);
            if (!word.empty()) {
                if (!line.empty() && characterCount(line) + 1 + characterCount(word) > width) {
                    lines.push_back(line);
                    line.clear();
                }
                line += (line.empty() ? "" : " ") + std::string(word);
            }
            wordStart = space + 1;
        }
        lines.push_back(line);
        start = end + 1;
    }
    while (lines.size() > 1 && lines.back().empty()) lines.pop_back();
    return lines;
}

std::string escapeMarkup(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
        }
    }
    return out;
}

}  // namespace rw
