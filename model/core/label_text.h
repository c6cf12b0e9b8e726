#pragma once
// User text made safe and readable for diagram labels: wrapped at word boundaries, capped in
// length, and escaped for Graphviz HTML-like labels so that no text can inject markup.

#include <string>
#include <string_view>
#include <vector>

namespace rw {

// Returns at most `maxCharacters` characters of `text` (Unicode characters, not bytes), with
// "…" at the end when it was cut.
std::string capText(std::string_view text, std::size_t maxCharacters);

// Splits text into lines of at most `width` characters, breaking at spaces; a word longer than
// the width gets a line of its own. Existing line breaks are kept.
std::vector<std::string> wrapText(std::string_view text, std::size_t width);

// Escapes & < > " ' for XML and HTML-like labels; control characters become spaces.
std::string escapeMarkup(std::string_view text);

// Returns the number of Unicode characters in UTF-8 text.
std::size_t characterCount(std::string_view text);

}  // namespace rw
