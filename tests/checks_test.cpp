// One positive and one negative test per check code, on small projects built in code.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/checks/checks.h"
#include "model/core/message_indicators.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

using test::chainProject;
using test::codesOf;
using test::tick;
using ::testing::Contains;
using ::testing::Not;

const Finding* findCode(const std::vector<Finding>& findings, const std::string& code) {
    for (const Finding& f : findings)
        if (f.code == code) return &f;
    return nullptr;
}

TEST(Checks, CleanChainHasNoFindings) {
    Project project = chainProject();
    for (const char* node : {"m1", "m2", "o"}) {
        tick(project, "a", node, VerdictValue::Supported);
        tick(project, "b", node, VerdictValue::Supported);
    }
    EXPECT_TRUE(runChecks(project).empty());
}

TEST(Checks, UnreachableOutcome) {
    Project project = chainProject();
    EXPECT_THAT(codesOf(project), Not(Contains("RW-UNREACHABLE-OUTCOME")));
    std::erase_if(project.theories[0].links, [](const Link& l) { return l.to == "o"; });
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-UNREACHABLE-OUTCOME");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_EQ(f->nodes, std::vector<std::string>{"o"});
    EXPECT_EQ(f->message, "Final outcome Outcome cannot be reached from any intervention.");
}

TEST(Checks, IntermediateOutcomeNeedNotBeReachable) {
    Project project = chainProject();
    Node extra;
    extra.id = "x";
    extra.kind = NodeKind::Outcome;
    extra.level = OutcomeLevel::Intermediate;
    extra.label = "Side goal";
    extra.refs.push_back({"doc", {}});
    project.theories[0].nodes.push_back(extra);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-UNREACHABLE-OUTCOME")));
}

TEST(Checks, OrphanMechanism) {
    Project project = chainProject();
    EXPECT_THAT(codesOf(project), Not(Contains("RW-ORPHAN-MECHANISM")));
    std::erase_if(project.theories[0].links, [](const Link& l) { return l.from == "m2"; });
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-ORPHAN-MECHANISM");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->nodes, std::vector<std::string>{"m2"});
}

TEST(Checks, UnattachedContext) {
    Project project = chainProject();
    Node context;
    context.id = "c";
    context.kind = NodeKind::Context;
    context.label = "Active moderator";
    context.assumption = "stated";
    context.refs.push_back({"doc", {}});
    project.theories[0].nodes.push_back(context);
    EXPECT_THAT(codesOf(project), Contains("RW-UNATTACHED-CONTEXT"));
    Link enables;
    enables.id = "c--m1";
    enables.from = "c";
    enables.to = "m1";
    enables.kind = LinkKind::Enables;
    enables.assumption = "stated";
    enables.refs.push_back({"doc", {}});
    project.theories[0].links.push_back(enables);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-UNATTACHED-CONTEXT")));
}

TEST(Checks, DanglingLink) {
    Project project = chainProject();
    EXPECT_THAT(codesOf(project), Not(Contains("RW-DANGLING-LINK")));
    project.theories[0].links[1].to = "gone";
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-DANGLING-LINK");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->links, std::vector<std::string>{"m1--m2"});
    EXPECT_NE(f->message.find("gone"), std::string::npos);
}

TEST(Checks, DuplicateLink) {
    Project project = chainProject();
    EXPECT_THAT(codesOf(project), Not(Contains("RW-DUPLICATE-LINK")));
    Link copy = project.theories[0].links[0];
    copy.id = "again";
    project.theories[0].links.push_back(copy);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-DUPLICATE-LINK");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->links, (std::vector<std::string>{"i--m1", "again"}));
    EXPECT_EQ(std::count_if(findings.begin(), findings.end(),
                            [](const Finding& x) { return x.code == "RW-DUPLICATE-LINK"; }),
              1);
}

TEST(Checks, CycleIsReportedNotFatal) {
    Project project = chainProject();
    EXPECT_THAT(codesOf(project), Not(Contains("RW-CYCLE")));
    Link back = project.theories[0].links[0];
    back.id = "m2--m1";
    back.from = "m2";
    back.to = "m1";
    project.theories[0].links.push_back(back);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-CYCLE");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Info);
    EXPECT_EQ(f->nodes, (std::vector<std::string>{"m1", "m2"}));
}

TEST(Checks, SelfLoopIsACycle) {
    Project project = chainProject();
    Link self = project.theories[0].links[0];
    self.id = "loop";
    self.from = self.to = "m2";
    project.theories[0].links.push_back(self);
    EXPECT_THAT(codesOf(project), Contains("RW-CYCLE"));
}

TEST(Checks, MissingAssumptionAndSource) {
    Project project = chainProject();
    EXPECT_THAT(codesOf(project), Not(Contains("RW-MISSING-ASSUMPTION")));
    EXPECT_THAT(codesOf(project), Not(Contains("RW-MISSING-SOURCE")));
    project.theories[0].nodes[1].assumption.clear();
    project.theories[0].links[2].refs.clear();
    auto findings = runChecks(project);
    const Finding* assumption = findCode(findings, "RW-MISSING-ASSUMPTION");
    const Finding* source = findCode(findings, "RW-MISSING-SOURCE");
    ASSERT_NE(assumption, nullptr);
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(assumption->nodes, std::vector<std::string>{"m1"});
    EXPECT_EQ(source->links, std::vector<std::string>{"m2--o"});
}

TEST(Checks, BrokenLinkNamesTheCases) {
    Project project = chainProject();
    tick(project, "a", "m1", VerdictValue::Supported);
    tick(project, "a", "m2", VerdictValue::Supported);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-BROKEN-LINK")));
    tick(project, "b", "m1", VerdictValue::Supported);
    tick(project, "b", "m2", VerdictValue::Refuted);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-BROKEN-LINK");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->links, std::vector<std::string>{"m1--m2"});
    EXPECT_EQ(f->cases, std::vector<std::string>{"b"});
    EXPECT_EQ(f->message,
              "The link First → Second breaks in 1 case (Beta): First is supported there but Second is refuted.");
}

TEST(Checks, MixedSourceDoesNotBreakALink) {
    Project project = chainProject();
    tick(project, "a", "m1", VerdictValue::Mixed);
    tick(project, "a", "m2", VerdictValue::Refuted);
    tick(project, "b", "m2", VerdictValue::Supported);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-BROKEN-LINK")));
}

TEST(Checks, DeadNodeNamesTheLostRoutes) {
    Project project = chainProject();
    tick(project, "a", "m2", VerdictValue::Refuted);
    tick(project, "b", "m2", VerdictValue::Supported);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-DEAD-NODE")));
    tick(project, "b", "m2", VerdictValue::Refuted);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-DEAD-NODE");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_EQ(f->nodes, std::vector<std::string>{"m2"});
    EXPECT_EQ(f->links, (std::vector<std::string>{"m1--m2", "m2--o"}));
    EXPECT_EQ(f->message,
              "Second is refuted in both assessed cases; the routes from First to Outcome through it are broken.");
}

TEST(Checks, SideEffectNeverSeenIsNotDead) {
    Project project = chainProject();
    Node side;
    side.id = "s";
    side.kind = NodeKind::SideEffect;
    side.label = "Stigma";
    side.assumption = "stated";
    side.refs.push_back({"doc", {}});
    project.theories[0].nodes.push_back(side);
    tick(project, "a", "s", VerdictValue::Refuted);
    tick(project, "b", "s", VerdictValue::Refuted);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-DEAD-NODE")));
    EXPECT_THAT(codesOf(project), Not(Contains("RW-SIDE-EFFECT-OBSERVED")));
    tick(project, "b", "s", VerdictValue::Supported);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-SIDE-EFFECT-OBSERVED");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->message, "Side effect Stigma was observed in 1 of 2 assessed cases (Beta).");
}

TEST(Checks, UnexplainedOutcome) {
    Project project = chainProject();
    tick(project, "a", "m1", VerdictValue::Supported);
    tick(project, "a", "o", VerdictValue::Supported);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-UNEXPLAINED-OUTCOME")));
    tick(project, "b", "m1", VerdictValue::Refuted);
    tick(project, "b", "m2", VerdictValue::Supported);  // not reached: m1 is refuted
    tick(project, "b", "o", VerdictValue::Supported);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-UNEXPLAINED-OUTCOME");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->cases, std::vector<std::string>{"b"});
}

TEST(Checks, UnrealisedOutcome) {
    Project project = chainProject();
    tick(project, "a", "m1", VerdictValue::Refuted);
    tick(project, "a", "o", VerdictValue::Refuted);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-UNREALISED-OUTCOME")));
    tick(project, "b", "m1", VerdictValue::Supported);
    tick(project, "b", "o", VerdictValue::Refuted);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-UNREALISED-OUTCOME");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->cases, std::vector<std::string>{"b"});
}

TEST(Checks, RefutedInterventionBlocksEveryPath) {
    Project project = chainProject();
    tick(project, "a", "i", VerdictValue::Refuted);
    tick(project, "a", "m1", VerdictValue::Supported);
    tick(project, "a", "o", VerdictValue::Refuted);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-UNREALISED-OUTCOME")));
}

TEST(Checks, UnsubstantiatedVerdict) {
    Project project = chainProject();
    tick(project, "a", "m1", VerdictValue::Supported, true);
    EXPECT_THAT(codesOf(project), Not(Contains("RW-UNSUBSTANTIATED-VERDICT")));
    tick(project, "a", "m2", VerdictValue::Refuted, false);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-UNSUBSTANTIATED-VERDICT");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->nodes, std::vector<std::string>{"m2"});
    EXPECT_EQ(f->cases, std::vector<std::string>{"a"});
}

TEST(Checks, ContestedVerdict) {
    Project project = chainProject();
    tick(project, "a", "m1", VerdictValue::Supported);
    Evidence against;
    against.id = "against";
    against.quote = "Nobody reports anything.";
    against.stance = Stance::Contradicts;
    project.findCase("a")->findVerdict("m1")->evidence.push_back(against);
    auto findings = runChecks(project);
    const Finding* f = findCode(findings, "RW-CONTESTED-VERDICT");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->nodes, std::vector<std::string>{"m1"});
    tick(project, "a", "m1", VerdictValue::Mixed);  // a mixed tick may rest on mixed evidence
    EXPECT_THAT(codesOf(project), Not(Contains("RW-CONTESTED-VERDICT")));
}

TEST(Checks, CaseFilterKeepsStructuralAndThatCase) {
    Project project = chainProject();
    project.theories[0].nodes[1].assumption.clear();
    tick(project, "a", "m2", VerdictValue::Refuted, false);
    tick(project, "b", "m2", VerdictValue::Refuted, false);
    auto findings = runChecks(project, {"", "a"});
    for (const Finding& f : findings)
        EXPECT_TRUE(f.cases.empty() || std::find(f.cases.begin(), f.cases.end(), "a") != f.cases.end()) << f.message;
    EXPECT_THAT(codesOf(project), Contains("RW-MISSING-ASSUMPTION"));
    int unsubstantiated = 0;
    for (const Finding& f : findings) unsubstantiated += f.code == "RW-UNSUBSTANTIATED-VERDICT";
    EXPECT_EQ(unsubstantiated, 1);
}

TEST(Checks, ErrorsComeFirst) {
    Project project = chainProject();
    project.theories[0].nodes[1].assumption.clear();
    std::erase_if(project.theories[0].links, [](const Link& l) { return l.to == "o"; });
    auto findings = runChecks(project);
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(findings.front().severity, Severity::Error);
    EXPECT_TRUE(std::is_sorted(findings.begin(), findings.end(),
                               [](const Finding& a, const Finding& b) { return a.severity > b.severity; }));
}

TEST(Checks, UnknownTheoryGivesNothing) {
    EXPECT_TRUE(runChecks(chainProject(), {"nope", ""}).empty());
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

// (same anonymous namespace as above: findCode and the matchers are in scope)
Project withMessages(const std::string& reportedPerMonth) {
    Project project = test::chainProject();
    project.categories = {{"urgent", "Urgent", true}, {"suspicious", "Suspicious", true}, {"other", "Other", false}};
    project.cases[0].shortName = "BBO";
    project.cases[0].messages = {"2017-09-05", "2018-10-11", "13", {{"urgent", 4, reportedPerMonth}, {"suspicious", 4, "0.31"}, {"other", 10, ""}}};
    return project;
}

TEST(Indicators, ComputedLikeTable634) {
    Project project = withMessages("0.31");
    MessageIndicators indicators = computeIndicators(project, project.cases[0]);
    ASSERT_TRUE(indicators.categories[0].perMonth);
    EXPECT_NEAR(*indicators.categories[0].perMonth, 4.0 / 13, 1e-9);
    EXPECT_EQ(indicators.total, 18);
    EXPECT_NEAR(*indicators.totalPerYear, 16.6, 0.05);  // "Per jaar 16,6"
    EXPECT_NEAR(*indicators.safetyShare, 0.44, 0.005);   // "% veiligheid 44%"
    EXPECT_TRUE(agreesWithRounding(0.3077, "0.31"));
    EXPECT_TRUE(agreesWithRounding(44.44, "44"));
    EXPECT_FALSE(agreesWithRounding(0.3077, "0.32"));
}

TEST(Indicators, MismatchBeyondRoundingNamesBothNumbers) {
    EXPECT_THAT(test::codesOf(withMessages("0.31")), Not(Contains("RW-INDICATOR-MISMATCH")));
    auto findings = runChecks(withMessages("0.50"));
    const Finding* f = findCode(findings, "RW-INDICATOR-MISMATCH");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->message, "BBO reports 0.50 Urgent messages per month, but 4 messages in 13 months make 0.31.");
    EXPECT_EQ(f->cases, std::vector<std::string>{"a"});
}

}  // namespace
}  // namespace rw
