#pragma once
// The text of a Word document (.docx): the paragraphs of word/document.xml, one per line.

#include <string>

namespace rw::documents {

// Reads the paragraphs of the body, tables included, in order: runs joined, tabs kept, line
// breaks within a paragraph kept, deleted revisions and field codes left out. Returns false with
// `error` set ("x.docx: not a Word document …", "x.docx:word/document.xml:3:7: …") for a file
// that is not a zip, has no word/document.xml, or whose members are malformed or over the
// limits of a zip bomb.
bool readDocxText(const std::string& path, std::string& text, std::string& error);

}  // namespace rw::documents
