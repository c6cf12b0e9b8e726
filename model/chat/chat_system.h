#pragma once
// WhatsApp's system messages — group created, member added or removed, member left, subject
// changed, the end-to-end encryption notice — in the languages of chat_system_phrases.cpp, and the
// people they name.

#include <string_view>
#include <vector>

namespace rw {

// True when `text` starts with the end-to-end encryption notice in one of the known languages.
bool isEncryptionNotice(std::string_view text);

// True when `text` starts with a deleted-message notice ("This message was deleted", "Данное
// сообщение удалено"): the author's message, although WhatsApp wrote it.
bool isDeletedNotice(std::string_view text);

// Returns true when `text` is a known system message. When `people` is given, appends the names it
// mentions ("Jan added Piet and Klaas" gives Jan, Piet, Klaas; pronouns like "You" are left out).
// A deleted-message notice is the author's message, not a system one.
bool matchSystemMessage(std::string_view text, std::vector<std::string_view>* people = nullptr);

}  // namespace rw
