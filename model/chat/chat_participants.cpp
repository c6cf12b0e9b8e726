#include "model/chat/chat_participants.h"

#include "model/chat/chat_text.h"

namespace rw {

namespace {

// Direction marks start with one of these bytes; most names have none and need no copy.
bool mayHoldMarks(std::string_view text) {
    return text.find('\xE2') != std::string_view::npos || text.find('\xEF') != std::string_view::npos;
}

}  // namespace

ChatParticipants::ChatParticipants(std::string prefix, std::size_t limit)
    : m_prefix(std::move(prefix)), m_limit(limit) {}

int ChatParticipants::find(std::string_view name) const {
    name = trimMarksAndSpaces(name);
    auto found = mayHoldMarks(name) ? m_index.find(withoutDirectionMarks(name)) : m_index.find(name);
    return found == m_index.end() ? -1 : found->second;
}

int ChatParticipants::add(std::string_view name) {
    name = trimMarksAndSpaces(name);
    if (name.empty()) return -1;
    // Look up before copying: nearly every call is for someone already known.
    if (!mayHoldMarks(name))
        if (auto found = m_index.find(name); found != m_index.end()) return found->second;
    std::string key = mayHoldMarks(name) ? withoutDirectionMarks(name) : std::string(name);
    if (auto found = m_index.find(key); found != m_index.end()) return found->second;
    if (full()) return -1;
    int index = static_cast<int>(m_people.size());
    m_people.push_back({key, m_prefix + " " + std::to_string(index + 1), {}});
    m_index.emplace(std::move(key), index);
    return index;
}

}  // namespace rw
