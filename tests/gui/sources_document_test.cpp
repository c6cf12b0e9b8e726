// The wx-free core of the Sources pane and the import menu: positions between Unicode
// characters and UTF-8 bytes, the coded spans of a source, and an import run on a worker that
// becomes one undo step or is cancelled through its progress reports.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "app/document/document.h"
#include "app/document/import_job.h"
#include "app/document/source_spans.h"
#include "model/checks/quote_check.h"
#include "model/core/source_text.h"
#include "model/core/utf8_index.h"
#include "model/format/xml_reader.h"
#include "model/plugins/plugin_manager.h"

namespace rw::document {
namespace {

std::string sourceTree(const std::string& relative) { return std::string(REALIST_SOURCE_DIR) + "/" + relative; }

// Two-, three- and four-byte characters, a CRLF line and a text without a final newline.
const std::string kText = "caf\xC3\xA9 kost \xE2\x82\xAC" "3\r\n\xF0\x9F\x98\x80 ja\nlaatste";

TEST(Utf8IndexTest, CharacterRangesGiveTheBytesTextAtGives) {
    Utf8Index index(kText);
    long characters = index.characterOfByte(kText.size());
    EXPECT_EQ(characters, 26);
    for (long begin = 0; begin <= characters; ++begin)
        for (long end = begin; end <= characters; ++end) {
            Location at;
            at.charBegin = begin;
            at.charEnd = end;
            std::size_t b = index.byteOfCharacter(begin), e = index.byteOfCharacter(end);
            ASSERT_EQ(kText.substr(b, e - b), textAt(kText, at)) << begin << ".." << end;
            ASSERT_EQ(index.characterOfByte(b), begin);
        }
}

TEST(Utf8IndexTest, ABytePositionInsideACharacterCountsAsThatCharacter) {
    Utf8Index index(kText);
    std::size_t euro = kText.find("\xE2\x82\xAC");
    EXPECT_EQ(index.characterOfByte(euro), 10);
    EXPECT_EQ(index.characterOfByte(euro + 1), 10);
    EXPECT_EQ(index.characterOfByte(euro + 2), 10);
    EXPECT_EQ(index.characterOfByte(euro + 3), 11);
}

TEST(Utf8IndexTest, LinesAndLocationsMatchWhatTheModelFinds) {
    Utf8Index index(kText);
    EXPECT_EQ(index.lineCount(), 3);
    ByteRange first = index.linesBytes(1, 1);
    EXPECT_EQ(kText.substr(first.begin, first.end - first.begin), "caf\xC3\xA9 kost \xE2\x82\xAC" "3")
        << "neither the CR nor the LF belongs to the line";
    ByteRange lastTwo = index.linesBytes(2, 3);
    EXPECT_EQ(kText.substr(lastTwo.begin, lastTwo.end - lastTwo.begin), "\xF0\x9F\x98\x80 ja\nlaatste");
    EXPECT_TRUE(index.linesBytes(4, 5).empty());

    for (const char* quote : {"\xE2\x82\xAC" "3", "\xF0\x9F\x98\x80 ja", "ja\nlaat", "laatste"}) {
        std::optional<Location> found = locateQuote(kText, quote);
        ASSERT_TRUE(found);
        std::size_t at = kText.find(quote);
        Location made = index.locationOf({at, at + std::string(quote).size()});
        EXPECT_EQ(made, *found) << quote;
        EXPECT_EQ(index.bytesOf(made), (ByteRange{at, at + std::string(quote).size()}));
    }
}

TEST(SourceSpansTest, AQuoteByLinesIsNarrowedToItsWords) {
    std::string text = "Intro.\nDe beheerder denkt dat de groep er toe \nheeft geleid dat mensen waarschuwen. Meer.\n";
    Utf8Index index(text);
    ByteRange lines = index.linesBytes(2, 3);
    ByteRange found = findLoosely(text, lines, "De beheerder denkt dat de groep er toe heeft geleid dat mensen waarschuwen.");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.begin, text.find("De beheerder"));
    EXPECT_EQ(found.end, text.find(" Meer."));
    EXPECT_TRUE(findLoosely(text, lines, "niet in de tekst").empty());
}

TEST(SourceSpansTest, EveryQuoteCitingTheSourceAndEveryCodingIsASpan) {
    LoadResult loaded = loadProject(sourceTree("samples/rotterdam-digitale-buurtpreventie.realist"));
    ASSERT_TRUE(loaded);
    Project project = *loaded.project;
    Source* report = nullptr;
    for (Source& source : project.sources)
        if (source.id == "rapport") report = &source;
    ASSERT_NE(report, nullptr);
    // The report itself is not in the repository: enough lines for every quote's line numbers.
    for (int line = 1; line <= 4000; ++line) report->text += "regel " + std::to_string(line) + "\n";
    Coding coding;
    coding.code = "alert";
    coding.location.lineBegin = coding.location.lineEnd = 7;
    report->codings.push_back(coding);
    Utf8Index index(report->text);
    std::vector<SourceSpan> spans = sourceSpans(project, *report, index);

    int evidence = citationCounts(project)["rapport"];
    EXPECT_GT(evidence, 100);
    ASSERT_EQ(static_cast<int>(spans.size()), evidence + 1);
    for (std::size_t i = 1; i < spans.size(); ++i) EXPECT_LE(spans[i - 1].bytes.begin, spans[i].bytes.begin);

    int first = spanOfEvidence(spans, "bbo-ogen-oren-1");
    ASSERT_GE(first, 0);
    const SourceSpan& span = spans[static_cast<std::size_t>(first)];
    EXPECT_EQ(span.caseId, "bbo");
    EXPECT_EQ(span.nodeId, "ogen-oren");
    EXPECT_EQ(span.verdict, project.findCase("bbo")->verdictOn("ogen-oren"));
    EXPECT_EQ(std::string(report->text, span.bytes.begin, span.bytes.end - span.bytes.begin),
              "regel 2470\nregel 2471\nregel 2472");
    std::vector<std::size_t> at = spansAt(spans, span.bytes.begin);
    EXPECT_NE(std::find(at.begin(), at.end(), static_cast<std::size_t>(first)), at.end());

    auto coded = std::find_if(spans.begin(), spans.end(), [](const SourceSpan& s) { return s.kind == SourceSpan::Kind::Coding; });
    ASSERT_NE(coded, spans.end());
    EXPECT_EQ(coded->code, "alert");
    EXPECT_EQ(std::string(report->text, coded->bytes.begin, coded->bytes.end - coded->bytes.begin), "regel 7");
}

class ImportJobTest : public testing::Test {
protected:
    void SetUp() override {
        std::string error;
        ASSERT_TRUE(document.open(sourceTree("samples/rotterdam-digitale-buurtpreventie.realist"), error)) << error;
        importer = plugins.registry().importer("whatsapp");
        ASSERT_NE(importer, nullptr);
    }
    ImportRequest request() const {
        ImportRequest r;
        r.path = sourceTree("tests/fixtures/whatsapp/android_nl_24h.txt");
        r.caseId = "bbo";
        return r;
    }

    PluginManager plugins;
    const Importer* importer = nullptr;
    Document document;
};

TEST_F(ImportJobTest, AWhatsAppExportBecomesOneUndoStep) {
    Project before = document.project();
    ImportJob job(*importer, request(), std::make_shared<const Project>(before));
    job.start();
    ImportResult result = job.takeResult();
    ASSERT_TRUE(result) << result.error;
    EXPECT_TRUE(job.finished());
    EXPECT_DOUBLE_EQ(job.progress(), 0.5) << "the first message reports half the work done";
    ASSERT_FALSE(result.notes.empty());
    ASSERT_TRUE(document.push(std::move(result.command)));

    const Project& after = document.project();
    ASSERT_EQ(after.sources.size(), before.sources.size() + 1);
    const Source& chat = after.sources.back();
    EXPECT_EQ(chat.kind, SourceKind::ChatHistory);
    EXPECT_NE(chat.text.find("SAAR"), std::string::npos);
    EXPECT_GT(after.informants.size(), before.informants.size());
    EXPECT_EQ(after.informants.back().caseId, "bbo");

    document.undoStack().undo();
    EXPECT_EQ(document.project(), before) << "the whole import is one step";
    EXPECT_FALSE(document.undoStack().canUndo());
}

TEST_F(ImportJobTest, ProgressReportsCanCancelTheImport) {
    ImportRequest r = request();
    int reports = 0;
    // Let the start through and refuse at the first report from within the messages.
    r.progress = [&reports](double) { return ++reports < 2; };
    ImportJob job(*importer, r, std::make_shared<const Project>(document.project()));
    job.start();
    ImportResult result = job.takeResult();
    EXPECT_FALSE(result);
    EXPECT_EQ(reports, 2);
    EXPECT_TRUE(job.cancelled());
    EXPECT_NE(result.error.find("cancelled"), std::string::npos) << result.error;

    ImportJob cancelledFirst(*importer, request(), std::make_shared<const Project>(document.project()));
    cancelledFirst.cancel();
    cancelledFirst.start();
    EXPECT_FALSE(cancelledFirst.takeResult());
}

TEST_F(ImportJobTest, TheTranscriptImporterReportsProgressAndCanBeCancelled) {
    const Importer* transcripts = plugins.registry().importer("transcript");
    ASSERT_NE(transcripts, nullptr);
    ImportRequest r;
    r.path = sourceTree("tests/fixtures/transcripts/interview-i-r.txt");
    std::vector<double> reports;
    r.progress = [&reports](double done) {
        reports.push_back(done);
        return true;
    };
    ImportJob whole(*transcripts, r, std::make_shared<const Project>(document.project()));
    whole.start();
    ASSERT_TRUE(whole.takeResult());
    ASSERT_GE(reports.size(), 2u);
    EXPECT_TRUE(std::is_sorted(reports.begin(), reports.end())) << "progress only goes forward";

    r.progress = [](double done) { return done < 0.5; };  // stop once the text is parsed
    ImportJob stopped(*transcripts, r, std::make_shared<const Project>(document.project()));
    stopped.start();
    ImportResult result = stopped.takeResult();
    EXPECT_FALSE(result);
    EXPECT_NE(result.error.find("cancelled"), std::string::npos) << result.error;
}

TEST(ImportOptionsTest, ImportersOfferTheirOptionsAndExtensions) {
    EXPECT_EQ(importOptionsFor("whatsapp").size(), 1u);
    EXPECT_EQ(importOptionsFor("whatsapp")[0].choices.front(), "pseudonymize") << "pseudonyms by default";
    EXPECT_EQ(importOptionsFor("transcript").size(), 2u);
    EXPECT_TRUE(importOptionsFor("csv").empty());
    EXPECT_EQ(importWildcard({"txt", "zip"}), "*.txt;*.TXT;*.zip;*.ZIP");
    EXPECT_EQ(importWildcard({}), "*");
}

}  // namespace
}  // namespace rw::document
