#pragma once
// The people of one chat — everyone who wrote a message or is named in a system line — numbered in
// order of first appearance so that each gets a stable pseudonym ("deelnemer 3").

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rw {

// Names to indexes and pseudonyms; an index is fixed once given.
class ChatParticipants {
public:
    // Pseudonyms are `prefix` and a number ("deelnemer 1"); at most `limit` people are kept.
    explicit ChatParticipants(std::string prefix = "deelnemer", std::size_t limit = 10000);

    // Returns the index of `name` (direction marks and outer spaces ignored), adding it when new;
    // returns -1 when the name is empty or the limit is reached.
    int add(std::string_view name);
    // Returns the index of `name` (direction marks and outer spaces ignored), or -1 when unknown.
    int find(std::string_view name) const;

    // Returns how many people there are.
    std::size_t size() const { return m_people.size(); }
    // True when no more people can be added.
    bool full() const { return m_people.size() >= m_limit; }
    // Returns the name as written, without direction marks.
    const std::string& name(int index) const { return m_people[index].name; }
    // Returns the pseudonym: the prefix and index + 1.
    const std::string& pseudonym(int index) const { return m_people[index].pseudonym; }
    // Returns the role given by a role map, or an empty string.
    const std::string& role(int index) const { return m_people[index].role; }
    // Gives person `index` a role.
    void setRole(int index, std::string role) { m_people[index].role = std::move(role); }

private:
    struct Person {
        std::string name;
        std::string pseudonym;
        std::string role;
    };
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    std::string m_prefix;
    std::size_t m_limit;
    std::vector<Person> m_people;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_index;
};

}  // namespace rw
