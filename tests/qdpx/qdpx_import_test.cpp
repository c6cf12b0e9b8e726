// The three styles of REFI-QDA file import with the exact quotes, locations and codings: NVivo
// (Sources/, internal://, CRLF), ATLAS.ti (embedded text, emoji and diacritics), MAXQDA (BOM,
// relative://).

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/format/xml_writer.h"
#include "plugins/refi-qda/qdpx_import.h"
#include "tests/qdpx/qdpx_files.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::HasSubstr;

class QdpxImport : public test::QdpxFixture {
protected:
    static const Evidence* evidenceFor(const Project& project, const std::string& caseId, const std::string& nodeId) {
        const Case* c = project.findCase(caseId);
        const Verdict* verdict = c ? c->findVerdict(nodeId) : nullptr;
        return verdict && verdict->evidence.size() == 1 ? &verdict->evidence.front() : nullptr;
    }

    static Location at(int lineBegin, int lineEnd, long charBegin, long charEnd) {
        Location location;
        location.lineBegin = lineBegin;
        location.lineEnd = lineEnd;
        location.charBegin = charBegin;
        location.charEnd = charEnd;
        return location;
    }
};

TEST_F(QdpxImport, NVivoSourcesFolderInternalPathsAndCrlf) {
    Project project = imported({qdpx("nvivo"), "", {}, {}});
    ASSERT_EQ(project.sources.size(), 1u);
    const Source& source = project.sources[0];
    EXPECT_EQ(source.id, "interview-wijkagent");
    EXPECT_EQ(source.kind, SourceKind::Interview);
    EXPECT_EQ(source.date, "2019-05-02");
    EXPECT_EQ(source.file, "nvivo.qdpx");
    EXPECT_EQ(source.text, "I: Wat merkt u van de groep?\nR: Er zijn meer ogen en oren in de straat.\nR: Mensen vertrouwen elkaar meer.\n");
    EXPECT_EQ(source.sha256.size(), 64u);

    // 41-58 counted with the CR of line 1: one less in our text.
    const Evidence* eyes = evidenceFor(project, "tide", "eyes");
    ASSERT_NE(eyes, nullptr);
    EXPECT_EQ(eyes->quote, "meer ogen en oren");
    EXPECT_EQ(eyes->stance, Stance::Supports);
    EXPECT_EQ(eyes->ref.source, "interview-wijkagent");
    EXPECT_EQ(eyes->ref.location, at(2, 2, 40, 57));
    EXPECT_EQ(project.findCase("tide")->verdictOn("eyes"), VerdictValue::NotAssessed) << "evidence, not a tick";

    // "Onderling vertrouwen" is no node: a coding in the case, positions 77-107 less two CRs.
    ASSERT_EQ(source.codings.size(), 1u);
    EXPECT_EQ(source.codings[0], (Coding{"Onderling vertrouwen", "tide", at(3, 3, 75, 105), ""}));
    EXPECT_THAT(result.notes, Contains("code \"Onderling vertrouwen\" matches no node (add a line \"Onderling vertrouwen = "
                                       "node\" to a --map file); kept as codings"));

    // Variables: the existing Residents attribute, a new flag, and a case not in the project.
    EXPECT_EQ(project.findCase("tide")->findValue("residents")->value, "1200");
    ASSERT_NE(project.findAttribute("actief"), nullptr);
    EXPECT_EQ(project.findAttribute("actief")->type, AttributeType::Flag);
    EXPECT_EQ(project.findCase("tide")->findValue("actief")->value, "true");
    EXPECT_THAT(result.notes, Contains("QDA case \"Oude Noorden\" matches no case in the project; variable values not imported: 1"));
    EXPECT_EQ(result.notes.front(),
              "nvivo.qdpx: sources: 1 (with text: 1); codes: 3; selections: 2; codings: 2 (made evidence: 1, kept as codings: "
              "1) (written by NVivo 14)");
    // NVivo counts UTF-16 code units; without a character outside the BMP that makes no difference.
    EXPECT_THAT(result.notes, Contains("positions: code points and UTF-16 code units agree in this file (no character "
                                       "outside the Basic Multilingual Plane before a position); a CR LF line end counted as two "
                                       "characters"));

    // One step: undone, the project is as it was.
    result.command->undo(project);
    EXPECT_EQ(project, target);
}

TEST_F(QdpxImport, BackslashesInMemberNamesAreFolders) {
    std::vector<test::ZipMember> members = test::membersOf(test::fixture("qdpx/nvivo"));
    for (test::ZipMember& member : members)
        if (member.name.starts_with("Sources/")) member.name.replace(7, 1, "\\");
    ASSERT_TRUE(test::writeZip(scratch / "windows.qdpx", members));
    Project project = imported({(scratch / "windows.qdpx").string(), "", {}, {}});
    ASSERT_EQ(project.sources.size(), 1u);
    const Evidence* eyes = evidenceFor(project, "tide", "eyes");
    ASSERT_NE(eyes, nullptr);
    EXPECT_EQ(eyes->quote, "meer ogen en oren");
}

TEST_F(QdpxImport, AMapFileTurnsACodeIntoANode) {
    fs::path map = scratch / "codes.map";
    test::spit(map, "# ours\nONDERLING VERTROUWEN = Vertrouwen\n");
    Project project = imported({qdpx("nvivo"), "", {{"map", map.string()}}, {}});
    const Evidence* trust = evidenceFor(project, "tide", "trust");
    ASSERT_NE(trust, nullptr);
    EXPECT_EQ(trust->quote, "Mensen vertrouwen elkaar meer.");
    EXPECT_EQ(trust->ref.location, at(3, 3, 75, 105));
    EXPECT_TRUE(project.sources[0].codings.empty());
}

TEST_F(QdpxImport, AtlasEmbeddedTextCountsCodePoints) {
    Project project = imported({qdpx("atlas"), "", {}, {}});
    ASSERT_EQ(project.sources.size(), 2u);
    const Source& source = project.sources[0];
    EXPECT_EQ(source.kind, SourceKind::FocusGroup);  // its name says so
    // The emoji before "De appgroep" is one character, as are é and ë.
    const Evidence* trust = evidenceFor(project, "bloemhof", "trust");
    ASSERT_NE(trust, nullptr);
    EXPECT_EQ(trust->quote, "één plek waar je elkaar ziet 👀");
    EXPECT_EQ(trust->ref.location, at(1, 1, 30, 60));
    const Evidence* safety = evidenceFor(project, "bloemhof", "safety");
    ASSERT_NE(safety, nullptr);
    EXPECT_EQ(safety->quote, "De appgroep werkt niet");
    EXPECT_EQ(safety->ref.location, at(2, 2, 63, 85));
    // The second code on the first selection, and the selection in no case, stay codings.
    ASSERT_EQ(source.codings.size(), 2u);
    EXPECT_EQ(source.codings[0], (Coding{"Ontmoeten", "bloemhof", at(1, 1, 30, 60), ""}));
    EXPECT_EQ(source.codings[1], (Coding{"Veiligheid", "", at(3, 3, 105, 127), ""}));
    EXPECT_THAT(result.notes, Contains("coded selections that belong to no case, kept as codings (give --case to choose one): 1"));
    // "ATLAS.ti 23.2" does not say Windows: the text decides, and as UTF-16 the first selection
    // would end inside the emoji.
    EXPECT_THAT(result.notes, Contains(HasSubstr("positions: read as code points, which fit the text best")));
    // The PDF without a text version is kept, as a source without text named after its file.
    const Source& flyer = project.sources[1];
    EXPECT_EQ(flyer.title, "Flyer");
    EXPECT_EQ(flyer.text, "");
    EXPECT_EQ(flyer.file, "d0c00000-0000-4000-8000-000000000002.pdf");
    EXPECT_THAT(result.notes, Contains("sources kept without text, because the file has no text of them: 1 (pictures: 0, "
                                       "recordings without a transcript: 0, PDFs without a text version: 1)"));
}

TEST_F(QdpxImport, TheCaseGivenTakesSelectionsInNoCase) {
    Project project = imported({qdpx("atlas"), "tide", {}, {}});
    const Evidence* safety = evidenceFor(project, "tide", "safety");
    ASSERT_NE(safety, nullptr);
    EXPECT_EQ(safety->quote, "Wie voelt zich veilig?");
    // The QDA case still decides for the selections it holds.
    EXPECT_NE(evidenceFor(project, "bloemhof", "trust"), nullptr);
    EXPECT_EQ(evidenceFor(project, "tide", "trust"), nullptr);
}

TEST_F(QdpxImport, ACaseNotInTheProjectKeepsItsSelectionsAsCodings) {
    std::string qde = test::slurp(test::fixture("qdpx/atlas/project.qde"));
    qde.replace(qde.find("name=\"BH\""), 9, "name=\"Kralingen\"");
    test::spit(scratch / "kralingen.qde", qde);
    Project project = imported({(scratch / "kralingen.qde").string(), "", {}, {}});
    EXPECT_EQ(evidenceFor(project, "bloemhof", "trust"), nullptr);
    const Source& source = project.sources.at(0);
    ASSERT_EQ(source.codings.size(), 4u);
    EXPECT_EQ(source.codings[0], (Coding{"vertrouwen", "", at(1, 1, 30, 60), "QDA case \"Kralingen\""}));
    EXPECT_EQ(source.codings[2], (Coding{"Veiligheid", "", at(2, 2, 63, 85), "QDA case \"Kralingen\""}));
    EXPECT_THAT(result.notes, Contains("QDA case \"Kralingen\" matches no case in the project; its selections stayed codings"));
    EXPECT_EQ(result.notes.front(),
              "kralingen.qde: sources: 2 (with text: 1); codes: 3; selections: 3; codings: 4 (made evidence: 0, kept as "
              "codings: 4) (written by ATLAS.ti 23.2)");
}

TEST_F(QdpxImport, MaxqdaBomAndRelativePaths) {
    fs::copy_file(test::fixture("qdpx/maxqda/Beleidsnotitie.txt"), scratch / "Beleidsnotitie.txt");
    fs::create_directories(scratch / "zip");
    fs::copy_file(test::fixture("qdpx/maxqda/project.qde"), scratch / "zip" / "project.qde");
    ASSERT_TRUE(test::writeZip(scratch / "maxqda.qdpx", test::membersOf(scratch / "zip")));
    Project project = imported({(scratch / "maxqda.qdpx").string(), "", {}, {}});
    ASSERT_EQ(project.sources.size(), 1u);
    const Source& source = project.sources[0];
    EXPECT_EQ(source.text, "Beleidsnotitie 2019\nDe gemeente rekent op meer ogen en oren.\nVeiligheid staat voorop.");
    EXPECT_EQ(source.kind, SourceKind::Document);
    const Evidence* eyes = evidenceFor(project, "tide", "eyes");
    ASSERT_NE(eyes, nullptr);
    EXPECT_EQ(eyes->quote, "meer ogen en oren");
    EXPECT_EQ(eyes->ref.location, at(2, 2, 42, 59));
    const Evidence* safety = evidenceFor(project, "tide", "safety");
    ASSERT_NE(safety, nullptr);
    EXPECT_EQ(safety->quote, "Veiligheid staat voorop.");
    EXPECT_EQ(safety->ref.location, at(3, 3, 61, 85));
    // A code on the whole source is a coding over all of it.
    ASSERT_EQ(source.codings.size(), 1u);
    EXPECT_EQ(source.codings[0], (Coding{"Veiligheid", "tide", at(1, 3, 0, 85), "the whole source"}));
    // A date-time becomes a date; a decimal comma does not fit a number and is noted.
    EXPECT_EQ(project.findAttribute("startdatum")->type, AttributeType::Date);
    EXPECT_EQ(project.findCase("tide")->findValue("startdatum")->value, "2019-03-01");
    EXPECT_EQ(project.findCase("tide")->findValue("residents"), nullptr);
    EXPECT_THAT(result.notes, Contains(HasSubstr("case Tide: value \"1200,5\" of variable \"Residents\" is not a number")));
}

TEST_F(QdpxImport, ABareQdeReadsLikeTheArchive) {
    Project fromQde = imported({test::fixture("qdpx/atlas/project.qde").string(), "", {}, {}});
    Project fromQdpx = imported({qdpx("atlas"), "", {}, {}});
    ASSERT_EQ(fromQde.sources.size(), 2u);
    fromQde.sources[0].file = fromQdpx.sources[0].file;  // project.qde against atlas.qdpx
    for (Case& c : fromQde.cases)
        for (Verdict& v : c.verdicts)
            for (Evidence& e : v.evidence) e.note = fromQdpx.findCase(c.id)->findVerdict(v.node)->evidence[0].note;
    EXPECT_EQ(fromQde, fromQdpx);
}

TEST_F(QdpxImport, NoUserNameOrBasePathReachesTheProject) {
    for (const char* style : {"nvivo", "atlas"}) {
        Project project = imported({qdpx(style), "", {}, {}});
        std::string xml = writeProject(project);
        for (const char* secret : {"Jan de Onderzoeker", "Ans de Vries", "0f1e2d3c", "0F1E2D3C", "a1b2c3d4"})
            EXPECT_EQ(xml.find(secret), std::string::npos) << style << ": " << secret;
    }
    fs::copy_file(test::fixture("qdpx/maxqda/Beleidsnotitie.txt"), scratch / "Beleidsnotitie.txt");
    Project project = imported({test::fixture("qdpx/maxqda/project.qde").string(), "", {}, {}});
    EXPECT_EQ(writeProject(project).find("jdevries"), std::string::npos);
    for (const std::string& note : result.notes) EXPECT_EQ(note.find("jdevries"), std::string::npos) << note;
}

TEST_F(QdpxImport, ProgressRisesToOneAndCanCancel) {
    std::vector<double> seen;
    ImportRequest request{qdpx("nvivo"), "", {}, [&](double done) {
                              seen.push_back(done);
                              return true;
                          }};
    imported(request);
    ASSERT_GE(seen.size(), 2u);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.back(), 1.0);

    request.progress = [](double) { return false; };
    ImportResult cancelled = qda::importQdpx(request, target);
    EXPECT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error, request.path + ": cancelled");
}

}  // namespace
}  // namespace rw
