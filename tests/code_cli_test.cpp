// `realist code`: keyword pre-coding of an imported chat, the listing, recounting, and the exit
// codes of bad input (which leave the project untouched).

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "tests/cli_runner.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using test::CliRun;
using test::slurp;

const char* kProject = R"(<?xml version="1.0" encoding="UTF-8"?>
<realist format="1" language="nl">
  <meta><title>Buurtpreventie</title></meta>
  <categories>
    <category id="urgent" safety="true" keywords="verdacht|112|inbr">Urgent verdacht</category>
    <category id="leefbaarheid" safety="false" keywords="afval">Leefbaarheid</category>
    <category id="overig" safety="false" keywords="*">Overige berichten</category>
  </categories>
  <attributes>
    <attribute key="per-jaar" type="number" indicator="total-per-year">Berichten per jaar</attribute>
  </attributes>
  <theories><theory id="t"><name>T</name><node id="m" kind="mechanism"><label>M</label></node></theory></theories>
  <cases><case id="noord" short="N"><name>Noord</name></case></cases>
</realist>
)";

class CodeCli : public test::CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        project = write("p.realist", kProject);
    }

    // Imports the Dutch Android fixture into the project, for case `caseId` (none when empty).
    void importChat(const std::string& caseId) {
        std::vector<std::string> args{"import", "whatsapp", std::string(REALIST_SOURCE_DIR) + "/tests/fixtures/whatsapp/android_nl_24h.txt",
                                      "--into", project};
        if (!caseId.empty()) args.insert(args.end(), {"--case", caseId});
        CliRun imported = run(args);
        ASSERT_EQ(imported.code, 0) << imported.err;
    }

    std::string project;
};

TEST_F(CodeCli, HelpNamesTheActions) {
    CliRun help = run({"code", "--help"});
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("Usage: realist code PROJECT"), std::string::npos) << help.out;
    for (const char* option : {"--auto", "--overwrite", "--list", "--recount", "--format", "--case", "--source"})
        EXPECT_NE(help.out.find(option), std::string::npos) << option;
    EXPECT_NE(run({"--help"}).out.find("code chat messages into message categories"), std::string::npos);
}

TEST_F(CodeCli, AutoCodesListsAndRecounts) {
    importChat("noord");
    CliRun coded = run({"code", project, "--auto"});
    ASSERT_EQ(coded.code, 0) << coded.err;
    EXPECT_EQ(coded.err, "");
    EXPECT_EQ(coded.out,
              "chat-android-nl-24h: 6 messages coded by keywords, 0 coded by hand kept, 0 uncoded, 5 system messages\n"
              "case N: counts follow the codings: urgent 1, leefbaarheid 0, overig 5\n");
    std::string saved = slurp(project);
    EXPECT_NE(saved.find(R"(<coding code="urgent" case="noord" lines="4-7")"), std::string::npos) << saved;
    EXPECT_NE(saved.find(R"(auto="true")"), std::string::npos);
    EXPECT_NE(saved.find(R"(<count category="overig" n="5")"), std::string::npos) << saved;
    EXPECT_TRUE(fs::exists(project + "~"));  // the previous version, as every atomic save keeps it

    CliRun text = run({"code", project, "--list"});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_NE(text.out.find("chat-android-nl-24h:4-7  urgent (auto)  deelnemer 1: Welkom allemaal!"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("chat-android-nl-24h:1  (system)  "), std::string::npos) << text.out;

    CliRun csv = run({"code", project, "--list", "--format", "csv"});
    ASSERT_EQ(csv.code, 0);
    EXPECT_EQ(csv.out.substr(0, csv.out.find('\n')), "source,message,lines,chars,time,author,system,code,case,by,text");
    EXPECT_NE(csv.out.find("\"Welkom allemaal! Meld verdachte situaties volgens SAAR:\nSignaleer,"), std::string::npos)
        << csv.out;  // a multi-line message is one quoted field
    CliRun jsonl = run({"code", project, "--list", "--format", "jsonl"});
    ASSERT_EQ(jsonl.code, 0);
    EXPECT_EQ(std::count(jsonl.out.begin(), jsonl.out.end(), '\n'), 11);  // one line per message
    EXPECT_NE(jsonl.out.find(R"("message":4,"lines":"4-7",)"), std::string::npos) << jsonl.out;
    EXPECT_NE(jsonl.out.find(R"("system":false,"code":"urgent","case":"noord","by":"keywords")"), std::string::npos);

    // The counts already follow the codings, so a recount changes nothing and writes nothing.
    std::string before = slurp(project);
    CliRun recount = run({"code", project, "--recount"});
    ASSERT_EQ(recount.code, 0) << recount.err;
    EXPECT_EQ(recount.out, "case N: urgent 1, leefbaarheid 0, overig 5 (unchanged)\nnothing changed; " + project +
                               " not written\n");
    EXPECT_EQ(slurp(project), before);

    // The coded messages are in the audit trail too.
    CliRun quotes = run({"quotes", project, "--coded"});
    ASSERT_EQ(quotes.code, 0) << quotes.err;
    EXPECT_EQ(quotes.out.substr(0, quotes.out.find('\n')),
              "case,case_name,node,node_label,verdict,evidence,stance,quote,source,source_title,lines,chars,page,at,"
              "informant,role,note,code");
    EXPECT_NE(quotes.out.find(",chat-android-nl-24h-deelnemer-1,deelnemer,,urgent\n"), std::string::npos) << quotes.out;
}

TEST_F(CodeCli, ASourceWithoutACaseNeedsOne) {
    importChat("");
    std::string before = slurp(project);
    CliRun refused = run({"code", project, "--auto"});
    EXPECT_EQ(refused.code, 2);
    EXPECT_EQ(refused.err, "realist: source \"chat-android-nl-24h\" belongs to no case; name it with --case ID\n");
    EXPECT_EQ(slurp(project), before);
    CliRun coded = run({"code", project, "--auto", "--source", "chat-android-nl-24h", "--case", "N"});
    ASSERT_EQ(coded.code, 0) << coded.err;
    EXPECT_NE(slurp(project).find(R"(case="noord")"), std::string::npos);
}

TEST_F(CodeCli, BadInputExitsTwoAndWritesNothing) {
    importChat("noord");
    std::string before = slurp(project);
    struct Bad {
        std::vector<std::string> args;
        const char* error;
    };
    const std::vector<Bad> table = {
        {{"code", project}, "give exactly one of --auto, --list and --recount"},
        {{"code", project, "--auto", "--list"}, "give exactly one of --auto, --list and --recount"},
        {{"code", project, "--list", "--overwrite"}, "--overwrite goes with --auto only"},
        {{"code", project, "--auto", "--format", "csv"}, "--format goes with --list only"},
        {{"code", project, "--list", "--format", "xml"}, "--format"},
        {{"code", project, "--auto", "--case", "zuid"}, "unknown case \"zuid\""},
        {{"code", project, "--auto", "--source", "nope"}, "unknown source \"nope\""},
        {{"code", (dir / "missing.realist").string(), "--auto"}, "missing.realist"},
    };
    for (const Bad& bad : table) {
        CliRun result = run(bad.args);
        EXPECT_EQ(result.code, 2) << bad.error;
        EXPECT_NE(result.err.find(bad.error), std::string::npos) << result.err;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_EQ(slurp(project), before) << bad.error;
    }
}

TEST_F(CodeCli, TheSampleHasNoChatToCode) {
    std::string sample = (dir / "sample.realist").string();
    fs::copy_file(test::sampleProject(), sample);
    std::string before = slurp(sample);
    CliRun coded = run({"code", sample, "--auto"});
    EXPECT_EQ(coded.code, 2);
    EXPECT_NE(coded.err.find("no chat-history source"), std::string::npos) << coded.err;
    CliRun notChat = run({"code", sample, "--list", "--source", "rapport"});
    EXPECT_EQ(notChat.code, 2);
    EXPECT_NE(notChat.err.find("source \"rapport\" is not a chat history"), std::string::npos) << notChat.err;
    // Recounting a case with no coded messages would wipe the study's table 6.3.4 row.
    CliRun recount = run({"code", sample, "--recount", "--case", "BBO"});
    EXPECT_EQ(recount.code, 2);
    EXPECT_EQ(recount.err, "realist: case BBO has no coded messages; its counts stay as they are\n");
    CliRun listed = run({"code", sample, "--list"});
    EXPECT_EQ(listed.code, 0);
    EXPECT_EQ(listed.out, "");
    EXPECT_EQ(slurp(sample), before);
}

}  // namespace
}  // namespace rw
