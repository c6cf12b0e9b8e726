#pragma once
// Writing CSV (RFC 4180): a field is quoted when it holds a comma, a quote or a line break.

#include <string>
#include <string_view>
#include <vector>

namespace rw {

// Returns the field as it goes into a CSV line.
std::string csvField(std::string_view text);

// Returns the fields joined by commas, ending with "\n".
std::string csvLine(const std::vector<std::string>& fields);

}  // namespace rw
