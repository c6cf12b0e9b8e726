#include "model/chat_system.h"

#include "model/chat_text.h"

namespace rw {

namespace {

constexpr std::string_view kEncryptionNotices[] = {
    "Messages and calls are end-to-end encrypted",
    "Messages to this group are now secured with end-to-end encryption",
    "Messages you send to this group are now secured with end-to-end encryption",
    "Messages to this chat and calls are now secured with end-to-end encryption",
    "Berichten en gesprekken zijn end-to-end versleuteld",
    "Berichten en oproepen zijn end-to-end versleuteld",
    "Berichten die naar deze groep worden verzonden",
    "Berichten naar deze groep",
    "Nachrichten und Anrufe sind Ende-zu-Ende",
    "Nachrichten an diese Gruppe",
    "Les messages et les appels sont chiffrés de bout en bout",
    "Les messages envoyés dans ce groupe",
    "Los mensajes y las llamadas están cifrados de extremo a extremo",
    "Los mensajes que envíes a este grupo",
    "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
    "As mensagens e ligações são protegidas",
    "I messaggi e le chiamate sono crittografati end-to-end",
    "I messaggi inviati a questo gruppo",
    "Mesajlar ve aramalar uçtan uca",
};

// The author's own deleted messages look like system lines but belong to the author.
constexpr std::string_view kDeletedNotices[] = {
    "This message was deleted", "You deleted this message", "Dit bericht is verwijderd",
    "Je hebt dit bericht verwijderd", "Diese Nachricht wurde gelöscht", "Du hast diese Nachricht gelöscht",
    "Ce message a été supprimé", "Vous avez supprimé ce message", "Se eliminó este mensaje",
    "Eliminaste este mensaje", "Mensagem apagada", "Você apagou esta mensagem",
    "Questo messaggio è stato eliminato", "Hai eliminato questo messaggio",
};

// What follows the actor: nothing, the names of other people, or anything (a subject, a link).
enum class Objects { None, Names, Other };

// text = lead + ACTOR + middle + OBJECTS [+ tail at the very end].
struct SystemPattern {
    std::string_view lead;
    std::string_view middle;
    std::string_view tail;
    Objects objects;
};

// Specific phrases come before the general ones they would also match
// ("heeft de groepsafbeelding verwijderd" before "heeft X verwijderd").
constexpr SystemPattern kPatterns[] = {
    // English
    {"", " created group ", "", Objects::Other},
    {"", " created this group", "", Objects::None},
    {"", " changed the subject from ", "", Objects::Other},
    {"", " changed the subject to ", "", Objects::Other},
    {"", " changed the group name", "", Objects::Other},
    {"", " changed this group's icon", "", Objects::None},
    {"", " changed this group\xE2\x80\x99s icon", "", Objects::None},
    {"", " deleted this group's icon", "", Objects::None},
    {"", " deleted this group\xE2\x80\x99s icon", "", Objects::None},
    {"", " changed the group description", "", Objects::Other},
    {"", " changed their phone number", "", Objects::Other},
    {"", " changed the settings", "", Objects::Other},
    {"", " changed to ", "", Objects::Names},
    {"", "'s security code changed", "", Objects::Other},
    {"", "\xE2\x80\x99s security code changed", "", Objects::Other},
    {"Your security code with ", " changed", "", Objects::Other},
    {"", " joined using this group's invite link", "", Objects::None},
    {"", " joined using this group\xE2\x80\x99s invite link", "", Objects::None},
    {"", " joined", "", Objects::None},
    {"", " added ", "", Objects::Names},
    {"", " removed ", "", Objects::Names},
    {"", " left", "", Objects::None},
    {"", " was added", "", Objects::None},
    {"", " were added", "", Objects::None},
    {"", " was removed", "", Objects::None},
    {"", " is now an admin", "", Objects::None},
    {"", " are now an admin", "", Objects::None},
    // Dutch
    {"", " heeft de groep verlaten", "", Objects::None},
    {"", " hebt de groep verlaten", "", Objects::None},
    {"", " heeft deze groep aangemaakt", "", Objects::None},
    {"", " hebt deze groep aangemaakt", "", Objects::None},
    {"", " heeft de groep ", " aangemaakt", Objects::Other},
    {"", " hebt de groep ", " aangemaakt", Objects::Other},
    {"", " heeft groep ", "", Objects::Other},
    {"", " hebt groep ", "", Objects::Other},
    {"", " heeft het onderwerp ", "", Objects::Other},
    {"", " hebt het onderwerp ", "", Objects::Other},
    {"", " heeft de groepsnaam ", "", Objects::Other},
    {"", " heeft de groepsafbeelding ", "", Objects::Other},
    {"", " heeft het groepsicoon ", "", Objects::Other},
    {"", " heeft de afbeelding van deze groep ", "", Objects::Other},
    {"", " heeft het pictogram van deze groep ", "", Objects::Other},
    {"", " heeft de groepsbeschrijving ", "", Objects::Other},
    {"", " heeft de groepsinstellingen ", "", Objects::Other},
    {"", " heeft een nieuw telefoonnummer", "", Objects::Other},
    {"", " heeft zijn telefoonnummer ", "", Objects::Other},
    {"", " heeft haar telefoonnummer ", "", Objects::Other},
    {"", " heeft het telefoonnummer ", "", Objects::Other},
    {"De beveiligingscode van ", " is gewijzigd", "", Objects::Other},
    {"Je beveiligingscode met ", " is gewijzigd", "", Objects::Other},
    {"", " is gewijzigd in ", "", Objects::Names},
    {"", " is gewijzigd naar ", "", Objects::Names},
    {"", " is lid geworden", "", Objects::Other},
    {"", " bent lid geworden", "", Objects::Other},
    {"", " heeft ", " toegevoegd", Objects::Names},
    {"", " hebt ", " toegevoegd", Objects::Names},
    {"", " heeft ", " verwijderd", Objects::Names},
    {"", " hebt ", " verwijderd", Objects::Names},
    {"", " is toegevoegd", "", Objects::None},
    {"", " bent toegevoegd", "", Objects::None},
    {"", " is verwijderd", "", Objects::None},
    {"", " bent verwijderd", "", Objects::None},
    {"", " is vertrokken", "", Objects::None},
    {"", " is nu beheerder", "", Objects::None},
    {"", " bent nu beheerder", "", Objects::None},
    // German
    {"", " hat die Gruppe verlassen", "", Objects::None},
    {"", " hast die Gruppe verlassen", "", Objects::None},
    {"", " hat diese Gruppe erstellt", "", Objects::None},
    {"", " hat die Gruppe ", " erstellt", Objects::Other},
    {"", " hast die Gruppe ", " erstellt", Objects::Other},
    {"", " hat den Betreff ", "", Objects::Other},
    {"", " hat das Gruppenbild ", "", Objects::Other},
    {"", " hat die Gruppenbeschreibung ", "", Objects::Other},
    {"", " hat die Gruppeneinstellungen ", "", Objects::Other},
    {"Die Sicherheitsnummer von ", " hat sich geändert", "", Objects::Other},
    {"", " ist über den Einladungslink", "", Objects::Other},
    {"", " ist der Gruppe ", "", Objects::Other},
    {"", " hat ", " hinzugefügt", Objects::Names},
    {"", " hast ", " hinzugefügt", Objects::Names},
    {"", " hat ", " entfernt", Objects::Names},
    {"", " hast ", " entfernt", Objects::Names},
    {"", " wurde hinzugefügt", "", Objects::None},
    {"", " wurde entfernt", "", Objects::None},
    {"", " ist ausgetreten", "", Objects::None},
    // French
    {"", " a créé le groupe ", "", Objects::Other},
    {"", " avez créé le groupe ", "", Objects::Other},
    {"", " a créé ce groupe", "", Objects::None},
    {"", " a modifié ", "", Objects::Other},
    {"", " a changé ", "", Objects::Other},
    {"Le code de sécurité de ", " a changé", "", Objects::Other},
    {"", " a ajouté ", "", Objects::Names},
    {"", " avez ajouté ", "", Objects::Names},
    {"", " a retiré ", "", Objects::Names},
    {"", " avez retiré ", "", Objects::Names},
    {"", " est parti", "", Objects::Other},
    {"", " a rejoint ", "", Objects::Other},
    // Spanish
    {"", " creó el grupo ", "", Objects::Other},
    {"", " creaste el grupo ", "", Objects::Other},
    {"", " creó este grupo", "", Objects::None},
    {"", " cambió ", "", Objects::Other},
    {"", " cambiaste ", "", Objects::Other},
    {"", " añadió a ", "", Objects::Names},
    {"", " añadiste a ", "", Objects::Names},
    {"", " añadió ", "", Objects::Names},
    {"", " eliminó a ", "", Objects::Names},
    {"", " eliminaste a ", "", Objects::Names},
    {"", " salió del grupo", "", Objects::None},
    {"", " salió", "", Objects::None},
    {"", " se unió ", "", Objects::Other},
    // Portuguese
    {"", " criou o grupo ", "", Objects::Other},
    {"", " criou este grupo", "", Objects::None},
    {"", " mudou ", "", Objects::Other},
    {"", " alterou ", "", Objects::Other},
    {"", " adicionou ", "", Objects::Names},
    {"", " removeu ", "", Objects::Names},
    {"", " saiu", "", Objects::None},
    {"", " entrou usando ", "", Objects::Other},
    // Italian
    {"", " ha creato il gruppo ", "", Objects::Other},
    {"", " ha creato questo gruppo", "", Objects::None},
    {"", " ha cambiato ", "", Objects::Other},
    {"", " ha modificato ", "", Objects::Other},
    {"", " ha aggiunto ", "", Objects::Names},
    {"", " ha rimosso ", "", Objects::Names},
    {"", " è uscito", "", Objects::None},
    {"", " è uscita", "", Objects::None},
    {"", " si è unito ", "", Objects::Other},
    {"", " si è unita ", "", Objects::Other},
};

// Words that stand where a name would but name the person who exported the chat.
constexpr std::string_view kPronouns[] = {
    "You", "you", "Je", "je", "Jij", "jij", "Jou", "jou", "U", "u", "Du", "du", "Dich", "dich",
    "Sie", "Vous", "vous", "Tu", "tu", "Te", "te", "Usted", "usted", "Você", "você",
};

constexpr std::size_t kMaxNameBytes = 100;

bool isPronoun(std::string_view word) {
    for (std::string_view pronoun : kPronouns)
        if (word == pronoun) return true;
    return false;
}

bool plausibleName(std::string_view name) {
    return !name.empty() && name.size() <= kMaxNameBytes && name.find('\n') == std::string_view::npos &&
           name.find(": ") == std::string_view::npos;
}

void addPerson(std::string_view name, std::vector<std::string_view>* people) {
    name = trimMarksAndSpaces(name);
    if (people && plausibleName(name) && !isPronoun(name)) people->push_back(name);
}

// "Piet, Klaas and Marie" → Piet, Klaas, Marie.
void addPeople(std::string_view list, std::vector<std::string_view>* people) {
    static constexpr std::string_view kSeparators[] = {", ", " and ", " en ", " und ", " et ", " y ", " e "};
    while (!list.empty()) {
        std::size_t cut = std::string_view::npos;
        std::size_t cutLength = 0;
        for (std::string_view separator : kSeparators) {
            std::size_t at = list.find(separator);
            if (at < cut) cut = at, cutLength = separator.size();
        }
        addPerson(list.substr(0, cut), people);
        if (cut == std::string_view::npos) break;
        list.remove_prefix(cut + cutLength);
    }
}

std::string_view withoutFinalPunctuation(std::string_view text) {
    text = trimMarksAndSpaces(text);
    while (!text.empty() && (text.back() == '.' || text.back() == '!')) text.remove_suffix(1);
    return trimMarksAndSpaces(text);
}

bool matchPattern(const SystemPattern& pattern, std::string_view text, std::vector<std::string_view>* people) {
    if (!text.starts_with(pattern.lead)) return false;
    std::size_t middle = text.find(pattern.middle, pattern.lead.size());
    if (middle == std::string_view::npos) return false;
    std::string_view actor = text.substr(pattern.lead.size(), middle - pattern.lead.size());
    if (!plausibleName(trimMarksAndSpaces(actor))) return false;
    std::string_view objects = withoutFinalPunctuation(text.substr(middle + pattern.middle.size()));
    if (!pattern.tail.empty()) {
        if (!objects.ends_with(pattern.tail)) return false;
        objects.remove_suffix(pattern.tail.size());
    }
    if (pattern.objects == Objects::None && !objects.empty()) return false;
    if (pattern.objects == Objects::Names && trimMarksAndSpaces(objects).empty()) return false;
    addPerson(actor, people);
    if (pattern.objects == Objects::Names) addPeople(objects, people);
    return true;
}

}  // namespace

bool isEncryptionNotice(std::string_view text) {
    text = skipDirectionMarks(text);
    // Every message passes through here: the notices start with one of few letters.
    if (text.size() < 20 || std::string_view("ABILMN").find(text[0]) == std::string_view::npos) return false;
    for (std::string_view notice : kEncryptionNotices)
        if (text.starts_with(notice)) return true;
    return false;
}

bool matchSystemMessage(std::string_view text, std::vector<std::string_view>* people) {
    text = skipDirectionMarks(text);
    if (isEncryptionNotice(text)) return true;
    for (std::string_view notice : kDeletedNotices)
        if (text.starts_with(notice)) return false;
    // A system message is one line; more text below it is a message someone wrote.
    if (text.find('\n') != std::string_view::npos) return false;
    for (const SystemPattern& pattern : kPatterns)
        if (matchPattern(pattern, text, people)) return true;
    return false;
}

}  // namespace rw
