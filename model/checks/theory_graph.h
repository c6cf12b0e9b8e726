#pragma once
// A theory as a Boost graph, for reachability, paths and cycles. Vertices are the theory's
// nodes in order; edges are its links in order. Dangling links are left out.

#include <functional>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "model/core/id_index.h"
#include "model/core/project.h"

namespace rw {

class TheoryGraph {
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                        boost::no_property, boost::property<boost::edge_index_t, int>>;

    explicit TheoryGraph(const Theory& theory);

    const Theory& theory() const { return m_theory; }
    std::size_t size() const { return m_theory.nodes.size(); }
    // Returns the vertex of a node id, or -1.
    int vertex(const std::string& nodeId) const;
    const Node& node(int vertex) const { return m_theory.nodes[static_cast<std::size_t>(vertex)]; }

    // Returns, per vertex, whether it is reachable from `starts` along causal links (causes and
    // enables; a `prevents` link is no route), entering only vertices for which `canEnter` holds.
    // The starts themselves are marked reachable.
    std::vector<bool> reachableFrom(const std::vector<int>& starts,
                                    const std::function<bool(int)>& canEnter = {}) const;
    // Returns, per vertex, whether some vertex in `targets` can be reached from it.
    std::vector<bool> reaching(const std::vector<int>& targets) const;
    // Returns the groups of vertices that lie on a cycle (a self-loop is a group of one).
    std::vector<std::vector<int>> cycles() const;

    // Returns the indices into theory().links of the causal links leaving / entering a vertex.
    std::vector<int> linksFrom(int vertex) const;
    std::vector<int> linksInto(int vertex) const;

    // Returns the vertices of all nodes of one kind.
    std::vector<int> verticesOfKind(NodeKind kind) const;

private:
    const Theory& m_theory;
    IdIndex m_vertexOf;  // node id → vertex
    Graph m_graph;       // causal links only
    std::vector<int> m_linkOfEdge;
};

}  // namespace rw
