#pragma once
// Month names as WhatsApp exports and their quoting reports write them ("29 juni 2018").

#include <cstddef>
#include <string_view>

namespace rw {

// Returns the month (1-12) whose name or abbreviation (Dutch, English, German, French, Spanish,
// Italian, Portuguese; case-insensitive, an abbreviation may end in '.') starts `text`, and sets
// `length` to the bytes it takes; returns 0 when no month name starts `text`.
int monthFromName(std::string_view text, std::size_t& length);

}  // namespace rw
