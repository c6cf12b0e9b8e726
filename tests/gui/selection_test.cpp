// Several nodes selected at once (Ctrl-click): the first one leads, the others come along, and
// selections of one node stay what they were for the views that know only those.
#include <gtest/gtest.h>

#include "app/document/editor_session.h"
#include "app/document/selection.h"

namespace rw::document {
namespace {

TEST(SelectionTest, SeveralNodesListTheFirstFirst) {
    Selection s = Selection::nodes("t", {"a", "b", "c"});
    EXPECT_EQ(s.kind, Selection::Kind::Node);
    EXPECT_EQ(s.id, "a");
    EXPECT_EQ(s.nodeIds(), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_TRUE(s.hasNode("c"));
    EXPECT_FALSE(s.hasNode("d"));
    EXPECT_NE(s, Selection::node("t", "a")) << "a view that shows one node must hear of the others";
    EXPECT_EQ(Selection::nodes("t", {"a"}), Selection::node("t", "a"));
    EXPECT_EQ(Selection::nodes("t", {}).kind, Selection::Kind::None);
    EXPECT_TRUE(Selection::link("t", "a--b").nodeIds().empty());
    EXPECT_FALSE(Selection::cell("t", "case", "a").hasNode("a")) << "a cell is not a node selection";
}

TEST(SelectionTest, TheSessionTellsListenersOfEveryChangeInTheNodeSet) {
    EditorSession session;
    Project project;
    Theory theory{"t", "T", "", {}, {}};
    for (const char* id : {"a", "b"}) {
        Node node;
        node.id = id;
        node.label = id;
        theory.nodes.push_back(node);
    }
    project.theories.push_back(theory);
    session.document().replace(project, "", false);
    int heard = 0;
    session.addSelectionListener([&](const Selection&) { ++heard; });
    session.select(Selection::node("t", "a"));
    session.select(Selection::nodes("t", {"a", "b"}));
    session.select(Selection::nodes("t", {"a", "b"}));  // nothing new
    EXPECT_EQ(heard, 2);
    session.validateSelection();
    EXPECT_EQ(session.selection().nodeIds().size(), 2u);
}

}  // namespace
}  // namespace rw::document
