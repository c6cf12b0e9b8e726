// Graphviz in a child process: the same layout as in-process, and a Graphviz crash is an error
// message, not the end of the editor.
#include <gtest/gtest.h>

#include "app/document/isolated_graphviz.h"
#include "model/format/xml_reader.h"
#include "tests/gui/large_project.h"

namespace rw::document {
namespace {

Project sample() {
    LoadResult loaded = loadProject(std::string(REALIST_SOURCE_DIR) + "/samples/rotterdam-digitale-buurtpreventie.realist");
    return loaded ? *loaded.project : Project{};
}

TEST(IsolatedGraphvizTest, LaysOutLikeTheModelDoes) {
    Project project = sample();
    DiagramOptions options;
    options.view = DiagramView::AllCases;
    options.highlight = true;
    std::string error;
    std::optional<DiagramLayout> isolated = layoutIsolated(project, options, &error);
    ASSERT_TRUE(isolated) << error;
    std::optional<DiagramLayout> direct = layoutDiagram(project, options);
    ASSERT_TRUE(direct);
    ASSERT_EQ(isolated->nodes.size(), direct->nodes.size());
    ASSERT_EQ(isolated->edges.size(), direct->edges.size());
    EXPECT_DOUBLE_EQ(isolated->width, direct->width);
    for (std::size_t i = 0; i < direct->nodes.size(); ++i) {
        EXPECT_EQ(isolated->nodes[i].id, direct->nodes[i].id);
        EXPECT_DOUBLE_EQ(isolated->nodes[i].centre.x, direct->nodes[i].centre.x);
        EXPECT_EQ(isolated->nodes[i].fill, direct->nodes[i].fill);
        EXPECT_EQ(isolated->nodes[i].dead, direct->nodes[i].dead);
    }
    for (std::size_t i = 0; i < direct->edges.size(); ++i) {
        EXPECT_EQ(isolated->edges[i].points.size(), direct->edges[i].points.size());
        EXPECT_EQ(isolated->edges[i].dashed, direct->edges[i].dashed);
    }
}

TEST(IsolatedGraphvizTest, ErrorsComeBackAsErrors) {
    Project project = sample();
    DiagramOptions options;
    options.view = DiagramView::Case;
    options.caseId = "no-such-case";
    std::string error;
    EXPECT_FALSE(layoutIsolated(project, options, &error));
    EXPECT_FALSE(error.empty());
    RenderResult svg = renderIsolated(project, DiagramOptions{}, "svg");
    ASSERT_TRUE(svg) << svg.error;
    EXPECT_NE(svg.data.find("<svg"), std::string::npos);
    EXPECT_FALSE(renderIsolated(project, DiagramOptions{}, "no-such-format"));
}

// Graphviz 2.42's dot double-frees on large graphs with edge labels (the all-cases view of a
// 100-node theory). Whatever Graphviz does, we get a layout or an error, and we are still here.
TEST(IsolatedGraphvizTest, AGraphvizCrashCostsTheDiagramNotTheEditor) {
    Project project = gui::test::largeProject(100, 30);
    DiagramOptions options;
    options.view = DiagramView::AllCases;
    std::string error;
    std::optional<DiagramLayout> layout = layoutIsolated(project, options, &error);
    if (layout) {
        EXPECT_EQ(layout->nodes.size(), 100u);
    } else {
        EXPECT_NE(error.find("Graphviz crashed"), std::string::npos) << error;
    }
}

}  // namespace
}  // namespace rw::document
