#pragma once
// What the user has selected; shared by every view so that selecting selects everywhere.

#include <string>

namespace rw::gui {

struct Selection {
    enum class Kind { None, Theory, Node, Link, Case, Cell, AttributeValue, Source };
    Kind kind = Kind::None;
    std::string theoryId;  // Theory, Node, Link
    std::string id;        // node id, link id, attribute key, source id, theory id
    std::string caseId;    // Case, Cell (with a node id), AttributeValue (with a key)

    bool operator==(const Selection&) const = default;

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
};

}  // namespace rw::gui
