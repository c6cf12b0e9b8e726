#include "model/core/kinds.h"

#include <array>
#include <utility>

#include "model/core/translate.h"

namespace rw {
namespace {

// One table per enum keeps spelling and parsing in a single place.
template <typename Enum, std::size_t N>
using Spellings = std::array<std::pair<Enum, std::string_view>, N>;

constexpr Spellings<NodeKind, 5> kNodeKinds{{{NodeKind::Intervention, "intervention"},
                                             {NodeKind::Context, "context"},
                                             {NodeKind::Mechanism, "mechanism"},
                                             {NodeKind::Outcome, "outcome"},
                                             {NodeKind::SideEffect, "side-effect"}}};
constexpr Spellings<OutcomeLevel, 2> kLevels{
    {{OutcomeLevel::Intermediate, "intermediate"}, {OutcomeLevel::Final, "final"}}};
constexpr Spellings<LinkKind, 3> kLinkKinds{{{LinkKind::Causes, "causes"},
                                             {LinkKind::Enables, "enables"},
                                             {LinkKind::Prevents, "prevents"}}};
constexpr Spellings<VerdictValue, 4> kVerdicts{{{VerdictValue::NotAssessed, "not-assessed"},
                                                {VerdictValue::Supported, "supported"},
                                                {VerdictValue::Refuted, "refuted"},
                                                {VerdictValue::Mixed, "mixed"}}};
constexpr Spellings<Stance, 2> kStances{
    {{Stance::Supports, "supports"}, {Stance::Contradicts, "contradicts"}}};
constexpr Spellings<AttributeType, 5> kAttributeTypes{{{AttributeType::Text, "text"},
                                                       {AttributeType::Number, "number"},
                                                       {AttributeType::Ordinal, "ordinal"},
                                                       {AttributeType::Flag, "flag"},
                                                       {AttributeType::Date, "date"}}};
constexpr Spellings<SourceKind, 5> kSourceKinds{{{SourceKind::Document, "document"},
                                                 {SourceKind::Interview, "interview"},
                                                 {SourceKind::FocusGroup, "focus-group"},
                                                 {SourceKind::ChatHistory, "chat-history"},
                                                 {SourceKind::Literature, "literature"}}};
constexpr Spellings<Severity, 3> kSeverities{
    {{Severity::Info, "info"}, {Severity::Warning, "warning"}, {Severity::Error, "error"}}};

struct OpSpelling {
    ConditionOp op;
    std::string_view file;
    std::string_view symbol;
};

constexpr std::array<OpSpelling, 7> kOps{{{ConditionOp::Equal, "eq", "=="},
                                          {ConditionOp::NotEqual, "ne", "!="},
                                          {ConditionOp::Contains, "contains", "contains"},
                                          {ConditionOp::AtLeast, "ge", ">="},
                                          {ConditionOp::AtMost, "le", "<="},
                                          {ConditionOp::Greater, "gt", ">"},
                                          {ConditionOp::Less, "lt", "<"}}};

constexpr Spellings<MissingPolicy, 3> kPolicies{
    {{MissingPolicy::Exclude, "exclude"}, {MissingPolicy::CountFalse, "false"}, {MissingPolicy::CountTrue, "true"}}};

template <typename Enum, std::size_t N>
std::string_view spell(const Spellings<Enum, N>& table, Enum value) {
    for (const auto& [v, s] : table)
        if (v == value) return s;
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const Spellings<Enum, N>& table, std::string_view text) {
    for (const auto& [v, s] : table)
        if (s == text) return v;
    return std::nullopt;
}

}  // namespace

std::string_view toString(NodeKind kind) { return spell(kNodeKinds, kind); }
std::string_view toString(OutcomeLevel level) { return spell(kLevels, level); }
std::string_view toString(LinkKind kind) { return spell(kLinkKinds, kind); }
std::string_view toString(VerdictValue value) { return spell(kVerdicts, value); }
std::string_view toString(Stance stance) { return spell(kStances, stance); }
std::string_view toString(AttributeType type) { return spell(kAttributeTypes, type); }
std::string_view toString(SourceKind kind) { return spell(kSourceKinds, kind); }
std::string_view toString(Severity severity) { return spell(kSeverities, severity); }

std::optional<NodeKind> parseNodeKind(std::string_view t) { return parse(kNodeKinds, t); }
std::optional<OutcomeLevel> parseOutcomeLevel(std::string_view t) { return parse(kLevels, t); }
std::optional<LinkKind> parseLinkKind(std::string_view t) { return parse(kLinkKinds, t); }
std::optional<Stance> parseStance(std::string_view t) { return parse(kStances, t); }
std::optional<AttributeType> parseAttributeType(std::string_view t) {
    return parse(kAttributeTypes, t);
}
std::optional<SourceKind> parseSourceKind(std::string_view t) { return parse(kSourceKinds, t); }

std::optional<VerdictValue> parseVerdictValue(std::string_view text) {
    return parse(kVerdicts, text);
}

std::string_view toString(ConditionOp op) {
    for (const OpSpelling& s : kOps)
        if (s.op == op) return s.file;
    return {};
}

std::string_view symbol(ConditionOp op) {
    for (const OpSpelling& s : kOps)
        if (s.op == op) return s.symbol;
    return {};
}

std::string_view toString(MissingPolicy policy) { return spell(kPolicies, policy); }

std::optional<ConditionOp> parseConditionOp(std::string_view text) {
    for (const OpSpelling& s : kOps)
        if (s.file == text || s.symbol == text) return s.op;
    return std::nullopt;
}

std::optional<MissingPolicy> parseMissingPolicy(std::string_view t) { return parse(kPolicies, t); }

std::string_view verdictSymbol(VerdictValue value) {
    switch (value) {
        case VerdictValue::Supported: return "✓";
        case VerdictValue::Refuted: return "x";
        case VerdictValue::Mixed: return "?";
        case VerdictValue::NotAssessed: return "";
    }
    return "";
}

std::string_view displayName(NodeKind kind) {
    switch (kind) {
        case NodeKind::Intervention: return "intervention";
        case NodeKind::Context: return "context";
        case NodeKind::Mechanism: return "mechanism";
        case NodeKind::Outcome: return "outcome";
        case NodeKind::SideEffect: return "side effect";
    }
    return "";
}

std::string localName(NodeKind kind) {
    switch (kind) {
        case NodeKind::Intervention: return tr("intervention");
        case NodeKind::Context: return tr("context");
        case NodeKind::Mechanism: return tr("mechanism");
        case NodeKind::Outcome: return tr("outcome");
        case NodeKind::SideEffect: return tr("side effect");
    }
    return "";
}

}  // namespace rw
