// WhatsApp's system messages in several languages, and the people they name.

#include <gtest/gtest.h>

#include <vector>

#include "model/chat_system.h"

namespace rw {
namespace {

struct SystemRow {
    const char* text;
    bool system;
    std::vector<std::string> people;
};

const SystemRow kRows[] = {
    {"Messages and calls are end-to-end encrypted. No one outside of this chat can read them.", true, {}},
    {"Berichten en gesprekken zijn end-to-end versleuteld. Tik voor meer info.", true, {}},
    {"Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.", true, {}},
    {"Les messages et les appels sont chiffrés de bout en bout.", true, {}},
    {"Los mensajes y las llamadas están cifrados de extremo a extremo.", true, {}},
    {"\xE2\x80\x8EMessages to this group are now secured with end-to-end encryption.", true, {}},
    {"Jan de Vries created group \"Oost\"", true, {"Jan de Vries"}},
    {"You created group \"Oost\"", true, {}},
    {"Jan added Piet, Klaas and +31 6 12345678", true, {"Jan", "Piet", "Klaas", "+31 6 12345678"}},
    {"You added Piet", true, {"Piet"}},
    {"Jan removed Piet", true, {"Jan", "Piet"}},
    {"Piet left", true, {"Piet"}},
    {"Piet joined using this group's invite link", true, {"Piet"}},
    {"+31 6 11111111 changed to +31 6 22222222", true, {"+31 6 11111111", "+31 6 22222222"}},
    {"Jan's security code changed. Tap to learn more.", true, {"Jan"}},
    {"Jan de Vries heeft de groep \"Buurt\" aangemaakt", true, {"Jan de Vries"}},
    {"Jan heeft Piet en Klaas toegevoegd", true, {"Jan", "Piet", "Klaas"}},
    {"Je hebt Piet toegevoegd", true, {"Piet"}},
    {"Jan heeft Piet verwijderd", true, {"Jan", "Piet"}},
    {"Jan heeft de groepsafbeelding verwijderd", true, {"Jan"}},
    {"Piet heeft de groep verlaten", true, {"Piet"}},
    {"Piet is lid geworden via de uitnodigingslink van deze groep", true, {"Piet"}},
    {"De beveiligingscode van Piet is gewijzigd.", true, {"Piet"}},
    {"Jonas hat Lena hinzugefügt", true, {"Jonas", "Lena"}},
    {"Lena hat die Gruppe verlassen", true, {"Lena"}},
    {"Chloé a ajouté Hugo", true, {"Chloé", "Hugo"}},
    {"Hugo est parti", true, {"Hugo"}},
    {"Lucía añadió a Mateo", true, {"Lucía", "Mateo"}},
    {"Mateo salió del grupo", true, {"Mateo"}},
    {"Ana adicionou Rui", true, {"Ana", "Rui"}},
    {"Gino ha aggiunto Lia", true, {"Gino", "Lia"}},
    // Not system messages: what people write, and their deleted messages.
    {"This message was deleted", false, {}},
    {"Dit bericht is verwijderd", false, {}},
    {"Je hebt dit bericht verwijderd", false, {}},
    {"Ik heb de kat gevonden", false, {}},
    {"Piet left\nand came back", false, {}},
    {"", false, {}},
};

TEST(ChatSystem, RecognisesSystemMessagesAndTheirPeople) {
    for (const SystemRow& row : kRows) {
        SCOPED_TRACE(row.text);
        std::vector<std::string_view> people;
        EXPECT_EQ(matchSystemMessage(row.text, &people), row.system);
        EXPECT_EQ(std::vector<std::string>(people.begin(), people.end()), row.people);
    }
}

TEST(ChatSystem, TheEncryptionNoticeMustOpenTheText) {
    EXPECT_TRUE(isEncryptionNotice("Berichten en gesprekken zijn end-to-end versleuteld."));
    EXPECT_FALSE(isEncryptionNotice("Zijn berichten en gesprekken end-to-end versleuteld?"));
    EXPECT_FALSE(isEncryptionNotice(""));
}

}  // namespace
}  // namespace rw
