#include "plugins/documents/document_import.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "model/core/byte_size.h"
#include "model/core/ids.h"
#include "model/core/label_text.h"
#include "model/core/sha256.h"
#include "model/core/translate.h"
#include "model/core/utf8_text.h"
#include "model/edit/edits.h"
#include "model/format/atomic_file.h"
#include "model/plugins/import_step.h"
#include "plugins/documents/docx_text.h"
#include "plugins/documents/pdf_text.h"
#include "plugins/refi-qda/source_text.h"
#include "plugins/refi-qda/zip_archive.h"

namespace rw::documents {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{256} << 20;  // a PDF with scans may be large
constexpr std::size_t kMaxTextBytes = std::size_t{64} << 20;          // far beyond any report's text

bool hasExtension(const std::string& path, std::string_view extension) {
    return equalsIgnoringAsciiCase(fs::path(path).extension().string(), extension);
}

bool startsWith(const std::string& path, std::string_view head) {
    std::string bytes(head.size(), '\0');
    std::ifstream in(path, std::ios::binary);
    return in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())) && bytes == head;
}

// The pages of a PDF as the lines of one text: each page starts with a line "[page LABEL]", so
// that a quote's page can be told from its line (XML cannot hold a form feed between pages).
std::string joinPages(const std::vector<PdfPage>& pages) {
    std::string text;
    for (const PdfPage& page : pages) {
        // Poppler ends a page with blank lines and a form feed: layout, not text.
        std::size_t end = page.text.find_last_not_of(" \t\r\n\f");
        text += "[page " + page.label + "]\n";
        if (end != std::string::npos) text += page.text.substr(0, end + 1) + "\n";
    }
    return text;
}

}  // namespace

ImportResult importDocument(const ImportRequest& request, const Project& project) {
    ImportResult result;
    const std::string& path = request.path;
    std::error_code failed;
    if (!fs::is_regular_file(path, failed)) {
        result.error = path + ": " + tr("no such file");
        return result;
    }
    if (fs::file_size(path, failed) > kMaxFileBytes && !failed) {
        result.error = path + ": " + fill(tr("larger than {1}; refused"), {describeBytes(kMaxFileBytes)});
        return result;
    }
    SourceKind kind = SourceKind::Document;
    if (std::string k = importOption(request, "kind"); !k.empty()) {
        auto parsed = parseSourceKind(k);
        if (!parsed || *parsed == SourceKind::ChatHistory) {
            result.error = fill(tr("unknown --kind \"{1}\" for a document (document, interview, focus-group, literature)"), {k});
            return result;
        }
        kind = *parsed;
    }
    std::string raw;
    std::string what;
    int pageCount = 0;
    bool pdfHasText = false;
    std::vector<std::string> warnings;
    bool isPdf = startsWith(path, "%PDF-") || hasExtension(path, ".pdf");
    bool isDocx = !isPdf && (qda::looksLikeZip(path) || hasExtension(path, ".docx"));
    if (isPdf) {
        std::vector<PdfPage> pages;
        if (!readPdfPages(path, pages, warnings, result.error)) return result;
        raw = joinPages(pages);
        pageCount = static_cast<int>(pages.size());
        for (const PdfPage& page : pages)
            pdfHasText = pdfHasText || page.text.find_first_not_of(" \t\r\n\f") != std::string::npos;
    } else if (isDocx) {
        if (!readDocxText(path, raw, result.error)) return result;
    } else if (!readWholeFile(path, raw, result.error)) {
        result.error = path + ": " + result.error;
        return result;
    }
    if (raw.size() > kMaxTextBytes) {
        result.error = path + ": " + fill(tr("more than {1} of text; refused"), {describeBytes(kMaxTextBytes)});
        return result;
    }
    std::size_t badByte = 0;
    std::optional<qda::SourceText> text = qda::SourceText::from(raw, badByte);
    if (!text) {
        result.error = path + ": " + fill(tr("not UTF-8 text (byte {1}); save it as UTF-8"), {std::to_string(badByte)});
        return result;
    }
    if (text->text().find_first_not_of(" \t\n") == std::string::npos || (isPdf && !pdfHasText)) {
        result.error = path + ": " + (isPdf ? tr("no text in the PDF (scanned pages? run OCR first)") : tr("no text"));
        return result;
    }
    fs::path file(path);
    Source source;
    source.kind = kind;
    source.title = file.stem().string();
    source.file = file.filename().string();
    source.text = text->text();
    source.sha256 = sha256Hex(source.text);
    source.id = uniqueId(slugify(source.title), [&](const std::string& id) { return project.findSource(id) != nullptr; });
    ImportStep step(project, "Import document " + source.file);
    if (!step.add(edits::addSource(step.scratch(), source))) {
        result.error = path + ": " + fill(tr("cannot add source \"{1}\""), {source.id});
        return result;
    }
    result.command = step.finish();
    long lines = static_cast<long>(std::count(source.text.begin(), source.text.end(), '\n'));
    result.notes.push_back(
        pageCount > 0
            ? fill(tr("{1}: {2} pages, {3} lines, source \"{4}\" (each page starts with a line \"[page N]\")"),
                   {source.file, std::to_string(pageCount), std::to_string(lines), source.id})
            : fill(tr("{1}: {2} lines, source \"{3}\""), {source.file, std::to_string(lines), source.id}));
    result.notes.insert(result.notes.end(), warnings.begin(), warnings.end());
    if (request.progress) request.progress(1.0);
    return result;
}

}  // namespace rw::documents
