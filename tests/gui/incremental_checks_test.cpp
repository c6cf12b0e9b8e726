// The editor's findings after an edit: only what the edit can have changed is checked again, and
// the result is always what a whole check of the same copy gives.

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "app/document/incremental_checks.h"
#include "model/format/xml_reader.h"

namespace rw::document {
namespace {

template <class Findings>
std::string describe(const Findings& findings) {
    std::string text;
    for (const Finding& f : findings) {
        text += f.code + " " + f.message;
        for (const std::string& c : f.cases) text += " " + c;
        text += "\n";
    }
    return text;
}

bool hasFinding(const FindingList& findings, const std::string& code, const std::string& node) {
    for (const Finding& f : findings)
        if (f.code == code && std::find(f.nodes.begin(), f.nodes.end(), node) != f.nodes.end()) return true;
    return false;
}

TEST(IncrementalChecks, ATickRechecksItsCaseAndAgreesWithAWholeCheck) {
    LoadResult loaded = loadProject(REALIST_SOURCE_DIR "/samples/rotterdam-digitale-buurtpreventie.realist");
    ASSERT_TRUE(loaded.project);
    auto first = std::make_shared<const Project>(*loaded.project);
    CheckOptions options;
    options.theoryId = first->theories.front().id;
    IncrementalChecks checks;
    FindingList before = checks.check(first, nullptr, options);
    EXPECT_EQ(describe(before), describe(runChecks(*first, options)));
    EXPECT_TRUE(hasFinding(before, "RW-DEAD-NODE", "heterdaadkracht")) << "heterdaadkracht is refuted in every case";
    EXPECT_EQ(checks.wholeRuns(), 1);

    // The editor's next snapshot: heterdaadkracht supported in one case.
    auto second = std::make_shared<Project>(*first);
    Case& ticked = second->cases.front();
    Verdict* verdict = ticked.findVerdict("heterdaadkracht");
    ASSERT_NE(verdict, nullptr);
    verdict->value = VerdictValue::Supported;
    checks.note({ticked.id}, false);
    first.reset();  // the copy checked before is gone, as the editor's would be
    FindingList after = checks.check(second, nullptr, options);
    EXPECT_EQ(describe(after), describe(runChecks(*second, options)));
    EXPECT_FALSE(hasFinding(after, "RW-DEAD-NODE", "heterdaadkracht")) << "a cross-case finding follows the tick";
    EXPECT_EQ(checks.wholeRuns(), 1) << "only the ticked case was checked again";

    // A node added is not an edit of one case: everything is checked again.
    auto third = std::make_shared<Project>(*second);
    Node node;
    node.id = "nieuw";
    node.label = "Nieuw mechanisme";
    third->theories.front().nodes.push_back(node);
    checks.note({}, true);
    EXPECT_EQ(describe(checks.check(third, nullptr, options)), describe(runChecks(*third, options)));
    EXPECT_EQ(checks.wholeRuns(), 2);
}

TEST(IncrementalChecks, OnlyTicksEvidenceAndValuesOfACaseAreEditsOfOneCase) {
    EXPECT_EQ(IncrementalChecks::caseOnlyChangedBy({Change::Scope::Verdict, "t", "n", "bbo"}), "bbo");
    EXPECT_EQ(IncrementalChecks::caseOnlyChangedBy({Change::Scope::Evidence, "", "e1", "bbo"}), "bbo");
    EXPECT_EQ(IncrementalChecks::caseOnlyChangedBy({Change::Scope::Attribute, "", "grootte", "bbo"}), "bbo");
    EXPECT_EQ(IncrementalChecks::caseOnlyChangedBy({Change::Scope::Attribute, "", "grootte", ""}), "")
        << "an attribute's definition";
    EXPECT_EQ(IncrementalChecks::caseOnlyChangedBy({Change::Scope::Case, "", "", "bbo"}), "") << "a case added or removed";
    EXPECT_EQ(IncrementalChecks::caseOnlyChangedBy({Change::Scope::Node, "t", "n", ""}), "");
    EXPECT_EQ(IncrementalChecks::caseOnlyChangedBy({}), "");
}

}  // namespace
}  // namespace rw::document
