#pragma once
// Positions of items by their id, through a hash map built once, so that a look-up inside a loop
// costs O(1) instead of a scan of the list (a check over 2,000 nodes × 500 cases must not take
// nodes² × cases steps). The index points into the items' own strings: it is valid while the list
// is not changed.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/core/project.h"

namespace rw {

class IdIndex {
public:
    IdIndex() = default;
    // Indexes `items` by `idOf(item)`; where two items share an id, the first is found, as a scan
    // would find it.
    template <typename Item, typename IdOf>
    IdIndex(const std::vector<Item>& items, IdOf idOf) {
        m_positions.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            m_positions.emplace(std::string_view(idOf(items[i])), static_cast<int>(i));
    }

    // Returns the position of the item with this id, or -1.
    int find(std::string_view id) const {
        auto found = m_positions.find(id);
        return found == m_positions.end() ? -1 : found->second;
    }

private:
    std::unordered_map<std::string_view, int> m_positions;
};

// A theory's nodes by id: the position of each in theory.nodes.
inline IdIndex indexNodes(const Theory& theory) {
    return IdIndex(theory.nodes, [](const Node& node) -> const std::string& { return node.id; });
}

// One case's verdicts by node id.
class CaseVerdicts {
public:
    explicit CaseVerdicts(const Case& c)
        : m_case(&c), m_index(c.verdicts, [](const Verdict& v) -> const std::string& { return v.node; }) {}

    // Returns the verdict record on a node, or nullptr when not assessed.
    const Verdict* find(std::string_view nodeId) const {
        int at = m_index.find(nodeId);
        return at < 0 ? nullptr : &m_case->verdicts[static_cast<std::size_t>(at)];
    }
    // Returns the verdict on a node, or NotAssessed.
    VerdictValue on(std::string_view nodeId) const {
        const Verdict* verdict = find(nodeId);
        return verdict ? verdict->value : VerdictValue::NotAssessed;
    }

private:
    const Case* m_case;
    IdIndex m_index;
};

// Every case's verdicts by node id, in the order of project.cases.
inline std::vector<CaseVerdicts> indexVerdicts(const std::vector<Case>& cases) {
    std::vector<CaseVerdicts> all;
    all.reserve(cases.size());
    for (const Case& c : cases) all.emplace_back(c);
    return all;
}

}  // namespace rw
