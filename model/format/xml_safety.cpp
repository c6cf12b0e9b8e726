#include "model/format/xml_safety.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "model/core/translate.h"
#include "model/core/utf8_text.h"

namespace rw {
namespace {

bool isHexDigit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Reads the code point of a character reference at xml[at] ("&#65;" or "&#x41;"); returns false
// when there is none there. Huge numbers saturate, so they still count as forbidden.
bool characterReference(std::string_view xml, std::size_t at, char32_t& character) {
    if (xml.substr(at, 2) != "&#") return false;
    std::size_t i = at + 2;
    bool hex = i < xml.size() && xml[i] == 'x';
    if (hex) ++i;
    std::size_t digits = i;
    unsigned long value = 0;
    for (; i < xml.size() && (hex ? isHexDigit(xml[i]) : (xml[i] >= '0' && xml[i] <= '9')); ++i) {
        unsigned digit = static_cast<unsigned>(xml[i] <= '9' ? xml[i] - '0' : (xml[i] | 0x20) - 'a' + 10);
        value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + digit;
    }
    if (i == digits || i >= xml.size() || xml[i] != ';') return false;
    character = static_cast<char32_t>(value > 0x10FFFF ? 0x110000 : value);
    return true;
}

}  // namespace

bool xmlCanHold(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

std::size_t firstCharacterXmlCannotHold(std::string_view text, char32_t& character) {
    for (std::size_t i = 0; i < text.size();) {
        // The common case, eight printable ASCII bytes at a time: no byte below 0x20 (the
        // "has less" bit trick) and none with the high bit set.
        if (i + 8 <= text.size()) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
            if ((((word - 0x20 * kOnes) & ~word) | word) & kHigh) {
                // fall through to one byte at a time
            } else {
                i += 8;
                continue;
            }
        }
        unsigned char byte = static_cast<unsigned char>(text[i]);
        if ((byte >= 0x20 && byte < 0x80) || byte == '\n' || byte == '\t' || byte == '\r') {
            ++i;
            continue;
        }
        std::size_t length = 1;
        char32_t c = decodeUtf8(text, i, length);  // a byte that is not UTF-8 comes back as itself
        bool decoded = length > 1 || byte < 0x80;
        if (decoded && !xmlCanHold(c)) {
            character = c;
            return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

std::size_t firstForbiddenInXml(std::string_view xml, char32_t& character) {
    std::size_t raw = firstCharacterXmlCannotHold(xml, character);
    for (std::size_t at = xml.find("&#"); at != std::string_view::npos && at < raw; at = xml.find("&#", at + 2)) {
        char32_t referenced = 0;
        if (characterReference(xml, at, referenced) && !xmlCanHold(referenced)) {
            character = referenced;
            return at;
        }
    }
    return raw;
}

std::string codePointName(char32_t character) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(character));
    return name;
}

pugi::xml_node firstElementDeeperThan(const pugi::xml_document& document, int maxDepth) {
    pugi::xml_node node = document.first_child();
    int depth = 1;
    while (node) {
        if (node.type() == pugi::node_element && depth > maxDepth) return node;
        if (node.first_child()) {
            node = node.first_child();
            ++depth;
            continue;
        }
        while (node && !node.next_sibling()) {
            node = node.parent();
            --depth;
        }
        if (node) node = node.next_sibling();
    }
    return {};
}

std::string xmlFeatureRefused(const pugi::xml_document& document, std::string_view xml, std::size_t& offset) {
    if (std::size_t bad = firstInvalidUtf8(xml); bad != std::string_view::npos) {
        offset = bad;
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(xml[bad])));
        return fill(tr("bytes that are not UTF-8 ({1}); save the file as UTF-8"), {byte});
    }
    for (pugi::xml_node node : document.children())
        if (node.type() == pugi::node_doctype) {
            offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug() - 10, 0));  // at "<!DOCTYPE "
            return tr("a document type declaration (<!DOCTYPE>) is not allowed: its entities are never expanded");
        }
    return {};
}

std::string loadXml(pugi::xml_document& document, std::string_view xml, std::size_t& offset) {
    pugi::xml_parse_result parsed = document.load_buffer(xml.data(), xml.size(), kXmlParseOptions, pugi::encoding_utf8);
    char32_t forbidden = 0;
    std::size_t forbiddenAt = firstForbiddenInXml(xml, forbidden);
    std::size_t brokeOff = parsed ? xml.size() : static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
    // A character XML cannot hold is named wherever it is (pugixml would cut a text short at a
    // NUL), and before the parse error it may have caused.
    if (forbiddenAt != std::string_view::npos && (parsed || forbiddenAt <= brokeOff)) {
        offset = forbiddenAt;
        return fill(tr("character {1} cannot stand in XML 1.0"), {codePointName(forbidden)});
    }
    if (!parsed) {
        offset = brokeOff;
        return fill(tr("not well-formed XML ({1})"), {parsed.description()});
    }
    if (pugi::xml_node deep = firstElementDeeperThan(document)) {
        offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(deep.offset_debug() - 1, 0));
        return fill(tr("elements nested deeper than {1} levels"), {std::to_string(kMaxXmlDepth)});
    }
    if (std::string why = xmlFeatureRefused(document, xml, offset); !why.empty()) return why;
    offset = 0;
    return {};
}

}  // namespace rw
