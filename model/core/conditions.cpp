#include "model/core/conditions.h"

#include <array>
#include <utility>

#include "model/core/translate.h"
#include "model/core/values.h"

namespace rw {
namespace {

bool isOrdering(ConditionOp op) {
    return op == ConditionOp::AtLeast || op == ConditionOp::AtMost || op == ConditionOp::Greater ||
           op == ConditionOp::Less;
}

// Partial dates count as their first day, so "2017-04" >= "2017" and "2017" < "2017-06".
std::string paddedDate(const std::string& date) {
    if (date.size() == 4) return date + "-01-01";
    if (date.size() == 7) return date + "-01";
    return date;
}

// Returns <0, 0, >0 as `a` is below, equal to or above `b` on the attribute's type, or nullopt
// when either does not fit the type.
std::optional<int> compare(const AttributeDef& attribute, const std::string& a, const std::string& b) {
    auto order = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (attribute.type) {
        case AttributeType::Number: {
            auto x = parseNumber(a), y = parseNumber(b);
            if (!x || !y) return std::nullopt;
            return order(*x, *y);
        }
        case AttributeType::Ordinal: {
            int x = ordinalRank(attribute, a), y = ordinalRank(attribute, b);
            if (x < 0 || y < 0) return std::nullopt;
            return order(x, y);
        }
        case AttributeType::Date:
            if (!isIsoDate(a) || !isIsoDate(b)) return std::nullopt;
            return order(paddedDate(a), paddedDate(b));
        case AttributeType::Text:
        case AttributeType::Flag: return order(a, b);
    }
    return std::nullopt;
}

std::optional<bool> apply(const AttributeDef& attribute, ConditionOp op, const std::string& value,
                          const std::string& threshold) {
    if (op == ConditionOp::Contains) return value.find(threshold) != std::string::npos;
    auto order = compare(attribute, value, threshold);
    if (!order) return std::nullopt;
    switch (op) {
        case ConditionOp::Equal: return *order == 0;
        case ConditionOp::NotEqual: return *order != 0;
        case ConditionOp::AtLeast: return *order >= 0;
        case ConditionOp::AtMost: return *order <= 0;
        case ConditionOp::Greater: return *order > 0;
        case ConditionOp::Less: return *order < 0;
        case ConditionOp::Contains: break;
    }
    return std::nullopt;
}

Membership byPolicy(MissingPolicy policy, std::string why) {
    if (policy == MissingPolicy::Exclude) return {Membership::Status::Excluded, false, std::move(why)};
    return {Membership::Status::Imputed, policy == MissingPolicy::CountTrue, std::move(why)};
}

std::string policyPhrase(MissingPolicy policy) {
    switch (policy) {
        case MissingPolicy::Exclude: return tr("case excluded");
        case MissingPolicy::CountFalse: return tr("counts as false");
        case MissingPolicy::CountTrue: return tr("counts as true");
    }
    return {};
}

}  // namespace

const Condition* findCondition(const Project& project, const std::string& id) {
    for (const Condition& condition : project.conditions)
        if (condition.id == id) return &condition;
    return nullptr;
}

std::string whyConditionInvalid(const Project& project, const Condition& condition) {
    if (condition.attribute.empty() == condition.node.empty())
        return "condition \"" + condition.id + "\" needs exactly one of attribute and node";
    if (!condition.node.empty()) {
        if (!project.findNodeAnywhere(condition.node))
            return "condition \"" + condition.id + "\" names missing node \"" + condition.node + "\"";
        return {};
    }
    const AttributeDef* attribute = project.findAttribute(condition.attribute);
    if (!attribute) return "condition \"" + condition.id + "\" names undeclared attribute \"" + condition.attribute + "\"";
    if (condition.value.empty()) return "condition \"" + condition.id + "\" has no value to compare with";
    std::string type(toString(attribute->type));
    if (condition.op == ConditionOp::Contains && attribute->type != AttributeType::Text)
        return "condition \"" + condition.id + "\": contains needs a text attribute, \"" + attribute->key + "\" is " + type;
    if (isOrdering(condition.op) &&
        (attribute->type == AttributeType::Text || attribute->type == AttributeType::Flag))
        return "condition \"" + condition.id + "\": " + std::string(symbol(condition.op)) +
               " needs a number, ordinal or date attribute, \"" + attribute->key + "\" is " + type;
    if (condition.op != ConditionOp::Contains) {
        std::string why = whyValueDoesNotFit(*attribute, condition.value);
        if (!why.empty()) return "condition \"" + condition.id + "\": value \"" + condition.value + "\" " + why;
    }
    return {};
}

std::optional<Condition> resolveCondition(const Project& project, const std::string& name) {
    if (const Condition* condition = findCondition(project, name)) return *condition;
    if (const Node* node = project.findNodeAnywhere(name)) {
        Condition made;
        made.id = name;
        made.label = node->label.substr(0, node->label.find('\n'));
        made.node = name;
        return made;
    }
    return std::nullopt;
}

std::string describeRule(const Condition& condition) {
    if (!condition.node.empty()) return condition.node + " ✓";
    return condition.attribute + " " + std::string(symbol(condition.op)) + " " + condition.value;
}

std::string describePolicy(const Condition& condition) {
    if (condition.node.empty()) return fill(tr("missing: {1}"), {policyPhrase(condition.missing)});
    return fill(tr("not assessed: {1}; ?: {2}"), {policyPhrase(condition.missing), policyPhrase(condition.mixed)});
}

Membership evaluate(const Project& project, const Condition& condition, const Case& c) {
    using Status = Membership::Status;
    if (!condition.node.empty()) {
        const Node* node = project.findNodeAnywhere(condition.node);
        VerdictValue verdict = c.verdictOn(condition.node);
        // An intervention without a verdict is in place: every case is a case of it.
        if (verdict == VerdictValue::NotAssessed && node && node->kind == NodeKind::Intervention)
            return {Status::Observed, true, {}};
        switch (verdict) {
            case VerdictValue::Supported: return {Status::Observed, true, {}};
            case VerdictValue::Refuted: return {Status::Observed, false, {}};
            case VerdictValue::Mixed: return byPolicy(condition.mixed, fill(tr("? on {1}"), {condition.node}));
            case VerdictValue::NotAssessed: break;
        }
        return byPolicy(condition.missing, fill(tr("{1} not assessed"), {condition.node}));
    }
    const AttributeDef* attribute = project.findAttribute(condition.attribute);
    const AttributeValue* value = c.findValue(condition.attribute);
    if (!attribute || !value || value->value.empty())
        return byPolicy(condition.missing, fill(tr("no value for {1}"), {condition.attribute}));
    std::optional<bool> result = apply(*attribute, condition.op, value->value, condition.value);
    if (!result)
        return byPolicy(condition.missing,
                        fill(tr("value \"{1}\" of {2} does not fit"), {value->value, condition.attribute}));
    return {Status::Observed, *result, {}};
}

}  // namespace rw
