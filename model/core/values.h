#pragma once
// Typed case attribute values: stored as the text the user wrote, checked against the type.

#include <optional>
#include <string>
#include <string_view>

#include "model/core/project.h"

namespace rw {

// Returns the number for a decimal with a dot ("9.7", "-3"), or nullopt.
std::optional<double> parseNumber(std::string_view text);

// Returns true for an ISO 8601 date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.
bool isIsoDate(std::string_view text);

// Returns the level's position on an ordinal scale (0 = lowest), or -1 when not on it.
int ordinalRank(const AttributeDef& attribute, std::string_view value);

// Returns an empty string when value fits the attribute's type, else why it does not.
std::string whyValueDoesNotFit(const AttributeDef& attribute, std::string_view value);

}  // namespace rw
