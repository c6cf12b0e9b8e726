// Coding chat messages into message categories: finding the messages in a source's text,
// keyword pre-coding (hand-made codings win), the undoable coding edits, recounting a case, and
// attributes that report a derived indicator.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/chat/edits_coding.h"
#include "model/checks/checks.h"
#include "model/core/message_indicators.h"
#include "model/core/source_text.h"
#include "model/edit/undo_stack.h"
#include "model/format/xml_reader.h"
#include "model/plugins/plugin_manager.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

using ::testing::HasSubstr;

// A chat in the importer's layout: a system line, a three-line message (with a blank line),
// messages with keywords, and a message with an accented capital.
const std::string kChat =
    "2019-03-14T20:01 —: deelnemer 1 heeft de groep aangemaakt\n"           // 1   message 0 (system)
    "2019-03-14T20:05 deelnemer 1: Welkom! Meld verdachte situaties:\n"     // 2   message 1
    "  Bel 112 bij inbraak.\n"                                              // 3
    "  \n"                                                                  // 4
    "2019-03-15T07:13 deelnemer 2: Inbreker gezien bij de garages\n"        // 5   message 2
    "2019-03-15T07:20 deelnemer 3: Er is ingebroken, zegt de buurvrouw\n"   // 6   message 3
    "2019-03-15T07:21 deelnemer 2: Zwerfafval bij de container\n"           // 7   message 4
    "2019-03-15T07:22 deelnemer 3: ÉÉN vraag: wie heeft mijn kat gezien?\n"  // 8   message 5
    "2019-03-16T09:01 —: deelnemer 3 heeft de groep verlaten\n";             // 9   message 6 (system)

Project chatProject() {
    Project project = test::chainProject();
    project.language = "nl";
    project.categories = {{"urgent", "Urgent verdacht", true, {"inbr", "112"}},
                          {"niet-urgent", "Niet-urgent verdacht", true, {"verdacht"}},
                          {"leefbaarheid", "Leefbaarheid", false, {"zwerfafval", "één vraag"}},
                          {"overig", "Overige berichten", false, {}}};
    Source chat;
    chat.id = "chat";
    chat.kind = SourceKind::ChatHistory;
    chat.title = "Chat buurt";
    chat.text = kChat;
    project.sources.push_back(chat);
    project.informants.push_back({"chat-deelnemer-1", "beheerder", "a", ""});
    project.informants.push_back({"chat-deelnemer-2", "deelnemer", "a", ""});
    project.cases[0].messages.from = "2019-03-14";
    project.cases[0].messages.to = "2019-03-16";
    project.cases[0].messages.months = "0.1";
    return project;
}

const Source& chatOf(const Project& project) { return *project.findSource("chat"); }

std::vector<std::string> codesOf(const Project& project) {
    std::vector<std::string> codes;
    for (const SourceMessage& m : findMessages(chatOf(project).text)) {
        const Coding* coding = codingOf(project, chatOf(project), m);
        codes.push_back(coding ? coding->code : "-");
    }
    return codes;
}

std::optional<long> countOf(const Case& c, const std::string& category) {
    for (const MessageCount& count : c.messages.counts)
        if (count.category == category) return count.count;
    return std::nullopt;
}

// --- finding the messages -------------------------------------------------------------------

TEST(FindMessages, ContinuationLinesBelongToTheirMessage) {
    std::vector<SourceMessage> messages = findMessages(kChat);
    ASSERT_EQ(messages.size(), 7u);
    const SourceMessage& welcome = messages[1];
    EXPECT_EQ(welcome.location.lineBegin, 2);
    EXPECT_EQ(welcome.location.lineEnd, 4);
    EXPECT_EQ(welcome.author, "deelnemer 1");
    EXPECT_EQ(welcome.dateTime, "2019-03-14T20:05");
    EXPECT_EQ(welcome.text, "Welkom! Meld verdachte situaties:\nBel 112 bij inbraak.\n");
    // The character range covers exactly the message's lines, so a quote of it is the message.
    EXPECT_EQ(textAt(kChat, welcome.location),
              "2019-03-14T20:05 deelnemer 1: Welkom! Meld verdachte situaties:\n  Bel 112 bij inbraak.\n  ");
    EXPECT_EQ(messages[2].location.lineBegin, 5);
    EXPECT_EQ(messages[2].location.lineEnd, 5);
    // Characters, not bytes: "—" and "É" are one character each.
    EXPECT_EQ(textAt(kChat, messages[5].location), "2019-03-15T07:22 deelnemer 3: ÉÉN vraag: wie heeft mijn kat gezien?");
}

TEST(FindMessages, SystemMessagesAreMarkedAndHaveNoAuthor) {
    std::vector<SourceMessage> messages = findMessages(kChat);
    ASSERT_EQ(messages.size(), 7u);
    EXPECT_TRUE(messages[0].system);
    EXPECT_TRUE(messages[6].system);
    EXPECT_EQ(messages[0].author, "");
    EXPECT_FALSE(messages[3].system);
    EXPECT_EQ(messageAtLine(messages, 3), &messages[1]);
    EXPECT_EQ(messageAtLine(messages, 10), nullptr);
}

TEST(FindMessages, OtherTextHasNoMessages) {
    EXPECT_TRUE(findMessages("Interviewer: hoe gaat het?\nBewoner: goed.\n").empty());
    EXPECT_TRUE(findMessages("").empty());
    // Seconds, CRLF, and a line that breaks the layout ends the message before it.
    std::vector<SourceMessage> messages =
        findMessages("2016-07-06T07:51:23 deelnemer 1: a\r\nstray line\r\n  not a continuation\r\n");
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].dateTime, "2016-07-06T07:51:23");
    EXPECT_EQ(messages[0].text, "a");
    EXPECT_EQ(messages[0].location.lineEnd, 1);
}

TEST(FindMessages, EveryMessageOfAnImportedExport) {
    PluginManager plugins;
    const Importer* importer = plugins.registry().importer("whatsapp");
    ASSERT_NE(importer, nullptr);
    Project project = test::chainProject();
    project.language = "nl";
    ImportResult result =
        importer->import({test::sourcePath("tests/fixtures/whatsapp/android_nl_24h.txt"), "a", {}}, project);
    ASSERT_TRUE(result) << result.error;
    result.command->redo(project);
    const Source& source = project.sources.back();
    std::vector<SourceMessage> messages = findMessages(source.text);
    // The importer's note says how many messages it stored.
    ASSERT_FALSE(result.notes.empty());
    EXPECT_THAT(result.notes[0], HasSubstr(std::to_string(messages.size()) + " messages"));
    int system = 0;
    for (const SourceMessage& m : messages) system += m.system;
    EXPECT_EQ(system, 5);  // encryption notice, group created, members added, one removed, one left
    const SourceMessage* welcome = nullptr;
    for (const SourceMessage& m : messages)
        if (m.text.starts_with("Welkom allemaal!")) welcome = &m;
    ASSERT_NE(welcome, nullptr);
    EXPECT_EQ(welcome->location.lineEnd - welcome->location.lineBegin, 3);
    EXPECT_THAT(welcome->text, HasSubstr("\n\nGroet, "));
    EXPECT_EQ(caseOfSource(project, source), "a");
}

// --- keywords ---------------------------------------------------------------------------------

struct KeywordCase {
    const char* text;
    const char* keyword;
    bool matches;
};

class Keywords : public ::testing::TestWithParam<KeywordCase> {};

TEST_P(Keywords, MatchAtTheStartOfAWordIgnoringCase) {
    EXPECT_EQ(keywordMatches(GetParam().text, GetParam().keyword), GetParam().matches)
        << GetParam().text << " / " << GetParam().keyword;
}

INSTANTIATE_TEST_SUITE_P(Table, Keywords,
                         ::testing::Values(KeywordCase{"Inbraak bij nummer 3", "inbr", true},
                                           KeywordCase{"een INBREKER!", "inbr", true},
                                           KeywordCase{"er is ingebroken", "inbr", false},
                                           KeywordCase{"poging-inbraak", "inbr", true},
                                           KeywordCase{"verdachte auto", "verdachte auto", true},
                                           KeywordCase{"verdachte  auto", "verdachte auto", false},
                                           KeywordCase{"ÉÉN vraag", "één", true},
                                           KeywordCase{"geen", "één", false},
                                           KeywordCase{"bel 112", "112", true},
                                           KeywordCase{"bel 0112", "112", false},
                                           KeywordCase{"anything", "", false}));

TEST(AutoCode, FirstCategoryWinsAndSystemMessagesStayUncoded) {
    Project project = chatProject();
    AutoCodeResult result = autoCode(project, chatOf(project), {});
    project.sources.back().codings = result.codings;
    // "verdachte" and "112" both occur in message 1: urgent comes first in the project's order.
    EXPECT_EQ(codesOf(project), (std::vector<std::string>{"-", "urgent", "urgent", "-", "leefbaarheid", "leefbaarheid", "-"}));
    EXPECT_EQ(result.coded, 4);
    EXPECT_EQ(result.uncoded, 1);
    EXPECT_EQ(result.system, 2);
    for (const Coding& coding : result.codings) {
        EXPECT_TRUE(coding.automatic);
        EXPECT_EQ(coding.caseId, "a");  // the case of the informants the importer made for the chat
    }
}

TEST(AutoCode, StarCategoryTakesTheRest) {
    Project project = chatProject();
    project.categories[3].keywords = {"*"};
    AutoCodeResult result = autoCode(project, chatOf(project), {"b", false});
    project.sources.back().codings = result.codings;
    EXPECT_EQ(codesOf(project), (std::vector<std::string>{"-", "urgent", "urgent", "overig", "leefbaarheid", "leefbaarheid", "-"}));
    EXPECT_EQ(result.uncoded, 0);
    EXPECT_EQ(result.codings[0].caseId, "b");
}

TEST(AutoCode, HandMadeCodingsWinUnlessOverwritten) {
    Project project = chatProject();
    UndoStack stack(project);
    ASSERT_TRUE(stack.push(edits::codeMessages(project, "chat", {2}, "overig")));
    ASSERT_TRUE(stack.push(edits::autoCodeSource(project, "chat", {})));
    EXPECT_EQ(codesOf(project)[2], "overig");
    EXPECT_EQ(codesOf(project)[1], "urgent");
    // Changing the keywords and auto-coding again redoes the automatic codings only.
    project.categories[0].keywords = {"bel"};
    AutoCodeResult again = autoCode(project, chatOf(project), {});
    EXPECT_EQ(again.kept, 1);
    project.sources.back().codings = again.codings;
    EXPECT_EQ(codesOf(project), (std::vector<std::string>{"-", "urgent", "overig", "-", "leefbaarheid", "leefbaarheid", "-"}));
    AutoCodeResult overwritten = autoCode(project, chatOf(project), {"", true});
    project.sources.back().codings = overwritten.codings;
    EXPECT_EQ(codesOf(project)[2], "-");
    EXPECT_EQ(overwritten.kept, 0);
}

TEST(AutoCode, CodingsThatAreNotMessageCategoriesAreKept) {
    Project project = chatProject();
    Coding qda{"buurtgevoel", "", {5, 5, -1, -1, "", ""}, "from a QDA program", false};
    project.sources.back().codings.push_back(qda);
    AutoCodeResult result = autoCode(project, chatOf(project), {"", true});
    EXPECT_THAT(result.codings, ::testing::Contains(qda));
    EXPECT_EQ(result.codings.size(), 5u);
}

// --- edits ------------------------------------------------------------------------------------

TEST(CodingEdits, CodeAndUncodeUndoExactly) {
    Project project = chatProject();
    UndoStack stack(project);
    Project before = project;
    ASSERT_TRUE(stack.push(edits::codeMessages(project, "chat", {2, 3}, "niet-urgent")));
    EXPECT_EQ(stack.undoText(), "Code 2 messages as Niet-urgent verdacht");
    EXPECT_EQ(codesOf(project)[2], "niet-urgent");
    EXPECT_EQ(codesOf(project)[3], "niet-urgent");
    const Coding* coding = codingOf(project, chatOf(project), findMessages(kChat)[3]);
    ASSERT_NE(coding, nullptr);
    EXPECT_FALSE(coding->automatic);
    EXPECT_EQ(coding->caseId, "a");
    EXPECT_EQ(coding->location, findMessages(kChat)[3].location);
    EXPECT_EQ(codingsByMessage(project, chatOf(project), findMessages(kChat)),
              (std::vector<int>{-1, -1, 0, 1, -1, -1, -1}));
    Project coded = project;
    // Recoding one message replaces its coding rather than adding a second.
    ASSERT_TRUE(stack.push(edits::codeMessages(project, "chat", {3}, "overig")));
    EXPECT_EQ(chatOf(project).codings.size(), 2u);
    ASSERT_TRUE(stack.push(edits::uncodeMessages(project, "chat", {2, 3})));
    EXPECT_TRUE(chatOf(project).codings.empty());
    stack.undo();
    stack.undo();
    EXPECT_EQ(project, coded);
    stack.undo();
    EXPECT_EQ(project, before);
    stack.redo();
    EXPECT_EQ(project, coded);
}

// Every refusal says why, in words the editor shows as they are.
TEST(CodingEdits, RefuseWhatDoesNotExistAndSayWhy) {
    Project project = chatProject();
    auto why = [](const edits::Edit& edit) {
        EXPECT_FALSE(edit) << "accepted";
        return edit.refusal();
    };
    EXPECT_THAT(why(edits::codeMessages(project, "chat", {0}, "urgent")), HasSubstr("joined or left"));
    EXPECT_THAT(why(edits::codeMessages(project, "chat", {7}, "urgent")), HasSubstr("not in the chat"));
    EXPECT_THAT(why(edits::codeMessages(project, "chat", {1}, "nope")), HasSubstr("nope"));
    EXPECT_THAT(why(edits::codeMessages(project, "doc", {1}, "urgent")), HasSubstr("not a chat history"));
    EXPECT_THAT(why(edits::codeMessages(project, "gone", {1}, "urgent")), HasSubstr("gone"));
    EXPECT_THAT(why(edits::codeMessages(project, "chat", {1}, "urgent", "zz")), HasSubstr("zz"));
    EXPECT_THAT(why(edits::codeMessages(project, "chat", {}, "urgent")), HasSubstr("No message is selected"));
    EXPECT_THAT(why(edits::uncodeMessages(project, "chat", {1})), HasSubstr("nothing changes"));  // not coded
    EXPECT_THAT(why(edits::recountMessages(project, "zz")), HasSubstr("zz"));
}

TEST(CodingEdits, AutoCodingIsOneStep) {
    Project project = chatProject();
    UndoStack stack(project);
    Project before = project;
    ASSERT_TRUE(stack.push(edits::autoCodeSource(project, "chat", {})));
    EXPECT_EQ(stack.count(), 1u);
    EXPECT_EQ(stack.undoText(), "Auto-code Chat buurt");
    EXPECT_EQ(chatOf(project).codings.size(), 4u);
    // Nothing changes a second time, so there is no second step.
    EXPECT_EQ(edits::autoCodeSource(project, "chat", {}), nullptr);
    stack.undo();
    EXPECT_EQ(project, before);
}

TEST(CodingEdits, CountsWithoutFiguresFollowTheCodings) {
    Project project = chatProject();
    UndoStack stack(project);
    ASSERT_TRUE(stack.push(edits::autoCodeSource(project, "chat", {})));
    const Case& a = *project.findCase("a");
    EXPECT_EQ(countOf(a, "urgent"), 2);
    EXPECT_EQ(countOf(a, "niet-urgent"), 0);
    EXPECT_EQ(countOf(a, "leefbaarheid"), 2);
    EXPECT_EQ(countOf(a, "overig"), 0);
    EXPECT_EQ(a.messages.months, "0.1");  // the observed period stays
    ASSERT_TRUE(stack.push(edits::codeMessages(project, "chat", {3}, "overig")));
    EXPECT_EQ(countOf(*project.findCase("a"), "overig"), 1);
    stack.undo();
    EXPECT_EQ(countOf(*project.findCase("a"), "overig"), 0);
    stack.undo();
    EXPECT_TRUE(project.findCase("a")->messages.counts.empty());
}

TEST(CodingEdits, ReportedCountsAreLeftAloneUntilARecount) {
    Project project = chatProject();
    project.cases[0].messages.counts = {{"urgent", 4, "0.31"}, {"niet-urgent", 4, "0.31"}, {"leefbaarheid", 0, "0.00"},
                                        {"overig", 10, "0.77"}};
    MessageCounts reported = project.cases[0].messages;
    UndoStack stack(project);
    ASSERT_TRUE(stack.push(edits::codeMessages(project, "chat", {2}, "urgent")));
    EXPECT_EQ(project.findCase("a")->messages, reported);
    ASSERT_TRUE(stack.push(edits::recountMessages(project, "a")));
    EXPECT_EQ(stack.undoText(), "Recount messages of Alpha");
    const Case& a = *project.findCase("a");
    EXPECT_EQ(countOf(a, "urgent"), 1);
    EXPECT_EQ(countOf(a, "overig"), 0);
    EXPECT_EQ(a.messages.from, reported.from);
    EXPECT_EQ(a.messages.counts[0].perMonth, "");  // the study's figure was for its own count
    stack.undo();
    EXPECT_EQ(project.findCase("a")->messages, reported);
}

// Recounting codings made like the study's reproduces its table 6.3.4 row for BBO: 4 urgent,
// 4 non-urgent, 0 liveability and 10 other messages in 13 months, and so the summary table's
// 16.6 messages per year and 44% safety messages.
TEST(Recount, ReproducesTheStudysCountsForBBO) {
    LoadResult loaded = loadProject(test::sourcePath("samples/rotterdam-digitale-buurtpreventie.realist"));
    ASSERT_TRUE(loaded) << loaded.error.toString();
    Project project = *loaded.project;
    MessageCounts reported = project.findCase("bbo")->messages;
    Source chat;
    chat.id = "chat-bbo";
    chat.kind = SourceKind::ChatHistory;
    const char* categories[] = {"urgent", "urgent", "urgent", "urgent", "niet-urgent", "niet-urgent", "niet-urgent",
                                "niet-urgent", "overig", "overig", "overig", "overig", "overig", "overig", "overig",
                                "overig", "overig", "overig"};
    for (int i = 0; i < 18; ++i) chat.text += "2018-01-" + std::to_string(10 + i) + "T12:00 deelnemer 1: bericht\n";
    chat.text += "2018-02-01T12:00 —: deelnemer 2 heeft de groep verlaten\n";
    project.sources.push_back(chat);
    std::vector<SourceMessage> messages = findMessages(chat.text);
    ASSERT_EQ(messages.size(), 19u);
    for (int i = 0; i < 18; ++i)
        project.sources.back().codings.push_back(codingFor(messages[static_cast<std::size_t>(i)], categories[i], "bbo"));
    MessageCounts recounted = recountedMessages(project, *project.findCase("bbo"));
    EXPECT_EQ(recounted, reported);  // counts, per-month figures and the period all stay
    EXPECT_EQ(edits::recountMessages(project, "bbo"), nullptr);
    EXPECT_TRUE(countsFollowCodings(project, *project.findCase("bbo")));
    MessageIndicators indicators = computeIndicators(project, *project.findCase("bbo"));
    EXPECT_TRUE(agreesWithRounding(*indicatorValue(indicators, *parseIndicator("total-per-year")), "16.6"));
    EXPECT_TRUE(agreesWithRounding(*indicatorValue(indicators, *parseIndicator("safety-share")), "44"));
}

// --- indicator attributes ---------------------------------------------------------------------

TEST(IndicatorSpec, SpellingsAndErrors) {
    using Kind = IndicatorSpec::Kind;
    EXPECT_EQ(parseIndicator("total-per-year"), (IndicatorSpec{Kind::TotalPerYear, ""}));
    EXPECT_EQ(parseIndicator("safety-share"), (IndicatorSpec{Kind::SafetyShare, ""}));
    EXPECT_EQ(parseIndicator("per-month:urgent"), (IndicatorSpec{Kind::PerMonth, "urgent"}));
    EXPECT_EQ(parseIndicator("count:overig"), (IndicatorSpec{Kind::Count, "overig"}));
    EXPECT_EQ(parseIndicator("per-year:"), std::nullopt);
    EXPECT_EQ(parseIndicator("per-week:urgent"), std::nullopt);
    EXPECT_EQ(parseIndicator(""), std::nullopt);
    Project project = chatProject();
    EXPECT_EQ(indicatorError(project, "per-year:urgent"), "");
    EXPECT_THAT(indicatorError(project, "per-year:spam"), HasSubstr("category \"spam\", which does not exist"));
    EXPECT_THAT(indicatorError(project, "yearly"), HasSubstr("unknown indicator \"yearly\""));
}

Project withIndicatorAttributes(const std::string& perYear, const std::string& share) {
    Project project = chatProject();
    project.attributes.push_back({"per-jaar", "Berichten per jaar", AttributeType::Number, "", "", {}, "total-per-year"});
    project.attributes.push_back({"pct", "% veiligheid", AttributeType::Number, "", "%", {}, "safety-share"});
    project.attributes.push_back({"plain", "Not an indicator", AttributeType::Number, "", "", {}, ""});
    Case& a = project.cases[0];
    a.shortName = "BBO";
    a.messages = {"2017-09-05", "2018-10-11", "13", {{"urgent", 4, ""}, {"niet-urgent", 4, ""}, {"leefbaarheid", 0, ""}, {"overig", 10, ""}}};
    a.values = {{"per-jaar", perYear, ""}, {"pct", share, ""}, {"plain", "999", ""}};
    return project;
}

std::vector<std::string> mismatches(const Project& project) {
    std::vector<std::string> messages;
    for (const Finding& f : runChecks(project))
        if (f.code == "RW-INDICATOR-MISMATCH") messages.push_back(f.message);
    return messages;
}

TEST(IndicatorAttributes, AgreementWithinRoundingIsNotFlagged) {
    // 18 messages in 13 months: 16.615 a year; 8 of 18 safety messages: 44.4%.
    EXPECT_TRUE(mismatches(withIndicatorAttributes("16.6", "44")).empty());
    EXPECT_TRUE(mismatches(withIndicatorAttributes("17", "44.4")).empty());
}

TEST(IndicatorAttributes, DisagreementNamesBothNumbers) {
    EXPECT_THAT(mismatches(withIndicatorAttributes("18", "44")),
                ::testing::ElementsAre("BBO: Berichten per jaar is 18, but its message counts give 16.6 (total-per-year)."));
    EXPECT_THAT(mismatches(withIndicatorAttributes("16.6", "45")),
                ::testing::ElementsAre("BBO: % veiligheid is 45, but its message counts give 44.4 (safety-share)."));
}

TEST(IndicatorAttributes, UnknownCountsAreNotChecked) {
    Project project = withIndicatorAttributes("18", "45");
    project.cases[0].messages.counts[3].count.reset();  // n.b.
    EXPECT_TRUE(mismatches(project).empty());
}

}  // namespace
}  // namespace rw
