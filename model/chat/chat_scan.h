#pragma once
// The parser's first pass over an export: it checks the whole text before anything is handed on,
// finds the header layouts the file uses, infers the date order from every date, and learns every
// name so that the second pass can scrub a name even where it is mentioned before its owner first
// writes.

#include <optional>
#include <vector>

#include "model/chat/chat_header.h"
#include "model/chat/chat_input.h"
#include "model/chat/chat_options.h"
#include "model/chat/chat_participants.h"

namespace rw {

// What the first pass hands the second: the summary, everyone (numbered), and how to read the lines.
struct ChatScan {
    ChatSummary summary;
    ChatParticipants people;           // numbered in order of first appearance, roles applied
    std::vector<ChatLayout> layouts;   // the header layouts the file uses
    std::vector<long> damagedLines;    // lines repaired because they were not UTF-8
    int yearlessYear = 2000;           // the year of the first year-less dates
};

// Returns what the first pass learnt, or nullopt with `error` set.
std::optional<ChatScan> scanChat(const ChatInput& input, const ChatOptions& options, Error& error);

}  // namespace rw
