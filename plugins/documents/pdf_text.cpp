#include "plugins/documents/pdf_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <fstream>
#include <memory>
#include <mutex>

#include "model/core/translate.h"

namespace rw::documents {
namespace {

// Poppler writes its complaints about damaged files to stderr; we keep them instead, so that a
// damaged file is told from a scan (whose pages hold no text but nothing is wrong with them).
void quiet(const std::string&, void*) {}

void collect(const std::string& message, void* closure) {
    auto* complaints = static_cast<std::vector<std::string>*>(closure);
    if (complaints->size() < 16) complaints->push_back(message);
}

// Poppler's complaint without its own "error: " or "warning: " prefix.
std::string plain(std::string complaint) {
    for (std::string_view prefix : {"error: ", "Syntax Error: ", "Syntax Warning: ", "warning: "})
        if (complaint.starts_with(prefix)) complaint.erase(0, prefix.size());
    return complaint;
}

std::string damaged(const std::string& path, const std::string& why) {
    return path + ": " + fill(tr("damaged: {1}"), {plain(why)});
}

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

bool readPages(const std::string& path, std::vector<PdfPage>& pages, const std::vector<std::string>& complaints,
               std::vector<std::string>& warnings, std::string& error) {
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
    if (!document) {
        // Poppler opens an encrypted file without its password, so this is damage.
        error = damaged(path, complaints.empty() ? tr("poppler cannot open it") : complaints.front());
        return false;
    }
    if (document->is_locked()) {
        error = path + ": " + tr("encrypted with a password; save an unprotected copy first");
        return false;
    }
    if (document->pages() <= 0) {
        error = damaged(path, complaints.empty() ? tr("it has no pages") : complaints.front());
        return false;
    }
    pages.clear();
    bool anyText = false;
    std::vector<std::string> empty;
    for (int i = 0; i < document->pages(); ++i) {
        std::unique_ptr<poppler::page> page(document->create_page(i));
        if (!page) {
            error = damaged(path, fill(tr("page {1} cannot be read"), {std::to_string(i + 1)}));
            return false;
        }
        PdfPage read;
        read.label = utf8(page->label());
        if (read.label.empty()) read.label = std::to_string(i + 1);
        read.text = utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
        bool hasText = read.text.find_first_not_of(" \t\r\n\f") != std::string::npos;
        anyText = anyText || hasText;
        if (!hasText) empty.push_back(read.label);
        pages.push_back(std::move(read));
    }
    // Pages without text are a scan only when nothing was wrong reading them.
    if (!anyText && !complaints.empty()) {
        error = damaged(path, complaints.front());
        return false;
    }
    if (!complaints.empty()) {
        std::string pagesWithout;
        for (const std::string& label : empty) pagesWithout += (pagesWithout.empty() ? "" : ", ") + label;
        warnings.push_back(fill(empty.empty() ? tr("{1}: read with repairs ({2}); check the text against the PDF")
                                              : tr("{1}: read with repairs ({2}); pages without text: {3}"),
                                {path, plain(complaints.front()), pagesWithout}));
    }
    return true;
}

}  // namespace

bool readPdfPages(const std::string& path, std::vector<PdfPage>& pages, std::vector<std::string>& warnings,
                  std::string& error) {
    if (!startsLikePdf(path)) {
        error = path + ": " + tr("not a PDF (no %PDF- header)");
        return false;
    }
    // The callback is process-wide: one PDF is read at a time.
    static std::mutex reading;
    std::lock_guard<std::mutex> lock(reading);
    std::vector<std::string> complaints;
    poppler::set_debug_error_function(collect, &complaints);
    bool read = readPages(path, pages, complaints, warnings, error);
    poppler::set_debug_error_function(quiet, nullptr);
    return read;
}

}  // namespace rw::documents
