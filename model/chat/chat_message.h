#pragma once
// One message of a WhatsApp chat export, as the chat parser hands it over.

#include <string>
#include <string_view>

namespace rw {

// A local date and time as the export wrote it (WhatsApp writes no time zone).
struct ChatDateTime {
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool hasSeconds = false;  // the export wrote seconds (iOS layouts do)
    bool operator==(const ChatDateTime&) const = default;

    // Returns "2018-11-22T12:29", or "2018-11-22T12:29:05" when the export wrote seconds.
    std::string iso() const;
};

// The views point into the parser's buffers and are valid only while the sink handles the message.
struct ChatMessage {
    ChatDateTime dateTime;
    bool system = false;    // group created, member added or left, encryption notice …
    bool media = false;     // a media-omitted marker or an attachment
    std::string_view author;  // pseudonym ("deelnemer 3") or the name kept; empty for system messages
    std::string_view role;    // from the role map; empty when none was given or it names no role
    std::string_view text;    // continuation lines joined with '\n'; names scrubbed when pseudonymised
    long lineBegin = 0;       // 1-based lines of the export this message spans
    long lineEnd = 0;
};

}  // namespace rw
