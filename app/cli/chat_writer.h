#pragma once
// Writes parsed chat messages to stdout as JSON Lines or CSV, one message per line.

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "model/chat_parser.h"

namespace rw::cli {

enum class ChatFormat { Jsonl, Csv };

// A sink that prints: datetime, author (null for system messages), system, text, media[, role].
class ChatWriter : public ChatSink {
public:
    // Writes to `out`; with `withRole`, every line also carries the author's role (or null).
    ChatWriter(std::FILE* out, ChatFormat format, bool withRole);

    // Writes the CSV header line (JSON Lines has none).
    void begin(const ChatSummary& summary) override;
    // Buffers one line for the message, written out in large blocks.
    void message(const ChatMessage& message) override;

    // Writes what is still buffered; returns false when any write failed.
    bool finish();

private:
    void flushIfFull();

    std::FILE* m_out;
    ChatFormat m_format;
    bool m_withRole;
    std::string m_buffer;
    nlohmann::ordered_json m_jsonLine;  // refilled for every message: its keys stay in order
    bool m_failed = false;
};

// Returns `text` as one CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
std::string csvField(const std::string& text);

}  // namespace rw::cli
