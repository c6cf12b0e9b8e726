#pragma once
// Listeners with tokens to remove them by, called in the order they were added.

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace rw::document {

template <typename... Args>
class ListenerList {
public:
    using Listener = std::function<void(Args...)>;

    // Returns a token for remove().
    int add(Listener listener) {
        m_listeners.emplace_back(m_nextToken, std::move(listener));
        return m_nextToken++;
    }

    void remove(int token) {
        std::erase_if(m_listeners, [token](const auto& entry) { return entry.first == token; });
    }

    // A listener may remove listeners (a view closing) while we call them: walk a copy of the
    // tokens and skip the ones that are gone.
    void call(Args... args) const {
        std::vector<int> tokens;
        for (const auto& entry : m_listeners) tokens.push_back(entry.first);
        for (int token : tokens) {
            auto it = std::find_if(m_listeners.begin(), m_listeners.end(),
                                   [token](const auto& entry) { return entry.first == token; });
            if (it == m_listeners.end()) continue;
            Listener listener = it->second;  // a copy: the listener may remove itself
            listener(args...);
        }
    }

private:
    std::vector<std::pair<int, Listener>> m_listeners;
    int m_nextToken = 1;
};

}  // namespace rw::document
