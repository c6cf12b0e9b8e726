#pragma once
// What XML 1.0 and our XML readers cannot take, checked before anything is parsed or written:
// characters XML cannot hold (pugixml would cut a text short at a NUL, or decode "&#0;" into one),
// and elements nested so deep that walking them could exhaust the stack.

#include <cstddef>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace rw {

// The deepest nesting any XML file we read may have; ours need fewer than ten levels, Word and
// QDA files a few dozen.
inline constexpr int kMaxXmlDepth = 256;

// Returns true for the characters XML 1.0 can hold: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD
// and U+10000–U+10FFFF.
bool xmlCanHold(char32_t character);

// Returns the byte offset of the first character in UTF-8 `text` that XML 1.0 cannot hold, or
// npos; sets `character` to it. Bytes that are not UTF-8 are not judged here.
std::size_t firstCharacterXmlCannotHold(std::string_view text, char32_t& character);

// The same over XML source: raw characters and character references ("&#0;", "&#x1;").
std::size_t firstForbiddenInXml(std::string_view xml, char32_t& character);

// Returns "U+0000".
std::string codePointName(char32_t character);

// Returns the first element nested more than `maxDepth` levels below the document, or an empty
// node. Walks without recursion.
pugi::xml_node firstElementDeeperThan(const pugi::xml_document& document, int maxDepth = kMaxXmlDepth);

// The options every reader parses with: pugixml's defaults, with the document type declaration
// kept so that xmlFeatureRefused can see it (pugixml never expands a DTD's entities).
inline constexpr unsigned kXmlParseOptions = pugi::parse_default | pugi::parse_doctype;

// Returns what a well-formed `document` parsed from `xml` holds that we refuse, or "": bytes that
// are not UTF-8 ("bytes that are not UTF-8 (0xFF)"), or a document type declaration — its
// entities would not be expanded, so a text using them would silently read as "&name;", and an
// external one could name any file ("a document type declaration (<!DOCTYPE>) is not allowed").
// Sets `offset` to where it is.
std::string xmlFeatureRefused(const pugi::xml_document& document, std::string_view xml, std::size_t& offset);

// Parses UTF-8 `xml` into `document` (kXmlParseOptions); returns "" or what is wrong,
// with `offset` set to the byte where it is: a character XML 1.0 cannot hold ("character U+0000
// cannot stand in XML 1.0"), malformed XML ("not well-formed XML (…)"), or "elements nested
// deeper than 256 levels", or what xmlFeatureRefused refuses. For readers of other programs'
// files (.qde, .docx).
std::string loadXml(pugi::xml_document& document, std::string_view xml, std::size_t& offset);

}  // namespace rw
