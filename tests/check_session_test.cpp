// A CheckSession kept up to date edit by edit lists exactly what a fresh runChecks lists, and it
// reruns only what an edit of one case can change.

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "model/checks/checks.h"
#include "tests/random_project.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

// Every field of every finding, in order, as one text a failure can show.
std::string describe(const std::vector<Finding>& findings) {
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
    switch (random() % 3) {
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
