#pragma once
// "file:line:col" for byte offsets into one XML text, as messages name places. Offsets are asked
// for in many places of a large file, often on one line (programs write the whole project.qde on
// a single line), so each answer starts from the nearest place already worked out instead of
// from the start of the text.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "model/core/text_position.h"

namespace rw::qda {

class XmlPlaces {
public:
    // `text` must outlive the object; `name` is how messages call the file ("x.qdpx:project.qde").
    XmlPlaces(std::string_view text, std::string name) : m_text(text), m_name(std::move(name)) {}

    // Returns the line and column (in Unicode characters) of byte `offset`.
    TextPosition positionOf(std::size_t offset) const;
    // Returns "name:line:col" for byte `offset`.
    std::string where(std::size_t offset) const;
    const std::string& name() const { return m_name; }

private:
    std::string_view m_text;
    std::string m_name;
    mutable std::map<std::size_t, TextPosition> m_known{{0, TextPosition{}}};
};

}  // namespace rw::qda
