#pragma once
// A role map: chat names mapped to the roles a report may name ("Jan de Vries = beheerder"). The
// evaluator keeps it outside the project; only the roles ever reach any output.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rw {

// The map as read from its file; looked up by name or phone number.
class ChatRoleMap {
public:
    // Reads `path`: one "name = role" per line (split at the last '='), '#' starts a comment.
    // On failure returns false and sets `error` to "path:line: why" (or "path: why").
    bool load(const std::string& path, std::string& error);
    // Parses `text` as load() does; `name` stands for the file in errors.
    bool parse(std::string_view text, const std::string& name, std::string& error);

    // Returns the entry for `name`, or -1. Direction marks, outer spaces and ASCII case are
    // ignored; phone numbers compare by their last nine digits ("+31 6 1234 5678" = "0612345678").
    int find(std::string_view name) const;
    // Returns the role of entry `index`.
    const std::string& role(int index) const { return m_entries[index].role; }
    // Returns how many entries there are.
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        std::string name;
        std::string phoneDigits;  // last nine digits when the name is a phone number
        std::string role;
    };
    std::vector<Entry> m_entries;
};

// Returns the last nine digits of `name` when it is a phone number ("+31 6 1234 5678"), else "".
std::string phoneKey(std::string_view name);

}  // namespace rw
