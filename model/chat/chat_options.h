#pragma once
// What a caller chooses when parsing a chat export, and what it gets back besides the messages.

#include <optional>
#include <string>
#include <vector>

#include "model/chat/chat_date_order.h"
#include "model/core/error.h"
#include "model/chat/chat_limits.h"
#include "model/chat/chat_roles.h"

namespace rw {

// Whether names reach the output.
enum class ChatNames {
    Pseudonymize,  // authors become "deelnemer N"; names and phone numbers are scrubbed from text
    Keep           // names stay as written (direction marks removed from authors)
};

// How to parse: names, date order, role map, limits.
struct ChatOptions {
    ChatNames names = ChatNames::Pseudonymize;
    std::optional<DateOrder> dateOrder;   // nullopt: inferred from the whole file
    const ChatRoleMap* roles = nullptr;   // applied to authors; the map itself never reaches any output
    std::string pseudonymPrefix = "deelnemer";
    ChatLimits limits;
};

// Something the parser noticed and worked around; the export was parsed all the same. It never
// holds a name or a message's text.
struct ChatWarning {
    long line = 0;  // the 1-based line of the export it concerns; 0 for the whole export
    std::string message;
    bool operator==(const ChatWarning&) const = default;
};

// What the first pass learnt about the whole export.
struct ChatSummary {
    DateOrder order = DateOrder::Dmy;
    bool orderInferred = false;   // not given by the caller
    bool orderAmbiguous = false;  // inferred, but no date decided it (every day 12 or less)
    std::string orderEvidence;    // why this order, as a reader checks it ("14 dates read only as day-month …")
    long messages = 0;
    std::size_t participants = 0;
    std::vector<std::string> layouts;   // how the headers are written ("nn-nn-yyyy hh:mm - "), most used first
    std::vector<ChatWarning> warnings;  // in the order of their lines
};

}  // namespace rw
