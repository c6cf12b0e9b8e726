#pragma once
// XML element names without their namespace prefix: QDA programs and Word write prefixes as they
// like (`w:p`, `qda:Code` or none), so elements are matched by their local name.

#include <string_view>

#include <pugixml.hpp>

namespace rw::qda {

inline std::string_view localName(const pugi::xml_node& node) {
    std::string_view name = node.name();
    std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace rw::qda
