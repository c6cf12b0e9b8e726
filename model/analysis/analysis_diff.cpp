#include "model/analysis/analysis_diff.h"

#include <algorithm>

#include "model/core/location.h"

namespace rw {
namespace {

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string refsText(const std::vector<SourceRef>& refs) {
    std::string text;
    for (const SourceRef& ref : refs) {
        std::string where = describe(ref.location);
        text += (text.empty() ? "" : "; ") + ref.source + (where.empty() ? "" : " " + where);
    }
    return text;
}

void compare(std::vector<FieldChange>& fields, const char* field, const std::string& before, const std::string& after) {
    if (before != after) fields.push_back({field, before, after});
}

std::string nodeLabel(const Theory& theory, const std::string& id) {
    const Node* node = theory.findNode(id);
    return node && !node->label.empty() ? firstLine(node->label) : id;
}

std::string linkName(const Theory& theory, const Link& link) {
    return nodeLabel(theory, link.from) + " → " + nodeLabel(theory, link.to);
}

std::vector<FieldChange> nodeChanges(const Node& a, const Node& b) {
    std::vector<FieldChange> fields;
    compare(fields, "kind", std::string(toString(a.kind)), std::string(toString(b.kind)));
    if (a.kind == NodeKind::Outcome && b.kind == NodeKind::Outcome)
        compare(fields, "level", std::string(toString(a.level)), std::string(toString(b.level)));
    compare(fields, "label", a.label, b.label);
    compare(fields, "description", a.description, b.description);
    compare(fields, "assumption", a.assumption, b.assumption);
    compare(fields, "refs", refsText(a.refs), refsText(b.refs));
    return fields;
}

std::vector<FieldChange> linkChanges(const Link& a, const Link& b) {
    std::vector<FieldChange> fields;
    compare(fields, "id", a.id, b.id);
    compare(fields, "ends", a.from + " → " + a.to, b.from + " → " + b.to);
    compare(fields, "kind", std::string(toString(a.kind)), std::string(toString(b.kind)));
    compare(fields, "label", a.label, b.label);
    compare(fields, "description", a.description, b.description);
    compare(fields, "assumption", a.assumption, b.assumption);
    compare(fields, "refs", refsText(a.refs), refsText(b.refs));
    return fields;
}

// Returns the index in `after` of the link that continues `link`: same id, else same ends.
int matchLink(const Link& link, const Theory& after, const std::vector<bool>& taken) {
    for (std::size_t i = 0; i < after.links.size(); ++i)
        if (!taken[i] && after.links[i].id == link.id) return static_cast<int>(i);
    for (std::size_t i = 0; i < after.links.size(); ++i)
        if (!taken[i] && after.links[i].from == link.from && after.links[i].to == link.to) return static_cast<int>(i);
    return -1;
}

}  // namespace

int TheoryDiff::count(const std::vector<ItemChange>& items, ItemChange::Kind kind) {
    return static_cast<int>(std::count_if(items.begin(), items.end(), [kind](const ItemChange& c) { return c.kind == kind; }));
}

std::string_view toString(ItemChange::Kind kind) {
    switch (kind) {
        case ItemChange::Kind::Added: return "added";
        case ItemChange::Kind::Removed: return "removed";
        case ItemChange::Kind::Changed: return "changed";
    }
    return "";
}

TheoryDiff diffTheories(const Theory& before, const Theory& after) {
    using Kind = ItemChange::Kind;
    TheoryDiff diff;
    diff.before = before.id;
    diff.after = after.id;
    for (const Node& node : before.nodes) {
        const Node* next = after.findNode(node.id);
        if (!next) {
            diff.nodes.push_back({Kind::Removed, node.id, firstLine(node.label), {}});
            continue;
        }
        std::vector<FieldChange> fields = nodeChanges(node, *next);
        if (fields.empty()) ++diff.unchangedNodes;
        else diff.nodes.push_back({Kind::Changed, node.id, firstLine(next->label), std::move(fields)});
    }
    for (const Node& node : after.nodes)
        if (!before.findNode(node.id)) diff.nodes.push_back({Kind::Added, node.id, firstLine(node.label), {}});

    std::vector<bool> taken(after.links.size(), false);
    for (const Link& link : before.links) {
        int match = matchLink(link, after, taken);
        if (match < 0) {
            diff.links.push_back({Kind::Removed, link.id, linkName(before, link), {}});
            continue;
        }
        taken[static_cast<std::size_t>(match)] = true;
        const Link& next = after.links[static_cast<std::size_t>(match)];
        std::vector<FieldChange> fields = linkChanges(link, next);
        if (fields.empty()) ++diff.unchangedLinks;
        else diff.links.push_back({Kind::Changed, next.id, linkName(after, next), std::move(fields)});
    }
    for (std::size_t i = 0; i < after.links.size(); ++i)
        if (!taken[i]) diff.links.push_back({Kind::Added, after.links[i].id, linkName(after, after.links[i]), {}});
    return diff;
}

}  // namespace rw
