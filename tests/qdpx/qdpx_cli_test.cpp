// `realist import qdpx|document` through the real binary: exit 0 with the notes and an atomic
// save (previous version kept as PROJECT~), exit 2 with one line and the project untouched.

#include <gtest/gtest.h>

#include <algorithm>

#include <sys/wait.h>

#include "model/core/source_text.h"
#include "model/format/xml_reader.h"
#include "tests/qdpx/qdpx_cli.h"
#include "tests/qdpx/qdpx_files.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

class QdpxCli : public ::testing::Test {
protected:
    void SetUp() override {
        project = (scratch / "study.realist").string();
        fs::copy_file(test::fixture("qdpx/target.realist"), project);
        original = test::slurp(project);
    }

    int run(const std::vector<std::string>& args) {
        test::CliOutput result = test::runRealist(scratch, args);
        out = result.out;
        err = result.err;
        return result.code;
    }

    test::ScratchDir scratch;
    std::string project;
    std::string original;
    std::string out;
    std::string err;
};

TEST_F(QdpxCli, ImportsWithAMapAndSavesAtomically) {
    fs::path qdpx = scratch / "nvivo.qdpx";
    ASSERT_TRUE(test::writeZip(qdpx, test::membersOf(test::fixture("qdpx/nvivo"))));
    ASSERT_EQ(run({"import", "qdpx", qdpx.string(), "--into", project, "--map", test::fixture("qdpx/trust.map").string()}), 0)
        << err;
    EXPECT_EQ(out.substr(0, out.find('\n')),
              "nvivo.qdpx: sources: 1 (with text: 1); codes: 3; selections: 2; codings: 2 (made evidence: 2, kept as codings: "
              "0) (written by NVivo 14)");
    EXPECT_EQ(test::slurp(project + "~"), original);
    LoadResult saved = loadProject(project);
    ASSERT_TRUE(saved) << saved.error.toString();
    const Verdict* trust = saved.project->findCase("tide")->findVerdict("trust");
    ASSERT_NE(trust, nullptr);
    ASSERT_EQ(trust->evidence.size(), 1u);
    EXPECT_EQ(trust->evidence[0].quote, "Mensen vertrouwen elkaar meer.");
    EXPECT_EQ(trust->evidence[0].ref.location.charBegin, 75);
    // Saved and reloaded, the quote is still what the location points at.
    EXPECT_EQ(textAt(saved.project->findSource("interview-wijkagent")->text, trust->evidence[0].ref.location),
              "Mensen vertrouwen elkaar meer.");
    EXPECT_EQ(run({"validate", project}), 0) << out << err;
}

TEST_F(QdpxCli, CodingsSurviveSaveAndReload) {
    ASSERT_EQ(run({"import", "qdpx", test::fixture("qdpx/atlas/project.qde").string(), "--into", project}), 0) << err;
    LoadResult saved = loadProject(project);
    ASSERT_TRUE(saved) << saved.error.toString();
    const Source* source = saved.project->findSource("focusgroep-bewoners-bloemhof");
    ASSERT_NE(source, nullptr);
    ASSERT_EQ(source->codings.size(), 2u);
    EXPECT_EQ(source->codings[0].code, "Ontmoeten");
    EXPECT_EQ(source->codings[0].caseId, "bloemhof");
    EXPECT_EQ(source->codings[0].location.charBegin, 30);
    EXPECT_EQ(source->codings[0].location.charEnd, 60);
}

TEST_F(QdpxCli, BadInputExitsTwoAndLeavesTheProjectAlone) {
    fs::path bad = scratch / "bad.qdpx";
    ASSERT_TRUE(test::writeZip(bad, {{"sources/a.txt", "text"}}));
    EXPECT_EQ(run({"import", "qdpx", bad.string(), "--into", project}), 2);
    EXPECT_EQ(err, bad.string() + ": no project.qde in the archive; not a REFI-QDA project (.qdpx)\n");
    EXPECT_EQ(out, "");
    EXPECT_EQ(test::slurp(project), original);
    EXPECT_FALSE(fs::exists(project + "~"));

    fs::path map = scratch / "bad.map";
    test::spit(map, "Trust = nergens\n");
    EXPECT_EQ(run({"import", "qdpx", test::fixture("qdpx/atlas/project.qde").string(), "--into", project, "--map", map.string()}), 2);
    EXPECT_EQ(err, map.string() + ":1: no node \"nergens\" in the project\n");
    EXPECT_EQ(test::slurp(project), original);
}

TEST_F(QdpxCli, NotesSayHowPositionsWereReadAndListEveryWarning) {
    fs::path qdpx = scratch / "nvivo-windows.qdpx";
    ASSERT_TRUE(test::writeZip(qdpx, test::membersOf(test::fixture("qdpx/nvivo-windows"))));
    ASSERT_EQ(run({"import", "qdpx", qdpx.string(), "--into", project}), 0) << err;
    EXPECT_EQ(err, "");
    EXPECT_NE(out.find("\npositions: read as UTF-16 code units, as NVivo counts them (origin \"NVivo for Windows 12.6\")"),
              std::string::npos)
        << out;
    LoadResult saved = loadProject(project);
    ASSERT_TRUE(saved) << saved.error.toString();
    EXPECT_EQ(saved.project->findCase("tide")->findVerdict("eyes")->evidence.at(0).quote, "meer ogen en oren");
    EXPECT_EQ(run({"validate", project}), 0) << out << err;

    // A warning is no error: the import goes on and the notes name the place.
    fs::path warned = scratch / "warned.qde";
    std::string qde = test::slurp(test::fixture("qdpx/atlas/project.qde"));
    qde.replace(qde.find("  </Sources>"), 0, "    <SpreadsheetSource guid=\"t1\" name=\"Tabel\"/>\n");
    test::spit(warned, qde);
    ASSERT_EQ(run({"import", "qdpx", warned.string(), "--into", project}), 0) << err;
    EXPECT_NE(out.find("warning: " + warned.string() + ":44:5: <SpreadsheetSource> is no source REFI-QDA 1.5 knows; left out\n"),
              std::string::npos)
        << out;
}

TEST_F(QdpxCli, PositionsOverrideAndItsErrors) {
    fs::path qdpx = scratch / "nvivo-windows.qdpx";
    ASSERT_TRUE(test::writeZip(qdpx, test::membersOf(test::fixture("qdpx/nvivo-windows"))));
    // Read as code points, NVivo's last selection ends past the text: refused, not shifted.
    EXPECT_EQ(run({"import", "qdpx", qdpx.string(), "--into", project, "--positions", "codepoints"}), 2);
    EXPECT_TRUE(err.starts_with(qdpx.string() + ":project.qde:")) << err;
    EXPECT_TRUE(err.ends_with(": endPosition 185 is past the end of the text of source \"Interview bewoner\" (183 characters)\n"))
        << err;
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1);
    EXPECT_EQ(out, "");
    EXPECT_EQ(test::slurp(project), original);
    EXPECT_FALSE(fs::exists(project + "~"));

    EXPECT_EQ(run({"import", "qdpx", qdpx.string(), "--into", project, "--positions", "bytes"}), 2);
    EXPECT_EQ(err, "--positions: expected codepoints or utf16, not \"bytes\"\n");
    EXPECT_EQ(test::slurp(project), original);

    ASSERT_EQ(run({"import", "qdpx", qdpx.string(), "--into", project, "--positions", "utf16"}), 0) << err;
    EXPECT_NE(out.find("\npositions: read as UTF-16 code units (--positions)"), std::string::npos) << out;
}

TEST_F(QdpxCli, AFileOutsideTheExportIsRefusedUnlessAllowed) {
    fs::create_directories(scratch / "private");
    fs::path secret = scratch / "private" / "secret.txt";
    // The user's own file, which the export names by its absolute path.
    fs::copy_file(test::fixture("qdpx/maxqda/Beleidsnotitie.txt"), secret);
    std::string qde = test::slurp(test::fixture("qdpx/maxqda/project.qde"));
    qde.replace(qde.find("relative://Beleidsnotitie.txt"), 29, "absolute://" + secret.string());
    fs::create_directories(scratch / "downloads");
    fs::path qdpx = scratch / "downloads" / "stranger.qdpx";
    ASSERT_TRUE(test::writeZip(qdpx, {{"project.qde", qde}}));
    EXPECT_EQ(run({"import", "qdpx", qdpx.string(), "--into", project}), 2);
    EXPECT_EQ(err, qdpx.string() + ":project.qde:21:5: the text absolute://" + secret.string() +
                       " of source \"Beleidsnotitie\" is outside the archive and the folder of stranger.qdpx (" +
                       secret.string() + "); refused (--allow-outside FOLDER lets files below FOLDER be read)\n");
    EXPECT_EQ(test::slurp(project), original);
    ASSERT_EQ(run({"import", "qdpx", qdpx.string(), "--into", project, "--allow-outside", (scratch / "private").string()}), 0)
        << err;
    LoadResult saved = loadProject(project);
    ASSERT_TRUE(saved) << saved.error.toString();
    EXPECT_EQ(saved.project->sources.back().text.substr(0, 19), "Beleidsnotitie 2019");
}

TEST_F(QdpxCli, ImportsADocument) {
    ASSERT_EQ(run({"import", "document", test::fixture("documents/two-pages.pdf").string(), "--into", project}), 0) << err;
    EXPECT_EQ(out, "two-pages.pdf: 2 pages, 5 lines, source \"two-pages\" (each page starts with a line \"[page N]\")\n");
    LoadResult saved = loadProject(project);
    ASSERT_TRUE(saved) << saved.error.toString();
    EXPECT_EQ(saved.project->findSource("two-pages")->text.substr(0, 9), "[page 1]\n");

    fs::path fake = scratch / "fake.pdf";
    test::spit(fake, "nope");
    std::string before = test::slurp(project);
    EXPECT_EQ(run({"import", "document", fake.string(), "--into", project}), 2);
    EXPECT_EQ(err, fake.string() + ": not a PDF (no %PDF- header)\n");
    EXPECT_EQ(test::slurp(project), before);
}

}  // namespace
}  // namespace rw
