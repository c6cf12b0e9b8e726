#include "plugins/documents/pdf_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <fstream>
#include <memory>

#include "model/translate.h"

namespace rw::documents {
namespace {

// Poppler writes its complaints about damaged files to stderr; our one-line error says enough.
void quiet(const std::string&, void*) {}

bool startsLikePdf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[1024] = {};
    in.read(head, sizeof head);
    // The header may follow a little junk; readers accept it within the first kilobyte.
    return std::string_view(head, static_cast<std::size_t>(in.gcount())).find("%PDF-") != std::string_view::npos;
}

std::string utf8(const poppler::ustring& text) {
    poppler::byte_array bytes = text.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

}  // namespace

bool readPdfPages(const std::string& path, std::vector<PdfPage>& pages, std::string& error) {
    if (!startsLikePdf(path)) {
        error = path + ": " + tr("not a PDF (no %PDF- header)");
        return false;
    }
    poppler::set_debug_error_function(quiet, nullptr);
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
    if (!document) {
        error = path + ": " + tr("not a readable PDF (damaged, or encrypted with a password)");
        return false;
    }
    if (document->is_locked()) {
        error = path + ": " + tr("encrypted with a password; save an unprotected copy first");
        return false;
    }
    pages.clear();
    for (int i = 0; i < document->pages(); ++i) {
        std::unique_ptr<poppler::page> page(document->create_page(i));
        PdfPage read;
        read.label = page ? utf8(page->label()) : "";
        if (read.label.empty()) read.label = std::to_string(i + 1);
        if (page) read.text = utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
        pages.push_back(std::move(read));
    }
    return true;
}

}  // namespace rw::documents
