// `realist analyse`: every analysis in every format on the Rotterdam sample, and one line on
// stderr with exit code 2 for everything it cannot do.

#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "tests/cli_runner.h"

namespace {

namespace fs = std::filesystem;
using CliResult = rw::test::CliRun;

class Analyse : public rw::test::CliTest {
protected:
    CliResult analyse(std::vector<std::string> args) {
        args.insert(args.begin(), {"analyse", sample});
        return run(args);
    }

    const std::string sample = rw::test::sampleProject();
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(Analyse, ListedInHelpWithItsOwnHelp) {
    EXPECT_TRUE(contains(run({"--help"}).out, "analyse"));
    CliResult help = run({"analyse", "--help"});
    EXPECT_EQ(help.code, 0);
    EXPECT_EQ(help.out.rfind("Usage: realist analyse FILE links|split NAME|qca", 0), 0u) << help.out;
    EXPECT_TRUE(contains(help.out, "--remainders"));
}

TEST_F(Analyse, LinksBothWays) {
    CliResult text = analyse({"links"});
    EXPECT_EQ(text.code, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "Meer ogen en oren → Toename heterdaadkracht")) << text.out;
    CliResult csv = analyse({"links", "--format", "csv"});
    EXPECT_TRUE(contains(csv.out, "link,source ✓,source x,source ?,holds in,breaks in\n"));
    EXPECT_TRUE(contains(csv.out, "Meer ogen en oren → Toename heterdaadkracht,0/5,0/5,0/0,,\"BBO, B/B, Tide, Pen, Land\"\n"))
        << csv.out;
    EXPECT_TRUE(contains(csv.out, "Meer ogen en oren → Toename sociale controle,4/5 (1 ?),1/5,0/0,"));
}

// The study's observation: kortere lijntjes in 4 of 10 groups, all with professionals taking part.
TEST_F(Analyse, SplitShowsKorteLijntjesByProfessionals) {
    CliResult raw = analyse({"split", "professionals", "--format", "csv"});
    EXPECT_EQ(raw.code, 0) << raw.err;
    EXPECT_TRUE(contains(raw.out, "node,- (4),G (1),W (1),\"W, G (4)\",all\n")) << raw.out;
    EXPECT_TRUE(contains(raw.out, "Meer (preventieve) actie door kortere lijntjes,0/4,0/1,1/1,3/4,4/10\n"));
    CliResult condition = analyse({"split", "wijkagent-neemt-deel"});
    EXPECT_TRUE(contains(condition.out, "Rule: professionals contains W; missing: case excluded."));
    EXPECT_TRUE(contains(condition.out, "yes (5): B/B, Ess, Tide, Pen, Land"));
    CliResult md = analyse({"split", "wijkagent-neemt-deel", "--format", "md"});
    EXPECT_TRUE(contains(md.out, "| Meer (preventieve) actie door kortere lijntjes | 4/5 | 0/5 | 4/10 |")) << md.out;
    CliResult byNode = analyse({"split", "ogen-oren", "--format", "json"});
    auto json = nlohmann::json::parse(byNode.out);
    EXPECT_EQ(json["by"]["kind"], "node");
    EXPECT_EQ(json["groups"][0]["label"], "✓");
}

TEST_F(Analyse, QcaInEveryFormat) {
    std::vector<std::string> args = {"qca", "--outcome", "veiligheidsbeleving", "--conditions",
                                     "klein-gebied,hoge-dekking,bewonersbeheer,wijkagent-neemt-deel", "--remainders"};
    CliResult text = analyse(args);
    EXPECT_EQ(text.code, 0) << text.err;
    EXPECT_TRUE(contains(text.out, "M1: hoge-dekking*wijkagent-neemt-deel → veiligheidsbeleving"));
    EXPECT_TRUE(contains(text.out, "M2: klein-gebied*bewonersbeheer*wijkagent-neemt-deel → veiligheidsbeleving"));
    EXPECT_TRUE(contains(text.out, "Minimal models (fewest prime implicants, Petrick's method): 2."));
    args.insert(args.end(), {"--format", "json"});
    auto json = nlohmann::json::parse(analyse(args).out);
    EXPECT_EQ(json["outcome"]["id"], "veiligheidsbeleving");
    EXPECT_EQ(json["truthTable"].size(), 6u);
    EXPECT_EQ(json["remainders"], 10);
    EXPECT_EQ(json["solutions"][0]["kind"], "conservative");
    EXPECT_EQ(json["solutions"][1]["modelCount"], 2);
    EXPECT_EQ(json["solutions"][1]["models"][0]["formula"], "hoge-dekking*wijkagent-neemt-deel");
    EXPECT_EQ(json["solutions"][1]["models"][0]["coverage"]["k"], 2);
    args[args.size() - 1] = "md";
    CliResult md = analyse(args);
    EXPECT_TRUE(contains(md.out, "| M1 | hoge-dekking*wijkagent-neemt-deel | 1.000 (2/2) | 1.000 (2/2) | 1.000 (2/2) | B/B, Tide |"))
        << md.out;
    args[args.size() - 1] = "csv";
    EXPECT_TRUE(contains(analyse(args).out, "klein-gebied,hoge-dekking,bewonersbeheer,wijkagent-neemt-deel,OUT,n,consistency,flag,cases\n"));
}

TEST_F(Analyse, QcaNegatedAndOnNodes) {
    CliResult negated = analyse({"qca", "--outcome", "kortere-lijntjes", "--negate", "--conditions", "wijkagent-neemt-deel"});
    EXPECT_EQ(negated.code, 0) << negated.err;
    EXPECT_TRUE(contains(negated.out, "M1: ~wijkagent-neemt-deel → ~kortere-lijntjes")) << negated.out;
    // A mechanism as a condition; Land's ? on sociale controle leaves it out, and the output says so.
    CliResult nodes = analyse({"qca", "--outcome", "veiligheidsbeleving", "--conditions", "sociale-controle,sociale-cohesie"});
    EXPECT_EQ(nodes.code, 0) << nodes.err;
    EXPECT_TRUE(contains(nodes.out, "Cases: 9 included, 1 excluded")) << nodes.out;
    EXPECT_TRUE(contains(nodes.out, "Excluded Land: ? on sociale-controle."));
}

TEST_F(Analyse, TriangulateAndDiff) {
    CliResult tri = analyse({"triangulate"});
    EXPECT_EQ(tri.code, 0) << tri.err;
    EXPECT_TRUE(contains(tri.out, "100 ticks: 0/100 with evidence that disagrees across roles")) << tri.out;
    EXPECT_TRUE(contains(tri.out, "Toename heterdaadkracht → Veiligheid"));
    EXPECT_TRUE(contains(tri.out, "policy documents only"));
    auto triJson = nlohmann::json::parse(analyse({"triangulate", "--format", "json"}).out);
    EXPECT_EQ(triJson["ticks"].size(), 100u);
    CliResult diff = analyse({"diff", "impliciet", "herzien", "--format", "csv"});
    EXPECT_EQ(diff.code, 0) << diff.err;
    EXPECT_TRUE(contains(diff.out, "removed,node,heterdaadkracht,Toename heterdaadkracht,\n")) << diff.out;
    EXPECT_TRUE(contains(diff.out, "added,node,weten-wat-er-speelt,Weten wat er in de buurt speelt,\n"));
    auto diffJson = nlohmann::json::parse(analyse({"diff", "impliciet", "herzien", "--format", "json"}).out);
    EXPECT_EQ(diffJson["before"], "impliciet");
    CliResult revised = analyse({"links", "--theory", "herzien"});
    EXPECT_EQ(revised.code, 0);
    EXPECT_TRUE(contains(revised.out, "Weten wat er in de buurt speelt → Veiligheidsbeleving"));
}

TEST_F(Analyse, BadInputGivesOneLineAndExitTwo) {
    struct Bad {
        std::vector<std::string> args;
        std::string message;
    };
    std::vector<Bad> table = {
        {{"frobnicate"}, "the analysis must be links|split|qca|triangulate|diff"},
        {{"split"}, "analyse split takes 1 operand after FILE"},
        {{"split", "nothing"}, "unknown attribute, condition or node \"nothing\""},
        {{"links", "extra"}, "analyse links takes 0 operands after FILE"},
        {{"diff", "impliciet", "nope"}, "unknown theory \"nope\""},
        {{"qca", "--conditions", "klein-gebied"}, "analyse qca needs --outcome and --conditions"},
        {{"qca", "--outcome", "nope", "--conditions", "klein-gebied"}, "unknown outcome \"nope\""},
        {{"qca", "--outcome", "veiligheid", "--conditions", "klein-gebied,atlantis"}, "unknown condition \"atlantis\""},
        {{"qca", "--outcome", "veiligheid", "--conditions", "klein-gebied", "--consistency", "1.5"},
         "the consistency threshold must lie in (0, 1]"},
        {{"links", "--outcome", "veiligheid"}, "analyse links takes no --outcome"},
        {{"links", "--format", "xlsx"}, "--format must be text|csv|md|json"},
        {{"links", "--theory", "nope"}, "unknown theory \"nope\""},
        {{"links", "--bogus"}, "unrecognised option '--bogus'"},
    };
    for (const Bad& bad : table) {
        CliResult result = analyse(bad.args);
        std::string what = bad.args[0] + (bad.args.size() > 1 ? " " + bad.args[1] : "");
        EXPECT_EQ(result.code, 2) << what;
        EXPECT_EQ(result.out, "") << what;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << what << ": " << result.err;
        EXPECT_TRUE(contains(result.err, bad.message)) << what << ": " << result.err;
    }
    CliResult missing = run({"analyse", (dir / "missing.realist").string(), "links"});
    EXPECT_EQ(missing.code, 2);
    CliResult nothing = run({"analyse"});
    EXPECT_EQ(nothing.code, 2);
    EXPECT_TRUE(contains(nothing.err, "missing FILE or analysis"));
}

}  // namespace
