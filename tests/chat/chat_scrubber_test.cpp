// Scrubbing names, mentions and phone numbers from message text.

#include <gtest/gtest.h>

#include "model/chat/chat_participants.h"
#include "model/chat/chat_scrubber.h"

namespace rw {
namespace {

class ChatScrubberTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* name : {"Jan de Vries", "Fatima El Amrani", "+31 6 12345678", "Piet", "Jan Bakker", "Zoë",
                                 "Oma \xF0\x9F\x8C\xB7", "Anne-Marie Smit", "健太", "สมชาย"})
            people.add(name);
    }
    std::string scrub(std::string_view text) {
        ChatScrubber scrubber(people);
        std::string out;
        scrubber.scrub(text, out);
        return out;
    }
    ChatParticipants people;  // deelnemer 1 … deelnemer 10 in the order above
};

struct ScrubRow {
    const char* text;
    const char* scrubbed;
};

const ScrubRow kRows[] = {
    // Full names, whole words, and their capitalised parts; particles and other words stay.
    {"Jan de Vries zag het", "deelnemer 1 zag het"},
    {"jan de vries zag het", "deelnemer 1 zag het"},
    {"Vries zag het, de buurman ook", "deelnemer 1 zag het, de buurman ook"},
    {"Dank je Fatima!", "Dank je deelnemer 2!"},
    {"El Amrani belde", "El deelnemer 2 belde"},
    {"Piet's fiets", "deelnemer 4's fiets"},
    {"Pieter en Pietje", "Pieter en Pietje"},
    {"piet in kleine letters", "piet in kleine letters"},
    {"Zoë kwam", "deelnemer 6 kwam"},
    {"Zoëtje kwam", "Zoëtje kwam"},
    {"Oma \xF0\x9F\x8C\xB7 belde", "deelnemer 7 belde"},
    {"Anne-Marie Smit en Anne-Marie", "deelnemer 8 en deelnemer 8"},
    // Scripts without spaces between words: a name ends where it ends ("健太が" is 健太 and が).
    {"健太が花子を追加しました", "deelnemer 9が花子を追加しました"},
    {"こんにちは健太さん", "こんにちはdeelnemer 9さん"},
    {"สวัสดีสมชายครับ", "สวัสดีdeelnemer 10ครับ"},
    {"Piethuis", "Piethuis"},  // Latin names still end at a word's end
    {"健太が+31 6 12345678を追加しました", "deelnemer 9がdeelnemer 3を追加しました"},
    // Arabic: its comma ends a name, and its "and" (و) is written joined to the next name.
    {"أضاف Jan de Vries، Piet وFatima El Amrani", "أضاف deelnemer 1، deelnemer 4 وdeelnemer 2"},
    // A part two people share cannot say who is meant.
    {"Jan zei het", "[naam] zei het"},
    {"Bakker zei het", "deelnemer 5 zei het"},
    // Mentions: saved contacts in isolates, others by number.
    {"@\xE2\x81\xA8" "Fatima El Amrani\xE2\x81\xA9 kijk", "@\xE2\x81\xA8" "deelnemer 2\xE2\x81\xA9 kijk"},
    {"@\xE2\x81\xA8" "Buurman Henk\xE2\x81\xA9 kijk", "@\xE2\x81\xA8[naam]\xE2\x81\xA9 kijk"},
    {"@\xE2\x81\xA8+31 6 12345678\xE2\x81\xA9 kijk", "@\xE2\x81\xA8" "deelnemer 3\xE2\x81\xA9 kijk"},
    {"@31612345678 kijk", "@deelnemer 3 kijk"},
    {"@31687654321 kijk", "@[telefoonnummer] kijk"},
    {"@Piet kijk", "@deelnemer 4 kijk"},
    {"@home", "@home"},
    // Phone numbers: known ones become the person, others a placeholder.
    {"Bel 06-12345678", "Bel deelnemer 3"},
    {"Bel 0612345678.", "Bel deelnemer 3."},
    {"Bel +31 6 1234 5678", "Bel deelnemer 3"},
    {"Bel 31612345678", "Bel deelnemer 3"},
    {"Bel +31 (0)6 12345678", "Bel deelnemer 3"},
    {"Bel 06 8765 4321 of 010-1234567", "Bel [telefoonnummer] of [telefoonnummer]"},
    {"Bel +44 20 7946 0958", "Bel [telefoonnummer]"},
    // Numbers that are no phone number stay.
    {"Bel 112 of 0900 8844 of 14010", "Bel 112 of 0900 8844 of 14010"},
    {"Op 22-11-2018 12:29 en 06-07-2016 07:51", "Op 22-11-2018 12:29 en 06-07-2016 07:51"},
    {"Ordernummer 123456789012", "Ordernummer 123456789012"},
    {"NL91ABNA0417164300", "NL91ABNA0417164300"},
    {"Postcode 3011 AB, huisnummer 12", "Postcode 3011 AB, huisnummer 12"},
    // Text around is kept byte for byte.
    {"\xF0\x9F\xA5\x8A\xF0\x9F\xA5\x8A Piet\xE2\x80\x8E!", "\xF0\x9F\xA5\x8A\xF0\x9F\xA5\x8A deelnemer 4\xE2\x80\x8E!"},
    {"", ""},
};

TEST_F(ChatScrubberTest, ReplacesNamesMentionsAndPhoneNumbers) {
    for (const ScrubRow& row : kRows) EXPECT_EQ(scrub(row.text), row.scrubbed) << row.text;
}

TEST_F(ChatScrubberTest, AppendsToWhatIsThere) {
    ChatScrubber scrubber(people);
    std::string out = "> ";
    scrubber.scrub("Piet", out);
    EXPECT_EQ(out, "> deelnemer 4");
}

TEST(ChatParticipants, NumbersPeopleInOrderOfFirstAppearance) {
    ChatParticipants people("informant", 3);
    EXPECT_EQ(people.add("Jan"), 0);
    EXPECT_EQ(people.add("\xE2\x80\xAA+31 6 12345678\xE2\x80\xAC"), 1);
    EXPECT_EQ(people.add(" Jan "), 0);
    EXPECT_EQ(people.add("+31 6 12345678"), 1);
    EXPECT_EQ(people.add(""), -1);
    EXPECT_EQ(people.add("Piet"), 2);
    EXPECT_TRUE(people.full());
    EXPECT_EQ(people.add("Klaas"), -1);
    EXPECT_EQ(people.find("Klaas"), -1);
    EXPECT_EQ(people.find("\xE2\x80\x8EPiet"), 2);
    EXPECT_EQ(people.name(1), "+31 6 12345678");
    EXPECT_EQ(people.pseudonym(2), "informant 3");
}

}  // namespace
}  // namespace rw
