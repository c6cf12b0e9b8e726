#pragma once
// The text of a PDF (poppler-cpp), page by page.

#include <string>
#include <vector>

namespace rw::documents {

struct PdfPage {
    std::string label;  // the page label a reader cites ("iv", "56"), else its number
    std::string text;   // UTF-8, as poppler reads it in reading order
};

// Reads every page; returns false with `error` set ("x.pdf: …") for a file that is not a PDF, is
// damaged ("x.pdf: damaged: …", also when no page has text and poppler had complaints), or is
// encrypted with a password. A file read with complaints gets `warnings` (the pages without text
// and poppler's first complaint): some of its text may be missing.
bool readPdfPages(const std::string& path, std::vector<PdfPage>& pages, std::vector<std::string>& warnings,
                  std::string& error);

}  // namespace rw::documents
