#include "app/cli/chat_writer.h"

namespace rw::cli {

namespace {
// Writing in large blocks keeps output from dominating the parse of a big export.
constexpr std::size_t kFlushAt = std::size_t{1} << 20;
}  // namespace

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

ChatWriter::ChatWriter(std::FILE* out, ChatFormat format, bool withRole)
    : m_out(out), m_format(format), m_withRole(withRole),
      m_jsonLine({{"datetime", nullptr}, {"author", nullptr}, {"system", false}, {"text", ""}, {"media", false}}) {
    if (withRole) m_jsonLine["role"] = nullptr;
}

void ChatWriter::begin(const ChatSummary&) {
    if (m_format == ChatFormat::Csv) m_buffer += m_withRole ? "datetime,author,system,text,media,role\n"
                                                            : "datetime,author,system,text,media\n";
}

void ChatWriter::message(const ChatMessage& message) {
    std::string text(message.text);
    if (m_format == ChatFormat::Jsonl) {
        nlohmann::ordered_json& line = m_jsonLine;
        line["datetime"] = message.dateTime.iso();
        if (message.system) line["author"] = nullptr;
        else line["author"] = std::string(message.author);
        line["system"] = message.system;
        line["text"] = std::move(text);
        line["media"] = message.media;
        if (m_withRole) {
            if (message.role.empty()) line["role"] = nullptr;
            else line["role"] = std::string(message.role);
        }
        // The parser checked the text is UTF-8; replacing rather than throwing guards a file
        // that changed between its two passes.
        m_buffer += line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    } else {
        m_buffer += message.dateTime.iso();
        m_buffer += ',';
        m_buffer += csvField(std::string(message.author));
        m_buffer += message.system ? ",true," : ",false,";
        m_buffer += csvField(text);
        m_buffer += message.media ? ",true" : ",false";
        if (m_withRole) {
            m_buffer += ',';
            m_buffer += csvField(std::string(message.role));
        }
    }
    m_buffer += '\n';
    flushIfFull();
}

void ChatWriter::flushIfFull() {
    if (m_buffer.size() >= kFlushAt) {
        if (!m_failed && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out) != m_buffer.size()) m_failed = true;
        m_buffer.clear();
    }
}

bool ChatWriter::finish() {
    if (!m_failed && !m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    if (std::fflush(m_out) != 0) m_failed = true;
    return !m_failed;
}

}  // namespace rw::cli
