#pragma once
// Text helpers for chat exports: the invisible direction marks WhatsApp inserts, the spaces and
// digits phones write. The general UTF-8 helpers are in core/utf8_text.h, included here.

#include <cstddef>
#include <string>
#include <string_view>

#include "model/core/utf8_text.h"

namespace rw {

// Returns the byte length of the direction or embedding mark at `text[at]` (U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069, U+FEFF), or 0 when there is none. Inline: it runs on every line.
inline std::size_t directionMarkAt(std::string_view text, std::size_t at) {
    if (at + 3 > text.size()) return 0;
    auto b0 = static_cast<unsigned char>(text[at]);
    if (b0 != 0xE2 && b0 != 0xEF) return 0;
    auto b1 = static_cast<unsigned char>(text[at + 1]);
    auto b2 = static_cast<unsigned char>(text[at + 2]);
    if (b0 == 0xE2 && b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) return 3;
    if (b0 == 0xE2 && b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return 3;  // isolates around names
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) return 3;                // byte order mark
    return 0;
}

// Returns the byte length of the space at `text[at]` (U+0020, U+00A0, U+202F), or 0.
inline std::size_t spaceAt(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    if (text[at] == ' ') return 1;
    auto byte = [&](std::size_t i) { return at + i < text.size() ? static_cast<unsigned char>(text[at + i]) : 0; };
    if (byte(0) == 0xC2 && byte(1) == 0xA0) return 2;                    // no-break space
    if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) == 0xAF) return 3;  // narrow no-break space (iOS 17)
    return 0;
}

// Returns the value (0-9) of the decimal digit at `text[at]` and sets `length` to its bytes, or
// returns -1. Besides ASCII it reads the digits phones write in some locales: Arabic-Indic,
// Persian (Extended Arabic-Indic), Devanagari, Bengali and Thai. Inline: headers are read with it.
inline int digitAt(std::string_view text, std::size_t at, std::size_t& length) {
    if (at >= text.size()) return -1;
    auto b0 = static_cast<unsigned char>(text[at]);
    if (b0 >= '0' && b0 <= '9') {
        length = 1;
        return b0 - '0';
    }
    if (b0 < 0xD9 || at + 1 >= text.size()) return -1;
    auto b1 = static_cast<unsigned char>(text[at + 1]);
    if (b0 == 0xD9 && b1 >= 0xA0 && b1 <= 0xA9) return length = 2, b1 - 0xA0;  // U+0660-0669 Arabic-Indic
    if (b0 == 0xDB && b1 >= 0xB0 && b1 <= 0xB9) return length = 2, b1 - 0xB0;  // U+06F0-06F9 Persian
    if (b0 != 0xE0 || at + 2 >= text.size()) return -1;
    auto b2 = static_cast<unsigned char>(text[at + 2]);
    if ((b1 == 0xA5 || b1 == 0xA7) && b2 >= 0xA6 && b2 <= 0xAF) return length = 3, b2 - 0xA6;  // Devanagari, Bengali
    if (b1 == 0xB9 && b2 >= 0x90 && b2 <= 0x99) return length = 3, b2 - 0x90;                   // Thai
    return -1;
}

// Returns `text` without the direction marks at its start.
std::string_view skipDirectionMarks(std::string_view text);

// Returns `text` without direction marks and spaces at either end.
std::string_view trimMarksAndSpaces(std::string_view text);

// Returns `text` with every direction mark removed, as a person reads it.
std::string withoutDirectionMarks(std::string_view text);
// Returns the ASCII digits of `text` in order ("+31 6-1234 5678" gives "31612345678").
std::string digitsOf(std::string_view text);

}  // namespace rw
