// `realist chat parse` from the outside: options, exit codes, one-line errors with nothing on
// stdout, CSV quoting.

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/chat/chat_cli.h"

namespace rw {
namespace {

class ChatCli : public ::testing::Test {
protected:
    void SetUp() override {
        dir = std::filesystem::temp_directory_path() /
              ("rw-chat-cli-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    std::string write(const std::string& name, const std::string& content) {
        std::filesystem::path path = dir / name;
        std::ofstream(path, std::ios::binary) << content;
        return path.string();
    }
    CliRun run(const std::vector<std::string>& args) { return runRealist(args, dir); }

    std::filesystem::path dir;
};

TEST_F(ChatCli, IsListedAndExplainsItself) {
    EXPECT_NE(run({"--help"}).out.find("chat"), std::string::npos);
    CliRun help = run({"chat", "parse", "--help"});
    EXPECT_EQ(help.code, 0);
    for (const char* option : {"--format", "--names", "--date-order", "--roles"})
        EXPECT_NE(help.out.find(option), std::string::npos) << option;
}

TEST_F(ChatCli, RefusesBadUsage) {
    std::string chat = write("chat.txt", "22-11-2018 12:29 - Jan: hoi\n");
    for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
             {"chat"}, {"chat", "import", chat}, {"chat", "parse"}, {"chat", "parse", chat, "--format", "xml"},
             {"chat", "parse", chat, "--names", "hide"}, {"chat", "parse", chat, "--date-order", "ydm"},
             {"chat", "parse", chat, "--frobnicate"}}) {
        CliRun result = run(args);
        EXPECT_EQ(result.code, 2) << args.back();
        EXPECT_EQ(result.out.find("deelnemer"), std::string::npos);
    }
}

TEST_F(ChatCli, ReportsBadInputOnOneLineAndPrintsNothing) {
    // The error sits at the end of a long export: the first pass finds it before anything is printed.
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "22-11-2018 12:29 - Jan de Vries: bericht " + std::to_string(i) + "\n";
    std::string chat = write("chat.txt", text + "nog een regel " + std::string(std::size_t{2} << 20, 'x') + "\n");
    CliRun result = run({"chat", "parse", chat});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err, chat + ":20001: line longer than 1 MiB; not a chat export?\n");

    std::string notChat = write("notes.txt", "Boodschappen: melk, brood\n");
    result = run({"chat", "parse", notChat});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err.rfind(notChat + ":1: not a WhatsApp chat export", 0), 0u);
    EXPECT_EQ(result.err.find("Boodschappen"), std::string::npos);

    std::string roles = write("roles.map", "Jan de Vries = beheerder\nGeheime Naam\n");
    result = run({"chat", "parse", chat, "--roles", roles});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(result.err, roles + ":2: expected \"name = role\"\n");
}

TEST_F(ChatCli, QuotesCsvFields) {
    std::string chat = write("chat.txt", "22-11-2018 12:29 - Jan: Eerst dit, dan \"dat\"\nen een regel\n"
                                         "22-11-2018 12:30 - Jan: gewoon\n");
    CliRun result = run({"chat", "parse", chat, "--format", "csv"});
    EXPECT_EQ(result.code, 0);
    EXPECT_EQ(result.out, "datetime,author,system,text,media\n"
                          "2018-11-22T12:29,deelnemer 1,false,\"Eerst dit, dan \"\"dat\"\"\nen een regel\",false\n"
                          "2018-11-22T12:30,deelnemer 1,false,gewoon,false\n");
}

TEST_F(ChatCli, WarnsWhenNoDateDecidesTheOrder) {
    std::string chat = write("chat.txt", "01/02/19, 10:00 - Jan: hoi\n");
    CliRun inferred = run({"chat", "parse", chat});
    EXPECT_EQ(inferred.code, 0);
    EXPECT_NE(inferred.err.find("warning"), std::string::npos);
    EXPECT_NE(inferred.out.find("2019-02-01T10:00"), std::string::npos);
    CliRun given = run({"chat", "parse", chat, "--date-order", "mdy"});
    EXPECT_EQ(given.err, "");
    EXPECT_NE(given.out.find("2019-01-02T10:00"), std::string::npos);
}

TEST_F(ChatCli, PrintsEachWarningWithItsLineAndParsesTheRest) {
    std::string chat = write("chat.txt", "Exported with a backup app\n"
                                         "22-11-2018 12:29 - Jan: hoi \xFF\n"
                                         "[23-11-18 10:00:00] Kees: pasted from another chat\n"
                                         "23-11-2018 12:30 - Piet: ja\n");
    CliRun result = run({"chat", "parse", chat});
    EXPECT_EQ(result.code, 0);
    EXPECT_EQ(result.err, chat + ":1: warning: 1 line before the first message header skipped (not part of any message)\n" +
                              chat + ":2: warning: not UTF-8 (byte 0xFF at column 29), replaced by U+FFFD; WhatsApp exports are UTF-8\n" +
                              chat + ":3: warning: 1 line written like a header in another layout (\"[nn-nn-yy hh:mm:ss] \") "
                                     "taken for message text: the messages of this export start \"nn-nn-yyyy hh:mm - \"\n");
    EXPECT_EQ(result.out.find("Exported"), std::string::npos);
    EXPECT_NE(result.out.find("\"text\":\"hoi \xEF\xBF\xBD\\n[23-11-18 10:00:00] Kees: pasted from another chat\""),
              std::string::npos)
        << result.out;
}

TEST_F(ChatCli, JsonStatesTheDateOrderItsEvidenceAndTheWarnings) {
    std::string chat = write("chat.txt", "Hallo\n13/05/19, 10:00 - Jan: hoi\n14/05/19, 10:01 - Piet: ja\n");
    CliRun result = run({"chat", "parse", chat, "--format", "json"});
    EXPECT_EQ(result.code, 0);
    EXPECT_EQ(result.out,
              "{\"file\":\"" + chat + "\",\"summary\":{\"messages\":2,\"participants\":2,\"date_order\":\"dmy\","
              "\"date_order_inferred\":true,\"date_order_ambiguous\":false,\"date_order_evidence\":\"2 dates read only as "
              "day-month (first on line 2), none only as month-day\",\"layouts\":[\"nn/nn/yy, hh:mm - \"],\"warnings\":"
              "[{\"line\":1,\"message\":\"1 line before the first message header skipped (not part of any message)\"}]},"
              "\"messages\":[\n"
              "{\"datetime\":\"2019-05-13T10:00\",\"author\":\"deelnemer 1\",\"system\":false,\"text\":\"hoi\",\"media\":false},\n"
              "{\"datetime\":\"2019-05-14T10:01\",\"author\":\"deelnemer 2\",\"system\":false,\"text\":\"ja\",\"media\":false}\n"
              "]}\n");
    CliRun given = run({"chat", "parse", chat, "--format", "json", "--date-order", "dmy"});
    EXPECT_NE(given.out.find("\"date_order_inferred\":false,\"date_order_ambiguous\":false,\"date_order_evidence\":\"set by "
                             "--date-order\""),
              std::string::npos);
}

// A WhatsApp import into a project on disk: notes with the date order and every warning, --date-order,
// and a lone carriage return saved canonically.
TEST_F(ChatCli, ImportsWithNotesAndADateOrderAndSavesCanonically) {
    std::filesystem::path templates = std::filesystem::path(REALIST_CHAT_FIXTURES).parent_path().parent_path().parent_path() / "templates";
    std::filesystem::copy_file(templates / "cmo-basic.realist", dir / "p.realist");
    std::string project = (dir / "p.realist").string();
    ASSERT_EQ(run({"fmt", project}).code, 0);
    std::string chat = write("chat.txt", "Kopie van de export\n"
                                         "01/02/19, 10:00 - Jan: een\rtwee\n"
                                         "03/02/19, 10:01 - Piet: ja\n");
    std::string before = slurp(project);
    CliRun bad = run({"import", "whatsapp", chat, "--into", project, "--date-order", "ydm"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_EQ(bad.err, "--date-order must be dmy, mdy or ymd, not \"ydm\"\n");
    EXPECT_EQ(slurp(project), before);

    CliRun imported = run({"import", "whatsapp", chat, "--into", project, "--date-order", "mdy"});
    ASSERT_EQ(imported.code, 0) << imported.err;
    EXPECT_NE(imported.out.find("chat.txt: date order: month-day (set by --date-order)\n"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("chat.txt:1: warning: 1 line before the first message header skipped"), std::string::npos)
        << imported.out;
    std::string saved = slurp(project);
    EXPECT_NE(saved.find("2019-01-02T10:00 participant 1: een\n  twee"), std::string::npos);
    EXPECT_EQ(saved.find('\r'), std::string::npos);
    CliRun check = run({"fmt", "--check", project});
    EXPECT_EQ(check.code, 0) << check.out;
}

}  // namespace
}  // namespace rw
