#include "model/chat/chat_system.h"

#include <cstdint>
#include <vector>

#include "model/chat/chat_system_phrases.h"
#include "model/chat/chat_text.h"

namespace rw {

namespace {

constexpr std::size_t kMaxNameBytes = 100;

// Phrases by their first two bytes: every message's text is asked whether it opens with a notice,
// so one array look-up must rule out nearly all of them.
class PrefixIndex {
public:
    PrefixIndex() : m_slot(std::size_t{1} << 16, 0) {}
    void add(std::string_view phrase) {
        if (phrase.size() < 2) return;
        std::uint16_t& slot = m_slot[key(phrase)];
        if (slot == 0) {
            m_buckets.emplace_back();
            slot = static_cast<std::uint16_t>(m_buckets.size());
        }
        m_buckets[slot - 1].push_back(phrase);
        if (phrase.size() < m_shortest) m_shortest = phrase.size();
    }
    // Returns true when `text` starts with one of the phrases.
    bool startsOne(std::string_view text) const {
        if (text.size() < m_shortest) return false;
        std::uint16_t slot = m_slot[key(text)];
        if (slot == 0) return false;
        for (std::string_view phrase : m_buckets[slot - 1])
            if (text.starts_with(phrase)) return true;
        return false;
    }

private:
    static std::size_t key(std::string_view text) {
        return static_cast<std::size_t>(static_cast<unsigned char>(text[0]) << 8 | static_cast<unsigned char>(text[1]));
    }
    std::vector<std::uint16_t> m_slot;  // first two bytes → bucket + 1, 0 for none
    std::vector<std::vector<std::string_view>> m_buckets;
    std::size_t m_shortest = static_cast<std::size_t>(-1);
};

struct Indexes {
    PrefixIndex encryption;
    PrefixIndex deleted;
};

const Indexes& indexes() {
    static const Indexes built = [] {
        Indexes i;
        for (const SystemPhrases& language : systemPhraseTables()) {
            for (std::string_view notice : language.encryptionNotices) i.encryption.add(notice);
            for (std::string_view notice : language.deletedNotices) i.deleted.add(notice);
        }
        return i;
    }();
    return built;
}

bool isPronoun(std::string_view word, const SystemPhrases& language) {
    for (std::string_view pronoun : language.pronouns)
        if (word == pronoun) return true;
    return false;
}

bool plausibleName(std::string_view name) {
    return !name.empty() && name.size() <= kMaxNameBytes && name.find('\n') == std::string_view::npos &&
           name.find(": ") == std::string_view::npos;
}

void addPerson(std::string_view name, const SystemPhrases& language, std::vector<std::string_view>* people) {
    name = trimMarksAndSpaces(name);
    if (people && plausibleName(name) && !isPronoun(name, language)) people->push_back(name);
}

// "Piet, Klaas and Marie" → Piet, Klaas, Marie; with the separators of the message's language.
void addPeople(std::string_view list, const SystemPhrases& language, std::vector<std::string_view>* people) {
    while (!list.empty()) {
        std::size_t cut = std::string_view::npos;
        std::size_t cutLength = 0;
        for (std::string_view separator : language.listSeparators) {
            std::size_t at = list.find(separator);
            if (at < cut) cut = at, cutLength = separator.size();
        }
        addPerson(list.substr(0, cut), language, people);
        if (cut == std::string_view::npos) break;
        list.remove_prefix(cut + cutLength);
    }
}

std::string_view withoutFinalPunctuation(std::string_view text) {
    text = trimMarksAndSpaces(text);
    while (!text.empty() && (text.back() == '.' || text.back() == '!')) text.remove_suffix(1);
    return trimMarksAndSpaces(text);
}

bool matchPattern(const SystemPattern& pattern, const SystemPhrases& language, std::string_view text,
                  std::vector<std::string_view>* people) {
    if (!text.starts_with(pattern.lead)) return false;
    std::string_view actor;
    std::string_view objects;
    if (pattern.middle.empty()) {
        objects = text.substr(pattern.lead.size());  // no actor: "Přidán/a Piet"
    } else {
        std::size_t middle = text.find(pattern.middle, pattern.lead.size());
        if (middle == std::string_view::npos) return false;
        actor = text.substr(pattern.lead.size(), middle - pattern.lead.size());
        if (!plausibleName(trimMarksAndSpaces(actor))) return false;
        objects = text.substr(middle + pattern.middle.size());
    }
    objects = withoutFinalPunctuation(objects);
    if (!pattern.tail.empty()) {
        if (!objects.ends_with(pattern.tail)) return false;
        objects.remove_suffix(pattern.tail.size());
        objects = trimMarksAndSpaces(objects);
    }
    if (pattern.objects == SystemObjects::None && !objects.empty()) return false;
    if (pattern.objects != SystemObjects::None && objects.empty() && pattern.middle.empty()) return false;
    if (pattern.objects == SystemObjects::Names && objects.empty()) return false;
    if (!actor.empty()) addPerson(actor, language, people);
    if (pattern.objects == SystemObjects::Names) addPeople(objects, language, people);
    return true;
}

}  // namespace

bool isEncryptionNotice(std::string_view text) { return indexes().encryption.startsOne(skipDirectionMarks(text)); }

bool isDeletedNotice(std::string_view text) { return indexes().deleted.startsOne(skipDirectionMarks(text)); }

bool matchSystemMessage(std::string_view text, std::vector<std::string_view>* people) {
    text = skipDirectionMarks(text);
    if (isEncryptionNotice(text)) return true;
    if (isDeletedNotice(text)) return false;
    // A system message is one line; more text below it is a message someone wrote.
    if (text.find('\n') != std::string_view::npos) return false;
    // A rare path (lines without an author, or led by WhatsApp's direction mark): a plain scan.
    for (const SystemPhrases& language : systemPhraseTables())
        for (const SystemPattern& pattern : language.patterns)
            if (matchPattern(pattern, language, text, people)) return true;
    return false;
}

}  // namespace rw
