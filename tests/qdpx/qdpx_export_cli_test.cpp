// `realist export` through the real binary: exit 0 with the notes on stdout and the file written
// atomically; exit 2 with one line on stderr and nothing written; the exported .qdpx validates
// and imports back with `realist import qdpx`.

#include <gtest/gtest.h>

#include <sys/wait.h>

#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"
#include "plugins/refi-qda/zip_archive.h"
#include "tests/qdpx/qdpx_cli.h"
#include "tests/qdpx/qdpx_export_project.h"
#include "tests/qdpx/qdpx_files.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

std::string samplePath() { return std::string(REALIST_SOURCE_DIR) + "/samples/rotterdam-digitale-buurtpreventie.realist"; }

class QdpxExportCli : public ::testing::Test {
protected:
    int run(const std::vector<std::string>& args) {
        test::CliOutput result = test::runRealist(scratch, args);
        out = result.out;
        err = result.err;
        return result.code;
    }

    // Returns the project.qde inside an exported archive.
    std::string qdeIn(const fs::path& qdpx) {
        std::string error, qde;
        auto zip = qda::ZipArchive::open(qdpx.string(), {}, error);
        EXPECT_TRUE(zip) << error;
        if (!zip) return {};
        EXPECT_EQ(zip->names().front(), "project.qde");
        EXPECT_TRUE(zip->read("project.qde", qde, error)) << error;
        return qde;
    }

    test::ScratchDir scratch;
    std::string out;
    std::string err;
};

TEST_F(QdpxExportCli, ExportsTheSampleAndSaysWhatItLeftOut) {
    fs::path qdpx = scratch / "rotterdam.qdpx";
    ASSERT_EQ(run({"export", "qdpx", samplePath(), "-o", qdpx.string()}), 0) << err;
    EXPECT_EQ(err, "");
    // The study's report is not bundled with the sample: its 131 quotes cannot be placed, and say so.
    EXPECT_EQ(out.substr(0, out.find('\n')),
              qdpx.string() + ": theory \"Impliciete beleidstheorie gemeente Rotterdam (Afb. 5.3)\": 13 codes for its nodes, "
                              "10 cases, 25 variables, 4 sources (0 with text), 0 quotes and 0 codings as coded selections, 100 verdicts");
    EXPECT_NE(out.find(qdpx.string() + ": warning: source \"rapport\" exported without text (its file "), std::string::npos) << out;
    EXPECT_NE(out.find("quotes citing it not exported: 131\n"), std::string::npos) << out;
    std::string qde = qdeIn(qdpx);
    EXPECT_NE(qde.find("origin=\"Realist Workbench " REALIST_VERSION "\""), std::string::npos);
    std::string errors;
    for (const std::string& error : test::schemaErrors(qde)) errors += error + "\n";
    EXPECT_EQ(errors, "");
}

TEST_F(QdpxExportCli, ExportsAndImportsBackThroughTheBinary) {
    std::string study = (scratch / "studie.realist").string();
    std::string target = (scratch / "leeg.realist").string();
    ASSERT_TRUE(saveProject(test::exportProject(), study)) << study;
    ASSERT_TRUE(saveProject(test::withoutEvidence(test::exportProject()), target));
    fs::path qdpx = scratch / "studie.qdpx";
    ASSERT_EQ(run({"export", "qdpx", study, "-o", qdpx.string(), "--theory", "policy"}), 0) << err;
    ASSERT_EQ(run({"import", "qdpx", qdpx.string(), "--into", target}), 0) << err;
    LoadResult loaded = loadProject(target);
    ASSERT_TRUE(loaded) << loaded.error.toString();
    const Verdict* eyes = loaded.project->findCase("north")->findVerdict("eyes");
    ASSERT_NE(eyes, nullptr);
    ASSERT_EQ(eyes->evidence.size(), 1u);
    EXPECT_EQ(eyes->evidence[0].quote, "Mensen melden meer dan vroeger.");
    EXPECT_EQ(eyes->evidence[0].ref.location.charBegin, 42);
    EXPECT_EQ(run({"validate", target}), 0) << out << err;
}

// Into an empty project file: theory, cases, verdicts and quotes all arrive, and the result is a
// project that validates and whose quotes all pass the quote check.
TEST_F(QdpxExportCli, ImportsIntoAnEmptyProject) {
    std::string study = (scratch / "studie.realist").string();
    std::string target = (scratch / "leeg.realist").string();
    ASSERT_TRUE(saveProject(test::exportProject(), study));
    Project empty;  // as a project file holds it: one theory, still without nodes
    empty.meta.title = "Leeg";
    empty.theories.push_back({"t", "Programmatheorie", "", {}, {}});
    ASSERT_TRUE(saveProject(empty, target));
    fs::path qdpx = scratch / "studie.qdpx";
    ASSERT_EQ(run({"export", "qdpx", study, "-o", qdpx.string()}), 0) << err;
    ASSERT_EQ(run({"import", "qdpx", qdpx.string(), "--into", target}), 0) << err;
    EXPECT_NE(out.find("made from the file: a theory of 5 nodes and 3 links from its code tree, 2 cases"), std::string::npos) << out;
    LoadResult loaded = loadProject(target);
    ASSERT_TRUE(loaded) << loaded.error.toString();
    EXPECT_EQ(loaded.project->findCase("north")->verdictOn("safety"), VerdictValue::Refuted);
    const Verdict* eyes = loaded.project->findCase("north")->findVerdict("eyes");
    ASSERT_NE(eyes, nullptr);
    ASSERT_EQ(eyes->evidence.size(), 1u);
    EXPECT_EQ(eyes->evidence[0].id, "north-eyes-1");
    EXPECT_EQ(eyes->evidence[0].note, "Over de eerste maanden\nna de start.");
    EXPECT_EQ(run({"validate", target}), 0) << out << err;
    run({"check", target});
    EXPECT_EQ(out.find("RW-QUOTE-MISMATCH"), std::string::npos) << out;
}

TEST_F(QdpxExportCli, BadInputExitsTwoAndWritesNothing) {
    fs::path qdpx = scratch / "out.qdpx";
    EXPECT_EQ(run({"export", "qdpx", samplePath(), "-o", qdpx.string(), "--theory", "nope"}), 2);
    EXPECT_EQ(err, "realist: unknown theory \"nope\" (theories: impliciet, herzien)\n");
    EXPECT_EQ(out, "");
    EXPECT_FALSE(fs::exists(qdpx));

    EXPECT_EQ(run({"export", "qdpz", samplePath(), "-o", qdpx.string()}), 2);
    EXPECT_EQ(err.rfind("realist: no exporter \"qdpz\" (exporters: diagram-svg, ", 0), 0u) << err;
    EXPECT_NE(err.find(", qdpx)\n"), std::string::npos) << err;
    EXPECT_FALSE(fs::exists(qdpx));

    EXPECT_EQ(run({"export", "qdpx", samplePath()}), 2);
    EXPECT_EQ(err, "realist: export: missing -o OUT.qdpx\n");

    fs::path broken = scratch / "broken.realist";
    test::spit(broken, "<realist format=\"1\">\n  <meta>\n");
    EXPECT_EQ(run({"export", "qdpx", broken.string(), "-o", qdpx.string()}), 2);
    EXPECT_EQ(err.rfind(broken.string() + ":3:1: ", 0), 0u) << err;
    EXPECT_FALSE(fs::exists(qdpx));

    EXPECT_EQ(run({"export", "qdpx", samplePath(), "-o", (scratch / "no-such-folder" / "x.qdpx").string()}), 2);
    EXPECT_EQ(err.rfind("realist: " + (scratch / "no-such-folder" / "x.qdpx").string() + ": ", 0), 0u) << err;
    EXPECT_EQ(std::distance(fs::directory_iterator(scratch.path()), fs::directory_iterator()), 3);  // out, err, broken
}

TEST_F(QdpxExportCli, HelpNamesTheExporters) {
    EXPECT_EQ(run({"export", "--help"}), 0);
    EXPECT_EQ(out.rfind("Usage: realist export KIND FILE -o OUT", 0), 0u) << out;
    EXPECT_EQ(run({"plugins"}), 0);
    EXPECT_NE(out.find("  exporter qdpx (.qdpx): REFI-QDA project"), std::string::npos) << out;
}

}  // namespace
}  // namespace rw
