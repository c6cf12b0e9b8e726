#include "model/chat/chat_checked_lines.h"

#include <algorithm>
#include <cstdio>

#include "model/core/translate.h"
#include "model/core/utf8_text.h"
#include "model/format/xml_safety.h"

namespace rw {

namespace {

// Damaged lines listed one by one; the rest are counted, so a binary file cannot flood the output.
constexpr std::size_t kListed = 20;

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The first byte of `line` that is not UTF-8, or the first character a project cannot keep
// (XML 1.0 holds no NUL and no other control character but tab and line ends); npos for none.
std::size_t firstDamage(std::string_view line) {
    char32_t character = 0;
    return std::min(firstInvalidUtf8(line), firstCharacterXmlCannotHold(line, character));
}

// Returns true when line[at] starts a character (the damage is a character to drop), false when
// it is a byte that is not UTF-8 (to replace); sets `length` to the bytes it takes.
bool isCharacterAt(std::string_view line, std::size_t at, std::size_t& length) {
    decodeUtf8(line, at, length);
    return length > 1 || static_cast<unsigned char>(line[at]) < 0x80;
}

// Says what is wrong with an invalid byte without echoing the line, which may hold a name.
std::string describeDamage(std::string_view line, std::size_t at) {
    std::string column = std::to_string(at + 1);
    if (line[at] == '\0') return fill(tr("a NUL byte at column {1} dropped (binary data in a text export?)"), {column});
    std::size_t length = 1;
    if (isCharacterAt(line, at, length))
        return fill(tr("control character {1} at column {2} dropped (a project cannot hold it)"),
                    {codePointName(decodeUtf8(line, at, length)), column});
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(line[at]));
    return fill(tr("not UTF-8 (byte {1} at column {2}), replaced by U+FFFD; WhatsApp exports are UTF-8"), {hex, column});
}

}  // namespace

ChatCheckedLines::ChatCheckedLines(ChatByteReader& reader, const ChatLimits& limits, const std::vector<long>* damagedLines)
    : m_lines(reader, limits), m_known(damagedLines) {}

std::string_view ChatCheckedLines::repair(std::string_view line) {
    m_repaired.clear();
    for (std::size_t bad = firstDamage(line); bad != std::string_view::npos; bad = firstDamage(line)) {
        m_repaired.append(line.substr(0, bad));
        std::size_t length = 1;
        if (isCharacterAt(line, bad, length)) {
            line.remove_prefix(bad + length);  // a NUL or another control character: dropped
        } else {
            m_repaired.append(kReplacement);
            line.remove_prefix(bad + 1);
        }
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
    std::size_t bad = firstDamage(line);
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
                       fill(tr("{1} more lines not UTF-8 or with NUL bytes or control characters (the last on line {2}), repaired the same way"),
                            {std::to_string(more), std::to_string(m_damaged.back())})});
    }
    return all;
}

}  // namespace rw
