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

nlohmann::ordered_json summaryJson(const ChatSummary& summary) {
    nlohmann::ordered_json json;
    json["messages"] = summary.messages;
    json["participants"] = summary.participants;
    json["date_order"] = dateOrderName(summary.order);
    json["date_order_inferred"] = summary.orderInferred;
    json["date_order_ambiguous"] = summary.orderAmbiguous;
    json["date_order_evidence"] = summary.orderEvidence;
    json["layouts"] = summary.layouts;
    nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
    for (const ChatWarning& warning : summary.warnings) {
        nlohmann::ordered_json item;
        if (warning.line > 0) item["line"] = warning.line;
        else item["line"] = nullptr;
        item["message"] = warning.message;
        warnings.push_back(std::move(item));
    }
    json["warnings"] = std::move(warnings);
    return json;
}

void ChatWriter::begin(const ChatSummary& summary) {
    if (m_format == ChatFormat::Csv) m_buffer += m_withRole ? "datetime,author,system,text,media,role\n"
                                                            : "datetime,author,system,text,media\n";
    if (m_format == ChatFormat::Json) {
        // The messages follow one by one; the document is closed by finish().
        nlohmann::ordered_json head;
        head["file"] = m_file;
        head["summary"] = summaryJson(summary);
        std::string text = head.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        text.pop_back();  // the closing brace: "messages" comes next
        m_buffer += text + ",\"messages\":[\n";
        m_begun = true;
    }
}

void ChatWriter::message(const ChatMessage& message) {
    std::string text(message.text);
    if (m_format == ChatFormat::Json && m_written++ > 0) m_buffer += ",\n";
    if (m_format != ChatFormat::Csv) {
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
    if (m_format != ChatFormat::Json) m_buffer += '\n';
    flushIfFull();
}

void ChatWriter::flushIfFull() {
    if (m_buffer.size() >= kFlushAt) {
        if (!m_failed && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out) != m_buffer.size()) m_failed = true;
        m_buffer.clear();
    }
}

bool ChatWriter::finish() {
    if (m_begun) {
        m_buffer += m_written > 0 ? "\n]}\n" : "]}\n";
        m_begun = false;
    }
    if (!m_failed && !m_buffer.empty() && std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_out) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    if (std::fflush(m_out) != 0) m_failed = true;
    return !m_failed;
}

}  // namespace rw::cli
