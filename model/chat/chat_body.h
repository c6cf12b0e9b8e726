#pragma once
// What follows a header: "Name: text", or a system message such as "Jan added Piet".

#include <string_view>
#include <vector>

#include "model/chat/chat_header.h"

namespace rw {

// What a header line turned out to start.
enum class ChatBodyKind {
    Message,  // written by `author`
    System,   // written by WhatsApp
    NotAHeader  // the line only looked like a header: it continues the message above
};

// The author and first line of a message, or a system line.
struct ChatBody {
    ChatBodyKind kind = ChatBodyKind::NotAHeader;
    std::string_view author;  // direction marks and outer spaces removed; empty unless Message
    std::string_view text;    // the message's first line, one leading direction mark removed
};

// Returns the author and text of the line after its header `rest` in `layout`. When `people` is
// given, appends the names a recognised system message mentions.
ChatBody splitChatBody(std::string_view rest, const ChatLayout& layout, std::vector<std::string_view>* people);

}  // namespace rw
