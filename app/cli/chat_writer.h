#pragma once
// Writes parsed chat messages to stdout as JSON Lines or CSV, one message per line, or as one JSON
// document that also holds the summary: date order and its evidence, header layouts, warnings.

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "model/chat/chat_parser.h"

namespace rw::cli {

enum class ChatFormat { Jsonl, Csv, Json };

// A sink that prints: datetime, author (null for system messages), system, text, media[, role].
class ChatWriter : public ChatSink {
public:
    // Writes to `out`; with `withRole`, every line also carries the author's role (or null).
    ChatWriter(std::FILE* out, ChatFormat format, bool withRole);

    // Writes the CSV header line, or the JSON document's summary (JSON Lines has none).
    void begin(const ChatSummary& summary) override;
    // Buffers one line for the message, written out in large blocks.
    void message(const ChatMessage& message) override;

    // Closes the JSON document (when begun) and writes what is still buffered; returns false when
    // any write failed.
    bool finish();

    // Names the export in the JSON document's "file".
    void setFile(std::string file) { m_file = std::move(file); }

private:
    void flushIfFull();

    std::FILE* m_out;
    ChatFormat m_format;
    bool m_withRole;
    std::string m_buffer;
    nlohmann::ordered_json m_jsonLine;  // refilled for every message: its keys stay in order
    bool m_failed = false;
    std::string m_file;
    bool m_begun = false;
    long m_written = 0;
};

// Returns the summary as JSON: messages, participants, date order (and whether inferred, and why),
// header layouts, and the warnings with their lines.
nlohmann::ordered_json summaryJson(const ChatSummary& summary);

// Returns `text` as one CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
std::string csvField(const std::string& text);

}  // namespace rw::cli
