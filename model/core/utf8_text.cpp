#include "model/core/utf8_text.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rw {

std::size_t firstInvalidUtf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t at = 0;
    while (at < size) {
#if defined(__SSE2__)
        // Most chat text is ASCII: check sixteen bytes at once (no high bit, no zero byte).
        if (at + 16 <= size) {
            __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
            int high = _mm_movemask_epi8(chunk);
            int zero = _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, _mm_setzero_si128()));
            if ((high | zero) == 0) {
                at += 16;
                continue;
            }
        }
#endif
        // The same eight bytes at a time.
        if (at + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, bytes + at, 8);
            bool highBit = (word & 0x8080808080808080ull) != 0;
            bool zeroByte = ((word - 0x0101010101010101ull) & ~word & 0x8080808080808080ull) != 0;
            if (!highBit && !zeroByte) {
                at += 8;
                continue;
            }
        }
        unsigned char b = bytes[at];
        if (b == 0) return at;
        if (b < 0x80) {
            ++at;
            continue;
        }
        std::size_t length = 0;
        char32_t minimum = 0;
        if ((b & 0xE0) == 0xC0) length = 2, minimum = 0x80;
        else if ((b & 0xF0) == 0xE0) length = 3, minimum = 0x800;
        else if ((b & 0xF8) == 0xF0) length = 4, minimum = 0x10000;
        else return at;
        if (at + length > size) return at;
        char32_t codePoint = b & (0x7F >> length);
        for (std::size_t i = 1; i < length; ++i) {
            if ((bytes[at + i] & 0xC0) != 0x80) return at;
            codePoint = (codePoint << 6) | (bytes[at + i] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if (codePoint < minimum || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) return at;
        at += length;
    }
    return std::string_view::npos;
}

char32_t decodeUtf8(std::string_view text, std::size_t at, std::size_t& length) {
    auto b = static_cast<unsigned char>(text[at]);
    length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
    if (at + length > text.size()) length = 1;
    if (length == 1) return b;
    char32_t codePoint = b & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xC0) != 0x80) {
            length = 1;
            return b;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    return codePoint;
}

bool isWordCodePoint(char32_t c) {
    // Arabic punctuation: the comma, semicolon and question mark, percent and decimal signs, full stop.
    if (c == 0x060C || c == 0x061B || c == 0x061F || (c >= 0x066A && c <= 0x066D) || c == 0x06D4) return false;
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7)  // Latin with diacritics
           || (c >= 0x0370 && c <= 0x052F)                             // Greek, Cyrillic
           || (c >= 0x0590 && c <= 0x06FF)                             // Hebrew, Arabic
           || (c >= 0x0900 && c <= 0x0DFF)                             // Indic scripts
           || (c >= 0x0E00 && c <= 0x0EFF)                             // Thai, Lao
           || (c >= 0x1E00 && c <= 0x1FFF)                             // Latin and Greek extended
           || (c >= 0x3040 && c <= 0x9FFF)                             // kana, CJK
           || (c >= 0xAC00 && c <= 0xD7AF);                            // Hangul
}

namespace {
char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
}  // namespace

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (asciiLower(a[i]) != asciiLower(b[i])) return false;
    return true;
}

bool startsWithIgnoringAsciiCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && equalsIgnoringAsciiCase(text.substr(0, prefix.size()), prefix);
}

}  // namespace rw
