// Runs the `realist` binary and checks its output, its errors and its exit codes.

#include <gtest/gtest.h>

#include "model/plugins/plugin_api.h"
#include "tests/cli_runner.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using rw::test::CliRun;
using rw::test::slurp;

std::string quote(const std::string& arg) { return rw::test::shellQuote(arg); }

class Cli : public rw::test::CliTest {
protected:
    std::string sample() const { return rw::test::sampleProject(); }
};

int countLines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

TEST_F(Cli, HelpAndVersion) {
    CliRun help = run({"--help"});
    EXPECT_EQ(help.code, 0);
    for (const char* command : {"check", "stats", "matrix", "validate", "fmt", "new"})
        EXPECT_NE(help.out.find(command), std::string::npos) << command;
    CliRun version = run({"--version"});
    EXPECT_EQ(version.code, 0);
    EXPECT_EQ(version.out.rfind("realist ", 0), 0u);
    for (const char* command : {"check", "stats", "matrix", "validate", "fmt", "new"}) {
        CliRun sub = run({command, "--help"});
        EXPECT_EQ(sub.code, 0) << command;
        EXPECT_NE(sub.out.find(std::string("Usage: realist ") + command), std::string::npos) << sub.out;
    }
}

TEST_F(Cli, CheckOnTheSampleNamesTheDeadNodeAndExitsOne) {
    CliRun result = run({"check", sample()});
    EXPECT_EQ(result.code, 1);
    EXPECT_EQ(result.err, "");
    EXPECT_NE(result.out.find("error RW-DEAD-NODE: Toename heterdaadkracht is refuted in all 10 assessed cases; the "
                              "routes from Meer ogen en oren to Veiligheid through it are broken."),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("The link Meer ogen en oren → Toename heterdaadkracht breaks in 5 cases"),
              std::string::npos);
}

// A quote that is not its source's text where it says is an error, from `check` and in the report.
TEST_F(Cli, CheckComparesEveryQuoteWithItsSource) {
    // Its quote's chars count the emoji before it as two (UTF-16), so it lands one character late.
    const std::string project = slurp(std::string(REALIST_SOURCE_DIR) + "/tests/fixtures/quotes/shifted-quote.realist");
    std::string right = project;
    right.replace(right.find("chars=\"16-38\""), 13, "chars=\"15-37\"");
    CliRun checked = run({"check", write("right.realist", right)});
    EXPECT_EQ(checked.out.find("RW-QUOTE-MISMATCH"), std::string::npos) << checked.out;
    std::string shifted = write("shifted.realist", project);
    checked = run({"check", shifted});
    EXPECT_EQ(checked.code, 1);
    EXPECT_NE(checked.out.find("error RW-QUOTE-MISMATCH: In North, the quote for More eyes does not match source "
                               "\"Interview\" (int-1): the quote is \"Mensen melden sneller.\", but the text at chars "
                               "16-38 is \"ensen melden sneller.\n\"."),
              std::string::npos)
        << checked.out;
    std::string report = (dir / "report.html").string();
    ASSERT_EQ(run({"report", shifted, "-o", report}).code, 0);
    EXPECT_NE(slurp(report).find("RW-QUOTE-MISMATCH"), std::string::npos);
}

TEST_F(Cli, CheckJsonIsParsableAndFiltersByCase) {
    CliRun result = run({"check", sample(), "--format", "json", "--case", "Tide"});
    EXPECT_EQ(result.code, 1);
    EXPECT_EQ(result.out.front(), '{');
    EXPECT_NE(result.out.find("\"code\": \"RW-DEAD-NODE\""), std::string::npos);
    // The chain breaks at its first step in Ess, Bloe, Vsch, Heij and Zvk, not in Tide.
    EXPECT_EQ(result.out.find("Digitale buurtpreventie van burgers → Meer ogen en oren breaks"), std::string::npos);
    EXPECT_NE(result.out.find("\"tide\""), std::string::npos);
    EXPECT_NE(result.out.find("\"summary\""), std::string::npos);
}

TEST_F(Cli, CheckUnknownCaseIsBadInput) {
    CliRun result = run({"check", sample(), "--case", "Atlantis"});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(countLines(result.err), 1);
    EXPECT_NE(result.err.find("unknown case \"Atlantis\""), std::string::npos);
}

TEST_F(Cli, StatsPrintsSharesPerNodeAndLink) {
    CliRun result = run({"stats", sample()});
    EXPECT_EQ(result.code, 0);
    EXPECT_NE(result.out.find("Toename heterdaadkracht"), std::string::npos);
    EXPECT_NE(result.out.find("0/10   ✓ 0  x 10  ? 0"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("5/10   ✓ 5  x 4  ? 1"), std::string::npos) << result.out;  // sociale controle
    EXPECT_NE(result.out.find("Meer ogen en oren → Toename heterdaadkracht"), std::string::npos);
}

TEST_F(Cli, MatrixAsCsvAndMarkdown) {
    CliRun csv = run({"matrix", sample(), "--format", "csv"});
    EXPECT_EQ(csv.code, 0);
    EXPECT_EQ(csv.out.substr(0, csv.out.find('\n')), "group,Casestudy,BBO,B/B,Ess,Tide,Bloe,Pen,Vsch,Land,Heij,Zvk,k/n");
    EXPECT_NE(csv.out.find("Mechanismen,Toename heterdaadkracht,x,x,x,x,x,x,x,x,x,x,0/10\n"), std::string::npos)
        << csv.out;
    CliRun md = run({"matrix", sample(), "--format", "md"});
    EXPECT_EQ(md.code, 0);
    EXPECT_NE(md.out.find("| Meer ogen en oren | ✓ | ✓ | x | ✓ | x | ✓ | x | ✓ | x | x | 5/10 |"),
              std::string::npos)
        << md.out;
    CliRun bad = run({"matrix", sample(), "--format", "xlsx"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("--format must be csv|md"), std::string::npos);
}

TEST_F(Cli, ValidateReportsCountsOrTheExactPosition) {
    CliRun ok = run({"validate", sample()});
    EXPECT_EQ(ok.code, 0);
    EXPECT_NE(ok.out.find("valid (format 1; 2 theories, 30 nodes"), std::string::npos) << ok.out;
    std::string bad = write("bad.realist", "<?xml version=\"1.0\"?>\n<realist format=\"1\">\n  <meta>\n");
    CliRun result = run({"validate", bad});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind(bad + ":4:1: the file ends before all its elements are closed", 0), 0u) << result.err;
    EXPECT_EQ(countLines(result.err), 1);
}

TEST_F(Cli, BadInputsGiveOneLineAndExitTwo) {
    std::string notXml = write("notes.realist", "just some notes\n");
    std::vector<std::vector<std::string>> cases = {
        {"check", (dir / "missing.realist").string()},
        {"check", dir.string()},
        {"stats", notXml},
        {"check"},
        {"check", sample(), "--format", "yaml"},
        {"check", sample(), "--bogus"},
        {"frobnicate"},
        {"new", "--template", "no-such-template", (dir / "x.realist").string()},
        {"matrix", sample(), "--theory", "nope"},
    };
    for (const auto& args : cases) {
        CliRun result = run(args);
        std::string what = args[0] + (args.size() > 1 ? " " + args[1] : "");
        EXPECT_EQ(result.code, 2) << what;
        EXPECT_EQ(result.out, "") << what;
        EXPECT_EQ(countLines(result.err), 1) << what << ": " << result.err;
    }
    EXPECT_FALSE(fs::exists(dir / "x.realist"));
}

TEST_F(Cli, FmtRewritesCanonicallyAndKeepsABackup) {
    std::string original = slurp(sample());
    std::string messy = original;
    // Collapse the indentation of every line: same project, not canonical.
    std::string flattened;
    std::istringstream lines(messy);
    for (std::string line; std::getline(lines, line);) flattened += line.substr(line.find_first_not_of(' ')) + "\n";
    std::string file = write("messy.realist", flattened);
    CliRun check = run({"fmt", file, "--check"});
    EXPECT_EQ(check.code, 1);
    EXPECT_EQ(slurp(file), flattened);
    CliRun result = run({"fmt", file});
    EXPECT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(slurp(file), original);
    EXPECT_EQ(slurp(file + "~"), flattened);
    CliRun again = run({"fmt", file});
    EXPECT_NE(again.out.find("already canonical"), std::string::npos);
}

TEST_F(Cli, FmtLeavesABrokenFileAlone) {
    std::string file = write("broken.realist", "<realist format=\"1\"><meta>");
    CliRun result = run({"fmt", file});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(slurp(file), "<realist format=\"1\"><meta>");
    EXPECT_FALSE(fs::exists(file + "~"));
}

TEST_F(Cli, NewCopiesATemplateWithFreshMetadataAndNeverOverwrites) {
    for (const char* name : {"cmo-basic", "logic-model", "digitale-buurtpreventie"}) {
        std::string file = (dir / (std::string(name) + ".realist")).string();
        CliRun result = run({"new", "--template", name, file, "--title", "My study"});
        EXPECT_EQ(result.code, 0) << name << ": " << result.err;
        std::string content = slurp(file);
        EXPECT_NE(content.find("<title>My study</title>"), std::string::npos) << name;
        EXPECT_NE(content.find("<created>"), std::string::npos) << name;
        EXPECT_EQ(run({"validate", file}).code, 0) << name;
        CliRun again = run({"new", "--template", name, file});
        EXPECT_EQ(again.code, 2);
        EXPECT_NE(again.err.find("already exists"), std::string::npos);
    }
    CliRun list = run({"new", "--list"});
    EXPECT_EQ(list.code, 0);
    EXPECT_NE(list.out.find("cmo-basic"), std::string::npos);
}

TEST_F(Cli, RenderWritesEveryFormatFromTheExtension) {
    const std::vector<std::pair<std::string, std::string>> formats = {
        {"svg", "<?xml"}, {"png", std::string("\x89PNG", 4)}, {"pdf", "%PDF-"}, {"dot", "digraph"}};
    for (const auto& [extension, magic] : formats) {
        std::string out = (dir / ("d." + extension)).string();
        CliRun result = run({"render", sample(), "-o", out, "--view", "all", "--highlight"});
        EXPECT_EQ(result.code, 0) << extension << ": " << result.err;
        EXPECT_EQ(slurp(out).substr(0, magic.size()), magic) << extension;
    }
    CliRun tide = run({"render", sample(), "-o", (dir / "t.svg").string(), "--view", "case:Tide", "--rankdir", "LR"});
    EXPECT_EQ(tide.code, 0) << tide.err;
    EXPECT_NE(slurp(dir / "t.svg").find("case Tidemanstraat (Tide)"), std::string::npos);
}

TEST_F(Cli, RenderRefusesBadRequestsWithOneLine) {
    std::vector<std::vector<std::string>> cases = {
        {"render", sample(), "-o", (dir / "d.gif").string()},
        {"render", sample(), "-o", (dir / "d.svg").string(), "--view", "case:Atlantis"},
        {"render", sample(), "-o", (dir / "d.svg").string(), "--view", "everything"},
        {"render", sample(), "-o", (dir / "no-such-dir" / "d.svg").string()},
        {"render", sample(), "-o", (dir / "d.svg").string(), "--rankdir", "BT"},
        {"render", sample()},
    };
    for (const auto& args : cases) {
        CliRun result = run(args);
        EXPECT_EQ(result.code, 2) << args.back();
        EXPECT_EQ(countLines(result.err), 1) << args.back() << ": " << result.err;
    }
    EXPECT_FALSE(fs::exists(dir / "d.svg"));
    EXPECT_FALSE(fs::exists(dir / "d.gif"));
}

TEST_F(Cli, MatrixAsHtmlAndSvg) {
    CliRun html = run({"matrix", sample(), "--format", "html"});
    EXPECT_EQ(html.code, 0);
    EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.out.find("<th>Tide</th>"), std::string::npos);
    EXPECT_NE(html.out.find("background:#f4a582"), std::string::npos);  // refuted cells are red
    CliRun svg = run({"matrix", sample(), "--format", "svg"});
    EXPECT_EQ(svg.code, 0);
    EXPECT_NE(svg.out.find("<svg"), std::string::npos);
    EXPECT_NE(svg.out.find(">Toename heterdaadkracht</text>"), std::string::npos);
}

TEST_F(Cli, ReportIsSelfContainedAndLinksEveryTickToItsQuotes) {
    std::string out = (dir / "report.html").string();
    CliRun result = run({"report", sample(), "-o", out});
    ASSERT_EQ(result.code, 0) << result.err;
    std::string report = slurp(out);
    EXPECT_EQ(report.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(report.find("src=\"http"), std::string::npos);
    EXPECT_EQ(report.find("href=\"http"), std::string::npos);
    EXPECT_EQ(report.find("<link"), std::string::npos);
    EXPECT_NE(report.find("@page { size: A4"), std::string::npos);
    EXPECT_NE(report.find("Marnix Eysink Smeets"), std::string::npos);  // authors
    EXPECT_NE(report.find("RW-DEAD-NODE"), std::string::npos);
    // The cross-case section carries the study's own observation with its counts.
    std::size_t split = report.find("split by condition wijkagent-neemt-deel");
    ASSERT_NE(split, std::string::npos);
    EXPECT_NE(report.find("<td class=\"cell\">4/5</td>", split), std::string::npos);
    // Every tick in the matrix links to an anchor that exists, under which its quotes follow.
    int links = 0;
    for (std::size_t at = report.find("href=\"#tick-"); at != std::string::npos; at = report.find("href=\"#tick-", at + 1)) {
        std::size_t start = at + 7;
        std::string anchor = report.substr(start, report.find('"', start) - start);
        EXPECT_NE(report.find("id=\"" + anchor + "\""), std::string::npos) << anchor;
        ++links;
    }
    EXPECT_EQ(links, 100);  // ten cases × ten ticked rows
    std::size_t tick = report.find("id=\"tick-tide-heterdaadkracht\"");
    ASSERT_NE(tick, std::string::npos);
    EXPECT_NE(report.find("<blockquote", tick), std::string::npos);
    EXPECT_EQ(run({"report", sample(), "-o", (dir / "report.pdf").string()}).code, 2);
}

TEST_F(Cli, QuotesListEveryQuoteWithItsLocation) {
    CliRun csv = run({"quotes", sample()});
    ASSERT_EQ(csv.code, 0) << csv.err;
    EXPECT_EQ(csv.out.substr(0, csv.out.find('\n')),
              "case,case_name,node,node_label,verdict,evidence,stance,quote,source,source_title,lines,chars,page,at,"
              "informant,role,note");
    CliRun jsonl = run({"quotes", sample(), "--format", "jsonl"});
    ASSERT_EQ(jsonl.code, 0);
    EXPECT_EQ(countLines(jsonl.out), 131);
    EXPECT_NE(jsonl.out.find("\"case\":\"tide\",\"case_name\":\"Tidemanstraat\""), std::string::npos) << jsonl.out.substr(0, 400);
    EXPECT_EQ(run({"quotes", sample(), "--format", "xml"}).code, 2);
}

TEST_F(Cli, ImportCsvMatrixIntoAProjectAtomically) {
    std::string project = write("p.realist", slurp(sample()));
    std::string csv = write("m.csv", "node,Tide,Bloe\nToename heterdaadkracht,✓,\nMeer ogen en oren,,?\n");
    CliRun result = run({"import", "csv", csv, "--into", project});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(result.out, "2 changes from " + csv + "\n");
    EXPECT_EQ(slurp(project + "~"), slurp(sample()));
    CliRun matrix = run({"matrix", project, "--format", "csv"});
    EXPECT_NE(matrix.out.find("Mechanismen,Toename heterdaadkracht,x,x,x,✓,x,x,x,x,x,x,1/10"), std::string::npos)
        << matrix.out;
    EXPECT_NE(matrix.out.find("Mechanismen,Meer ogen en oren,✓,✓,x,✓,?,✓,x,✓,x,x,5/10"), std::string::npos);
    EXPECT_EQ(run({"check", project}).out.find("Toename heterdaadkracht is refuted in all"), std::string::npos);

    std::string before = slurp(project);
    std::string bad = write("bad.csv", "node,Tide\nToename heterdaadkracht,perhaps\n");
    CliRun refused = run({"import", "csv", bad, "--into", project});
    EXPECT_EQ(refused.code, 2);
    EXPECT_EQ(refused.err, bad + ":2:2: \"perhaps\" is not a tick (✓ x ? / 1 0 / yes no / ja nee)\n");
    EXPECT_EQ(slurp(project), before) << "a refused import leaves the project untouched";
    EXPECT_EQ(run({"import", "qdpx-nope", csv, "--into", project}).code, 2);
    EXPECT_EQ(run({"import", "csv", csv}).code, 2);
}

TEST_F(Cli, PluginsListsWhatIsLoadedAndWhatWasSkipped) {
    CliRun plain = run({"plugins"});
    ASSERT_EQ(plain.code, 0);
    EXPECT_NE(plain.out.find("csv-matrix 1.0"), std::string::npos) << plain.out;
    EXPECT_NE(plain.out.find("importer csv (.csv)"), std::string::npos);
    EXPECT_NE(plain.out.find("exporter diagram-svg (.svg)"), std::string::npos);
    CliRun withBad = run({"plugins"}, "REALIST_PLUGIN_PATH=" + quote(REALIST_BAD_PLUGIN_DIR));
    ASSERT_EQ(withBad.code, 0);
    EXPECT_NE(withBad.out.find("speaks plugin API " + std::to_string(rw::kPluginApiVersion + 1) + ", this program speaks " +
                                std::to_string(rw::kPluginApiVersion) + "; skipped"), std::string::npos) << withBad.out;
    EXPECT_NE(withBad.out.find("csv-matrix 1.0"), std::string::npos) << "the program carries on";
}

TEST_F(Cli, ImportTranscriptPseudonymisesAndRecordsTheSource) {
    std::string project = write("p.realist", slurp(sample()));
    std::string fixtures = std::string(REALIST_SOURCE_DIR) + "/tests/fixtures/transcripts/";
    CliRun result = run({"import", "transcript", fixtures + "focusgroep-namen.txt", "--into", project, "--case", "Tide",
                         "--roles", fixtures + "rollen.txt"});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_EQ(result.out, "focusgroep-namen.txt: 4 speakers, 8 turns, source \"focusgroep-namen\" (names pseudonymised)\n");
    std::string saved = slurp(project);
    for (const char* name : {"Jan", "Fatima", "Petra", "Vries"}) EXPECT_EQ(saved.find(name), std::string::npos) << name;
    EXPECT_NE(saved.find("<informant id=\"focusgroep-namen-wijkagent\" role=\"wijkagent\" case=\"tide\">"), std::string::npos);
    EXPECT_EQ(run({"validate", project}).code, 0);
    CliRun noTurns = run({"import", "transcript", fixtures + "no-turns.txt", "--into", project});
    EXPECT_EQ(noTurns.code, 2);
    EXPECT_EQ(slurp(project), saved);
}

}  // namespace
