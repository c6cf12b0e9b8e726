#include "model/chat_checked_lines.h"

#include <cstdio>

#include "model/chat_text.h"
#include "model/translate.h"

namespace rw {

namespace {

// Damaged lines listed one by one; the rest are counted, so a binary file cannot flood the output.
constexpr std::size_t kListed = 20;

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Says what is wrong with an invalid byte without echoing the line, which may hold a name.
std::string describeDamage(std::string_view line, std::size_t at) {
    std::string column = std::to_string(at + 1);
    if (line[at] == '\0') return fill(tr("a NUL byte at column {1} dropped (binary data in a text export?)"), {column});
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(line[at]));
    return fill(tr("not UTF-8 (byte {1} at column {2}), replaced by U+FFFD; WhatsApp exports are UTF-8"), {hex, column});
}

}  // namespace

ChatCheckedLines::ChatCheckedLines(ChatByteReader& reader, const ChatLimits& limits, const std::vector<long>* damagedLines)
    : m_lines(reader, limits), m_known(damagedLines) {}

std::string_view ChatCheckedLines::repair(std::string_view line) {
    m_repaired.clear();
    for (std::size_t bad = firstInvalidUtf8(line); bad != std::string_view::npos; bad = firstInvalidUtf8(line)) {
        m_repaired.append(line.substr(0, bad));
        if (line[bad] != '\0') m_repaired.append(kReplacement);
        line.remove_prefix(bad + 1);
    }
    m_repaired.append(line);
    return m_repaired;
}

bool ChatCheckedLines::next(std::string_view& line) {
    if (!m_error.empty() || !m_lines.next(line)) return false;
    long number = m_lines.lineNumber();
    if (number == 1) {
        if (line.starts_with("\xFF\xFE") || line.starts_with("\xFE\xFF")) {
            m_error = tr("UTF-16 text; WhatsApp exports are UTF-8 (convert it with iconv)");
            return false;
        }
        if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    }
    if (m_known) {
        if (m_nextKnown < m_known->size() && (*m_known)[m_nextKnown] == number) {
            ++m_nextKnown;
            line = repair(line);
        }
        return true;
    }
    std::size_t bad = firstInvalidUtf8(line);
    if (bad == std::string_view::npos) return true;
    m_damaged.push_back(number);
    if (m_warnings.size() < kListed) m_warnings.push_back({number, describeDamage(line, bad)});
    line = repair(line);
    return true;
}

std::vector<ChatWarning> ChatCheckedLines::warnings() const {
    std::vector<ChatWarning> all = m_warnings;
    if (m_damaged.size() > kListed) {
        std::size_t more = m_damaged.size() - kListed;
        all.push_back({m_damaged[kListed],
                       fill(tr("{1} more lines not UTF-8 or with NUL bytes (the last on line {2}), repaired the same way"),
                            {std::to_string(more), std::to_string(m_damaged.back())})});
    }
    return all;
}

}  // namespace rw
