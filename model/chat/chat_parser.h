#pragma once
// The streaming WhatsApp chat-export parser: Android and iOS layouts in many locales, plain .txt or
// the .zip WhatsApp produces, pseudonymised by default.
//
// It reads its input twice. The first pass checks the whole export (UTF-8, layout, limits, the
// order of day and month) and learns every name; only then does the second pass hand messages to
// the sink, one at a time, so memory stays bounded and a refused export delivers nothing. Only an
// input that changes between the passes can fail after the first message was delivered.

#include "model/chat/chat_input.h"
#include "model/chat/chat_message.h"
#include "model/chat/chat_options.h"

namespace rw {

// Receives the messages of an export.
class ChatSink {
public:
    virtual ~ChatSink() = default;
    // Called once the whole export was checked, before the first message.
    virtual void begin(const ChatSummary& summary) { (void)summary; }
    // Called for each message in file order; its views are valid only during the call.
    virtual void message(const ChatMessage& message) = 0;
};

// The outcome of a parse: a summary, or the error that refused the export.
struct ChatParseResult {
    std::optional<Error> error;  // set when the export was refused
    ChatSummary summary;

    // True when the export was parsed whole.
    explicit operator bool() const { return !error; }
};

// Parses `input` into `sink`. On an error found by the first pass the sink receives nothing.
ChatParseResult parseChat(const ChatInput& input, const ChatOptions& options, ChatSink& sink);

// Opens the file at `path` (.txt or .zip) and parses it into `sink`.
ChatParseResult parseChatFile(const std::string& path, const ChatOptions& options, ChatSink& sink);

}  // namespace rw
