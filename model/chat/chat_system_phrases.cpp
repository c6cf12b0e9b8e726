#include "model/chat/chat_system_phrases.h"

// Where the strings come from. The group events are WhatsApp for Android's own resources
// (res/values-XX/strings.xml in HassanSardar/GBWhatsApp_Raw, a 2017 build; keys
// group_created_by_name, group_participants_name_added_names, group_participant_left_name,
// group_participants_name_removed_names, group_participant_joined_by_link_names,
// group_subject_changed_by_name(_from_to), group_description_changed_by_name,
// group_participant_changed_number_unknown_name, identity_changed_name, group_info_encrypted …),
// "%1$s" becoming the actor and "%2$s" the objects. The encryption and deleted-message notices of
// the newer versions come from WhatsApp's iOS Localizable.strings (keys _i3PG, qBly], GHe7G) and
// Android strings.xml (settings_security_info, revoked_msg_incoming/outgoing) as collected in
// starkdmi/whats_json (lib/src/patterns.dart); the Czech, Russian and English Android notices were
// checked against real exports in its test/data. Portuguese follows the Brazilian Android strings
// as quoted by the chatlens R package (its system-text normaliser). List separators are each
// language's "and" (CLDR list patterns). Hindi has real notices but no group events yet: its group
// lines are recognised as system lines by their missing "Name: " only.

namespace rw {

namespace {

using P = SystemPattern;
constexpr SystemObjects None = SystemObjects::None;
constexpr SystemObjects Names = SystemObjects::Names;
constexpr SystemObjects Other = SystemObjects::Other;

// English
constexpr std::string_view kEnEncryption[] = {
    "Messages and calls are end-to-end encrypted",
    "Messages and calls are now end-to-end encrypted",
    "Messages to this group are now secured with end-to-end encryption",
    "Messages you send to this group are now secured with end-to-end encryption",
    "Messages to this chat and calls are now secured with end-to-end encryption",
    "Your messages and calls are secured with end-to-end encryption",
};
constexpr std::string_view kEnDeleted[] = {"This message was deleted", "You deleted this message"};
constexpr P kEnPatterns[] = {
    {"", " created group ", "", Other},
    {"", " created this group", "", None},
    {"", " changed the subject from ", "", Other},
    {"", " changed the subject to ", "", Other},
    {"", " changed the group name", "", Other},
    {"", " changed this group's icon", "", None},
    {"", " changed this group\xE2\x80\x99s icon", "", None},
    {"", " deleted this group's icon", "", None},
    {"", " deleted this group\xE2\x80\x99s icon", "", None},
    {"", " changed the group description", "", Other},
    {"", " changed their phone number", "", Other},
    {"", " changed the settings", "", Other},
    {"", " changed to ", "", Names},
    {"", "'s security code changed", "", Other},
    {"", "\xE2\x80\x99s security code changed", "", Other},
    {"Your security code with ", " changed", "", Other},
    {"", " joined using this group's invite link", "", None},
    {"", " joined using this group\xE2\x80\x99s invite link", "", None},
    {"", " joined", "", None},
    {"", " added ", "", Names},
    {"", " removed ", "", Names},
    {"", " left", "", None},
    {"", " was added", "", None},
    {"", " were added", "", None},
    {"", " was removed", "", None},
    {"", " is now an admin", "", None},
    {"", " are now an admin", "", None},
};
constexpr std::string_view kEnPronouns[] = {"You", "you"};
constexpr std::string_view kEnSeparators[] = {", ", " and "};

// Dutch
constexpr std::string_view kNlEncryption[] = {
    "Berichten en gesprekken zijn end-to-end versleuteld",
    "Berichten en gesprekken worden end-to-end versleuteld",
    "Berichten en oproepen zijn end-to-end versleuteld",
    "Berichten die naar deze groep worden verzonden",
    "Berichten naar deze groep",
};
constexpr std::string_view kNlDeleted[] = {"Dit bericht is verwijderd", "Je hebt dit bericht verwijderd",
                                           "U hebt dit bericht verwijderd"};
// "heeft de groepsafbeelding verwijderd" comes before "heeft X verwijderd".
constexpr P kNlPatterns[] = {
    {"", " heeft de groep verlaten", "", None},
    {"", " hebt de groep verlaten", "", None},
    {"", " heeft deze groep aangemaakt", "", None},
    {"", " hebt deze groep aangemaakt", "", None},
    {"", " heeft de groep ", " aangemaakt", Other},
    {"", " hebt de groep ", " aangemaakt", Other},
    {"", " heeft groep ", "", Other},
    {"", " hebt groep ", "", Other},
    {"", " heeft het onderwerp ", "", Other},
    {"", " hebt het onderwerp ", "", Other},
    {"", " heeft de groepsnaam ", "", Other},
    {"", " heeft de groepsafbeelding ", "", Other},
    {"", " heeft het groepsicoon ", "", Other},
    {"", " heeft de afbeelding van deze groep ", "", Other},
    {"", " heeft het pictogram van deze groep ", "", Other},
    {"", " heeft de groepsbeschrijving ", "", Other},
    {"", " heeft de groepsinstellingen ", "", Other},
    {"", " heeft een nieuw telefoonnummer", "", Other},
    {"", " heeft zijn telefoonnummer ", "", Other},
    {"", " heeft haar telefoonnummer ", "", Other},
    {"", " heeft het telefoonnummer ", "", Other},
    {"De beveiligingscode van ", " is gewijzigd", "", Other},
    {"Je beveiligingscode met ", " is gewijzigd", "", Other},
    {"", " is gewijzigd in ", "", Names},
    {"", " is gewijzigd naar ", "", Names},
    {"", " is lid geworden", "", Other},
    {"", " bent lid geworden", "", Other},
    {"", " heeft ", " toegevoegd", Names},
    {"", " hebt ", " toegevoegd", Names},
    {"", " heeft ", " verwijderd", Names},
    {"", " hebt ", " verwijderd", Names},
    {"", " is toegevoegd", "", None},
    {"", " bent toegevoegd", "", None},
    {"", " is verwijderd", "", None},
    {"", " bent verwijderd", "", None},
    {"", " is vertrokken", "", None},
    {"", " is nu beheerder", "", None},
    {"", " bent nu beheerder", "", None},
};
constexpr std::string_view kNlPronouns[] = {"Je", "je", "Jij", "jij", "Jou", "jou", "U", "u"};
constexpr std::string_view kNlSeparators[] = {", ", " en "};

// German
constexpr std::string_view kDeEncryption[] = {"Nachrichten und Anrufe sind Ende-zu-Ende", "Nachrichten an diese Gruppe",
                                              "Deine Nachrichten und Anrufe werden"};
constexpr std::string_view kDeDeleted[] = {"Diese Nachricht wurde gelöscht", "Du hast diese Nachricht gelöscht"};
constexpr P kDePatterns[] = {
    {"", " hat die Gruppe verlassen", "", None},
    {"", " hast die Gruppe verlassen", "", None},
    {"", " hat diese Gruppe erstellt", "", None},
    {"", " hat die Gruppe ", " erstellt", Other},
    {"", " hast die Gruppe ", " erstellt", Other},
    {"", " hat den Betreff ", "", Other},
    {"", " hat das Gruppenbild ", "", Other},
    {"", " hat die Gruppenbeschreibung ", "", Other},
    {"", " hat die Gruppeneinstellungen ", "", Other},
    {"Die Sicherheitsnummer von ", " hat sich geändert", "", Other},
    {"", " ist über den Einladungslink", "", Other},
    {"", " ist der Gruppe ", "", Other},
    {"", " hat ", " hinzugefügt", Names},
    {"", " hast ", " hinzugefügt", Names},
    {"", " hat ", " entfernt", Names},
    {"", " hast ", " entfernt", Names},
    {"", " wurde hinzugefügt", "", None},
    {"", " wurde entfernt", "", None},
    {"", " ist ausgetreten", "", None},
};
constexpr std::string_view kDePronouns[] = {"Du", "du", "Dich", "dich", "Sie"};
constexpr std::string_view kDeSeparators[] = {", ", " und "};

// French
constexpr std::string_view kFrEncryption[] = {"Les messages et les appels sont chiffrés de bout en bout",
                                              "Les messages envoyés dans ce groupe",
                                              "Vos messages et vos appels sont protégés"};
constexpr std::string_view kFrDeleted[] = {"Ce message a été supprimé", "Vous avez supprimé ce message"};
constexpr P kFrPatterns[] = {
    {"", " a créé le groupe ", "", Other},
    {"", " avez créé le groupe ", "", Other},
    {"", " a créé ce groupe", "", None},
    {"", " a modifié ", "", Other},
    {"", " a changé ", "", Other},
    {"Le code de sécurité de ", " a changé", "", Other},
    {"", " a ajouté ", "", Names},
    {"", " avez ajouté ", "", Names},
    {"", " a retiré ", "", Names},
    {"", " avez retiré ", "", Names},
    {"", " est parti", "", Other},
    {"", " a rejoint ", "", Other},
};
constexpr std::string_view kFrPronouns[] = {"Vous", "vous", "Tu", "tu"};
constexpr std::string_view kFrSeparators[] = {", ", " et "};

// Spanish
constexpr std::string_view kEsEncryption[] = {"Los mensajes y las llamadas están cifrados de extremo a extremo",
                                              "Los mensajes que envíes a este grupo",
                                              "Tus mensajes y llamadas ahora están protegidos"};
constexpr std::string_view kEsDeleted[] = {"Se eliminó este mensaje", "Eliminaste este mensaje",
                                           "Este mensaje fue eliminado"};
constexpr P kEsPatterns[] = {
    {"", " creó el grupo ", "", Other},
    {"", " creaste el grupo ", "", Other},
    {"", " creó este grupo", "", None},
    {"", " cambió ", "", Other},
    {"", " cambiaste ", "", Other},
    {"", " añadió a ", "", Names},
    {"", " añadiste a ", "", Names},
    {"", " añadió ", "", Names},
    {"", " eliminó a ", "", Names},
    {"", " eliminaste a ", "", Names},
    {"", " salió del grupo", "", None},
    {"", " salió", "", None},
    {"", " se unió ", "", Other},
};
constexpr std::string_view kEsPronouns[] = {"Tú", "tú", "Te", "te", "Usted", "usted"};
constexpr std::string_view kEsSeparators[] = {", ", " y "};

// Portuguese
constexpr std::string_view kPtEncryption[] = {
    "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
    "As mensagens e chamadas são encriptadas ponto a ponto",
    "As mensagens e ligações são protegidas",
    "Suas chamadas e mensagens estão seguras",
};
constexpr std::string_view kPtDeleted[] = {"Mensagem apagada", "Você apagou esta mensagem", "Esta mensagem foi apagada",
                                           "Apagou esta mensagem"};
constexpr P kPtPatterns[] = {
    {"", " criou o grupo ", "", Other},
    {"", " criou este grupo", "", None},
    {"", " mudou ", "", Other},
    {"", " alterou ", "", Other},
    {"", " adicionou ", "", Names},
    {"", " removeu ", "", Names},
    {"", " saiu", "", None},
    {"", " entrou usando ", "", Other},
    {"", " agora é administrador", "", None},
};
constexpr std::string_view kPtPronouns[] = {"Você", "você"};
constexpr std::string_view kPtSeparators[] = {", ", " e "};

// Italian
constexpr std::string_view kItEncryption[] = {"I messaggi e le chiamate sono crittografati end-to-end",
                                              "I messaggi inviati a questo gruppo",
                                              "I tuoi messaggi e le tue chiamate sono protetti"};
constexpr std::string_view kItDeleted[] = {"Questo messaggio è stato eliminato", "Hai eliminato questo messaggio"};
constexpr P kItPatterns[] = {
    {"", " ha creato il gruppo ", "", Other},
    {"", " ha creato questo gruppo", "", None},
    {"", " ha cambiato ", "", Other},
    {"", " ha modificato ", "", Other},
    {"", " ha aggiunto ", "", Names},
    {"", " ha rimosso ", "", Names},
    {"", " è uscito", "", None},
    {"", " è uscita", "", None},
    {"", " si è unito ", "", Other},
    {"", " si è unita ", "", Other},
};
constexpr std::string_view kItPronouns[] = {"Tu", "tu"};
constexpr std::string_view kItSeparators[] = {", ", " e "};

// Polish
constexpr std::string_view kPlEncryption[] = {"Wiadomości i połączenia są w pełni zaszyfrowane",
                                              "Wiadomości do tej grupy są",
                                              "Twoje wiadomości oraz połączenia są zabezpieczone"};
constexpr std::string_view kPlDeleted[] = {"Ta wiadomość została usunięta", "Usunąłeś(-ęłaś) tę wiadomość",
                                           "Usunąłeś(aś) tę wiadomość"};
constexpr P kPlPatterns[] = {
    {"", " utworzył(a) grupę ", "", Other},
    {"Utworzyłeś(aś) grupę ", "", "", Other},
    {"", " zmienił(a) opis grupy", "", None},
    {"Zmieniłeś(aś) opis grupy", "", "", None},
    {"", " został(a) dodany(a)", "", None},
    {"", " zmienił(a) numer na ", "", Names},
    {"", " dołączył(a) do grupy", "", Other},
    {"", " opuścił(a)", "", None},
    {"Opuściłeś(aś)", "", "", None},
    {"", " został(a) usunięty(a)", "", None},
    {"", " dodał(a) Cię", "", None},
    {"", " dodał(a) ", "", Names},
    {"", " usunął(ęła) Cię", "", None},
    {"", " usunął(ęła) ", "", Names},
    {"Dodałeś(aś) ", "", "", Names},
    {"Usunąłeś(ęłaś) ", "", "", Names},
    {"", " zmienił(a) temat ", "", Other},
    {"Zmieniłeś(aś) temat ", "", "", Other},
    {"Kod zabezpieczenia ", " uległ zmianie", "", Other},
};
constexpr std::string_view kPlPronouns[] = {"Ty"};
constexpr std::string_view kPlSeparators[] = {", ", " i "};

// Czech
constexpr std::string_view kCsEncryption[] = {"Zprávy a hovory jsou opatřeny koncovým šifrováním",
                                              "Zprávy a hovory jsou zabezpečeny koncovým šifrováním",
                                              "Zprávy pro tuto skupinu jsou", "Vaše zprávy a hovory jsou zabezpečeny"};
constexpr std::string_view kCsDeleted[] = {"Tato zpráva byla smazána", "Tuto zprávu jste smazal/a",
                                           "Tato zpráva byla odstraněna", "Tuto zprávu jste odstranil/a"};
constexpr P kCsPatterns[] = {
    {"", " vytvořil/a skupinu ", "", Other},
    {"Vytvořil/a jste skupinu ", "", "", Other},
    {"", " změnil/a popis skupiny", "", None},
    {"Přidán/a ", "", "", Names},
    {"", " používá nové číslo ", "", Names},
    {"", " se připojil/a k této skupině pomocí zvacího odkazu", "", None},
    {"K této skupině jste se připojil/a", "", "", Other},
    {"", " opustil/a skupinu", "", None},
    {"Opustil/a jste skupinu", "", "", None},
    {"", " odebrán/a", "", None},
    {"", " vás přidal/a", "", None},
    {"", " přidal/a uživatele ", "", Names},
    {"", " vás odebral(a)", "", None},
    {"", " odebral(a) uživatele ", "", Names},
    {"Přidal/a jste uživatele ", "", "", Names},
    {"Odebrali jste uživatele ", "", "", Names},
    {"", " změnil/a téma ", "", Other},
    {"Změnil/a jste téma ", "", "", Other},
    {"Bezpečnostní kód uživatele ", " byl změněn", "", Other},
};
constexpr std::string_view kCsPronouns[] = {"Vy"};
constexpr std::string_view kCsSeparators[] = {", ", " a "};

// Russian
constexpr std::string_view kRuEncryption[] = {"Сообщения и звонки защищены сквозным шифрованием",
                                              "Ваши сообщения и звонки защищены сквозным шифрованием",
                                              "Сообщения в данной группе"};
constexpr std::string_view kRuDeleted[] = {"Данное сообщение удалено", "Вы удалили данное сообщение",
                                           "Вы удалили это сообщение", "Это сообщение удалено"};
constexpr P kRuPatterns[] = {
    {"", " создал(-а) группу ", "", Other},
    {"Вы создали группу ", "", "", Other},
    {"", " изменил(-а) описание группы", "", None},
    {"Вы изменили описание группы", "", "", None},
    {"", " был(-а) добавлен(-а)", "", None},
    {"", " изменен на ", "", Names},
    {"", " присоединился(-ась) к группе", "", Other},
    {"Вы присоединились к группе", "", "", Other},
    {"", " покинул(-а) группу", "", None},
    {"Вы покинули группу", "", "", None},
    {"", " был(-а) удален(-а)", "", None},
    {"", " добавил(-а) вас", "", None},
    {"", " добавил(-а) ", "", Names},
    {"", " удалил(-а) вас", "", None},
    {"", " удалил(-а) ", "", Names},
    {"Вы добавили ", "", "", Names},
    {"Вы удалили ", "", "", Names},
    {"", " изменил(-а) тему ", "", Other},
    {"Вы изменили тему ", "", "", Other},
    {"Код безопасности пользователя ", " изменился", "", Other},
};
constexpr std::string_view kRuPronouns[] = {"Вы", "вас"};
constexpr std::string_view kRuSeparators[] = {", ", " и "};

// Ukrainian
constexpr std::string_view kUkEncryption[] = {"Повідомлення й дзвінки захищено наскрізним шифруванням",
                                              "Ваші повідомлення та дзвінки захищено",
                                              "Повідомлення у цій групі"};
constexpr std::string_view kUkDeleted[] = {"Це повідомлення було видалено", "Ви видалили це повідомлення"};
constexpr P kUkPatterns[] = {
    {"", " створив групу ", "", Other},
    {"Ви створили групу ", "", "", Other},
    {"", " змінив опис групи", "", None},
    {"Ви змінили опис групи", "", "", None},
    {"Додано ", "", "", Names},
    {"", " змінено на ", "", Names},
    {"", " приєднався(-лася) до групи", "", Other},
    {"Ви приєдналися до групи", "", "", Other},
    {"", " покинув(-ла) групу", "", None},
    {"Ви вийшли", "", "", None},
    {"", " додав(-ла) вас", "", None},
    {"", " додав(-ла) ", "", Names},
    {"", " видалив(-ла) вас", "", None},
    {"", " видалив(-ла) ", "", Names},
    {"Ви додали ", "", "", Names},
    {"Ви видалили ", "", "", Names},
    {"", " видалено", "", None},
    {"", " змінив(-ла) тему ", "", Other},
    {"Ви змінили тему ", "", "", Other},
    {"Код безпеки користувача ", " змінився", "", Other},
};
constexpr std::string_view kUkPronouns[] = {"Ви", "вас"};
constexpr std::string_view kUkSeparators[] = {", ", " і ", " та "};

// Turkish
constexpr std::string_view kTrEncryption[] = {"Mesajlar ve aramalar uçtan uca", "Bu gruba gönderdiğiniz mesajlar",
                                              "Mesajlarınız artık uçtan uca şifreleme"};
constexpr std::string_view kTrDeleted[] = {"Bu mesaj silindi", "Bu mesajı sildiniz"};
constexpr P kTrPatterns[] = {
    {"", "", " grubunu oluşturdunuz", Other},
    {"", " , ", " grubunu oluşturdu", Other},
    {"", " grup açıklamasını değiştirdi", "", None},
    {"Grup açıklamasını değiştirdiniz", "", "", None},
    {"", " bu grubun davet bağlantısını kullanarak katıldı", "", None},
    {"", " eklendi", "", None},
    {"", " ayrıldı", "", None},
    {"Ayrıldınız", "", "", None},
    {"", " çıkarıldı", "", None},
    {"", " sizi ekledi", "", None},
    {"", ", ", " kişisini ekledi", Names},
    {"", " sizi çıkardı", "", None},
    {"", ", ", " kişisini çıkardı", Names},
    {"", "", " kişisini eklediniz", Names},
    {"", "", " kişisini çıkardınız", Names},
    {"", ", numarasını ", " olarak değiştirdi", Names},
    {"", " grup konusunu ", " olarak değiştirdi", Other},
    {"", ", ", " olarak değiştirdi", Other},
    {"Konuyu ", "", " olarak değiştirdiniz", Other},
    {"", " kişisinin güvenlik kodu değişti", "", Other},
};
constexpr std::string_view kTrPronouns[] = {"Siz"};
constexpr std::string_view kTrSeparators[] = {", ", " ve "};

// Indonesian
constexpr std::string_view kIdEncryption[] = {"Pesan dan panggilan terenkripsi secara end-to-end",
                                              "Pesan-pesan yang dikirimkan ke grup ini",
                                              "Pesan-pesan dan panggilan Anda diamankan"};
constexpr std::string_view kIdDeleted[] = {"Pesan ini dihapus", "Anda menghapus pesan ini", "Pesan ini telah dihapus",
                                           "Anda telah menghapus pesan ini"};
constexpr P kIdPatterns[] = {
    {"", " membuat grup ", "", Other},
    {"", " telah mengubah deskripsi grup", "", None},
    {"", " telah ditambahkan", "", None},
    {"", " diganti menjadi ", "", Names},
    {"", " telah bergabung menggunakan tautan undangan grup ini", "", None},
    {"", " keluar", "", None},
    {"", " telah dikeluarkan", "", None},
    {"", " telah menambahkan Anda", "", None},
    {"", " menambahkan ", "", Names},
    {"", " telah mengeluarkan Anda", "", None},
    {"", " mengeluarkan ", "", Names},
    {"", " telah mengubah subjek ", "", Other},
    {"", " mengubah subjek ", "", Other},
    {"Kode keamanan ", " berubah", "", Other},
};
constexpr std::string_view kIdPronouns[] = {"Anda"};
constexpr std::string_view kIdSeparators[] = {", ", " dan "};

// Arabic
constexpr std::string_view kArEncryption[] = {"الرسائل والمكالمات مشفرة تمامًا بين الطرفين",
                                              "إن الرسائل التي ترسلها إلى هذه المجموعة محمية",
                                              "باتت الرسائل التي ترسلها إلى هذه المجموعة محمية"};
constexpr std::string_view kArDeleted[] = {"تم حذف هذه الرسالة", "لقد حذَفت هذه الرسالة", "أنت حذفت هذه الرسالة"};
constexpr P kArPatterns[] = {
    {"", " أنشأ مجموعة ", "", Other},
    {"أنت أنشأت مجموعة ", "", "", Other},
    {"", " غيّر وصف المجموعة", "", None},
    {"أنت غيّرت وصف المجموعة", "", "", None},
    {"تمت إضافة ", "", "", Names},
    {"تم تغيير رقم الهاتف من ", " إلى ", "", Names},
    {"", " انضم إلى المجموعة عبر استخدام رابط الدعوة الخاص بها", "", None},
    {"", " غادر", "", None},
    {"أنت غادرت", "", "", None},
    {"تمت إزالة ", "", "", Names},
    {"", " أضافك", "", None},
    {"", " أضاف ", "", Names},
    {"", " أزالك", "", None},
    {"", " أزال ", "", Names},
    {"أنت أضفت ", "", "", Names},
    {"أنت أزلت ", "", "", Names},
    {"", " غيّر اسم المجموعة ", "", Other},
    {"أنت غيّرت اسم المجموعة ", "", "", Other},
    {"تغير رمز أمان ", ".", "", Other},
};
constexpr std::string_view kArPronouns[] = {"أنت"};
constexpr std::string_view kArSeparators[] = {"، ", ", ", " و"};

// Hindi: notices only (no group events in the strings we have).
constexpr std::string_view kHiEncryption[] = {"मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं",
                                              "आपके द्वारा भेजे हुए सन्देश और कॉल्स"};
constexpr std::string_view kHiDeleted[] = {"यह मैसेज डिलीट कर दिया गया है", "आपने यह मैसेज डिलीट किया",
                                           "यह संदेश मिटाया गया", "आपने यह संदेश मिटाया"};

// Japanese
constexpr std::string_view kJaEncryption[] = {"メッセージと通話はエンドツーエンド暗号化されています",
                                              "メッセージと通話は、エンドツーエンドの暗号化によって保護されています",
                                              "このグループへのメッセージは"};
constexpr std::string_view kJaDeleted[] = {"このメッセージは削除されました", "このメッセージを削除しました"};
constexpr P kJaPatterns[] = {
    {"", " がグループの説明を変更しました", "", None},
    {"", " が追加されました", "", None},
    {"", " がこのグループの招待リンクから参加しました", "", None},
    {"", " が退出", "", None},
    {"退出しました", "", "", None},
    {"", " が削除されました", "", None},
    {"", "があなたを追加しました", "", None},
    {"", "が", "を追加しました", Names},
    {"", "があなたを削除しました", "", None},
    {"", "が", "を削除しました", Names},
    {"", "", "を追加しました", Names},
    {"", "", "を削除しました", Names},
    {"", " がグループ名を", "に変更しました", Other},
    {"", " が件名を", "に変更しました", Other},
    {"", "は", "に変更されました", Names},
    {"", " のセキュリティコードが変更されました", "", Other},
};
constexpr std::string_view kJaPronouns[] = {"自分"};
constexpr std::string_view kJaSeparators[] = {"、"};

// Thai
constexpr std::string_view kThEncryption[] = {"ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง",
                                              "ข้อความที่ส่งถึงกลุ่มนี้", "ข้อความที่คุณส่งถึง"};
constexpr std::string_view kThDeleted[] = {"ข้อความนี้ถูกลบแล้ว", "คุณได้ลบข้อความนี้", "คุณลบข้อความนี้",
                                           "ข้อความนี้ได้ถูกลบ"};
constexpr P kThPatterns[] = {
    {"", " ได้สร้างกลุ่ม ", "", Other},
    {"คุณได้สร้างกลุ่ม ", "", "", Other},
    {"", " ได้เปลี่ยนคำอธิบายของกลุ่ม", "", None},
    {"", " ได้เข้าร่วมในกลุ่ม", "", None},
    {"", " ได้ถูกเปลี่ยนเป็น ", "", Names},
    {"", " เข้าร่วมโดยใช้ลิงค์เชิญของกลุ่มนี้", "", None},
    {"", " ออกจากกลุ่ม", "", None},
    {"คุณออกจากกลุ่มแล้ว", "", "", None},
    {"", " ได้ถูกลบออกแล้ว", "", None},
    {"", " ได้เพิ่มคุณเข้ากลุ่ม", "", None},
    {"", " ได้เพิ่ม ", " เข้ากลุ่ม", Names},
    {"", " ได้ลบคุณออก", "", None},
    {"", " ได้ลบ ", " ออก", Names},
    {"คุณได้เพิ่ม ", "", " เข้ากลุ่ม", Names},
    {"คุณได้ลบ ", "", " ออก", Names},
    {"", " ได้เปลี่ยนหัวข้อ", "", Other},
    {"รหัสความปลอดภัยของ ", " ถูกเปลี่ยน", "", Other},
};
constexpr std::string_view kThPronouns[] = {"คุณ"};
constexpr std::string_view kThSeparators[] = {", ", " และ "};

// Vietnamese
constexpr std::string_view kViEncryption[] = {"Tin nhắn và cuộc gọi được mã hóa đầu cuối",
                                              "Các tin nhắn gửi tới nhóm này", "Những tin nhắn gửi tới nhóm này"};
constexpr std::string_view kViDeleted[] = {"Tin nhắn này đã bị xóa", "Tin nhắn này đã bị xoá", "Bạn đã xóa tin nhắn này",
                                           "Bạn đã xoá tin nhắn này"};
constexpr P kViPatterns[] = {
    {"", " đã tạo nhóm ", "", Other},
    {"", " đã thay đổi mô tả nhóm", "", None},
    {"", " đã được thêm vào nhóm", "", None},
    {"", " đã được đổi thành ", "", Names},
    {"", " đã tham gia nhóm này bằng liên kết mời", "", None},
    {"", " đã rời nhóm", "", None},
    {"", " đã bị bỏ", "", None},
    {"", " đã thêm bạn vào nhóm", "", None},
    {"", " đã thêm ", " vào nhóm", Names},
    {"", " đã bỏ bạn ra khỏi nhóm", "", None},
    {"", " đã bỏ ", " khỏi nhóm", Names},
    {"", " đã đổi tên nhóm ", "", Other},
    {"Mã bảo mật của ", " đã thay đổi", "", Other},
};
constexpr std::string_view kViPronouns[] = {"Bạn", "bạn"};
constexpr std::string_view kViSeparators[] = {", ", " và "};

// Chinese (simplified; the traditional notices too)
constexpr std::string_view kZhEncryption[] = {"消息和通话都进行端到端加密", "訊息和通話經端對端加密",
                                              "此群组中的信息", "您发送的信息和通话都会进行端对端的加密",
                                              "您傳送的訊息和通話都會進行端對端的加密"};
constexpr std::string_view kZhDeleted[] = {"这条消息已被删除", "您已删除这条消息", "此訊息已刪除", "您已刪除此訊息",
                                           "信息已删除"};
constexpr P kZhPatterns[] = {
    {"", " 创建了 ", " 群组", Other},
    {"你创建了群组", "", "", Other},
    {"", "更改了群组描述", "", None},
    {"", " 已加入", "", None},
    {"", " 已更改为 ", "", Names},
    {"", " 使用了群组邀请连结加入群组", "", None},
    {"", " 退出了", "", None},
    {"您已退出群组", "", "", None},
    {"", " 被移除了", "", None},
    {"", " 添加了您", "", None},
    {"", " 添加了 ", "", Names},
    {"", " 移除了您", "", None},
    {"", " 移除了 ", "", Names},
    {"您添加了 ", "", "", Names},
    {"您移除了 ", "", "", Names},
    {"", " 更改了主题为 ", "", Other},
    {"", " 把主题从 ", "", Other},
    {"", " 的安全编码已更改", "", Other},
};
constexpr std::string_view kZhPronouns[] = {"您", "你"};
constexpr std::string_view kZhSeparators[] = {"、", "和"};

constexpr SystemPhrases kTables[] = {
    {"en", kEnEncryption, kEnDeleted, kEnPatterns, kEnPronouns, kEnSeparators},
    {"nl", kNlEncryption, kNlDeleted, kNlPatterns, kNlPronouns, kNlSeparators},
    {"de", kDeEncryption, kDeDeleted, kDePatterns, kDePronouns, kDeSeparators},
    {"fr", kFrEncryption, kFrDeleted, kFrPatterns, kFrPronouns, kFrSeparators},
    {"es", kEsEncryption, kEsDeleted, kEsPatterns, kEsPronouns, kEsSeparators},
    {"pt", kPtEncryption, kPtDeleted, kPtPatterns, kPtPronouns, kPtSeparators},
    {"it", kItEncryption, kItDeleted, kItPatterns, kItPronouns, kItSeparators},
    {"pl", kPlEncryption, kPlDeleted, kPlPatterns, kPlPronouns, kPlSeparators},
    {"cs", kCsEncryption, kCsDeleted, kCsPatterns, kCsPronouns, kCsSeparators},
    {"ru", kRuEncryption, kRuDeleted, kRuPatterns, kRuPronouns, kRuSeparators},
    {"uk", kUkEncryption, kUkDeleted, kUkPatterns, kUkPronouns, kUkSeparators},
    {"tr", kTrEncryption, kTrDeleted, kTrPatterns, kTrPronouns, kTrSeparators},
    {"id", kIdEncryption, kIdDeleted, kIdPatterns, kIdPronouns, kIdSeparators},
    {"ar", kArEncryption, kArDeleted, kArPatterns, kArPronouns, kArSeparators},
    {"hi", kHiEncryption, kHiDeleted, {}, {}, {}},
    {"ja", kJaEncryption, kJaDeleted, kJaPatterns, kJaPronouns, kJaSeparators},
    {"th", kThEncryption, kThDeleted, kThPatterns, kThPronouns, kThSeparators},
    {"vi", kViEncryption, kViDeleted, kViPatterns, kViPronouns, kViSeparators},
    {"zh", kZhEncryption, kZhDeleted, kZhPatterns, kZhPronouns, kZhSeparators},
};

}  // namespace

std::span<const SystemPhrases> systemPhraseTables() { return kTables; }

}  // namespace rw
