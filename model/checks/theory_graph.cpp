#include "model/checks/theory_graph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <deque>

namespace rw {
namespace {

// Breadth-first search that records every vertex it discovers.
struct Recorder : boost::default_bfs_visitor {
    std::vector<bool>* seen;
    template <typename Vertex, typename G>
    void discover_vertex(Vertex v, const G&) const { (*seen)[v] = true; }
};

template <typename G>
std::vector<bool> search(const G& graph, std::size_t size, const std::vector<int>& starts) {
    std::vector<bool> seen(size, false);
    if (starts.empty()) return seen;
    std::vector<boost::default_color_type> colors(size, boost::white_color);
    auto colorMap = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph));
    boost::queue<typename boost::graph_traits<G>::vertex_descriptor> queue;
    Recorder recorder;
    recorder.seen = &seen;
    std::vector<typename boost::graph_traits<G>::vertex_descriptor> sources(starts.begin(), starts.end());
    boost::breadth_first_search(graph, sources.begin(), sources.end(), queue, recorder, colorMap);
    return seen;
}

}  // namespace

TheoryGraph::TheoryGraph(const Theory& theory)
    : m_theory(theory),
      m_vertexOf(indexNodes(theory)),
      m_graph(theory.nodes.size()) {
    for (std::size_t i = 0; i < theory.links.size(); ++i) {
        const Link& link = theory.links[i];
        int from = vertex(link.from);
        int to = vertex(link.to);
        if (from < 0 || to < 0 || link.kind == LinkKind::Prevents) continue;
        boost::add_edge(static_cast<std::size_t>(from), static_cast<std::size_t>(to),
                        static_cast<int>(m_linkOfEdge.size()), m_graph);
        m_linkOfEdge.push_back(static_cast<int>(i));
    }
}

int TheoryGraph::vertex(const std::string& nodeId) const { return m_vertexOf.find(nodeId); }

std::vector<bool> TheoryGraph::reachableFrom(const std::vector<int>& starts,
                                             const std::function<bool(int)>& canEnter) const {
    if (!canEnter) return search(m_graph, size(), starts);
    std::vector<int> admitted;
    for (int start : starts)
        if (canEnter(start)) admitted.push_back(start);
    auto filter = [&canEnter](std::size_t v) { return canEnter(static_cast<int>(v)); };
    boost::filtered_graph<Graph, boost::keep_all, std::function<bool(std::size_t)>> filtered(
        m_graph, boost::keep_all(), filter);
    return search(filtered, size(), admitted);
}

std::vector<bool> TheoryGraph::reaching(const std::vector<int>& targets) const {
    return search(boost::make_reverse_graph(m_graph), size(), targets);
}

std::vector<std::vector<int>> TheoryGraph::cycles() const {
    std::vector<int> component(size());
    int count = size() ? boost::strong_components(
                             m_graph, boost::make_iterator_property_map(
                                          component.begin(), boost::get(boost::vertex_index, m_graph)))
                       : 0;
    std::vector<std::vector<int>> groups(static_cast<std::size_t>(count));
    for (std::size_t v = 0; v < size(); ++v) groups[static_cast<std::size_t>(component[v])].push_back(static_cast<int>(v));
    std::vector<std::vector<int>> result;
    for (auto& group : groups) {
        bool selfLoop = group.size() == 1 &&
                        boost::edge(static_cast<std::size_t>(group[0]), static_cast<std::size_t>(group[0]), m_graph).second;
        if (group.size() > 1 || selfLoop) result.push_back(group);
    }
    return result;
}

std::vector<int> TheoryGraph::linksFrom(int v) const {
    std::vector<int> links;
    for (auto edge : boost::make_iterator_range(boost::out_edges(static_cast<std::size_t>(v), m_graph)))
        links.push_back(m_linkOfEdge[static_cast<std::size_t>(boost::get(boost::edge_index, m_graph, edge))]);
    return links;
}

std::vector<int> TheoryGraph::linksInto(int v) const {
    std::vector<int> links;
    for (auto edge : boost::make_iterator_range(boost::in_edges(static_cast<std::size_t>(v), m_graph)))
        links.push_back(m_linkOfEdge[static_cast<std::size_t>(boost::get(boost::edge_index, m_graph, edge))]);
    return links;
}

std::vector<int> TheoryGraph::verticesOfKind(NodeKind kind) const {
    std::vector<int> result;
    for (std::size_t i = 0; i < size(); ++i)
        if (m_theory.nodes[i].kind == kind) result.push_back(static_cast<int>(i));
    return result;
}

}  // namespace rw
