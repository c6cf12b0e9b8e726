// WhatsApp's system messages in several languages, and the people they name.

#include <gtest/gtest.h>

#include <vector>

#include "model/chat/chat_system.h"

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
    // The other languages, in WhatsApp for Android's own wording (chat_system_phrases.cpp).
    {"Zprávy a hovory jsou opatřeny koncovým šifrováním. Nikdo, kdo není přímým účastníkem této konverzace, ji nemůže sledovat ani poslouchat.", true, {}},
    {"Jana Nováková vytvořil/a skupinu Sousedé.", true, {"Jana Nováková"}},
    {"Jana Nováková přidal/a uživatele Petr a Eva.", true, {"Jana Nováková", "Petr", "Eva"}},
    {"Petr opustil/a skupinu", true, {"Petr"}},
    {"Přidán/a Karel", true, {"Karel"}},
    {"Сообщения и звонки защищены сквозным шифрованием. Третьи лица, включая WhatsApp, не могут прочитать ваши сообщения.", true, {}},
    {"Ольга создал(-а) группу \"Соседи\"", true, {"Ольга"}},
    {"Ольга добавил(-а) Иван и Пётр", true, {"Ольга", "Иван", "Пётр"}},
    {"Вы добавили Иван", true, {"Иван"}},
    {"Иван покинул(-а) группу", true, {"Иван"}},
    {"Оксана додав(-ла) Тарас", true, {"Оксана", "Тарас"}},
    {"Тарас покинув(-ла) групу", true, {"Тарас"}},
    {"Anna dodał(a) Piotr i Ewa", true, {"Anna", "Piotr", "Ewa"}},
    {"Ayşe, Mehmet ve Can kişisini ekledi", true, {"Ayşe", "Mehmet", "Can"}},
    {"\"Komşular\" grubunu oluşturdunuz", true, {}},
    {"Budi menambahkan Sari dan Dewi", true, {"Budi", "Sari", "Dewi"}},
    {"Sari keluar", true, {"Sari"}},
    {"أحمد أضاف سارة", true, {"أحمد", "سارة"}},
    {"تمت إضافة سارة", true, {"سارة"}},
    {"健太が花子を追加しました", true, {"健太", "花子"}},
    {"花子 が退出", true, {"花子"}},
    {"สมชาย ได้เพิ่ม สมหญิง เข้ากลุ่ม", true, {"สมชาย", "สมหญิง"}},
    {"Lan đã thêm Minh vào nhóm", true, {"Lan", "Minh"}},
    {"Minh đã rời nhóm", true, {"Minh"}},
    {"小明 添加了 小红", true, {"小明", "小红"}},
    {"小红 退出了", true, {"小红"}},
    {"मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं. इस चैट में शामिल लोगों के अलावा कोई भी इन्हें पढ़ या सुन नहीं सकता", true, {}},
    // Not system messages: what people write, and their deleted messages.
    {"This message was deleted", false, {}},
    {"Dit bericht is verwijderd", false, {}},
    {"Je hebt dit bericht verwijderd", false, {}},
    {"Данное сообщение удалено", false, {}},
    {"Tato zpráva byla smazána", false, {}},
    {"このメッセージは削除されました", false, {}},
    {"Вы удалили данное сообщение", false, {}},
    {"Ольга добавил(-а)", false, {}},  // added no one: text that happens to read so
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
