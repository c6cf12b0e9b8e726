#pragma once
// Spelling of locations in files: lines="12-14", chars="130-212".

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "model/core/project.h"

namespace rw {

// Returns "12" or "12-14"; empty when no line is known.
std::string formatLines(const Location& location);
// Returns "130-212"; empty when no character range is known.
std::string formatChars(const Location& location);

// Parses "A" or "A-B" of non-negative integers with A <= B; nullopt when malformed.
std::optional<std::pair<long, long>> parseRange(std::string_view text);

// Returns a short human description: "lines 12-14, p. 56".
std::string describe(const Location& location);

}  // namespace rw
