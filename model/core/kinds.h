#pragma once
// The closed vocabularies of the model and their spellings in files and on the command line.

#include <optional>
#include <string>
#include <string_view>

namespace rw {

enum class NodeKind { Intervention, Context, Mechanism, Outcome, SideEffect };
enum class OutcomeLevel { Intermediate, Final };
enum class LinkKind { Causes, Enables, Prevents };
enum class VerdictValue { NotAssessed, Supported, Refuted, Mixed };
enum class Stance { Supports, Contradicts };
enum class AttributeType { Text, Number, Ordinal, Flag, Date };
enum class SourceKind { Document, Interview, FocusGroup, ChatHistory, Literature };
enum class Severity { Info, Warning, Error };

// How a condition compares a case attribute with its value. Spelled eq, ne, contains, ge, le,
// gt, lt in files; ordering compares numbers as numbers, ordinals by their scale, dates by time.
enum class ConditionOp { Equal, NotEqual, Contains, AtLeast, AtMost, Greater, Less };

// What a condition makes of a case without a value (or a ? verdict): leave the case out of the
// analysis, or count it as false or as true. Spelled exclude, false, true in files.
enum class MissingPolicy { Exclude, CountFalse, CountTrue };

// Returns the file spelling ("side-effect", "supported", ...).
std::string_view toString(NodeKind kind);
std::string_view toString(OutcomeLevel level);
std::string_view toString(LinkKind kind);
std::string_view toString(VerdictValue value);
std::string_view toString(Stance stance);
std::string_view toString(AttributeType type);
std::string_view toString(SourceKind kind);
std::string_view toString(Severity severity);
std::string_view toString(ConditionOp op);      // "eq", "ne", "contains", "ge", "le", "gt", "lt"
std::string_view toString(MissingPolicy policy); // "exclude", "false", "true"

// Returns the value for a file spelling, or nullopt when the spelling is unknown.
std::optional<NodeKind> parseNodeKind(std::string_view text);
std::optional<OutcomeLevel> parseOutcomeLevel(std::string_view text);
std::optional<LinkKind> parseLinkKind(std::string_view text);
std::optional<VerdictValue> parseVerdictValue(std::string_view text);
std::optional<Stance> parseStance(std::string_view text);
std::optional<AttributeType> parseAttributeType(std::string_view text);
std::optional<SourceKind> parseSourceKind(std::string_view text);
// Also takes the symbol a reader sees ("==", ">=").
std::optional<ConditionOp> parseConditionOp(std::string_view text);
std::optional<MissingPolicy> parseMissingPolicy(std::string_view text);

// Returns the symbol a reader sees: "==", "!=", "contains", ">=", "<=", ">", "<".
std::string_view symbol(ConditionOp op);

// Returns the tick a reader sees in a matrix cell: "✓", "x", "?" or "".
std::string_view verdictSymbol(VerdictValue value);

// Returns a human name for a node kind ("side effect").
std::string_view displayName(NodeKind kind);
// Returns displayName(kind) in the user's language (model/core/translate.h).
std::string localName(NodeKind kind);

}  // namespace rw
