#pragma once
// The project: plain value types. Edits from the GUI and scripts go through commands
// (commands.h); readers and checks use these structs directly.

#include <optional>
#include <string>
#include <vector>

#include "model/core/kinds.h"

namespace rw {

// Where a quote or claim sits in a source. Zero / empty fields are unknown.
struct Location {
    int lineBegin = 0;  // 1-based, inclusive
    int lineEnd = 0;
    long charBegin = -1;  // 0-based Unicode offsets, end exclusive
    long charEnd = -1;
    std::string page;
    std::string at;  // timestamp in a recording
    bool operator==(const Location&) const = default;
};

struct SourceRef {
    std::string source;  // Source::id
    Location location;
    bool operator==(const SourceRef&) const = default;
};

struct Node {
    std::string id;
    NodeKind kind = NodeKind::Mechanism;
    OutcomeLevel level = OutcomeLevel::Final;  // meaningful for outcomes only
    std::string label;
    std::string description;
    std::string assumption;
    std::vector<SourceRef> refs;
    bool operator==(const Node&) const = default;
};

struct Link {
    std::string id;
    std::string from;
    std::string to;
    LinkKind kind = LinkKind::Causes;
    std::string label;
    std::string description;
    std::string assumption;
    std::vector<SourceRef> refs;
    bool operator==(const Link&) const = default;
};

struct Theory {
    std::string id;
    std::string name;
    std::string description;
    std::vector<Node> nodes;
    std::vector<Link> links;
    bool operator==(const Theory&) const = default;

    // Returns the node with this id, or nullptr.
    const Node* findNode(const std::string& nodeId) const;
    Node* findNode(const std::string& nodeId);
    // Returns the link with this id, or nullptr.
    const Link* findLink(const std::string& linkId) const;
    Link* findLink(const std::string& linkId);
    // Returns the index of the node, or -1.
    int nodeIndex(const std::string& nodeId) const;
};

struct Evidence {
    std::string id;
    std::string quote;
    Stance stance = Stance::Supports;
    std::string informant;  // Informant::id, may be empty
    std::string role;       // e.g. beheerder, deelnemer, wijkagent
    std::string note;
    SourceRef ref;  // ref.source may be empty
    bool operator==(const Evidence&) const = default;
};

struct Verdict {
    std::string node;  // Node::id
    VerdictValue value = VerdictValue::NotAssessed;
    std::string note;
    std::vector<Evidence> evidence;
    bool operator==(const Verdict&) const = default;
};

struct AttributeValue {
    std::string key;  // AttributeDef::key
    std::string value;
    std::string note;
    bool operator==(const AttributeValue&) const = default;
};

// Primary messages of one category in a chat history, as counted and as reported.
struct MessageCount {
    std::string category;            // Category::id
    std::optional<long> count;       // nullopt: not known (n.b.)
    std::string perMonth;            // as the study reported it ("0.31"), may be empty
    bool operator==(const MessageCount&) const = default;
};

struct MessageCounts {
    std::string from;  // ISO date
    std::string to;
    std::string months;  // as reported ("8.5")
    std::vector<MessageCount> counts;
    bool empty() const { return from.empty() && to.empty() && months.empty() && counts.empty(); }
    bool operator==(const MessageCounts&) const = default;
};

struct Case {
    std::string id;
    std::string shortName;
    std::string name;
    std::string description;
    std::vector<AttributeValue> values;
    MessageCounts messages;
    std::vector<Verdict> verdicts;
    bool operator==(const Case&) const = default;

    // Returns the verdict on a node, or NotAssessed.
    VerdictValue verdictOn(const std::string& nodeId) const;
    // Returns the verdict record for a node, or nullptr when not assessed.
    const Verdict* findVerdict(const std::string& nodeId) const;
    Verdict* findVerdict(const std::string& nodeId);
    // Returns the attribute value, or nullptr when the case has none.
    const AttributeValue* findValue(const std::string& key) const;
    // Returns the short name when there is one, else the name, else the id.
    const std::string& displayName() const;
};

struct AttributeDef {
    std::string key;
    std::string label;
    AttributeType type = AttributeType::Text;
    std::string group;
    std::string unit;
    std::vector<std::string> scale;  // ordinal levels, low to high
    std::string indicator;  // the derived message indicator it reports (message_indicators.h), or ""
    bool operator==(const AttributeDef&) const = default;
};

// A named binarisation rule for cross-case analysis (QCA, splits): true or false per case, from a
// case attribute (`attribute op value`) or from a node's verdict (supported = true, refuted = false).
struct Condition {
    std::string id;
    std::string label;
    std::string description;
    std::string attribute;  // AttributeDef::key; empty for a verdict condition
    std::string node;       // Node::id; empty for an attribute condition
    ConditionOp op = ConditionOp::Equal;  // attribute conditions only
    std::string value;                    // attribute conditions only
    MissingPolicy missing = MissingPolicy::Exclude;  // no value, or a node not assessed
    MissingPolicy mixed = MissingPolicy::Exclude;    // verdict conditions only: a ? verdict
    bool operator==(const Condition&) const = default;
};

struct Category {
    std::string id;
    std::string label;
    bool safety = false;  // counts towards the share of safety messages
    std::vector<std::string> keywords;  // for automatic pre-coding (message_coding.h); "*": the rest
    bool operator==(const Category&) const = default;
};

// A coded segment of a source: a stretch of its text tagged with a code that is not (yet)
// evidence for a node in a case. A chat message coded into a message category (the code is a
// Category::id), or a coded selection from a QDA program whose code or case is not mapped.
struct Coding {
    std::string code;    // Category::id, or the code's name in the program it came from
    std::string caseId;  // Case::id, may be empty
    Location location;   // where it sits in the source text
    std::string note;
    bool automatic = false;  // made by keyword pre-coding, not by hand: auto-coding may redo it
    bool operator==(const Coding&) const = default;
};

struct Source {
    std::string id;
    SourceKind kind = SourceKind::Document;
    std::string title;
    std::string file;
    std::string sha256;
    std::string date;
    std::string text;  // embedded text, may be empty
    std::vector<Coding> codings;
    bool operator==(const Source&) const = default;
};

// A pseudonymous informant: a role, never a real name.
struct Informant {
    std::string id;
    std::string role;
    std::string caseId;
    std::string note;
    bool operator==(const Informant&) const = default;
};

struct Meta {
    std::string title;
    std::vector<std::string> authors;
    std::string description;
    std::string created;
    bool operator==(const Meta&) const = default;
};

struct Project {
    static constexpr int kFormatVersion = 1;

    std::string language = "en";
    Meta meta;
    std::vector<Source> sources;
    std::vector<Informant> informants;
    std::vector<Category> categories;
    std::vector<AttributeDef> attributes;
    std::vector<Condition> conditions;  // see model/core/conditions.h
    std::vector<Theory> theories;
    std::vector<Case> cases;
    bool operator==(const Project&) const = default;

    // Look-ups return nullptr when nothing has the id.
    const Theory* findTheory(const std::string& id) const;
    Theory* findTheory(const std::string& id);
    const Case* findCase(const std::string& id) const;
    Case* findCase(const std::string& id);
    const Source* findSource(const std::string& id) const;
    const Informant* findInformant(const std::string& id) const;
    const AttributeDef* findAttribute(const std::string& key) const;
    const Category* findCategory(const std::string& id) const;
    // Returns the node with this id in the first theory that has it, or nullptr.
    const Node* findNodeAnywhere(const std::string& nodeId) const;
    // Returns the case whose id or short name matches (case-insensitive), or nullptr.
    const Case* findCaseByName(const std::string& idOrShort) const;
};

}  // namespace rw
