// Conditions: what each rule makes of a case, which rules are refused, and how they are stored.

#include <gtest/gtest.h>

#include "model/core/conditions.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"

namespace rw {
namespace {

Project typedProject() {
    Project project;
    project.meta.title = "Typed";
    project.attributes = {
        {"size", "Size", AttributeType::Ordinal, "", "", {"small", "medium", "large"}},
        {"index", "Index", AttributeType::Number, "", "", {}},
        {"since", "Since", AttributeType::Date, "", "", {}},
        {"active", "Active", AttributeType::Flag, "", "", {}},
        {"who", "Who", AttributeType::Text, "", "", {}},
    };
    Theory theory{"t", "T", "", {}, {}};
    Node i;
    i.id = "i";
    i.kind = NodeKind::Intervention;
    i.label = "Intervention";
    Node m;
    m.id = "m";
    m.label = "Mechanism";
    theory.nodes = {i, m};
    project.theories.push_back(theory);
    Case c;
    c.id = "a";
    c.name = "A";
    c.values = {{"size", "medium", ""}, {"index", "9.50", ""}, {"since", "2017-04", ""}, {"active", "true", ""},
                {"who", "W, G", ""}};
    project.cases.push_back(c);
    Case empty;
    empty.id = "b";
    empty.name = "B";
    project.cases.push_back(empty);
    return project;
}

Condition rule(const std::string& attribute, ConditionOp op, const std::string& value) {
    Condition condition;
    condition.id = "r";
    condition.attribute = attribute;
    condition.op = op;
    condition.value = value;
    return condition;
}

struct RuleCase {
    const char* attribute;
    ConditionOp op;
    const char* value;
    bool expected;
};

// Ordinals compare by scale, numbers as numbers, dates in time (partial dates as their first day).
TEST(Conditions, EvaluateRespectsTheAttributeType) {
    Project project = typedProject();
    const RuleCase table[] = {
        {"size", ConditionOp::AtLeast, "medium", true},  {"size", ConditionOp::Greater, "medium", false},
        {"size", ConditionOp::Less, "large", true},       {"size", ConditionOp::AtMost, "small", false},
        {"size", ConditionOp::Equal, "medium", true},     {"size", ConditionOp::NotEqual, "medium", false},
        {"index", ConditionOp::Equal, "9.5", true},       {"index", ConditionOp::AtLeast, "10", false},
        {"index", ConditionOp::Greater, "9", true},       {"index", ConditionOp::Less, "10", true},
        {"since", ConditionOp::AtLeast, "2017", true},    {"since", ConditionOp::Less, "2017-05-01", true},
        {"since", ConditionOp::Greater, "2017-04", false}, {"active", ConditionOp::Equal, "true", true},
        {"active", ConditionOp::NotEqual, "true", false}, {"who", ConditionOp::Contains, "W", true},
        {"who", ConditionOp::Contains, "P", false},       {"who", ConditionOp::Equal, "W", false},
        {"who", ConditionOp::NotEqual, "-", true},
    };
    for (const RuleCase& row : table) {
        Condition condition = rule(row.attribute, row.op, row.value);
        ASSERT_EQ(whyConditionInvalid(project, condition), "") << describeRule(condition);
        Membership m = evaluate(project, condition, project.cases[0]);
        EXPECT_EQ(m.status, Membership::Status::Observed) << describeRule(condition);
        EXPECT_EQ(m.value, row.expected) << describeRule(condition);
    }
}

TEST(Conditions, MissingValuesFollowThePolicy) {
    Project project = typedProject();
    Condition condition = rule("size", ConditionOp::AtLeast, "medium");
    Membership excluded = evaluate(project, condition, project.cases[1]);
    EXPECT_FALSE(excluded.included());
    EXPECT_EQ(excluded.why, "no value for size");
    condition.missing = MissingPolicy::CountTrue;
    Membership imputed = evaluate(project, condition, project.cases[1]);
    EXPECT_EQ(imputed.status, Membership::Status::Imputed);
    EXPECT_TRUE(imputed.value);
    condition.missing = MissingPolicy::CountFalse;
    EXPECT_FALSE(evaluate(project, condition, project.cases[1]).value);
    EXPECT_EQ(describePolicy(condition), "missing: counts as false");
}

TEST(Conditions, VerdictConditionsAndInterventionsInPlace) {
    Project project = typedProject();
    Condition condition;
    condition.id = "v";
    condition.node = "m";
    project.cases[0].verdicts.push_back({"m", VerdictValue::Mixed, "", {}});
    EXPECT_FALSE(evaluate(project, condition, project.cases[0]).included());
    condition.mixed = MissingPolicy::CountTrue;
    EXPECT_TRUE(evaluate(project, condition, project.cases[0]).value);
    EXPECT_EQ(evaluate(project, condition, project.cases[1]).why, "m not assessed");
    EXPECT_EQ(describeRule(condition), "m ✓");
    EXPECT_EQ(describePolicy(condition), "not assessed: case excluded; ?: counts as true");
    // An intervention without a verdict is in place in every case.
    auto intervention = resolveCondition(project, "i");
    ASSERT_TRUE(intervention);
    EXPECT_TRUE(evaluate(project, *intervention, project.cases[1]).value);
    EXPECT_FALSE(resolveCondition(project, "nothing"));
}

TEST(Conditions, RefusesRulesThatDoNotFit) {
    Project project = typedProject();
    struct Bad {
        Condition condition;
        const char* why;
    };
    Condition both = rule("size", ConditionOp::Equal, "small");
    both.node = "m";
    Condition neither;
    neither.id = "r";
    Condition missingNode;
    missingNode.id = "r";
    missingNode.node = "ghost";
    const Bad table[] = {
        {both, "condition \"r\" needs exactly one of attribute and node"},
        {neither, "condition \"r\" needs exactly one of attribute and node"},
        {missingNode, "condition \"r\" names missing node \"ghost\""},
        {rule("ghost", ConditionOp::Equal, "x"), "condition \"r\" names undeclared attribute \"ghost\""},
        {rule("size", ConditionOp::Equal, ""), "condition \"r\" has no value to compare with"},
        {rule("size", ConditionOp::AtLeast, "huge"), "condition \"r\": value \"huge\" is not on the scale small|medium|large"},
        {rule("index", ConditionOp::Contains, "9"), "condition \"r\": contains needs a text attribute, \"index\" is number"},
        {rule("who", ConditionOp::AtLeast, "W"), "condition \"r\": >= needs a number, ordinal or date attribute, \"who\" is text"},
        {rule("active", ConditionOp::Less, "true"), "condition \"r\": < needs a number, ordinal or date attribute, \"active\" is flag"},
        {rule("index", ConditionOp::Greater, "ten"), "condition \"r\": value \"ten\" is not a number (write decimals with a dot)"},
    };
    for (const Bad& bad : table) EXPECT_EQ(whyConditionInvalid(project, bad.condition), bad.why);
}

TEST(Conditions, SpellingsRoundTrip) {
    for (ConditionOp op : {ConditionOp::Equal, ConditionOp::NotEqual, ConditionOp::Contains, ConditionOp::AtLeast,
                           ConditionOp::AtMost, ConditionOp::Greater, ConditionOp::Less}) {
        EXPECT_EQ(parseConditionOp(toString(op)), op);
        EXPECT_EQ(parseConditionOp(symbol(op)), op);
    }
    for (MissingPolicy policy : {MissingPolicy::Exclude, MissingPolicy::CountFalse, MissingPolicy::CountTrue})
        EXPECT_EQ(parseMissingPolicy(toString(policy)), policy);
    EXPECT_FALSE(parseConditionOp("=>"));
    EXPECT_FALSE(parseMissingPolicy("maybe"));
}

TEST(ConditionsFile, SavedCanonicallyAndReadBack) {
    Project project = typedProject();
    Condition big = rule("size", ConditionOp::AtLeast, "medium");
    big.id = "big";
    big.label = "Big";
    big.missing = MissingPolicy::CountFalse;
    Condition mech;
    mech.id = "mech";
    mech.node = "m";
    mech.mixed = MissingPolicy::CountTrue;
    mech.description = "Line one\nline two";
    project.conditions = {big, mech};
    std::string xml = writeProject(project);
    EXPECT_NE(xml.find("  <conditions>\n    <condition id=\"big\" attribute=\"size\" op=\"ge\" value=\"medium\" "
                       "missing=\"false\">\n      <label>Big</label>\n    </condition>\n"
                       "    <condition id=\"mech\" node=\"m\" mixed=\"true\">\n"),
              std::string::npos)
        << xml;
    EXPECT_LT(xml.find("</attributes>"), xml.find("<conditions>"));
    EXPECT_LT(xml.find("</conditions>"), xml.find("<theories>"));
    LoadResult loaded = readProject(xml, "p");
    ASSERT_TRUE(loaded) << loaded.error.toString();
    EXPECT_EQ(loaded.project->conditions, project.conditions);
    EXPECT_EQ(writeProject(*loaded.project), xml);
}

std::string withConditions(const std::string& conditions) {
    return "<?xml version=\"1.0\"?>\n<realist format=\"1\">\n<meta><title>x</title></meta>\n<attributes>\n"
           "<attribute key=\"size\" type=\"ordinal\" scale=\"s|l\">Size</attribute>\n</attributes>\n<conditions>\n" +
           conditions +
           "\n</conditions>\n<theories><theory id=\"t\"><name>T</name><node id=\"m\" kind=\"mechanism\"><label>M</label>"
           "</node></theory></theories>\n</realist>\n";
}

// Each malformed condition is refused with the line and column of what is wrong (line 8).
TEST(ConditionsFile, MalformedConditionsAreRefusedWithAPosition) {
    struct Bad {
        const char* condition;
        int column;
        const char* message;
    };
    const Bad table[] = {
        {"<condition id=\"c\" attribute=\"size\" op=\"ge\" value=\"xl\" />", 44,
         "condition \"c\": value \"xl\" is not on the scale s|l"},
        {"<condition id=\"c\" attribute=\"size\" op=\"about\" value=\"s\" />", 36,
         "unknown op \"about\" (expected eq, ne, contains, ge, le, gt, lt)"},
        {"<condition id=\"c\" attribute=\"size\" value=\"s\" />", 1, "condition \"c\" has no op"},
        {"<condition id=\"c\" attribute=\"colour\" op=\"eq\" value=\"s\" />", 19,
         "condition \"c\" names undeclared attribute \"colour\""},
        {"<condition id=\"c\" attribute=\"size\" op=\"contains\" value=\"s\" />", 36,
         "condition \"c\": contains needs a text attribute, \"size\" is ordinal"},
        {"<condition id=\"c\" node=\"ghost\" />", 19, "condition \"c\" names missing node \"ghost\""},
        {"<condition id=\"c\" node=\"m\" op=\"eq\" />", 28, "a verdict condition has no op"},
        {"<condition id=\"c\" attribute=\"size\" op=\"eq\" value=\"s\" mixed=\"true\" />", 54,
         "only verdict conditions have a mixed policy"},
        {"<condition id=\"c\" node=\"m\" missing=\"sometimes\" />", 28,
         "unknown missing \"sometimes\" (expected exclude, false, true)"},
        {"<condition id=\"size\" node=\"m\" />", 12, "condition id \"size\" is also an attribute key"},
        {"<condition id=\"c\" node=\"m\" /><condition id=\"c\" node=\"m\" />", 41, "duplicate condition id \"c\""},
        {"<condition id=\"c\" node=\"m\" colour=\"red\" />", 28, "unknown attribute colour on <condition>"},
    };
    for (const Bad& bad : table) {
        LoadResult loaded = readProject(withConditions(bad.condition), "p.realist");
        ASSERT_FALSE(loaded) << bad.condition;
        EXPECT_EQ(loaded.error.line, 8) << bad.condition;
        EXPECT_EQ(loaded.error.column, bad.column) << bad.condition << ": " << loaded.error.toString();
        EXPECT_EQ(loaded.error.message, bad.message) << bad.condition;
    }
}

}  // namespace
}  // namespace rw
