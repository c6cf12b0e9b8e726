#include "model/core/source_text.h"

#include "model/core/label_text.h"

namespace rw {
namespace {

// Returns the byte offset of Unicode character `index`, or npos past the end.
std::size_t byteOfCharacter(std::string_view text, long index) {
    long seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (seen == index) return i;
        ++seen;
    }
    return seen == index ? text.size() : std::string_view::npos;
}

int lineOfByte(std::string_view text, std::size_t byte) {
    int line = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) line += text[i] == '\n';
    return line;
}

}  // namespace

std::optional<Location> locateQuote(std::string_view text, std::string_view quote, long fromCharacter) {
    if (quote.empty()) return std::nullopt;
    std::size_t start = byteOfCharacter(text, fromCharacter);
    if (start == std::string_view::npos) return std::nullopt;
    std::size_t at = text.find(quote, start);
    if (at == std::string_view::npos) return std::nullopt;
    Location location;
    location.charBegin = static_cast<long>(characterCount(text.substr(0, at)));
    location.charEnd = location.charBegin + static_cast<long>(characterCount(quote));
    location.lineBegin = lineOfByte(text, at);
    location.lineEnd = lineOfByte(text, at + quote.size() - 1);
    return location;
}

std::string textAt(std::string_view text, const Location& location) {
    if (location.charBegin >= 0) {
        std::size_t begin = byteOfCharacter(text, location.charBegin);
        std::size_t end = byteOfCharacter(text, location.charEnd);
        if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) return {};
        return std::string(text.substr(begin, end - begin));
    }
    if (location.lineBegin <= 0) return {};
    std::string result;
    int line = 1;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (line >= location.lineBegin && line <= std::max(location.lineBegin, location.lineEnd))
            result += std::string(text.substr(start, end - start)) + "\n";
        if (end == text.size()) break;
        start = end + 1;
        ++line;
    }
    if (!result.empty()) result.pop_back();
    return result;
}

}  // namespace rw
