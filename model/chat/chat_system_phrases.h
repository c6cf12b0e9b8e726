#pragma once
// WhatsApp's own lines in every language we have real strings for, as data: the end-to-end
// encryption notice, the author's deleted-message notice, and the system messages about the group
// (created, member added, left, removed, subject changed), one table per language.

#include <span>
#include <string_view>

namespace rw {

// What follows the actor: nothing, the names of other people, or anything (a subject, a link).
enum class SystemObjects { None, Names, Other };

// A system message as text = lead + ACTOR + middle + OBJECTS [+ tail at the very end]. When
// `middle` is empty there is no actor: all between lead and tail is OBJECTS ("Přidán/a %s").
struct SystemPattern {
    std::string_view lead;
    std::string_view middle;
    std::string_view tail;
    SystemObjects objects;
};

// One language's phrases.
struct SystemPhrases {
    std::string_view language;                          // ISO 639-1 code
    std::span<const std::string_view> encryptionNotices;  // how the notice starts
    std::span<const std::string_view> deletedNotices;     // "This message was deleted": the author's
    std::span<const SystemPattern> patterns;             // specific ones before the general ones
    std::span<const std::string_view> pronouns;          // words that stand where a name would
    std::span<const std::string_view> listSeparators;    // "Piet, Klaas and Marie"
};

// Returns the tables, one per language.
std::span<const SystemPhrases> systemPhraseTables();

}  // namespace rw
