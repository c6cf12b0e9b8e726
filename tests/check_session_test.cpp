// A CheckSession kept up to date edit by edit lists exactly what a fresh runChecks lists, and it
// reruns only what an edit of one case can change.

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "model/checks/checks.h"
#include "tests/random_project.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

// Every field of every finding, in order, as one text a failure can show.
template <class Findings>
std::string describe(const Findings& findings) {
    std::string text;
    for (const Finding& f : findings) {
        text += std::string(toString(f.severity)) + " " + f.code + " [" + f.theory + "] " + f.message;
        for (const auto* list : {&f.nodes, &f.links, &f.cases}) {
            text += " |";
            for (const std::string& id : *list) text += " " + id;
        }
        text += "\n";
    }
    return text;
}

std::multiset<std::string> codesOf(const FindingList& findings) {
    std::multiset<std::string> codes;
    for (const Finding& f : findings) codes.insert(f.code);
    return codes;
}

// Changes one case the way the editor does: a tick, a new quote, a removed quote.
void editOneCase(Project& project, std::mt19937& random, std::string& caseId) {
    Case& c = project.cases[random() % project.cases.size()];
    caseId = c.id;
    const Theory& theory = project.theories[random() % project.theories.size()];
    if (theory.nodes.empty()) return;
    const std::string& node = theory.nodes[random() % theory.nodes.size()].id;
    Verdict* verdict = c.findVerdict(node);
    if (!verdict) {
        c.verdicts.push_back({node, VerdictValue::NotAssessed, {}, {}});
        verdict = &c.verdicts.back();
    }
    switch (random() % 4) {
        case 3:  // renamed: every finding across cases that names it changes
            c.shortName = "renamed " + std::to_string(random() % 5);
            break;
        case 0: verdict->value = static_cast<VerdictValue>(random() % 4); break;
        case 1: {
            Evidence evidence;
            evidence.id = "e-session-" + std::to_string(random());
            evidence.quote = "a new quote";
            evidence.stance = random() % 2 ? Stance::Supports : Stance::Contradicts;
            verdict->evidence.push_back(evidence);
            break;
        }
        default:
            if (!verdict->evidence.empty()) verdict->evidence.pop_back();
    }
}

TEST(CheckSession, KeptUpToDateCaseByCaseItListsWhatAFreshRunLists) {
    for (std::uint32_t seed = 1; seed <= 60; ++seed) {
        Project project = test::randomProject(seed);
        if (project.cases.empty() || project.theories.empty()) continue;
        CheckOptions options;
        options.caseId = seed % 3 == 0 ? project.cases.front().id : "";  // with and without a case filter
        CheckSession session(project, options);
        ASSERT_EQ(describe(session.findings()), describe(runChecks(project, options))) << "seed " << seed;
        std::mt19937 random(seed);
        for (int edit = 0; edit < 25; ++edit) {
            std::string caseId;
            editOneCase(project, random, caseId);
            ASSERT_TRUE(session.recheckCases({caseId}));
            ASSERT_EQ(describe(session.findings()), describe(runChecks(project, options)))
                << "seed " << seed << ", edit " << edit << " of case " << caseId;
        }
    }
}

// The editor checks a fresh copy of the project after every edit: the session moves to each copy.
TEST(CheckSession, FollowsCopiesOfTheProjectAsTheEditorMakesThem) {
    for (std::uint32_t seed = 1; seed <= 30; ++seed) {
        auto checked = std::make_unique<Project>(test::randomProject(seed));
        if (checked->cases.empty() || checked->theories.empty()) continue;
        CheckSession session(*checked, {});
        std::mt19937 random(seed);
        for (int edit = 0; edit < 10; ++edit) {
            auto next = std::make_unique<Project>(*checked);
            std::string caseId;
            editOneCase(*next, random, caseId);
            ASSERT_TRUE(session.recheckCases(*next, {caseId}));
            checked = std::move(next);  // the copy checked before is gone
            ASSERT_EQ(describe(session.findings()), describe(runChecks(*checked)))
                << "seed " << seed << ", edit " << edit;
        }
    }
}

TEST(CheckSession, AnEditOfOneCaseRerunsOnlyThatCaseAndTheCrossCaseRules) {
    Project project = test::chainProject();
    ASSERT_GE(project.cases.size(), 2u);
    int theoryRuns = 0;
    int projectRuns = 0;
    std::vector<std::size_t> casesRun;
    std::vector<CheckRule> rules;
    rules.push_back(theoryRule({"XX-THEORY", Severity::Info, "theory", [&](const CheckContext&, std::vector<Finding>&) {
                                    ++theoryRuns;
                                }}));
    rules.push_back({"XX-PROJECT", Severity::Info, "project", [&](const CheckContext&, std::vector<Finding>&) {
                         ++projectRuns;
                     }});
    rules.push_back(eachCaseRule("XX-CASE", Severity::Info, "case",
                                 [&](const CheckContext&, std::size_t k, std::vector<Finding>&) { casesRun.push_back(k); }));
    CheckOptions options;
    options.extraRules = &rules;
    CheckSession session(project, options);
    EXPECT_EQ(theoryRuns, 1);
    EXPECT_EQ(projectRuns, 1);
    EXPECT_EQ(casesRun.size(), project.cases.size());

    casesRun.clear();
    project.cases[1].verdicts.clear();
    ASSERT_TRUE(session.recheckCases({project.cases[1].id}));
    EXPECT_EQ(theoryRuns, 1) << "the theory did not change";
    EXPECT_EQ(projectRuns, 2) << "a rule across cases (every plugin rule) runs again";
    EXPECT_EQ(casesRun, std::vector<std::size_t>{1}) << "only the edited case";
}

// Rules across cases that look at one node or link at a time rerun only where the edited case's
// paths changed: the ticked node, the nodes its causal links lead to, and the links at it.
TEST(CheckSession, ATickRerunsTheNodeAndLinkPartsItCanChangeOnly) {
    Project project = test::chainProject();  // i → m1 → m2 → o, and m1 → o
    std::vector<std::size_t> nodesRun;
    std::vector<std::size_t> linksRun;
    std::vector<CheckRule> rules;
    rules.push_back(eachNodeRule("XX-NODE", Severity::Info, "node",
                                 [&](const CheckContext&, std::size_t v, std::vector<Finding>&) { nodesRun.push_back(v); }));
    rules.push_back(eachLinkRule("XX-LINK", Severity::Info, "link",
                                 [&](const CheckContext&, std::size_t l, std::vector<Finding>&) { linksRun.push_back(l); }));
    CheckOptions options;
    options.extraRules = &rules;
    CheckSession session(project, options);
    EXPECT_EQ(nodesRun, (std::vector<std::size_t>{0, 1, 2, 3}));
    EXPECT_EQ(linksRun, (std::vector<std::size_t>{0, 1, 2, 3}));

    // m2 refuted in b: its verdict changes, nothing becomes present or reached.
    nodesRun.clear();
    linksRun.clear();
    test::tick(project, "b", "m2", VerdictValue::Refuted, false);
    ASSERT_TRUE(session.recheckCases({"b"}));
    EXPECT_EQ(nodesRun, (std::vector<std::size_t>{2, 3})) << "m2 and o, which a path through m2 reaches";
    EXPECT_EQ(linksRun, (std::vector<std::size_t>{1, 2})) << "m1 → m2 and m2 → o";
    EXPECT_EQ(describe(session.findings()), describe(runChecks(project, options)));

    // o supported in a with no supported path into it: unexplained.
    test::tick(project, "a", "o", VerdictValue::Supported, false);
    ASSERT_TRUE(session.recheckCases({"a"}));
    ASSERT_EQ(codesOf(session.findings()).count("RW-UNEXPLAINED-OUTCOME"), 1u);

    // m1 supported in a: present and reached there, so m2 and o may now have a supported path
    // into them, and o is explained.
    nodesRun.clear();
    linksRun.clear();
    test::tick(project, "a", "m1", VerdictValue::Supported, false);
    ASSERT_TRUE(session.recheckCases({"a"}));
    EXPECT_EQ(nodesRun, (std::vector<std::size_t>{1, 2, 3})) << "not the intervention";
    EXPECT_EQ(linksRun, (std::vector<std::size_t>{0, 1, 2, 3})) << "the links at m1, and at o, now reached";
    EXPECT_EQ(codesOf(session.findings()).count("RW-UNEXPLAINED-OUTCOME"), 0u);
    EXPECT_EQ(describe(session.findings()), describe(runChecks(project, options)));

    // Evidence added to a tick changes no path: no node or link part runs.
    nodesRun.clear();
    linksRun.clear();
    project.findCase("a")->findVerdict("m1")->evidence.push_back({});
    ASSERT_TRUE(session.recheckCases({"a"}));
    EXPECT_TRUE(nodesRun.empty());
    EXPECT_TRUE(linksRun.empty());
}

// The list a session hands out shares its findings with the session: a later recheck does not
// change a list handed out before it, and the parts no edit reran are not copied.
TEST(CheckSession, AListHandedOutStaysAsItWasAndSharesWhatDidNotChange) {
    Project project = test::chainProject();
    test::tick(project, "a", "m2", VerdictValue::Refuted, false);
    test::tick(project, "b", "m2", VerdictValue::Refuted, false);
    CheckSession session(project, {});
    FindingList before = session.findings();
    std::string described = describe(before);
    ASSERT_FALSE(before.empty());
    test::tick(project, "b", "m1", VerdictValue::Supported, false);
    ASSERT_TRUE(session.recheckCases({"b"}));
    const FindingList& after = session.findings();
    EXPECT_EQ(describe(before), described) << "unchanged by the recheck";
    EXPECT_NE(describe(after), described);
    // The finding of a part that did not run again (case a's ticks) is the very same object.
    auto ofCaseA = [](const FindingList& list) {
        for (const Finding& f : list)
            if (f.code == "RW-UNSUBSTANTIATED-VERDICT" && f.cases == std::vector<std::string>{"a"}) return &f;
        return static_cast<const Finding*>(nullptr);
    };
    ASSERT_NE(ofCaseA(before), nullptr);
    EXPECT_EQ(ofCaseA(before), ofCaseA(after));
}

TEST(CheckSession, ACaseAddedOrUnknownNeedsANewSession) {
    Project project = test::chainProject();
    CheckSession session(project, {});
    EXPECT_FALSE(session.recheckCases({"no-such-case"}));
    project.cases.push_back(project.cases.front());
    project.cases.back().id = "another";
    EXPECT_FALSE(session.recheckCases({"another"}));
}

}  // namespace
}  // namespace rw
