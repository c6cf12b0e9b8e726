// What follows a header: author and text, a system message, or no header after all.

#include <gtest/gtest.h>

#include <vector>

#include "model/chat/chat_body.h"

namespace rw {
namespace {

ChatLayout layoutOf(const char* line) { return matchChatHeader(line)->layout; }

struct BodyRow {
    const char* rest;
    const char* layoutLine;  // a header in the layout the rest appears in
    ChatBodyKind kind;
    const char* author;
    const char* text;
    std::vector<std::string> people;
};

const char* const kAndroid = "22-11-2018 12:29 - x";
const char* const kIos = "[22-11-18 12:29:05] x";
const char* const kBareSpace = "29 juni 2018, 18:57 x";

const BodyRow kRows[] = {
    {"Jan: hoi", kAndroid, ChatBodyKind::Message, "Jan", "hoi", {}},
    {"Jan de Vries:", kAndroid, ChatBodyKind::Message, "Jan de Vries", "", {}},
    {"Jan: 12:30 bij de garage", kAndroid, ChatBodyKind::Message, "Jan", "12:30 bij de garage", {}},
    {"Jan: Jan added Piet", kAndroid, ChatBodyKind::Message, "Jan", "Jan added Piet", {}},
    {"\xE2\x80\xAA+31 6 12345678\xE2\x80\xAC: hoi", kIos, ChatBodyKind::Message, "+31 6 12345678", "hoi", {}},
    {"Jan heeft de groep verlaten", kAndroid, ChatBodyKind::System, "", "Jan heeft de groep verlaten", {"Jan"}},
    {"Jan changed the subject from \"Oost: noord\" to \"West\"", kAndroid, ChatBodyKind::System, "",
     "Jan changed the subject from \"Oost: noord\" to \"West\"", {"Jan"}},
    {"Een onbekende melding van WhatsApp", kAndroid, ChatBodyKind::System, "", "Een onbekende melding van WhatsApp", {}},
    {"Een onbekende melding van WhatsApp", kBareSpace, ChatBodyKind::NotAHeader, "", "", {}},
    {"Jan heeft de groep verlaten", kBareSpace, ChatBodyKind::System, "", "Jan heeft de groep verlaten", {"Jan"}},
    {"Buurt: \xE2\x80\x8EJan added Piet and Klaas", kIos, ChatBodyKind::System, "", "Jan added Piet and Klaas",
     {"Jan", "Piet", "Klaas"}},
    {"Buurt: \xE2\x80\x8EMessages and calls are end-to-end encrypted.", kIos, ChatBodyKind::System, "",
     "Messages and calls are end-to-end encrypted.", {}},
    {"Buurt: Messages and calls are end-to-end encrypted.", kIos, ChatBodyKind::System, "",
     "Messages and calls are end-to-end encrypted.", {}},
    {"Jan: \xE2\x80\x8E<attached: 00000012-PHOTO.jpg>", kIos, ChatBodyKind::Message, "Jan", "<attached: 00000012-PHOTO.jpg>", {}},
    {"Jan: \xE2\x80\x8EThis message was deleted.", kIos, ChatBodyKind::Message, "Jan", "This message was deleted.", {}},
    {"Jan: Is WhatsApp end-to-end versleuteld?", kAndroid, ChatBodyKind::Message, "Jan", "Is WhatsApp end-to-end versleuteld?", {}},
    {"", kAndroid, ChatBodyKind::NotAHeader, "", "", {}},
};

TEST(ChatBody, SplitsAuthorAndTextOrRecognisesSystemLines) {
    for (const BodyRow& row : kRows) {
        SCOPED_TRACE(row.rest);
        std::vector<std::string_view> people;
        ChatBody body = splitChatBody(row.rest, layoutOf(row.layoutLine), &people);
        EXPECT_EQ(body.kind, row.kind);
        EXPECT_EQ(body.author, row.author);
        if (row.kind != ChatBodyKind::NotAHeader) {
            EXPECT_EQ(body.text, row.text);
        }
        EXPECT_EQ(std::vector<std::string>(people.begin(), people.end()), row.people);
    }
}

TEST(ChatBody, ALongPrefixBeforeAColonIsNoAuthor) {
    std::string rest = std::string(150, 'x') + ": not a name";
    EXPECT_EQ(splitChatBody(rest, layoutOf(kAndroid), nullptr).kind, ChatBodyKind::System);
    EXPECT_EQ(splitChatBody(rest, layoutOf(kBareSpace), nullptr).kind, ChatBodyKind::NotAHeader);
}

}  // namespace
}  // namespace rw
