#include "model/output/diagram.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "model/core/id_index.h"
#include "model/core/label_text.h"
#include "model/output/diagram_style.h"

namespace rw {
namespace {

constexpr std::size_t kMaxLabelCharacters = 120;
constexpr std::size_t kWrapWidth = 22;
constexpr const char* kFont = "DejaVu Sans,Helvetica,Arial,sans-serif";

// Graphviz keeps global state: one call at a time, and one context for the whole process.
std::mutex& graphvizMutex() {
    static std::mutex mutex;
    return mutex;
}

GVC_t* graphvizContext() {
    static GVC_t* context = gvContext();
    return context;
}

// Graphviz reports problems through a global callback; collect them for the caller.
std::string* g_warnings = nullptr;
int collectWarning(char* message) {
    if (g_warnings && message) *g_warnings += message;
    return 0;
}

struct GraphDeleter {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

// Sets a plain attribute. agsafeset copies the strings it is given.
void set(void* object, const char* name, const std::string& value) {
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

// Escapes user text for an HTML-like label. Graphviz still expands \N, \G, \L … there, so
// backslashes are doubled as well.
std::string labelText(std::string_view text) {
    std::string escaped = escapeMarkup(text);
    std::string out;
    for (char c : escaped) out += c == '\\' ? std::string("\\\\") : std::string(1, c);
    return out;
}

// Sets an HTML-like label; `html` must already be escaped markup.
void setHtmlLabel(Agraph_t* graph, void* object, const std::string& html, const char* attribute = "label") {
    char* label = agstrdup_html(graph, const_cast<char*>(html.c_str()));
    agsafeset(object, const_cast<char*>(attribute), label, const_cast<char*>(""));
    agstrfree(graph, label);
}

std::string nodeLabelHtml(const Node& node, const NodeStyle& style) {
    std::string label = node.label.empty() ? node.id : node.label;
    std::string html;
    for (const std::string& line : wrapText(capText(label, kMaxLabelCharacters), kWrapWidth))
        html += (html.empty() ? "" : "<BR/>") + labelText(line);
    if (html.empty()) html = " ";
    if (!style.badge.empty()) html += "<BR/><FONT POINT-SIZE=\"9\">" + labelText(style.badge) + "</FONT>";
    if (style.dead) html = "<B>" + html + "</B>";
    return html;
}

std::string legendHtml(const DiagramStyle& style, const DiagramOptions& options) {
    // One column outside, the legend as a nested table inside, so that the long caption does
    // not stretch the colour swatches.
    std::string html = "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">";
    if (options.caption)
        html += "<TR><TD ALIGN=\"LEFT\"><B>" + labelText(capText(style.caption, 160)) + "</B></TD></TR>";
    if (options.legend) {
        constexpr std::size_t kPerRow = 3;
        html += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">";
        for (std::size_t i = 0; i < style.legend.size(); ++i) {
            const LegendEntry& entry = style.legend[i];
            if (i % kPerRow == 0) html += "<TR>";
            html += "<TD BGCOLOR=\"" + entry.fill + "\" COLOR=\"" + entry.stroke +
                    "\" BORDER=\"1\" FIXEDSIZE=\"TRUE\" WIDTH=\"18\" HEIGHT=\"12\"></TD><TD ALIGN=\"LEFT\">"
                    "<FONT POINT-SIZE=\"9\">" + labelText(entry.text) + "</FONT></TD>";
            if (i % kPerRow == kPerRow - 1 || i + 1 == style.legend.size()) html += "</TR>";
        }
        html += "</TABLE></TD></TR>";
        if (!style.shapesLegend.empty())
            html += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">" + labelText(style.shapesLegend) +
                    "</FONT></TD></TR>";
    }
    return html + "</TABLE>";
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

const Theory* chooseTheory(const Project& project, const DiagramOptions& options, std::string& error) {
    const Theory* theory = options.theoryId.empty() ? (project.theories.empty() ? nullptr : &project.theories.front())
                                                    : project.findTheory(options.theoryId);
    if (!theory) error = "unknown theory \"" + options.theoryId + "\"";
    else if (options.view == DiagramView::Case && !project.findCase(options.caseId))
        error = "unknown case \"" + options.caseId + "\"";
    else if (options.rankdir != "TB" && options.rankdir != "LR")
        error = "rankdir must be TB or LR, not \"" + options.rankdir + "\"";
    return error.empty() ? theory : nullptr;
}

// Builds the Graphviz graph of a theory in a view. Node and edge names are our own indices,
// never user text; user text only ever reaches Graphviz as escaped HTML-like labels.
GraphPtr buildGraph(const Project& project, const Theory& theory, const DiagramOptions& options) {
    DiagramStyle style = styleDiagram(project, theory, options);
    IdIndex vertices = indexNodes(theory);
    GraphPtr graph(agopen(const_cast<char*>("theory"), Agdirected, nullptr));
    Agraph_t* g = graph.get();
    set(g, "rankdir", options.rankdir);
    set(g, "newrank", "true");
    set(g, "nodesep", "0.35");
    set(g, "ranksep", "0.6");
    set(g, "pad", "0.25");
    set(g, "fontname", kFont);
    set(g, "labelloc", "b");
    set(g, "labeljust", "l");
    if (options.caption || options.legend) setHtmlLabel(g, g, legendHtml(style, options));

    std::vector<Agnode_t*> nodes;
    for (std::size_t v = 0; v < theory.nodes.size(); ++v) {
        const Node& node = theory.nodes[v];
        const NodeStyle& s = style.nodes[v];
        Agnode_t* n = agnode(g, const_cast<char*>(("n" + std::to_string(v)).c_str()), 1);
        nodes.push_back(n);
        set(n, "id", "node-" + node.id);
        set(n, "shape", s.shape);
        set(n, "style", s.style);
        set(n, "fillcolor", s.fill);
        set(n, "color", s.stroke);
        set(n, "fontcolor", s.fontColour);
        set(n, "fontname", kFont);
        set(n, "fontsize", "11");
        set(n, "penwidth", number(s.penWidth));
        set(n, "margin", "0.12,0.06");
        if (s.peripheries != 1) set(n, "peripheries", std::to_string(s.peripheries));
        setHtmlLabel(g, n, nodeLabelHtml(node, s));
    }

    // Layers like figure 5.3: interventions on top, final outcomes at the bottom, each context
    // on the rank of the mechanism it enables.
    // Anonymous subgraphs get sequential ids; named ones are ordered by string address in
    // Graphviz's output, which would make the exported DOT differ from run to run.
    auto sameRank = [&](const std::string& rank, const std::vector<int>& members) {
        if (members.empty()) return;
        Agraph_t* sub = agsubg(g, nullptr, 1);
        set(sub, "rank", rank);
        for (int v : members) agsubnode(sub, nodes[static_cast<std::size_t>(v)], 1);
    };
    std::vector<int> top, bottom;
    for (std::size_t v = 0; v < theory.nodes.size(); ++v) {
        const Node& node = theory.nodes[v];
        if (node.kind == NodeKind::Intervention) top.push_back(static_cast<int>(v));
        bool last = (node.kind == NodeKind::Outcome && node.level == OutcomeLevel::Final) ||
                    node.kind == NodeKind::SideEffect;  // side effects sit beside the outcomes
        if (last) bottom.push_back(static_cast<int>(v));
    }
    sameRank("min", top);
    sameRank("max", bottom);
    std::set<int> placed(top.begin(), top.end());
    placed.insert(bottom.begin(), bottom.end());
    for (const Link& link : theory.links) {
        int from = vertices.find(link.from);
        int to = vertices.find(link.to);
        if (from < 0 || to < 0 || theory.nodes[static_cast<std::size_t>(from)].kind != NodeKind::Context) continue;
        if (theory.nodes[static_cast<std::size_t>(to)].kind != NodeKind::Mechanism || placed.count(from)) continue;
        sameRank("same", {from, to});
        placed.insert(from);
    }

    for (std::size_t i = 0; i < theory.links.size(); ++i) {
        const Link& link = theory.links[i];
        int from = vertices.find(link.from);
        int to = vertices.find(link.to);
        if (from < 0 || to < 0) continue;
        const EdgeStyle& s = style.edges[i];
        Agedge_t* e = agedge(g, nodes[static_cast<std::size_t>(from)], nodes[static_cast<std::size_t>(to)],
                             const_cast<char*>(("e" + std::to_string(i)).c_str()), 1);
        set(e, "id", "link-" + link.id);
        set(e, "color", s.colour);
        set(e, "style", s.style);
        set(e, "penwidth", number(s.penWidth));
        set(e, "arrowhead", s.arrowhead);
        set(e, "arrowsize", "0.8");
        set(e, "fontname", kFont);
        set(e, "fontsize", "9");
        // An external label: Graphviz 2.43's spline router corrupts memory on larger graphs with
        // edge labels that take part in the layout ("Unable to reclaim box space …", then a
        // double free), so the k/n is placed after routing instead.
        if (!s.label.empty()) setHtmlLabel(g, e, labelText(s.label), "xlabel");
    }
    return graph;
}

std::string writeDot(Agraph_t* graph) {
    char* buffer = nullptr;
    std::size_t size = 0;
    FILE* stream = open_memstream(&buffer, &size);
    if (!stream) return {};
    agwrite(graph, stream);
    std::fclose(stream);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

// Runs `work` with Graphviz locked and its complaints collected in `warnings`.
template <typename Work>
auto withGraphviz(std::string& warnings, Work work) {
    std::lock_guard<std::mutex> lock(graphvizMutex());
    g_warnings = &warnings;
    agseterr(AGWARN);
    agusererrf previous = agseterrf(collectWarning);
    auto result = work(graphvizContext());
    agseterrf(previous);
    g_warnings = nullptr;
    return result;
}

}  // namespace

bool parseDiagramView(const Project& project, const std::string& text, DiagramOptions& options) {
    if (text == "theory") {
        options.view = DiagramView::Theory;
        return true;
    }
    if (text == "all") {
        options.view = DiagramView::AllCases;
        return true;
    }
    if (text.rfind("case:", 0) == 0) {
        const Case* c = project.findCaseByName(text.substr(5));
        if (!c) return false;
        options.view = DiagramView::Case;
        options.caseId = c->id;
        return true;
    }
    return false;
}

RenderResult renderDiagram(const Project& project, const DiagramOptions& options, const std::string& format) {
    RenderResult result;
    if (format != "svg" && format != "png" && format != "pdf" && format != "dot") {
        result.error = "unknown diagram format \"" + format + "\" (svg, png, pdf or dot)";
        return result;
    }
    const Theory* theory = chooseTheory(project, options, result.error);
    if (!theory) return result;
    result.error = withGraphviz(result.warnings, [&](GVC_t* gvc) -> std::string {
        GraphPtr graph = buildGraph(project, *theory, options);
        if (format == "dot") {
            result.data = writeDot(graph.get());
            return {};
        }
        if (format == "png") set(graph.get(), "dpi", number(options.dpi));
        if (gvLayout(gvc, graph.get(), "dot") != 0) return "Graphviz could not lay out the diagram";
        char* data = nullptr;
        unsigned int length = 0;
        int status = gvRenderData(gvc, graph.get(), format.c_str(), &data, &length);
        if (status == 0 && data) result.data.assign(data, length);
        gvFreeRenderData(data);
        gvFreeLayout(gvc, graph.get());
        return status == 0 ? "" : "Graphviz could not render " + format;
    });
    return result;
}

std::vector<int> linksOfEdges(const Theory& theory, const DiagramLayout& layout) {
    std::vector<int> links(layout.edges.size(), -1);
    std::size_t link = 0;
    for (std::size_t e = 0; e < layout.edges.size(); ++e) {
        while (link < theory.links.size() && theory.links[link].id != layout.edges[e].id) ++link;
        if (link == theory.links.size()) break;  // not of this theory: the rest stay -1
        links[e] = static_cast<int>(link++);
    }
    return links;
}

std::optional<DiagramLayout> layoutDiagram(const Project& project, const DiagramOptions& options, std::string* error) {
    std::string why;
    const Theory* theory = chooseTheory(project, options, why);
    if (!theory) {
        if (error) *error = why;
        return std::nullopt;
    }
    std::string warnings;
    return withGraphviz(warnings, [&](GVC_t* gvc) -> std::optional<DiagramLayout> {
        GraphPtr graph = buildGraph(project, *theory, options);
        Agraph_t* g = graph.get();
        if (gvLayout(gvc, g, "dot") != 0) {
            if (error) *error = "Graphviz could not lay out the diagram";
            return std::nullopt;
        }
        DiagramStyle style = styleDiagram(project, *theory, options);
        IdIndex vertices = indexNodes(*theory);
        DiagramLayout layout;
        boxf box = GD_bb(g);
        layout.width = box.UR.x - box.LL.x;
        layout.height = box.UR.y - box.LL.y;
        auto flip = [&](pointf p) { return DiagramPoint{p.x - box.LL.x, box.UR.y - p.y}; };
        std::vector<Agnode_t*> byIndex;
        for (std::size_t v = 0; v < theory->nodes.size(); ++v) {
            Agnode_t* n = agnode(g, const_cast<char*>(("n" + std::to_string(v)).c_str()), 0);
            const Node& node = theory->nodes[v];
            layout.nodes.push_back({.id = node.id, .kind = node.kind, .label = node.label, .centre = flip(ND_coord(n)),
                                    .width = ND_width(n) * 72.0, .height = ND_height(n) * 72.0});
        }
        for (std::size_t i = 0; i < theory->links.size(); ++i) {
            const Link& link = theory->links[i];
            int from = vertices.find(link.from);
            int to = vertices.find(link.to);
            if (from < 0 || to < 0) continue;
            Agnode_t* tail = agnode(g, const_cast<char*>(("n" + std::to_string(from)).c_str()), 0);
            Agnode_t* head = agnode(g, const_cast<char*>(("n" + std::to_string(to)).c_str()), 0);
            Agedge_t* e = agedge(g, tail, head, const_cast<char*>(("e" + std::to_string(i)).c_str()), 0);
            DiagramEdge out{.id = link.id, .from = link.from, .to = link.to};
            if (e && ED_spl(e) && ED_spl(e)->size > 0) {
                const bezier& curve = ED_spl(e)->list[0];
                for (int k = 0; k < curve.size; ++k) out.points.push_back(flip(curve.list[k]));
                if (curve.eflag) out.points.push_back(flip(curve.ep));
            }
            layout.edges.push_back(out);
        }
        gvFreeLayout(gvc, g);
        applyStyle(style, linksOfEdges(*theory, layout), layout);
        return layout;
    });
}

}  // namespace rw
