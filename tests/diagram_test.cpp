// Diagrams: parsed back from SVG (pugixml) and checked for what a report writer relies on.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "model/checks/checks.h"
#include "model/core/label_text.h"
#include "model/format/xml_reader.h"
#include "model/output/diagram.h"
#include "model/output/diagram_style.h"
#include "tests/gui/large_project.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

Project load(const std::string& relative) {
    LoadResult loaded = loadProject(test::sourcePath(relative));
    EXPECT_TRUE(loaded) << loaded.error.toString();
    return loaded ? *loaded.project : Project{};
}

const char* kSample = "samples/rotterdam-digitale-buurtpreventie.realist";

struct Svg {
    pugi::xml_document document;
    std::map<std::string, pugi::xml_node> nodes;  // our node id → <g class="node">
    std::map<std::string, pugi::xml_node> edges;  // our link id → <g class="edge">

    explicit Svg(const std::string& text) {
        pugi::xml_parse_result parsed = document.load_string(text.c_str());
        EXPECT_TRUE(parsed) << parsed.description();
        for (pugi::xpath_node x : document.select_nodes("//*[local-name()='g']")) {
            std::string id = x.node().attribute("id").value();
            std::string cls = x.node().attribute("class").value();
            if (cls == "node" && id.rfind("node-", 0) == 0) nodes[id.substr(5)] = x.node();
            if (cls == "edge" && id.rfind("link-", 0) == 0) edges[id.substr(5)] = x.node();
        }
    }
    // The text a node shows, its lines joined by spaces.
    static std::string text(pugi::xml_node g) {
        std::string all;
        for (pugi::xml_node t : g.children("text")) all += (all.empty() ? "" : " ") + std::string(t.text().get());
        return all;
    }
    static std::string shapeFill(pugi::xml_node g) {
        for (pugi::xml_node child : g.children())
            if (child.attribute("fill") && std::string(child.name()) != "text") return child.attribute("fill").value();
        return {};
    }
    static pugi::xml_node path(pugi::xml_node g) { return g.child("path"); }
};

RenderResult render(const Project& project, DiagramView view, const std::string& format, const std::string& caseId = "",
                    bool highlight = false) {
    DiagramOptions options;
    options.view = view;
    options.caseId = caseId;
    options.highlight = highlight;
    return renderDiagram(project, options, format);
}

TEST(Diagram, TheoryViewHasEveryNodeAndLabel) {
    Project project = load(kSample);
    RenderResult svg = render(project, DiagramView::Theory, "svg");
    ASSERT_TRUE(svg) << svg.error;
    EXPECT_EQ(svg.warnings, "");
    Svg parsed(svg.data);
    EXPECT_EQ(parsed.nodes.size(), project.theories[0].nodes.size());
    EXPECT_EQ(parsed.edges.size(), project.theories[0].links.size());
    EXPECT_EQ(Svg::text(parsed.nodes.at("heterdaadkracht")), "Toename heterdaadkracht");
    EXPECT_EQ(Svg::text(parsed.nodes.at("kortere-lijntjes")), "Meer (preventieve) actie door kortere lijntjes");
    EXPECT_NE(svg.data.find("Digitale buurtpreventie in Rotterdam — Impliciete beleidstheorie"), std::string::npos);
}

TEST(Diagram, CaseViewFillsByVerdictAndDashesBrokenLinksRed) {
    Project project = load(kSample);
    Svg tide(render(project, DiagramView::Case, "svg", "tide").data);
    EXPECT_EQ(Svg::shapeFill(tide.nodes.at("ogen-oren")), "#a6dba0");        // ✓ green
    EXPECT_EQ(Svg::shapeFill(tide.nodes.at("heterdaadkracht")), "#f4a582");  // x red
    EXPECT_THAT(Svg::text(tide.nodes.at("heterdaadkracht")), ::testing::HasSubstr("x refuted"));
    pugi::xml_node broken = Svg::path(tide.edges.at("ogen-oren--heterdaadkracht"));
    EXPECT_EQ(std::string(broken.attribute("stroke").value()), "#c0392b");
    EXPECT_TRUE(broken.attribute("stroke-dasharray")) << "broken link must be dashed";
    pugi::xml_node holding = Svg::path(tide.edges.at("ogen-oren--sociale-controle"));
    EXPECT_FALSE(holding.attribute("stroke-dasharray"));
    EXPECT_NE(std::string(holding.attribute("stroke").value()), "#c0392b");

    Svg bloemhof(render(project, DiagramView::Case, "svg", "bloem").data);
    EXPECT_EQ(Svg::shapeFill(bloemhof.nodes.at("ogen-oren")), "#f4a582");  // contrast: refuted in Bloemhof
    EXPECT_TRUE(Svg::path(bloemhof.edges.at("dbp--ogen-oren")).attribute("stroke-dasharray"));
}

TEST(Diagram, AllCasesViewShowsSharesAndMarksDeadNodes) {
    Project project = load(kSample);
    Svg all(render(project, DiagramView::AllCases, "svg").data);
    EXPECT_THAT(Svg::text(all.nodes.at("ogen-oren")), ::testing::HasSubstr("5/10"));
    EXPECT_THAT(Svg::text(all.nodes.at("heterdaadkracht")), ::testing::HasSubstr("0/10"));
    EXPECT_EQ(Svg::shapeFill(all.nodes.at("heterdaadkracht")), "#f4a582");
    for (const char* link : {"ogen-oren--heterdaadkracht", "heterdaadkracht--veiligheid"}) {
        pugi::xml_node path = Svg::path(all.edges.at(link));
        EXPECT_EQ(std::string(path.attribute("stroke").value()), "#c0392b") << link;
        EXPECT_TRUE(path.attribute("stroke-dasharray")) << link;
    }
    EXPECT_THAT(Svg::text(all.nodes.at("stigmatisering")), ::testing::HasSubstr("⚠ observed 2/10"));
}

TEST(Diagram, HighlightMarksTheSubjectsOfFindings) {
    Project project = load(kSample);
    DiagramStyle plain = styleDiagram(project, project.theories[0], {});
    DiagramOptions options;
    options.view = DiagramView::AllCases;
    options.highlight = true;
    DiagramStyle highlighted = styleDiagram(project, project.theories[0], options);
    const Theory& theory = project.theories[0];
    auto node = [&](const DiagramStyle& s, const std::string& id) { return s.nodes[static_cast<std::size_t>(theory.nodeIndex(id))]; };
    EXPECT_FALSE(node(plain, "heterdaadkracht").highlighted);
    EXPECT_TRUE(node(highlighted, "heterdaadkracht").highlighted);
    EXPECT_TRUE(node(highlighted, "veiligheid").highlighted);
    EXPECT_FALSE(node(highlighted, "ogen-oren").highlighted);
    int highlightedLinks = 0;
    for (std::size_t i = 0; i < theory.links.size(); ++i) {
        if (!highlighted.edges[i].highlighted) continue;
        ++highlightedLinks;
        EXPECT_EQ(highlighted.edges[i].style, "dashed");
    }
    // ogen→heterdaad, heterdaad→veiligheid, sociale controle→veiligheid, kortere lijntjes→veiligheid
    EXPECT_EQ(highlightedLinks, 4);
}

// The editor highlights from the findings its Findings pane lists (the whole theory's, no case
// named); every view must look as when the style runs the checks itself.
TEST(Diagram, HighlightFromTheTheorysFindingsIsTheHighlightOfItsOwnChecks) {
    Project project = load(kSample);
    const Theory& theory = project.theories[0];
    // A tick that revives the dead node in one case, so views differ from case to case.
    auto& verdicts = project.cases[0].verdicts;
    auto tick = std::find_if(verdicts.begin(), verdicts.end(), [](const Verdict& v) { return v.node == "heterdaadkracht"; });
    ASSERT_NE(tick, verdicts.end());
    tick->value = VerdictValue::Supported;
    CheckSession checks(project, CheckOptions{theory.id, ""});
    const FindingList& findings = checks.findings();
    ASSERT_FALSE(findings.empty());
    std::vector<DiagramOptions> views(2);
    views[1].view = DiagramView::AllCases;
    for (const Case& c : project.cases) {
        DiagramOptions one;
        one.view = DiagramView::Case;
        one.caseId = c.id;
        views.push_back(one);
    }
    int highlightedSomewhere = 0;
    for (DiagramOptions options : views) {
        options.highlight = true;
        DiagramStyle own = styleDiagram(project, theory, options);
        EXPECT_TRUE(styleDiagram(project, theory, options, findings) == own) << "view of case '" << options.caseId << "'";
        for (const NodeStyle& node : own.nodes) highlightedSomewhere += node.highlighted;
    }
    EXPECT_GT(highlightedSomewhere, 0);
}

TEST(Diagram, PngAndPdfHaveTheirMagicBytesAndASensibleSize) {
    Project project = load(kSample);
    RenderResult png = render(project, DiagramView::AllCases, "png");
    ASSERT_TRUE(png) << png.error;
    EXPECT_EQ(png.data.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_GT(png.data.size(), 20'000u);
    EXPECT_LT(png.data.size(), 5'000'000u);
    RenderResult pdf = render(project, DiagramView::Case, "pdf", "tide");
    ASSERT_TRUE(pdf) << pdf.error;
    EXPECT_EQ(pdf.data.substr(0, 5), "%PDF-");
    EXPECT_GT(pdf.data.size(), 5'000u);
}

TEST(Diagram, BadRequestsAreErrorsNotCrashes) {
    Project project = load(kSample);
    EXPECT_EQ(render(project, DiagramView::Theory, "gif").error, "unknown diagram format \"gif\" (svg, png, pdf or dot)");
    EXPECT_EQ(render(project, DiagramView::Case, "svg", "atlantis").error, "unknown case \"atlantis\"");
    DiagramOptions options;
    options.theoryId = "nope";
    EXPECT_FALSE(renderDiagram(project, options, "svg"));
    DiagramOptions parsed;
    EXPECT_TRUE(parseDiagramView(project, "case:Tide", parsed));
    EXPECT_EQ(parsed.caseId, "tide");
    EXPECT_FALSE(parseDiagramView(project, "case:Nowhere", parsed));
    EXPECT_FALSE(parseDiagramView(project, "everything", parsed));
}

TEST(Diagram, LayoutGivesGeometryForTheEditor) {
    Project project = load(kSample);
    std::string error;
    auto layout = layoutDiagram(project, {}, &error);
    ASSERT_TRUE(layout) << error;
    EXPECT_EQ(layout->nodes.size(), project.theories[0].nodes.size());
    EXPECT_GT(layout->width, 100);
    const DiagramNode* intervention = nullptr;
    const DiagramNode* outcome = nullptr;
    for (const DiagramNode& n : layout->nodes) {
        EXPECT_GE(n.centre.x, 0);
        EXPECT_LE(n.centre.x, layout->width);
        EXPECT_GT(n.width, 10);
        if (n.id == "dbp") intervention = &n;
        if (n.id == "veiligheid") outcome = &n;
    }
    ASSERT_TRUE(intervention && outcome);
    EXPECT_LT(intervention->centre.y, outcome->centre.y) << "intervention on top, outcomes at the bottom";
    for (const DiagramEdge& e : layout->edges) EXPECT_GE(e.points.size(), 4u) << e.id;
}

// Labels are data: whatever a user types renders as typed and cannot change the graph.
TEST(Diagram, HostileLabelsRenderAsTypedWithoutWarnings) {
    const std::vector<std::string> labels = {
        "say \"hi\"",       "back\\slash \\N \\n \\l \\G", "<B>bold</B> & <i>",   "{ record | field }",
        "two\nlines",       "café Zoë naïve",               "مرحبا بالعالم",        "emoji 😀🚓",
        "\"]; n99 [label=\"pwned", "a&amp;b &lt;", "]]> <!-- -->",          "tab\there",
    };
    Project project = test::chainProject();
    for (std::size_t i = 0; i < labels.size(); ++i) {
        Node node;
        node.id = "h" + std::to_string(i);
        node.kind = NodeKind::Mechanism;
        node.label = labels[i];
        project.theories[0].nodes.push_back(node);
    }
    project.meta.title = "<script>alert(1)</script> \\N";
    for (const char* format : {"svg", "dot", "png"}) {
        RenderResult result = render(project, DiagramView::Theory, format);
        ASSERT_TRUE(result) << format << ": " << result.error;
        EXPECT_EQ(result.warnings, "") << format;
    }
    RenderResult svg = render(project, DiagramView::Theory, "svg");
    Svg parsed(svg.data);
    ASSERT_EQ(parsed.nodes.size(), project.theories[0].nodes.size()) << "no label may create or merge nodes";
    for (std::size_t i = 0; i < labels.size(); ++i) {
        std::string shown = Svg::text(parsed.nodes.at("h" + std::to_string(i)));
        std::string expected = labels[i];
        std::replace(expected.begin(), expected.end(), '\n', ' ');
        std::replace(expected.begin(), expected.end(), '\t', ' ');
        EXPECT_EQ(shown, expected) << "label " << i;
    }
    EXPECT_EQ(svg.data.find("<script>"), std::string::npos);
    EXPECT_EQ(svg.data.find("pwned\""), std::string::npos);
}

TEST(Diagram, LongLabelsAreWrappedAndCapped) {
    EXPECT_EQ(wrapText("Meer (preventieve) actie door kortere lijntjes", 22),
              (std::vector<std::string>{"Meer (preventieve)", "actie door kortere", "lijntjes"}));
    EXPECT_EQ(capText("abcdef", 4), "abc…");
    EXPECT_EQ(capText("ééééé", 5), "ééééé");
    EXPECT_EQ(escapeMarkup("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    Project project = test::chainProject();
    project.theories[0].nodes[1].label = std::string(500, 'x') + " end";
    Svg parsed(render(project, DiagramView::Theory, "svg").data);
    EXPECT_LE(characterCount(Svg::text(parsed.nodes.at("m1"))), 130u);
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Graphviz 2.43's spline router corrupted memory (a double free) on larger theories when edges
// carried labels; the all-cases view labels every link with k/n. Any crash aborts this binary.
TEST(Diagram, LargeTheoriesWithLinkSharesLayOutWithoutCrashing) {
    for (int nodes : {100, 300}) {
        Project project = gui::test::largeProject(nodes, 30);
        DiagramOptions options;
        options.view = DiagramView::AllCases;
        std::string error;
        auto layout = layoutDiagram(project, options, &error);
        ASSERT_TRUE(layout) << error;
        EXPECT_EQ(layout->nodes.size(), static_cast<std::size_t>(nodes));
    }
}

// Regenerate after an intended change with:
//   build/app/cli/realist render templates/cmo-basic.realist -o tests/golden/cmo-basic.dot
TEST(Diagram, GoldenDotForTheCmoBasicTemplate) {
    Project project = load("templates/cmo-basic.realist");
    RenderResult dot = render(project, DiagramView::Theory, "dot");
    ASSERT_TRUE(dot) << dot.error;
    EXPECT_EQ(dot.data, slurp(test::sourcePath("tests/golden/cmo-basic.dot")));
}

}  // namespace
}  // namespace rw
