#include "model/chat/chat_roles.h"

#include "model/chat/chat_text.h"
#include "model/format/atomic_file.h"

namespace rw {

namespace {

constexpr std::size_t kMaxRoleMapBytes = 1 << 20;

std::string_view trimmed(std::string_view text) {
    for (;;) {
        std::size_t before = text.size();
        text = trimMarksAndSpaces(text);
        while (!text.empty() && (text.front() == '\t' || text.front() == '\r')) text.remove_prefix(1);
        while (!text.empty() && (text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
        if (text.size() == before) return text;
    }
}

}  // namespace

std::string phoneKey(std::string_view name) {
    name = trimMarksAndSpaces(name);
    std::string digits;
    for (std::size_t at = 0; at < name.size();) {
        std::size_t skip = directionMarkAt(name, at);
        if (skip == 0) skip = spaceAt(name, at);
        if (skip > 0) {
            at += skip;
            continue;
        }
        char c = name[at++];
        if (c >= '0' && c <= '9') digits += c;
        else if (c != '+' && c != '-' && c != '(' && c != ')' && c != '.') return "";
    }
    // Shorter numbers are service numbers or years, not a person's phone.
    if (digits.size() < 8) return "";
    return digits.size() > 9 ? digits.substr(digits.size() - 9) : digits;
}

bool ChatRoleMap::load(const std::string& path, std::string& error) {
    std::string content, why;
    if (!readWholeFile(path, content, why)) {
        error = path + ": " + why;
        return false;
    }
    if (content.size() > kMaxRoleMapBytes) {
        error = path + ": too large for a role map (over 1 MiB)";
        return false;
    }
    return parse(content, path, error);
}

bool ChatRoleMap::parse(std::string_view text, const std::string& name, std::string& error) {
    m_entries.clear();
    if (std::size_t bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        long line = 1;
        for (std::size_t i = 0; i < bad; ++i) line += text[i] == '\n';
        error = name + ":" + std::to_string(line) + ": not UTF-8 text";
        return false;
    }
    long number = 0;
    while (!text.empty()) {
        ++number;
        std::size_t end = text.find('\n');
        std::string_view line = trimmed(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty() || line.front() == '#') continue;
        std::size_t equals = line.rfind('=');
        std::string_view who = equals == std::string_view::npos ? std::string_view() : trimmed(line.substr(0, equals));
        std::string_view role = equals == std::string_view::npos ? std::string_view() : trimmed(line.substr(equals + 1));
        if (who.empty() || role.empty()) {
            // The line holds a name: never repeat it in the message.
            error = name + ":" + std::to_string(number) + ": expected \"name = role\"";
            return false;
        }
        std::string plain = withoutDirectionMarks(who);
        m_entries.push_back({plain, phoneKey(plain), std::string(role)});
    }
    return true;
}

int ChatRoleMap::find(std::string_view name) const {
    std::string plain = withoutDirectionMarks(trimMarksAndSpaces(name));
    std::string phone = phoneKey(plain);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        if (!phone.empty() ? entry.phoneDigits == phone : equalsIgnoringAsciiCase(entry.name, plain))
            return static_cast<int>(i);
    }
    return -1;
}

}  // namespace rw
