#pragma once
// Decides for each line of an export whether it starts a message, and which, or continues the
// message above. The first header fixes the layout; later headers must match it and carry a date
// and time that exist, or they are text.

#include <optional>
#include <string_view>
#include <vector>

#include "model/chat_body.h"
#include "model/chat_date_order.h"
#include "model/chat_header.h"

namespace rw {

// One per pass over an export: it keeps the layout of the first header.
class ChatLineClassifier {
public:
    // With `order`, dates must be valid read in that order; without, valid read either way.
    explicit ChatLineClassifier(std::optional<DateOrder> order) : m_order(order) {}

    // The message a header line starts.
    struct Start {
        ChatHeader header;
        ChatBody body;
        ChatDateTime when;  // read in the order given, or day-month when none was
    };

    // Returns true and fills `start` when `line` starts a message; false when it continues the
    // one above. `people`, when given, receives the names a system line mentions.
    bool classify(std::string_view line, Start& start, std::vector<std::string_view>* people);

    // Returns the layout fixed by the first header, if there was one.
    const std::optional<ChatLayout>& layout() const { return m_layout; }

private:
    std::optional<DateOrder> m_order;
    std::optional<ChatLayout> m_layout;
};

}  // namespace rw
