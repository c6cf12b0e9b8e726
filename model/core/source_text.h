#pragma once
// Locations in a source's embedded text: where a quote sits (lines and a Unicode character
// range), and the text at a location. Both work on the text as stored, so a location found
// once stays right after save and reload.

#include <optional>
#include <string>
#include <string_view>

#include "model/core/project.h"

namespace rw {

// Returns the location of the first occurrence of `quote` in `text` at or after character
// `fromCharacter`, or nullopt when it does not occur.
std::optional<Location> locateQuote(std::string_view text, std::string_view quote, long fromCharacter = 0);

// Returns the text covered by the character range of `location` (or by its lines when it has
// no character range); empty when the location lies outside the text.
std::string textAt(std::string_view text, const Location& location);

}  // namespace rw
