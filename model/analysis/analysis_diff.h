#pragma once
// Comparing two theories of a project (say, the policy's theory and the evaluator's revision).
// Node ids name shared concepts across theories, so nodes are matched by id; links are matched by
// id, and otherwise by their ends, so a renamed link between the same nodes is a change.

#include <string>
#include <string_view>
#include <vector>

#include "model/core/project.h"

namespace rw {

struct FieldChange {
    std::string field;  // "label", "kind", "level", "description", "assumption", "refs", "id", "ends"
    std::string before;
    std::string after;
};

struct ItemChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    std::string id;       // the id in the newer theory (the older one for removals)
    std::string label;    // node label, or "A → B" for links
    std::vector<FieldChange> fields;  // changes only
};

struct TheoryDiff {
    std::string before;  // theory ids
    std::string after;
    std::vector<ItemChange> nodes;  // removed and changed in the older theory's order, then added
    std::vector<ItemChange> links;
    int unchangedNodes = 0;
    int unchangedLinks = 0;

    // Returns how many changes of a kind the node or link list holds.
    static int count(const std::vector<ItemChange>& items, ItemChange::Kind kind);
};

// Returns what changed from theory `before` to theory `after`.
TheoryDiff diffTheories(const Theory& before, const Theory& after);

// Returns "added", "removed" or "changed".
std::string_view toString(ItemChange::Kind kind);

}  // namespace rw
