// The parser as a whole, in memory: messages, numbering, limits and errors; and a refused export
// delivers nothing.

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "model/chat/chat_parser.h"

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
    EXPECT_EQ(sink.summary.warnings[0].message, "1 name of the role map appears nowhere in the chat");
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
        {"only text", "\nHallo\nnog iets\n", 2, "not a WhatsApp chat export"},
        {"only NUL bytes", std::string(3, '\0') + "\n", 0, "no messages"},
        {"UTF-16", "\xFF\xFE" "2\0" "2\0", 1, "UTF-16 text"},
        {"no year and no file date", "Mar 5, 8:11 PM - a: x\n", 1, "dates without a year, and no date of the export file"},
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
        EXPECT_EQ(result.error->file, "chat.txt");
        EXPECT_EQ(result.error->line, row.line);
        EXPECT_EQ(result.error->message.rfind(row.message, 0), 0u) << result.error->message;
        EXPECT_FALSE(sink.began);
        EXPECT_TRUE(sink.messages.empty());
    }
}

TEST(ChatParser, WarnsAboutDamageAndParsesTheRest) {
    Collector sink;
    std::string text = "Exported by a backup tool\n"
                       "\n"
                       "22-11-2018 12:29 - Jan: hoi\n"
                       "nog \xC3\x28 iets\n"
                       "22-11-2018 12:30 - Piet: \xE2\x82\xAC" + std::string(1, '\0') + "5\n";
    ChatParseResult result = parse(text, sink);
    ASSERT_TRUE(result) << result.error->toString();
    ASSERT_EQ(sink.messages.size(), 2u);
    EXPECT_EQ(sink.messages[0].text, "hoi\nnog \xEF\xBF\xBD( iets");
    EXPECT_EQ(sink.messages[0].lineBegin, 3);
    EXPECT_EQ(sink.messages[1].text, "\xE2\x82\xAC" "5");
    const std::vector<ChatWarning> expected = {
        {1, "1 line before the first message header skipped (not part of any message)"},
        {4, "not UTF-8 (byte 0xC3 at column 5), replaced by U+FFFD; WhatsApp exports are UTF-8"},
        {5, "a NUL byte at column 29 dropped (binary data in a text export?)"},
    };
    EXPECT_EQ(result.summary.warnings, expected);
}

// A control character XML 1.0 cannot hold (U+000F here, as found by the chat fuzzer) used to pass
// into the project, which then could not be saved; it is dropped with a warning like a NUL.
TEST(ChatParser, DropsControlCharactersAProjectCannotHold) {
    Collector sink;
    ChatParseResult result = parse("22-11-2018 12:29 - Jan: ho\x0Fi\x7F\n22-11-2018 12:30 - Pi\x01" "et: \xEF\xBF\xBF!\n", sink);
    ASSERT_TRUE(result) << result.error->toString();
    ASSERT_EQ(sink.messages.size(), 2u);
    EXPECT_EQ(sink.messages[0].text, "hoi\x7F");  // DEL is a character XML holds
    EXPECT_EQ(sink.messages[1].text, "!");
    const std::vector<ChatWarning> expected = {
        {1, "control character U+000F at column 27 dropped (a project cannot hold it)"},
        {2, "control character U+0001 at column 22 dropped (a project cannot hold it)"},
    };
    EXPECT_EQ(result.summary.warnings, expected);
}

TEST(ChatParser, CountsDamagedLinesPastTheFirstTwenty) {
    std::string text = "22-11-2018 12:29 - Jan: hoi\n";
    for (int i = 0; i < 25; ++i) text += "\xFF\n";
    Collector sink;
    ChatParseResult result = parse(text, sink);
    ASSERT_TRUE(result);
    ASSERT_EQ(result.summary.warnings.size(), 21u);
    EXPECT_EQ(result.summary.warnings.back().line, 22);
    EXPECT_EQ(result.summary.warnings.back().message,
              "5 more lines not UTF-8 or with NUL bytes or control characters (the last on line 26), repaired the same way");
}

TEST(ChatParser, ReadsASecondHeaderLayoutOfTheSamePeople) {
    // An Android export with an iOS one pasted below it: the same people, both layouts are messages.
    Collector sink;
    ChatParseResult result = parse("22-11-2018 12:29 - Jan: hoi\n"
                                   "22-11-2018 12:30 - Piet: ja\n"
                                   "[23-11-18 09:00:00] Jan: morgen\n"
                                   "[23-11-18 09:01:00] Piet: goed\n"
                                   "[23-11-18 09:02:00] Jan: tot dan\n",
                                   sink);
    ASSERT_TRUE(result) << result.error->toString();
    ASSERT_EQ(sink.messages.size(), 5u);
    EXPECT_EQ(sink.messages[2].text, "morgen");
    EXPECT_EQ(sink.messages[2].datetime, "2018-11-23T09:00:00");
    EXPECT_EQ(result.summary.layouts, (std::vector<std::string>{"[nn-nn-yy hh:mm:ss] ", "nn-nn-yyyy hh:mm - "}));
    ASSERT_EQ(result.summary.warnings.size(), 1u);
    EXPECT_EQ(result.summary.warnings[0].line, 3);
    EXPECT_EQ(result.summary.warnings[0].message,
              "the export writes its headers in 2 layouts, all read as messages: \"[nn-nn-yy hh:mm:ss] \" (3 lines), "
              "\"nn-nn-yyyy hh:mm - \" (2 lines)");
}

TEST(ChatParser, ReportsALineInAnotherLayoutItKeepsAsText) {
    Collector sink;
    ChatParseResult result = parse("22-11-2018 12:29 - Jan: kijk wat ik vond:\n"
                                   "[01-02-17 10:00:00] Karel: oud bericht\n"
                                   "22-11-2018 12:30 - Piet: ja\n",
                                   sink);
    ASSERT_TRUE(result);
    ASSERT_EQ(sink.messages.size(), 2u);
    EXPECT_EQ(sink.messages[0].text, "kijk wat ik vond:\n[01-02-17 10:00:00] Karel: oud bericht");
    ASSERT_EQ(result.summary.warnings.size(), 1u);
    EXPECT_EQ(result.summary.warnings[0].line, 2);
    EXPECT_EQ(result.summary.warnings[0].message,
              "1 line written like a header in another layout (\"[nn-nn-yy hh:mm:ss] \") taken for message text: the "
              "messages of this export start \"nn-nn-yyyy hh:mm - \"");
}

TEST(ChatParser, DatesWithoutAYearCountBackFromTheExportsYear) {
    // Old exports: this year's dates without a year; the turn of the year seen as December → January.
    auto input = chatInputFromText("old.txt",
                                   "Dec 30, 8:11 PM - Jan: oliebollen?\n"
                                   "Jan 2, 9:00 AM - Piet: gelukkig nieuwjaar\n"
                                   "Mar 5, 8:11 PM - Jan: lente\n",
                                   2014);
    Collector sink;
    ChatParseResult result = parseChat(*input, {}, sink);
    ASSERT_TRUE(result) << result.error->toString();
    ASSERT_EQ(sink.messages.size(), 3u);
    EXPECT_EQ(sink.messages[0].datetime, "2013-12-30T20:11");
    EXPECT_EQ(sink.messages[1].datetime, "2014-01-02T09:00");
    EXPECT_EQ(sink.messages[2].datetime, "2014-03-05T20:11");
    ASSERT_EQ(result.summary.warnings.size(), 1u);
    EXPECT_EQ(result.summary.warnings[0].message,
              "dates without a year (first on line 1) read as 2013–2014: counted back from 2014, the year the export "
              "file was written");
    // After a date with a year they continue its year.
    Collector mixed;
    ASSERT_TRUE(parse("Dec 30, 2012, 8:11 PM - Jan: oud\nDec 31, 2012, 8:11 PM - Jan: oud\n"
                      "Jan 2, 9:00 AM - Piet: nieuw\nJan 3, 9:00 AM - Jan: nieuw\n",
                      mixed));
    ASSERT_EQ(mixed.messages.size(), 4u);
    EXPECT_EQ(mixed.messages[2].datetime, "2013-01-02T09:00");
}

TEST(ChatParser, StatesWhyItReadsTheDateOrderSo) {
    auto evidence = [](const std::string& text, ChatOptions options = {}) {
        Collector sink;
        ChatParseResult result = parse(text, sink, options);
        return result ? result.summary.orderEvidence : result.error->toString();
    };
    EXPECT_EQ(evidence("13-05-2019 10:00 - a: x\n14-05-2019 10:00 - b: y\n"),
              "2 dates read only as day-month (first on line 1), none only as month-day");
    EXPECT_EQ(evidence("[2019/05/13, 10:00:00] a: x\n"), "fixed by the layout: the year comes first");
    EXPECT_EQ(evidence("01/02/19, 10:00 - a: x\n03/02/19, 10:00 - b: y\n"),
              "no date has a day above 12, and the dates run in order either way; day-month is the default");
    EXPECT_EQ(evidence("01/12/19, 10:00 - a: x\n02/01/19, 10:00 - b: y\n"),
              "no date has a day above 12; read as month-day, the dates run in order more often (0 steps back, against 1 "
              "read the other way)");
    ChatOptions given;
    given.dateOrder = DateOrder::Dmy;
    EXPECT_EQ(evidence("13-05-2019 10:00 - a: x\n", given), "set by --date-order");
}

TEST(ChatParser, SaysSoWhenAYearIsBeforeWhatsApp) {
    // A Persian phone: Persian digits and the Solar Hijri year 1401, which is not converted.
    Collector sink;
    ChatParseResult result = parse("\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB1/\xDB\xB1/\xDB\xB2\xDB\xB5 \xDB\xB1\xDB\xB0:\xDB\xB3\xDB\xB0 - a: x\n", sink);
    ASSERT_TRUE(result) << result.error->toString();
    ASSERT_EQ(sink.messages.size(), 1u);
    EXPECT_EQ(sink.messages[0].datetime, "1401-01-25T10:30");
    ASSERT_EQ(result.summary.warnings.size(), 1u);
    EXPECT_EQ(result.summary.warnings[0].message.rfind("a date in 1401, before WhatsApp existed", 0), 0u);
}

TEST(ChatParser, ALoneCarriageReturnIsALineBreak) {
    Collector sink;
    ASSERT_TRUE(parse("22-11-2018 12:29 - Jan: een\rtwee\r\ndrie\r\n", sink));
    ASSERT_EQ(sink.messages.size(), 1u);
    EXPECT_EQ(sink.messages[0].text, "een\ntwee\ndrie");
}

TEST(ChatParser, AColonWithoutASpaceStillEndsTheAuthor) {
    Collector sink;
    ASSERT_TRUE(parse("20/01/19, 11:23 - John Doe:.\n20/01/19, 11:24 - John Doe:hoi\n"
                      "20/01/19, 11:25 - Jan joined via https://chat.whatsapp.com/x\n",
                      sink));
    ASSERT_EQ(sink.messages.size(), 3u);
    EXPECT_FALSE(sink.messages[0].system);
    EXPECT_EQ(sink.messages[0].author, "deelnemer 1");
    EXPECT_EQ(sink.messages[0].text, ".");
    EXPECT_EQ(sink.messages[1].text, "hoi");
    EXPECT_TRUE(sink.messages[2].system);
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
    EXPECT_EQ(missing.error->toString(), (dir / "missing.txt").string() + ": no such file");
    ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
    ChatParseResult pipe = parseChatFile((dir / "pipe").string(), {}, sink);
    ASSERT_FALSE(pipe);
    EXPECT_NE(pipe.error->message.find("is a pipe (FIFO), not a file"), std::string::npos);
    fs::remove_all(dir);
}

}  // namespace
}  // namespace rw
