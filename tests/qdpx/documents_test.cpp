// Documents as sources: .docx paragraphs as lines, PDF pages marked, plain text normalised, and
// every kind of bad file refused with one line.

#include <gtest/gtest.h>

#include <poppler-document.h>

#include <memory>

#include "plugins/documents/document_import.h"
#include "tests/qdpx/qdpx_files.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

class Documents : public ::testing::Test {
protected:
    std::string docx(const std::string& name = "report.docx") {
        fs::path path = scratch / name;
        EXPECT_TRUE(test::writeZip(path, test::membersOf(test::fixture("documents/docx"))));
        return path.string();
    }

    // Imports and returns the one source added; fails the test when the import fails.
    Source importedSource(const ImportRequest& request) {
        result = documents::importDocument(request, target);
        EXPECT_TRUE(result) << result.error;
        Project project = target;
        if (result.command) result.command->redo(project);
        EXPECT_EQ(project.sources.size(), target.sources.size() + 1);
        return project.sources.empty() ? Source{} : project.sources.back();
    }

    std::string refusal(const std::string& path, std::map<std::string, std::string> options = {}) {
        ImportResult refused = documents::importDocument({path, "", std::move(options), {}}, target);
        EXPECT_EQ(refused.command, nullptr);
        return refused.error;
    }

    test::ScratchDir scratch;
    Project target = test::targetProject();
    ImportResult result;
};

TEST_F(Documents, WordParagraphsBecomeLines) {
    Source source = importedSource({docx(), "", {}, {}});
    EXPECT_EQ(source.id, "report");
    EXPECT_EQ(source.kind, SourceKind::Document);
    EXPECT_EQ(source.file, "report.docx");
    EXPECT_EQ(source.text,
              "Evaluatie buurtpreventie\n"
              "De wijkagent zegt: meer ogen en oren.\n"
              "Eén\tcafé\ntweede regel 👀\n"
              "ingevoegd\n"
              "cel A\n"
              "cel B\n"
              "7\n"
              "kader\n");
    EXPECT_EQ(result.notes.front(), "report.docx: 9 lines, source \"report\"");
}

TEST_F(Documents, PdfPagesAreMarked) {
    Source source = importedSource({test::fixture("documents/two-pages.pdf").string(), "", {{"kind", "literature"}}, {}});
    EXPECT_EQ(source.kind, SourceKind::Literature);
    EXPECT_EQ(source.title, "two-pages");
    EXPECT_EQ(source.text, "[page 1]\nEvaluatie buurtpreventie\nMeer ogen en oren.\n[page 2]\nTweede pagina\n");
    EXPECT_EQ(result.notes.front(),
              "two-pages.pdf: 2 pages, 5 lines, source \"two-pages\" (each page starts with a line \"[page N]\")");
}

// A PDF with one damaged page imports what can be read, and the note says which page lost its text.
TEST_F(Documents, APartlyDamagedPdfSaysWhichPagesHaveNoText) {
    const std::string path = test::fixture("documents/second-page-damaged.pdf").string();
    Source source = importedSource({path, "", {}, {}});
    EXPECT_EQ(source.text, "[page 1]\nEvaluatie buurtpreventie\n[page 2]\n");
    ASSERT_EQ(result.notes.size(), 2u);
    EXPECT_EQ(result.notes[1], path + ": read with repairs (Weird page contents); pages without text: 2");
}

TEST_F(Documents, PlainTextLosesItsBomAndCarriageReturns) {
    Source source = importedSource({test::fixture("documents/crlf-bom.txt").string(), "", {{"kind", "interview"}}, {}});
    EXPECT_EQ(source.text, "Notitie\nTweede regel\n");
    EXPECT_EQ(source.kind, SourceKind::Interview);
    EXPECT_EQ(source.sha256.size(), 64u);
    Source markdown = importedSource({test::fixture("documents/verslag.md").string(), "", {}, {}});
    EXPECT_EQ(markdown.text, "# Verslag\n\nDe *appgroep* werkt.\n");
}

TEST_F(Documents, BadFilesAreRefusedWithOneLine) {
    const std::string fake = (scratch / "fake.docx").string();
    test::spit(fake, "plain words");
    EXPECT_EQ(refusal(fake), fake + ": not a Word document (.docx): not a zip archive");

    const std::string noBody = (scratch / "empty.docx").string();
    ASSERT_TRUE(test::writeZip(noBody, {{"[Content_Types].xml", "<Types/>"}}));
    EXPECT_EQ(refusal(noBody), noBody + ": not a Word document (.docx): no word/document.xml in the archive");

    const std::string broken = (scratch / "broken.docx").string();
    ASSERT_TRUE(test::writeZip(broken, {{"word/document.xml", "<w:document>\n  <w:body><w:p></w:body>\n</w:document>"}}));
    EXPECT_EQ(refusal(broken), broken + ":word/document.xml:2:18: not well-formed XML (Start-end tags mismatch)");

    const std::string bomb = (scratch / "bomb.docx").string();
    ASSERT_TRUE(test::writeZip(bomb, {{"word/document.xml", std::string(std::size_t{8} << 20, ' ')}}));
    EXPECT_TRUE(refusal(bomb).ends_with("times its packed size (a zip bomb?); refused")) << refusal(bomb);

    const std::string notPdf = (scratch / "report.pdf").string();
    test::spit(notPdf, "<html>not a pdf</html>");
    EXPECT_EQ(refusal(notPdf), notPdf + ": not a PDF (no %PDF- header)");

    const std::string damaged = (scratch / "damaged.pdf").string();
    test::spit(damaged, "%PDF-1.4\nnothing else\n");
    EXPECT_EQ(refusal(damaged), damaged + ": damaged: Couldn't find trailer dictionary");

    // Cut off half-way: poppler repairs what it can and finds no page; not a scan to OCR.
    const std::string truncated = test::fixture("documents/truncated.pdf").string();
    EXPECT_EQ(refusal(truncated), truncated + ": damaged: Couldn't find trailer dictionary");

    // Only a PDF that reads cleanly and has no text on any page gets the OCR hint.
    const std::string blankPdf = test::fixture("documents/blank.pdf").string();
    EXPECT_EQ(refusal(blankPdf), blankPdf + ": no text in the PDF (scanned pages? run OCR first)");

    // locked.pdf is really encrypted: with its password poppler opens it.
    const std::string locked = test::fixture("documents/locked.pdf").string();
    std::unique_ptr<poppler::document> opened(poppler::document::load_from_file(locked, "", "geheim"));
    ASSERT_NE(opened, nullptr);
    EXPECT_FALSE(opened->is_locked());
    EXPECT_EQ(refusal(locked), locked + ": encrypted with a password; save an unprotected copy first");

    const std::string latin1 = (scratch / "latin1.txt").string();
    test::spit(latin1, "caf\xE9\n");
    EXPECT_EQ(refusal(latin1), latin1 + ": not UTF-8 text (byte 3); save it as UTF-8");

    const std::string blank = (scratch / "blank.txt").string();
    test::spit(blank, " \r\n\n");
    EXPECT_EQ(refusal(blank), blank + ": no text");

    EXPECT_EQ(refusal(test::fixture("documents/verslag.md").string(), {{"kind", "chat-history"}}),
              "unknown --kind \"chat-history\" for a document (document, interview, focus-group, literature)");
    EXPECT_EQ(refusal((scratch / "missing.pdf").string()), (scratch / "missing.pdf").string() + ": no such file");
}

}  // namespace
}  // namespace rw
