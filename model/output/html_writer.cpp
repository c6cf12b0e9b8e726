#include "model/output/html_writer.h"

#include <sstream>

namespace rw::html {

pugi::xml_node element(pugi::xml_node parent, const char* name, const std::string& text, const std::string& cls) {
    pugi::xml_node node = parent.append_child(name);
    attr(node, "class", cls);
    if (!text.empty()) node.text() = text.c_str();
    return node;
}

void attr(pugi::xml_node node, const char* name, const std::string& value) {
    if (!value.empty()) node.append_attribute(name) = value.c_str();
}

namespace {

void prefixIds(pugi::xml_node node, const std::string& prefix) {
    if (pugi::xml_attribute id = node.attribute("id")) id.set_value((prefix + id.value()).c_str());
    for (pugi::xml_node child : node.children()) prefixIds(child, prefix);
}

}  // namespace

bool appendSvg(pugi::xml_node parent, const std::string& svgText, const std::string& idPrefix) {
    pugi::xml_document svg;
    if (!svg.load_string(svgText.c_str())) return false;
    pugi::xml_node root = svg.child("svg");
    if (!root) return false;
    pugi::xml_node copy = parent.append_copy(root);
    // Inline SVG scales with the page; the fixed pt size of Graphviz would overflow A4.
    copy.remove_attribute("width");
    copy.remove_attribute("height");
    copy.append_attribute("role") = "img";
    prefixIds(copy, idPrefix);
    return true;
}

std::string serializeHtml(const pugi::xml_document& document) {
    std::ostringstream out;
    out << "<!DOCTYPE html>\n";
    document.save(out, "  ", pugi::format_indent | pugi::format_no_declaration | pugi::format_no_empty_element_tags,
                  pugi::encoding_utf8);
    // <meta> is a void element in HTML: it takes no end tag.
    std::string text = out.str();
    for (std::size_t at; (at = text.find("></meta>")) != std::string::npos;) text.replace(at, 8, ">");
    return text;
}

std::string serializeSvg(const pugi::xml_document& document) {
    std::ostringstream out;
    document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    return out.str();
}

}  // namespace rw::html
