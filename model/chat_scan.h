#pragma once
// The parser's first pass over an export: it checks the whole text before anything is handed on,
// infers the date order from every date, and learns every name so that the second pass can scrub
// a name even where it is mentioned before its owner first writes.

#include <optional>

#include "model/chat_input.h"
#include "model/chat_options.h"
#include "model/chat_participants.h"

namespace rw {

// What the first pass hands the second: the summary and everyone, numbered.
struct ChatScan {
    ChatSummary summary;
    ChatParticipants people;  // numbered in order of first appearance, roles applied
};

// Returns what the first pass learnt, or nullopt with `error` set.
std::optional<ChatScan> scanChat(const ChatInput& input, const ChatOptions& options, ChatError& error);

// Returns `line` without a UTF-8 byte order mark when it is the first line.
std::string_view withoutByteOrderMark(std::string_view line, long lineNumber);

}  // namespace rw
