// Every REFI-QDA dialect of the fixtures imports with the right text: NVivo for Windows (UTF-16
// positions, emoji before the selections, notes linked to selections), qc (no source names, bare
// paths, one-line XML), a file without origin (the text decides), a PDF with its text version
// and coded areas, and pictures and recordings with a transcript. Each quote is checked against
// the words it covers in the fixture's own text.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/checks/quote_check.h"
#include "model/core/source_text.h"
#include "model/format/xml_writer.h"
#include "plugins/refi-qda/qdpx_import.h"
#include "tests/qdpx/qdpx_files.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::HasSubstr;

Location at(int lineBegin, int lineEnd, long charBegin, long charEnd) {
    Location location;
    location.lineBegin = lineBegin;
    location.lineEnd = lineEnd;
    location.charBegin = charBegin;
    location.charEnd = charEnd;
    return location;
}

class QdpxDialects : public test::QdpxFixture {
protected:
    // The evidence for a node in a case, one item expected.
    static const Evidence* evidenceFor(const Project& project, const std::string& caseId, const std::string& nodeId,
                                       std::size_t item = 0) {
        const Case* c = project.findCase(caseId);
        const Verdict* verdict = c ? c->findVerdict(nodeId) : nullptr;
        return verdict && verdict->evidence.size() > item ? &verdict->evidence[item] : nullptr;
    }

    // Every quote is the text at its place in its source, and passes the one quote check.
    static void expectQuotesHold(const Project& project) {
        for (const Case& c : project.cases)
            for (const Verdict& v : c.verdicts)
                for (const Evidence& e : v.evidence) {
                    const Source* source = project.findSource(e.ref.source);
                    ASSERT_NE(source, nullptr);
                    if (e.ref.location.charBegin < 0) continue;
                    EXPECT_EQ(textAt(source->text, e.ref.location), e.quote);
                    EXPECT_EQ(quoteMismatch(source->text, e.quote, e.ref.location), "") << e.quote;
                }
    }
};

TEST_F(QdpxDialects, NVivoForWindowsCountsUtf16CodeUnits) {
    Project project = imported({qdpx("nvivo-windows"), "", {}, {}});
    ASSERT_EQ(project.sources.size(), 1u);
    const Source& source = project.sources[0];
    EXPECT_EQ(source.text,
              "I: Hoe gaat het met de appgroep? 👍\nR: Goed 😀 we zien meer ogen en oren in de wijk.\n"
              "R: Maar niemand belt 112 🚨 als er iets is.\nI: En de buren? 🤝\nR: Mensen vertrouwen elkaar meer.\n");
    // Two emoji stand before the first selection, three before the second, four before the third:
    // read as code points every quote would be shifted (and the last would end past the text).
    const Evidence* eyes = evidenceFor(project, "tide", "eyes");
    ASSERT_NE(eyes, nullptr);
    EXPECT_EQ(eyes->quote, "meer ogen en oren");
    EXPECT_EQ(eyes->ref.location, at(2, 2, 53, 70));
    const Evidence* safety = evidenceFor(project, "tide", "safety");
    ASSERT_NE(safety, nullptr);
    EXPECT_EQ(safety->quote, "Maar niemand belt 112");
    EXPECT_EQ(safety->ref.location, at(3, 3, 86, 107));
    const Evidence* trust = evidenceFor(project, "tide", "trust");
    ASSERT_NE(trust, nullptr);
    EXPECT_EQ(trust->quote, "Mensen vertrouwen elkaar meer.");
    EXPECT_EQ(trust->ref.location, at(5, 5, 147, 177));
    ASSERT_EQ(source.codings.size(), 1u);
    EXPECT_EQ(source.codings[0], (Coding{"Onderling vertrouwen", "tide", at(5, 5, 147, 177), ""}));
    expectQuotesHold(project);

    // A memo by NoteRef, and NVivo's annotation (a Note linked to the selection), go with the quote.
    EXPECT_EQ(eyes->note, "coded \"Meer ogen en oren\" in nvivo-windows.qdpx\nVaker gehoord in de Tidemanstraat.");
    EXPECT_EQ(safety->note, "coded \"Veiligheid\" in nvivo-windows.qdpx\nAnnotatie: de wijkagent hoorde hetzelfde 👮.");

    EXPECT_EQ(result.notes.front(), "nvivo-windows.qdpx: sources: 1 (with text: 1); codes: 5; selections: 3; codings: 4 "
                                    "(made evidence: 3, kept as codings: 1) (written by NVivo for Windows 12.6)");
    EXPECT_EQ(result.notes[1], "positions: read as UTF-16 code units, as NVivo counts them (origin \"NVivo for Windows "
                               "12.6\"); a CR LF line end counted as two characters");
    EXPECT_THAT(result.notes, Contains("notes put on the evidence and codings they annotate: 2"));
    EXPECT_THAT(result.notes, Contains("notes left out, because a project here has no note on them: 1 (on sources: 1, "
                                       "codes: 0, the project: 0, other things: 0)"));
    EXPECT_THAT(result.notes, Contains("users in the file: 1 (their names are not stored)"));
    EXPECT_EQ(writeProject(project).find("Jan de Onderzoeker"), std::string::npos);
}

TEST_F(QdpxDialects, NVivoReadAsCodePointsIsRefusedNotShifted) {
    ImportResult refused = qda::importQdpx({qdpx("nvivo-windows"), "", {{"positions", "codepoints"}}, {}}, target);
    EXPECT_FALSE(refused);
    EXPECT_THAT(refused.error, HasSubstr("nvivo-windows.qdpx:project.qde:"));
    EXPECT_THAT(refused.error, HasSubstr(": endPosition 185 is past the end of the text of source \"Interview bewoner\" "
                                         "(183 characters)"));
}

TEST_F(QdpxDialects, QcSourcesWithoutNamesAndBarePaths) {
    // qc writes no source names, bare plainTextPaths into a lower-case sources/, and the whole
    // project.qde on one line; its positions are Python string indices (code points).
    Project project = imported({qdpx("qc"), "tide", {}, {}});
    ASSERT_EQ(project.sources.size(), 2u);
    const Source& board = project.sources[0];
    EXPECT_EQ(board.title, "board_2017.txt");
    EXPECT_EQ(board.id, "board-2017-txt");
    EXPECT_EQ(project.sources[1].title, "interview_wijkagent.txt");
    EXPECT_EQ(project.sources[1].kind, SourceKind::Interview);
    // A selection of a whole line takes its line break along; the quote does not.
    const Evidence* eyes = evidenceFor(project, "tide", "eyes");
    ASSERT_NE(eyes, nullptr);
    EXPECT_EQ(eyes->quote, "De appgroep levert meer ogen en oren op.");
    EXPECT_EQ(eyes->ref.location, at(2, 2, 30, 70));
    const Evidence* safety = evidenceFor(project, "tide", "safety", 0);
    ASSERT_NE(safety, nullptr);
    EXPECT_EQ(safety->quote, "Niemand voelt zich veiliger door de app 📱.");
    EXPECT_EQ(safety->ref.location, at(3, 3, 71, 113));
    const Evidence* wijkagent = evidenceFor(project, "tide", "safety", 1);
    ASSERT_NE(wijkagent, nullptr);
    EXPECT_EQ(wijkagent->quote, "Wijkagent: maar heterdaadkracht zie ik niet.");
    EXPECT_EQ(wijkagent->ref.location, at(2, 2, 37, 81));
    EXPECT_EQ(board.codings.size(), 1u);  // cohesie: no node
    expectQuotesHold(project);
    EXPECT_EQ(result.notes.front(), "qc.qdpx: sources: 2 (with text: 2); codes: 4; selections: 4; codings: 5 (made "
                                    "evidence: 3, kept as codings: 2) (written by qc 1.4.2)");
    EXPECT_EQ(result.notes[1], "positions: read as code points, as qc counts them (origin \"qc 1.4.2\")");
    EXPECT_EQ(writeProject(project).find("chris"), std::string::npos);
}

TEST_F(QdpxDialects, WithoutOriginTheTextDecides) {
    Project project = imported({qdpx("no-origin"), "", {}, {}});
    ASSERT_EQ(project.sources.size(), 1u);
    const Evidence* eyes = evidenceFor(project, "bloemhof", "eyes");
    ASSERT_NE(eyes, nullptr);
    EXPECT_EQ(eyes->quote, "meer ogen en oren");
    EXPECT_EQ(eyes->ref.location, at(1, 1, 74, 91));
    const Evidence* trust = evidenceFor(project, "bloemhof", "trust");
    ASSERT_NE(trust, nullptr);
    EXPECT_EQ(trust->quote, "vertrouwen bewoners elkaar niet");
    EXPECT_EQ(trust->ref.location, at(1, 1, 115, 146));
    ASSERT_NE(evidenceFor(project, "bloemhof", "safety", 1), nullptr);
    EXPECT_EQ(evidenceFor(project, "bloemhof", "safety", 0)->quote, "Veiligheid");
    EXPECT_EQ(evidenceFor(project, "bloemhof", "safety", 1)->quote, "blijft een zorg");
    expectQuotesHold(project);
    EXPECT_EQ(result.notes[1], "positions: read as UTF-16 code units, which fit the text best: 4 of 4 selections start "
                               "and end on word boundaries; as code points: 0, 1 past the end or inside a character");
}

TEST_F(QdpxDialects, APdfWithItsTextVersionAndCodedAreas) {
    fs::path map = scratch / "codes.map";
    test::spit(map, "Meldingen = Meer ogen en oren\n");
    Project project = imported({qdpx("pdf"), "", {{"map", map.string()}}, {}});
    ASSERT_EQ(project.sources.size(), 1u);
    const Source& pdf = project.sources[0];
    EXPECT_EQ(pdf.title, "Beleidsplan 2019");
    EXPECT_EQ(pdf.date, "2019-04-01");
    // CR LF as LF, and no form feeds (XML cannot hold one): the pages are remembered apart.
    EXPECT_EQ(pdf.text, "Beleidsplan buurtpreventie\nRotterdam 2019\nHoofdstuk 1\nDe gemeente verwacht meer ogen en oren "
                        "op straat.\nBewoners melden sneller.\nHoofdstuk 2\nBewoners melden sneller.\nDe veiligheid moet "
                        "toenemen.\n");
    // ATLAS.ti counts a CR LF as one character: the selections' names show it.
    const Verdict* eyes = project.findCase("tide")->findVerdict("eyes");
    ASSERT_NE(eyes, nullptr);
    ASSERT_EQ(eyes->evidence.size(), 2u);
    EXPECT_EQ(eyes->evidence[0].quote, "meer ogen en oren op straat");
    EXPECT_EQ(eyes->evidence[0].ref.location, at(4, 4, 75, 102));
    // The PDF selection's own text stands twice in the PDF's text; its page (3) tells which.
    EXPECT_EQ(eyes->evidence[1].quote, "Bewoners melden sneller.");
    Location onPage3 = at(7, 7, 141, 165);
    onPage3.page = "3";
    EXPECT_EQ(eyes->evidence[1].ref.location, onPage3);
    const Evidence* safety = evidenceFor(project, "tide", "safety");
    ASSERT_NE(safety, nullptr);
    EXPECT_EQ(safety->quote, "De veiligheid moet toenemen.");
    EXPECT_EQ(safety->ref.location, at(8, 8, 166, 194));
    // An area without text of its own: a coding with its page.
    ASSERT_EQ(pdf.codings.size(), 1u);
    Location page1;
    page1.page = "1";
    EXPECT_EQ(pdf.codings[0], (Coding{"Veiligheid", "tide", page1, ""}));
    expectQuotesHold(project);
    EXPECT_EQ(result.notes[1], "positions: code points and UTF-16 code units agree in this file (no character outside "
                               "the Basic Multilingual Plane before a position); a CR LF line end counted as one character");
    EXPECT_THAT(result.notes, Contains(HasSubstr("PDF selections kept with their page only")));
    EXPECT_EQ(writeProject(project).find("Ans de Vries"), std::string::npos);
}

TEST_F(QdpxDialects, PicturesAndRecordingsWithATranscript) {
    Project project = imported({qdpx("media"), "", {}, {}});
    ASSERT_EQ(project.sources.size(), 3u);
    const Source& picture = project.sources[0];
    EXPECT_EQ(picture.title, "Foto buurtbord");
    EXPECT_EQ(picture.text, "");
    EXPECT_EQ(picture.file, "A2000000-0000-4000-8000-000000000001.jpg");
    ASSERT_EQ(picture.codings.size(), 1u);
    EXPECT_EQ(picture.codings[0], (Coding{"Meer ogen en oren", "bloemhof", {}, "area 120,80-640,480 of the picture"}));

    const Source& audio = project.sources[1];
    EXPECT_EQ(audio.title, "Bijeenkomst bewoners");
    EXPECT_EQ(audio.text.substr(0, 46), "00:00:05 Beheerder: Welkom bij de bijeenkomst.");
    const Evidence* safety = evidenceFor(project, "bloemhof", "safety");
    ASSERT_NE(safety, nullptr);
    EXPECT_EQ(safety->quote, "Ik voel me veiliger sinds de app.");
    Location spoken = at(2, 2, 65, 98);
    spoken.at = "00:01:15-00:01:19";
    EXPECT_EQ(safety->ref.location, spoken);
    EXPECT_EQ(safety->note, "coded \"Veiligheid\" in media.qdpx\nZegt zij ook in het interview.");
    ASSERT_EQ(audio.codings.size(), 1u);
    Location later = at(3, 3, 117, 147);
    later.at = "00:02:40-00:02:43";
    EXPECT_EQ(audio.codings[0], (Coding{"Meldingen", "bloemhof", later, ""}));

    const Source& video = project.sources[2];
    EXPECT_EQ(video.text, "");
    ASSERT_EQ(video.codings.size(), 1u);
    Location stretch;
    stretch.at = "00:01:55-00:02:11";
    EXPECT_EQ(video.codings[0], (Coding{"Meer ogen en oren", "bloemhof", stretch, "Camera wijst op de brievenbus."}));
    expectQuotesHold(project);

    EXPECT_EQ(result.notes.front(), "media.qdpx: sources: 3 (with text: 1); codes: 3; selections: 4; codings: 4 (made "
                                    "evidence: 1, kept as codings: 3) (written by MAXQDA 2020 (Release 20.2.1))");
    EXPECT_THAT(result.notes, Contains("sources kept without text, because the file has no text of them: 2 (pictures: 1, "
                                       "recordings without a transcript: 1, PDFs without a text version: 0)"));
    EXPECT_THAT(result.notes, Contains("codings of picture areas kept as codings without a place in a text: 1"));
    EXPECT_THAT(result.notes, Contains("notes left out, because a project here has no note on them: 1 (on sources: 0, "
                                       "codes: 1, the project: 0, other things: 0)"));
    EXPECT_THAT(result.notes, Contains("variable values of sources (a case without a name), not imported (only case "
                                       "variables are): 1"));
    EXPECT_EQ(writeProject(project).find("Kees Jansen"), std::string::npos);
}

}  // namespace
}  // namespace rw
