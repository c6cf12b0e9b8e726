#include "plugins/refi-qda/xml_places.h"

#include <algorithm>
#include <iterator>

namespace rw::qda {

TextPosition XmlPlaces::positionOf(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto known = std::prev(m_known.upper_bound(offset));
    TextPosition position = known->second;
    // The same counting as rw::positionOf: a line feed starts a line, lead bytes are columns.
    for (std::size_t i = known->first; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(m_text[i]);
        if (c == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    m_known.emplace(offset, position);
    return position;
}

std::string XmlPlaces::where(std::size_t offset) const {
    TextPosition at = positionOf(offset);
    return m_name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

}  // namespace rw::qda
