#pragma once
// Where a chat export's text comes from: a .txt file, the .txt inside a WhatsApp .zip, or memory.
// The parser reads an input twice, so an input opens a fresh reader each time.

#include <memory>
#include <optional>
#include <string>

#include "model/core/error.h"
#include "model/chat/chat_limits.h"

namespace rw {

// Reads an export's bytes in order.
class ChatByteReader {
public:
    virtual ~ChatByteReader() = default;
    // Reads up to `size` bytes into `buffer`; returns how many, 0 at the end, -1 on an error.
    virtual long read(char* buffer, std::size_t size) = 0;
    // Returns why the last read failed.
    virtual std::string error() const = 0;
};

// An export that can be read from its start as often as needed.
class ChatInput {
public:
    virtual ~ChatInput() = default;
    // Returns a reader at the first byte, or nullptr with `why` set ("Permission denied").
    virtual std::unique_ptr<ChatByteReader> open(std::string& why) const = 0;
    // Returns the name used in messages: "chat.txt", or "export.zip:_chat.txt" for a zip member.
    virtual const std::string& name() const = 0;
    // Returns a refusal at this line (and column) of the export: in the file, or in the member of
    // the zip archive it came from.
    virtual Error errorAt(long line, std::string message, long column = 0) const {
        return Error{std::move(message), name(), "", line, column};
    }
    // Returns the year the export was written (the file's or the zip member's modification time,
    // local time), or nullopt when unknown. Old exports leave the year out of this year's dates.
    virtual std::optional<int> writtenYear() const { return std::nullopt; }
};

// Opens a .txt export, or the chat inside a WhatsApp .zip (recognised by its content, not its
// name); returns nullptr with `error` set when it cannot be read.
std::unique_ptr<ChatInput> openChatFile(const std::string& path, const ChatLimits& limits, Error& error);

// Returns an input over `text` held in memory, named `name` in messages, written in `writtenYear`.
std::unique_ptr<ChatInput> chatInputFromText(std::string name, std::string text,
                                             std::optional<int> writtenYear = std::nullopt);

// Returns the local-time year of `time` (seconds since 1970), or nullopt for a time before 1971.
std::optional<int> localYearOf(long long time);

}  // namespace rw
