#include "plugins/documents/docx_text.h"

#include <pugixml.hpp>

#include "model/core/text_position.h"
#include "model/core/translate.h"
#include "model/format/xml_safety.h"
#include "plugins/refi-qda/xml_names.h"
#include "plugins/refi-qda/zip_archive.h"

namespace rw::documents {
namespace {

using qda::localName;

class ParagraphWalker {
public:
    void walk(const pugi::xml_node& node) {
        for (pugi::xml_node child : node.children()) {
            if (child.type() != pugi::node_element) continue;
            std::string_view name = localName(child);
            if (name == "p") {
                // A paragraph inside a paragraph (a text box) gets lines of its own.
                if (!m_line.empty()) endLine();
                std::size_t before = m_ended;
                walk(child);
                // An empty paragraph is a blank line, but one that only held a text box is not.
                if (!m_line.empty() || m_ended == before) endLine();
            } else if (name == "t") {
                m_line += child.text().get();
            } else if (name == "tab") {
                m_line += '\t';
            } else if (name == "br" || name == "cr") {
                m_line += '\n';
            } else if (name == "noBreakHyphen") {
                m_line += '-';
            } else if (name == "Fallback") {
                // mc:AlternateContent repeats its content for older readers; the Choice is enough.
            } else {
                walk(child);
            }
        }
    }
    std::string text() const { return m_text; }

private:
    void endLine() {
        m_text += m_line + "\n";
        m_line.clear();
        ++m_ended;
    }
    std::string m_line;
    std::string m_text;
    std::size_t m_ended = 0;  // paragraphs ended so far
};

}  // namespace

bool readDocxText(const std::string& path, std::string& text, std::string& error) {
    if (!qda::looksLikeZip(path)) {
        error = path + ": " + tr("not a Word document (.docx): not a zip archive");
        return false;
    }
    auto archive = qda::ZipArchive::open(path, {}, error);
    if (!archive) return false;
    std::optional<std::string> member = archive->find("word/document.xml");
    if (!member) {
        error = path + ": " + tr("not a Word document (.docx): no word/document.xml in the archive");
        return false;
    }
    std::string xml;
    if (!archive->read(*member, xml, error)) return false;
    pugi::xml_document document;
    std::size_t offset = 0;
    // The walk below recurses once per level: the nesting is bounded before it starts.
    if (std::string why = loadXml(document, xml, offset); !why.empty()) {
        TextPosition at = positionOf(xml, offset);
        error = path + ":" + *member + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + why;
        return false;
    }
    pugi::xml_node root = document.document_element();
    pugi::xml_node body;
    for (pugi::xml_node child : root.children())
        if (localName(child) == "body") body = child;
    if (localName(root) != "document" || !body) {
        error = path + ":" + *member + ": " + tr("no document body (<w:document><w:body>)");
        return false;
    }
    ParagraphWalker walker;
    walker.walk(body);
    text = walker.text();
    return true;
}

}  // namespace rw::documents
