#pragma once
// Scrubbing message text: the names and phone numbers of a chat's people become their pseudonyms.
//
// What it replaces, as whole words: every full name (ASCII case ignored when it has several
// words); every capitalised part of a name of two letters or more ("Jan", "Vries" of
// "Jan de Vries"; particles like "de" and "van" stay), as "[naam]" when two people share it;
// @-mentions ("@⁨Jan⁩" becomes "@⁨deelnemer 1⁩", an unknown one "@⁨[naam]⁩", "@31612345678" the
// pseudonym or "[telefoonnummer]"); and every phone number of 9 to 15 digits that starts with
// '+' or '0' or ends in a known person's number ("[telefoonnummer]" when nobody has it).
// What it cannot see: people who never write and are never named in a system line, nicknames,
// misspellings, lower-case first names, names inside e-mail addresses, links and pictures.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/chat/chat_participants.h"

namespace rw {

// Built once per export from all its people; scrub() is then called for every message.
class ChatScrubber {
public:
    static constexpr std::string_view kUnknownName = "[naam]";           // a mention of someone unknown
    static constexpr std::string_view kPhoneNumber = "[telefoonnummer]";  // a number nobody in the chat has

    // Learns the names and phone numbers of `people`, which must outlive the scrubber.
    explicit ChatScrubber(const ChatParticipants& people);

    // Appends `text` to `out` with names, @-mentions and phone numbers replaced.
    void scrub(std::string_view text, std::string& out) const;

private:
    struct Entry {
        std::string text;
        int person;       // -1: a name part shared by several people
        bool ignoreCase;  // full names of several words
        bool full;
    };

    void addEntry(std::string_view text, int person, bool ignoreCase, bool full);
    // True when an entry may start at `at`: its first two bytes are known (checked inline, since
    // it runs at every word start).
    bool mayStartAt(std::string_view text, std::size_t at) const {
        if (at + 1 >= text.size()) return false;
        auto a = static_cast<unsigned char>(text[at]), b = static_cast<unsigned char>(text[at + 1]);
        std::uint32_t exact = a << 8 | b;
        if (m_exactStarts[exact >> 6] >> (exact & 63) & 1) return true;
        auto fold = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; };
        std::uint32_t folded = static_cast<std::uint32_t>(fold(a)) << 8 | fold(b);
        return m_foldedStarts[folded >> 6] >> (folded & 63) & 1;
    }
    // Returns the replacement for a match at `at`, setting `end`; empty when nothing matches.
    std::string_view matchName(std::string_view text, std::size_t at, std::size_t& end) const;
    std::string_view matchPhone(std::string_view text, std::size_t at, std::size_t& end, std::size_t minDigits) const;
    std::string_view personOrUnknown(std::string_view name) const;
    std::string_view replacementFor(int person) const;

    const ChatParticipants& m_people;
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, int> m_entryIndex;           // entry text → entries index
    // Entries by their first two bytes: as written for case-sensitive entries, lower-cased (and
    // marked with bit 16) for the others; the bitmaps rule out most word starts without a look-up.
    std::unordered_map<std::uint32_t, std::vector<int>> m_buckets;
    std::vector<std::uint64_t> m_exactStarts;
    std::vector<std::uint64_t> m_foldedStarts;
    std::unordered_map<std::string, int> m_phones;                  // last nine digits → person, -1 if shared
};

}  // namespace rw
