#pragma once
// What the user has selected; shared by every view so that selecting selects everywhere.

#include <string>
#include <vector>

namespace rw::document {

struct Selection {
    enum class Kind { None, Theory, Node, Link, Case, Cell, AttributeValue, Source };
    Kind kind = Kind::None;
    std::string theoryId;  // Theory, Node, Link
    std::string id;        // node id, link id, attribute key, source id, theory id
    std::string caseId;    // Case, Cell (with a node id), AttributeValue (with a key)
    // Node: more nodes of the same theory selected with it (Ctrl-click), `id` being the first.
    std::vector<std::string> moreNodes;

    bool operator==(const Selection&) const = default;

    // Returns the selected node ids (`id` first), or nothing when no node is selected.
    std::vector<std::string> nodeIds() const {
        if (kind != Kind::Node) return {};
        std::vector<std::string> ids{id};
        ids.insert(ids.end(), moreNodes.begin(), moreNodes.end());
        return ids;
    }
    // Returns true when the node is one of the selected nodes.
    bool hasNode(const std::string& nodeId) const {
        if (kind != Kind::Node) return false;
        if (id == nodeId) return true;
        for (const std::string& other : moreNodes)
            if (other == nodeId) return true;
        return false;
    }

    static Selection node(std::string theory, std::string nodeId) {
        return {Kind::Node, std::move(theory), std::move(nodeId), {}};
    }
    static Selection link(std::string theory, std::string linkId) {
        return {Kind::Link, std::move(theory), std::move(linkId), {}};
    }
    static Selection cell(std::string theory, std::string caseId, std::string nodeId) {
        return {Kind::Cell, std::move(theory), std::move(nodeId), std::move(caseId)};
    }
    static Selection ofCase(std::string caseId) { return {Kind::Case, {}, {}, std::move(caseId)}; }
    static Selection source(std::string sourceId) { return {Kind::Source, {}, std::move(sourceId), {}}; }
    static Selection ofTheory(std::string theoryId) { return {Kind::Theory, theoryId, theoryId, {}}; }
    // Several nodes of one theory; the first is the one the inspector shows.
    static Selection nodes(std::string theory, std::vector<std::string> nodeIds) {
        if (nodeIds.empty()) return {};
        Selection s = node(std::move(theory), nodeIds.front());
        s.moreNodes.assign(nodeIds.begin() + 1, nodeIds.end());
        return s;
    }
};

}  // namespace rw::document
