#include "model/chat/chat_parser.h"

#include <algorithm>
#include <memory>
#include <optional>

#include "model/chat/chat_checked_lines.h"
#include "model/chat/chat_line_classifier.h"
#include "model/chat/chat_media.h"
#include "model/chat/chat_scan.h"
#include "model/chat/chat_scrubber.h"
#include "model/chat/chat_text.h"

namespace rw {

namespace {

// The second pass: builds each message from its header and continuation lines and hands it on.
class Emitter {
public:
    Emitter(const ChatScan& scan, const ChatOptions& options, ChatSink& sink)
        : m_people(scan.people), m_options(options), m_sink(sink) {
        if (options.names == ChatNames::Pseudonymize) m_scrubber.emplace(scan.people);
    }

    // Starts a message; returns false when its author was not seen by the first pass.
    bool start(const ChatLineClassifier::Start& start, long line) {
        flush();
        m_message = {};
        m_message.dateTime = start.when;
        m_message.system = start.body.kind == ChatBodyKind::System;
        if (!m_message.system) {
            int person = m_people.find(start.body.author);
            if (person < 0) return false;
            bool keep = m_options.names == ChatNames::Keep;
            m_message.author = keep ? m_people.name(person) : m_people.pseudonym(person);
            if (m_options.roles) m_message.role = m_people.role(person);
        }
        m_message.lineBegin = m_message.lineEnd = line;
        m_text.assign(start.body.text);
        m_open = true;
        return true;
    }

    // Adds a continuation line; returns false when the message grows past the limit.
    bool append(std::string_view line, long number) {
        if (!m_open) return true;  // blank lines before the first message
        m_text += '\n';
        m_text.append(line);
        m_message.lineEnd = number;
        return m_text.size() <= m_options.limits.maxMessageBytes;
    }

    long messageLine() const { return m_message.lineBegin; }

    void flush() {
        if (!m_open) return;
        m_open = false;
        // A carriage return not followed by a line feed (an old Mac line end pasted into a message)
        // is a line break: lines end at "\n" and their "\r\n" is gone, so any "\r" left is alone.
        // Kept, it would read back from a saved project as a line break anyway.
        if (m_text.find('\r') != std::string::npos) std::replace(m_text.begin(), m_text.end(), '\r', '\n');
        m_message.media = !m_message.system && isMediaMessage(m_text);
        // WhatsApp wraps the names in system lines in direction marks: structure, not text.
        if (m_message.system) m_text = withoutDirectionMarks(m_text);
        if (m_scrubber) {
            m_scrubbed.clear();
            m_scrubber->scrub(m_text, m_scrubbed);
            m_message.text = m_scrubbed;
        } else {
            m_message.text = m_text;
        }
        m_sink.message(m_message);
        ++m_delivered;
    }

    long delivered() const { return m_delivered; }

private:
    const ChatParticipants& m_people;
    const ChatOptions& m_options;
    ChatSink& m_sink;
    std::optional<ChatScrubber> m_scrubber;
    ChatMessage m_message;
    std::string m_text;
    std::string m_scrubbed;
    bool m_open = false;
    long m_delivered = 0;
};

}  // namespace

ChatParseResult parseChat(const ChatInput& input, const ChatOptions& options, ChatSink& sink) {
    ChatParseResult result;
    Error error;
    std::optional<ChatScan> scan = scanChat(input, options, error);
    if (!scan) {
        result.error = error;
        return result;
    }
    result.summary = scan->summary;
    auto fail = [&](long line, std::string message) {
        result.error = input.errorAt(line, std::move(message));
        return result;
    };
    std::string why;
    std::unique_ptr<ChatByteReader> reader = input.open(why);
    if (!reader) return fail(0, why);
    sink.begin(scan->summary);

    ChatCheckedLines lines(*reader, options.limits, &scan->damagedLines);
    ChatLineClassifier classifier({scan->summary.order, scan->layouts, false, scan->yearlessYear});
    Emitter emitter(*scan, options, sink);
    const char* changed = "changed while being read; nothing after this line was delivered";
    std::string_view line;
    ChatLineClassifier::Start start;
    while (lines.next(line)) {
        long number = lines.lineNumber();
        if (classifier.classify(line, number, start, nullptr)) {
            if (!emitter.start(start, number)) return fail(number, changed);
        } else if (!emitter.append(line, number)) {
            return fail(emitter.messageLine(), "message longer than " + describeBytes(options.limits.maxMessageBytes) +
                                                   "; not a chat export?");
        }
    }
    if (!lines.error().empty()) return fail(lines.errorLine(), lines.error());
    emitter.flush();
    if (emitter.delivered() != scan->summary.messages) return fail(lines.lineNumber(), changed);
    return result;
}

ChatParseResult parseChatFile(const std::string& path, const ChatOptions& options, ChatSink& sink) {
    Error error;
    std::unique_ptr<ChatInput> input = openChatFile(path, options.limits, error);
    if (!input) {
        ChatParseResult result;
        result.error = error;
        return result;
    }
    return parseChat(*input, options, sink);
}

}  // namespace rw
