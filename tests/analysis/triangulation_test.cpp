// Triangulation: evidence per tick by role and source kind, and the flags a reviewer needs.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/analysis/analysis_triangulation.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

Evidence evidence(const std::string& id, Stance stance, const std::string& source, const std::string& informant,
                  const std::string& role) {
    Evidence e;
    e.id = id;
    e.quote = "q";
    e.stance = stance;
    e.ref.source = source;
    e.informant = informant;
    e.role = role;
    return e;
}

Project project() {
    Project p = test::chainProject();  // source "doc" is a document
    p.sources.push_back({"int", SourceKind::Interview, "Interview", "", "", "", ""});
    p.informants.push_back({"mod", "beheerder", "a", ""});
    p.informants.push_back({"p1", "deelnemer", "a", ""});
    p.informants.push_back({"p2", "deelnemer", "a", ""});
    // m1 in a: the moderator supports it, two participants contradict it.
    p.cases[0].verdicts.push_back({"m1", VerdictValue::Supported, "",
                                   {evidence("e1", Stance::Supports, "int", "mod", ""),
                                    evidence("e2", Stance::Contradicts, "int", "p1", ""),
                                    evidence("e3", Stance::Contradicts, "doc", "p2", "")}});
    // m2 in a: one informant, twice, from one source.
    p.cases[0].verdicts.push_back({"m2", VerdictValue::Supported, "",
                                   {evidence("e4", Stance::Supports, "int", "mod", ""),
                                    evidence("e5", Stance::Supports, "int", "mod", "")}});
    // o in a: no evidence at all.
    p.cases[0].verdicts.push_back({"o", VerdictValue::Refuted, "", {}});
    // m1 in b: two unnamed people of different roles, two sources.
    p.cases[1].verdicts.push_back({"m1", VerdictValue::Refuted, "",
                                   {evidence("e6", Stance::Supports, "doc", "", "wijkagent"),
                                    evidence("e7", Stance::Supports, "int", "", "deelnemer")}});
    return p;
}

const TickTriangulation& tick(const Triangulation& t, const std::string& caseId, const std::string& node) {
    for (const TickTriangulation& tick : t.ticks)
        if (tick.caseId == caseId && tick.nodeId == node) return tick;
    throw std::runtime_error("no tick");
}

TEST(Triangulation, RolesThatDisagreeAreFlagged) {
    Project p = project();
    Triangulation t = triangulate(p, p.theories[0]);
    ASSERT_EQ(t.ticks.size(), 4u);
    const TickTriangulation& m1 = tick(t, "a", "m1");
    EXPECT_TRUE(m1.rolesDisagree);
    EXPECT_FALSE(m1.singleInformant);
    EXPECT_FALSE(m1.singleSource);
    ASSERT_EQ(m1.byRole.size(), 2u);  // the informant's role stands in for an empty evidence role
    EXPECT_EQ(m1.byRole[0].key, "beheerder");
    EXPECT_EQ(m1.byRole[0].supports, 1);
    EXPECT_EQ(m1.byRole[1].key, "deelnemer");
    EXPECT_EQ(m1.byRole[1].contradicts, 2);
    ASSERT_EQ(m1.bySourceKind.size(), 2u);
    EXPECT_EQ(m1.bySourceKind[0].key, "interview");
    EXPECT_EQ(m1.bySourceKind[1].key, "document");
    EXPECT_EQ(m1.voices, 3);
}

TEST(Triangulation, SingleInformantSingleSourceAndNoEvidence) {
    Project p = project();
    Triangulation t = triangulate(p, p.theories[0]);
    const TickTriangulation& m2 = tick(t, "a", "m2");
    EXPECT_TRUE(m2.singleInformant);
    EXPECT_TRUE(m2.singleSource);
    EXPECT_FALSE(m2.rolesDisagree);
    const TickTriangulation& o = tick(t, "a", "o");
    EXPECT_TRUE(o.noEvidence);
    EXPECT_FALSE(o.singleInformant);
    const TickTriangulation& b = tick(t, "b", "m1");
    EXPECT_FALSE(b.flagged());  // two roles, two sources, agreeing
    EXPECT_EQ(b.voices, 2);
}

TEST(Triangulation, LinksStatedOnlyByPolicyDocumentsAndNeverHolding) {
    Project p = project();
    // i → m1 holds in a (m1 ✓); m1 → m2 holds in a; m2 → o and m1 → o hold nowhere.
    Triangulation t = triangulate(p, p.theories[0]);
    ASSERT_EQ(t.links.size(), 4u);
    std::vector<std::string> flagged;
    for (const LinkWarrant& w : t.links)
        if (w.policyDocumentsOnly) flagged.push_back(w.linkId);
    EXPECT_THAT(flagged, ::testing::ElementsAre("m2--o", "m1--o"));
    // A ref to an interview takes the flag away.
    p.theories[0].links[2].refs.push_back({"int", {}});
    Triangulation again = triangulate(p, p.theories[0]);
    EXPECT_FALSE(again.links[2].policyDocumentsOnly);
    EXPECT_EQ(again.links[2].refsByKind.size(), 2u);
}

}  // namespace
}  // namespace rw
