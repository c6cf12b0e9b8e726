// The parser as a whole, in memory: messages, numbering, limits and errors; and a refused export
// delivers nothing.

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "model/chat_parser.h"

namespace rw {
namespace {

struct Collected {
    std::string datetime;
    std::string author;
    bool system = false;
    bool media = false;
    std::string role;
    std::string text;
    long lineBegin = 0;
    long lineEnd = 0;
};

class Collector : public ChatSink {
public:
    void begin(const ChatSummary& first) override {
        began = true;
        summary = first;
    }
    void message(const ChatMessage& m) override {
        messages.push_back({m.dateTime.iso(), std::string(m.author), m.system, m.media, std::string(m.role),
                            std::string(m.text), m.lineBegin, m.lineEnd});
    }
    bool began = false;
    ChatSummary summary;
    std::vector<Collected> messages;
};

ChatParseResult parse(const std::string& text, Collector& sink, ChatOptions options = {}) {
    auto input = chatInputFromText("chat.txt", text);
    return parseChat(*input, options, sink);
}

TEST(ChatParser, BuildsMessagesFromHeadersAndContinuationLines) {
    Collector sink;
    ChatParseResult result = parse("\xEF\xBB\xBF\r\n"
                                   "22-11-2018 12:29 - Jan: eerste\r\n"
                                   "tweede regel\r\n"
                                   "\r\n"
                                   "22-11-2018 12:30 - Piet heeft de groep verlaten\r\n"
                                   "22-11-2018 12:31 - Piet: <Media weggelaten>",
                                   sink);
    ASSERT_TRUE(result) << result.error->toString();
    EXPECT_TRUE(sink.began);
    ASSERT_EQ(sink.messages.size(), 3u);
    EXPECT_EQ(sink.messages[0].text, "eerste\ntweede regel\n");
    EXPECT_EQ(sink.messages[0].author, "deelnemer 1");
    EXPECT_EQ(sink.messages[0].lineBegin, 2);
    EXPECT_EQ(sink.messages[0].lineEnd, 4);
    EXPECT_TRUE(sink.messages[1].system);
    EXPECT_EQ(sink.messages[1].author, "");
    EXPECT_EQ(sink.messages[1].text, "deelnemer 2 heeft de groep verlaten");
    EXPECT_TRUE(sink.messages[2].media);
    EXPECT_EQ(sink.messages[2].author, "deelnemer 2");
    EXPECT_EQ(result.summary.messages, 3);
    EXPECT_EQ(result.summary.participants, 2u);
    EXPECT_EQ(result.summary.order, DateOrder::Dmy);
}

TEST(ChatParser, NumbersPeopleByFirstAppearanceAndScrubsMentionsBeforeThat) {
    Collector sink;
    ASSERT_TRUE(parse("01-02-2019 10:00 - Ilse: @\xE2\x81\xA8Tom Smit\xE2\x81\xA9 heb jij de sleutel?\n"
                      "01-02-2019 10:01 - Ilse heeft Karin toegevoegd\n"
                      "13-02-2019 10:02 - Tom Smit: Ja, Ilse\n",
                      sink));
    ASSERT_EQ(sink.messages.size(), 3u);
    // Ilse writes first, Tom is mentioned first but Karin appears (in a system line) before Tom writes.
    EXPECT_EQ(sink.messages[0].text, "@\xE2\x81\xA8" "deelnemer 3\xE2\x81\xA9 heb jij de sleutel?");
    EXPECT_EQ(sink.messages[1].text, "deelnemer 1 heeft deelnemer 2 toegevoegd");
    EXPECT_EQ(sink.messages[2].author, "deelnemer 3");
    EXPECT_EQ(sink.messages[2].text, "Ja, deelnemer 1");
}

TEST(ChatParser, KeepsNamesWhenAsked) {
    Collector sink;
    ChatOptions options;
    options.names = ChatNames::Keep;
    ASSERT_TRUE(parse("22-11-2018 12:29 - \xE2\x80\xAA+31 6 12345678\xE2\x80\xAC: Bel 06-12345678\n", sink, options));
    EXPECT_EQ(sink.messages[0].author, "+31 6 12345678");
    EXPECT_EQ(sink.messages[0].text, "Bel 06-12345678");
}

TEST(ChatParser, AppliesTheRoleMapWithoutLettingItsNamesOut) {
    ChatRoleMap roles;
    std::string error;
    ASSERT_TRUE(roles.parse("Karin de Wit = wijkagent\nNiemand = gemeente\n", "roles.map", error));
    ChatOptions options;
    options.roles = &roles;
    Collector sink;
    ASSERT_TRUE(parse("22-11-2018 12:29 - Jan: hoi\n22-11-2018 12:30 - Karin de Wit: ik kom\n", sink, options));
    EXPECT_EQ(sink.messages[0].role, "");
    EXPECT_EQ(sink.messages[1].role, "wijkagent");
    EXPECT_EQ(sink.messages[1].author, "deelnemer 2");
    ASSERT_EQ(sink.summary.warnings.size(), 1u);
    EXPECT_EQ(sink.summary.warnings[0], "1 name of the role map appears nowhere in the chat");
}

TEST(ChatParser, InfersTheDateOrderOrTakesTheOneGiven) {
    const std::string ambiguous = "01/02/19, 10:00 - a: x\n03/02/19, 10:00 - b: y\n";
    Collector inferred;
    ASSERT_TRUE(parse(ambiguous, inferred));
    EXPECT_TRUE(inferred.summary.orderAmbiguous);
    EXPECT_EQ(inferred.messages[1].datetime, "2019-02-03T10:00");
    ChatOptions options;
    options.dateOrder = DateOrder::Mdy;
    Collector given;
    ASSERT_TRUE(parse(ambiguous, given, options));
    EXPECT_FALSE(given.summary.orderAmbiguous);
    EXPECT_FALSE(given.summary.orderInferred);
    EXPECT_EQ(given.messages[1].datetime, "2019-03-02T10:00");
    Collector decided;
    ASSERT_TRUE(parse(ambiguous + "02/13/19, 10:00 - a: z\n", decided));
    EXPECT_FALSE(decided.summary.orderAmbiguous);
    EXPECT_EQ(decided.summary.order, DateOrder::Mdy);
}

TEST(ChatParser, AnOutvotedHeaderBecomesTextAndItsAuthorIsNumberedLast) {
    Collector sink;
    ChatParseResult result = parse("13-05-2019 10:00 - Ilse: Gezien:\n"
                                   "05-14-2019 09:00 - Bob: geplakt\n"
                                   "14-05-2019 11:00 - Tom: Klopt\n",
                                   sink);
    ASSERT_TRUE(result) << result.error->toString();
    ASSERT_EQ(sink.messages.size(), 2u);
    EXPECT_EQ(sink.messages[0].text, "Gezien:\n05-14-2019 09:00 - deelnemer 3: geplakt");
    EXPECT_EQ(sink.messages[1].author, "deelnemer 2");
    EXPECT_EQ(result.summary.messages, 2);
    ASSERT_EQ(result.summary.warnings.size(), 1u);
}

struct ErrorRow {
    const char* what;
    std::string text;
    long line;
    const char* message;  // the start of the message
};

TEST(ChatParser, RefusesBadInputWithItsLineAndDeliversNothing) {
    const ErrorRow rows[] = {
        {"text first", "Hallo\n22-11-2018 12:29 - Jan: hoi\n", 1, "not a WhatsApp chat export"},
        {"invalid UTF-8", "22-11-2018 12:29 - Jan: hoi\nnog \xC3\x28 iets\n", 2, "not UTF-8 (byte 0xC3 at column 5)"},
        {"a NUL byte", "22-11-2018 12:29 - Jan: hoi\n\n\xE2\x82\xAC" + std::string(1, '\0') + "\n", 3,
         "binary data (a NUL byte at column 4)"},
        {"UTF-16", "\xFF\xFE" "2\0" "2\0", 1, "UTF-16 text"},
        {"empty", "", 0, "no messages"},
        {"only blank lines", "\n\n  \n", 0, "no messages"},
        {"dates disagree", "13-05-2019 10:00 - a: x\n05-14-2019 10:00 - b: y\n", 2,
         "dates disagree on the order of day and month: 1 read only as day-month (first on line 1), 1 only as month-day"},
        {"the first date is outvoted", "05-13-2019 10:00 - a: x\n14-05-2019 10:00 - b: y\n15-05-2019 10:00 - b: y\n", 1,
         "the first message's date reads only as month-day"},
    };
    for (const ErrorRow& row : rows) {
        SCOPED_TRACE(row.what);
        Collector sink;
        ChatParseResult result = parse(row.text, sink);
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error->where, "chat.txt");
        EXPECT_EQ(result.error->line, row.line);
        EXPECT_EQ(result.error->message.rfind(row.message, 0), 0u) << result.error->message;
        EXPECT_FALSE(sink.began);
        EXPECT_TRUE(sink.messages.empty());
    }
}

TEST(ChatParser, EnforcesItsLimits) {
    ChatOptions options;
    options.limits.maxLineBytes = 1024;
    options.limits.maxMessageBytes = 4096;
    options.limits.maxParticipants = 2;
    options.limits.maxTextBytes = 64 * 1024;
    auto errorOf = [&](const std::string& text) {
        Collector sink;
        ChatParseResult result = parse(text, sink, options);
        EXPECT_TRUE(sink.messages.empty());
        return result ? std::string("accepted") : result.error->toString();
    };
    const std::string header = "22-11-2018 12:29 - Jan: hoi\n";
    EXPECT_EQ(errorOf(header + std::string(2000, 'x') + "\n"), "chat.txt:2: line longer than 1 KiB; not a chat export?");
    EXPECT_EQ(errorOf(header + std::string(2000, 'x')), "chat.txt:2: line longer than 1 KiB; not a chat export?");
    std::string longMessage = header;
    for (int i = 0; i < 10; ++i) longMessage += std::string(900, 'y') + "\n";
    EXPECT_EQ(errorOf(longMessage), "chat.txt:1: message longer than 4 KiB; not a chat export?");
    EXPECT_EQ(errorOf(header + "22-11-2018 12:30 - Piet: ja\n22-11-2018 12:31 - Klaas: nee\n"),
              "chat.txt:3: more than 2 different people; not a chat export?");
    std::string big;
    while (big.size() < 70 * 1024) big += header;
    EXPECT_EQ(errorOf(big), "chat.txt: longer than the limit of 64 KiB; refused");
}

// An input whose text differs between the two passes, as a file being rewritten would.
class ChangingInput : public ChatInput {
public:
    std::unique_ptr<ChatByteReader> open(std::string& why) const override {
        return (m_opened++ == 0 ? m_first : m_second)->open(why);
    }
    const std::string& name() const override { return m_name; }

private:
    std::string m_name = "changing.txt";
    std::unique_ptr<ChatInput> m_first =
        chatInputFromText(m_name, "22-11-2018 12:29 - Jan: hoi\n22-11-2018 12:30 - Jan: nog eens\n");
    std::unique_ptr<ChatInput> m_second = chatInputFromText(m_name, "22-11-2018 12:29 - Jan: hoi\n");
    mutable int m_opened = 0;
};

TEST(ChatParser, NoticesAnInputThatChangedBetweenThePasses) {
    ChangingInput input;
    Collector sink;
    ChatParseResult result = parseChat(input, {}, sink);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error->message.find("changed while being read"), std::string::npos);
}

TEST(ChatParser, ReadsFilesButNoPipes) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("rw-chat-parser-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "chat.txt") << "22-11-2018 12:29 - Jan: hoi\n";
    Collector sink;
    EXPECT_TRUE(parseChatFile((dir / "chat.txt").string(), {}, sink));
    EXPECT_EQ(sink.messages.size(), 1u);
    ChatParseResult missing = parseChatFile((dir / "missing.txt").string(), {}, sink);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error->toString(), (dir / "missing.txt").string() + ": No such file or directory");
    ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
    ChatParseResult pipe = parseChatFile((dir / "pipe").string(), {}, sink);
    ASSERT_FALSE(pipe);
    EXPECT_NE(pipe.error->message.find("not a regular file"), std::string::npos);
    fs::remove_all(dir);
}

}  // namespace
}  // namespace rw
