#include "model/core/text_position.h"

#include <algorithm>

namespace rw {

TextPosition positionOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    TextPosition position;
    for (std::size_t i = 0; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            // Count only lead bytes so that "é" or an emoji is one column.
            ++position.column;
        }
    }
    return position;
}

}  // namespace rw
