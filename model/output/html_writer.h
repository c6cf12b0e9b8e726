#pragma once
// Small helpers to build HTML and SVG with pugixml, so that every piece of user text is escaped
// by the serializer and never pasted into markup by hand.

#include <pugixml.hpp>

#include <string>

namespace rw::html {

// Appends <name class="cls">text</name> and returns it.
pugi::xml_node element(pugi::xml_node parent, const char* name, const std::string& text = {},
                       const std::string& cls = {});

// Sets an attribute (skipped when value is empty).
void attr(pugi::xml_node node, const char* name, const std::string& value);

// Parses an SVG document (as Graphviz renders it) and appends its <svg> root under `parent`,
// with every id prefixed by `idPrefix` so that several diagrams share a page; returns false when
// the text is not XML.
bool appendSvg(pugi::xml_node parent, const std::string& svgText, const std::string& idPrefix);

// Returns the document serialized as HTML5: a doctype, then the XHTML-compatible tree.
std::string serializeHtml(const pugi::xml_document& document);

// Returns the document serialized as a standalone SVG file.
std::string serializeSvg(const pugi::xml_document& document);

}  // namespace rw::html
