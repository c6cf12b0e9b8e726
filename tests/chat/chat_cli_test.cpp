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
    std::string chat = write("chat.txt", text + "nog een regel \xFF met Jan de Vries\n");
    CliRun result = run({"chat", "parse", chat});
    EXPECT_EQ(result.code, 2);
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(result.err, chat + ":20001: not UTF-8 (byte 0xFF at column 15); WhatsApp exports are UTF-8\n");

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

}  // namespace
}  // namespace rw
