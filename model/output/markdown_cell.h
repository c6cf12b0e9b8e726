#pragma once
// Text made safe for a cell of a Markdown table: pipes escaped, line breaks as <br>.

#include <string>

namespace rw {

// Returns `text` as it goes between the pipes of a Markdown table row.
std::string markdownCell(const std::string& text);

}  // namespace rw
