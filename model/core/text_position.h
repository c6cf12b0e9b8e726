#pragma once
// Turns byte offsets (what pugixml reports) into the line and column a person looks for.

#include <cstddef>
#include <string_view>

namespace rw {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in Unicode characters
};

// Returns the position of byte `offset` in `text`; offsets past the end give the end.
TextPosition positionOf(std::string_view text, std::size_t offset);

}  // namespace rw
