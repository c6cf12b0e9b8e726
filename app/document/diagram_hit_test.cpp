#include "app/document/diagram_hit_test.h"

#include <cmath>

namespace rw::document {
namespace {

double distanceToSegment(const DiagramPoint& p, const DiagramPoint& a, const DiagramPoint& b) {
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0;
    t = std::fmax(0, std::fmin(1, t));
    double cx = a.x + t * dx - p.x;
    double cy = a.y + t * dy - p.y;
    return std::sqrt(cx * cx + cy * cy);
}

DiagramPoint bezier(const DiagramPoint& p0, const DiagramPoint& p1, const DiagramPoint& p2, const DiagramPoint& p3,
                    double t) {
    double u = 1 - t;
    double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    return {a * p0.x + b * p1.x + c * p2.x + d * p3.x, a * p0.y + b * p1.y + c * p2.y + d * p3.y};
}

}  // namespace

std::vector<DiagramPoint> edgePolyline(const DiagramEdge& edge, int samplesPerSegment) {
    const auto& p = edge.points;
    std::vector<DiagramPoint> line;
    if (p.empty()) return line;
    // Graphviz gives 3k+1 control points, plus the arrow tip when the edge has an arrowhead.
    std::size_t curveCount = p.size() % 3 == 2 ? p.size() - 1 : p.size();
    line.push_back(p[0]);
    if (curveCount % 3 == 1) {
        for (std::size_t i = 0; i + 3 < curveCount; i += 3)
            for (int s = 1; s <= samplesPerSegment; ++s)
                line.push_back(bezier(p[i], p[i + 1], p[i + 2], p[i + 3], static_cast<double>(s) / samplesPerSegment));
    } else {
        for (std::size_t i = 1; i < curveCount; ++i) line.push_back(p[i]);
    }
    if (curveCount < p.size()) line.push_back(p.back());
    return line;
}

DiagramPoint edgeMidpoint(const DiagramEdge& edge) {
    std::vector<DiagramPoint> line = edgePolyline(edge);
    if (line.empty()) return {};
    double total = 0;
    for (std::size_t i = 1; i < line.size(); ++i) total += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    double half = total / 2;
    for (std::size_t i = 1; i < line.size(); ++i) {
        double step = std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
        if (step >= half && step > 0) {
            double t = half / step;
            return {line[i - 1].x + t * (line[i].x - line[i - 1].x), line[i - 1].y + t * (line[i].y - line[i - 1].y)};
        }
        half -= step;
    }
    return line.back();
}

std::string nodeAt(const DiagramLayout& layout, double x, double y) {
    for (auto it = layout.nodes.rbegin(); it != layout.nodes.rend(); ++it)
        if (std::fabs(x - it->centre.x) <= it->width / 2 && std::fabs(y - it->centre.y) <= it->height / 2) return it->id;
    return {};
}

std::string linkAt(const DiagramLayout& layout, double x, double y, double tolerance) {
    std::string best;
    double bestDistance = tolerance;
    DiagramPoint p{x, y};
    for (const DiagramEdge& edge : layout.edges) {
        std::vector<DiagramPoint> line = edgePolyline(edge);
        for (std::size_t i = 1; i < line.size(); ++i) {
            double d = distanceToSegment(p, line[i - 1], line[i]);
            if (d <= bestDistance) {
                bestDistance = d;
                best = edge.id;
            }
        }
    }
    return best;
}

const DiagramNode* findDiagramNode(const DiagramLayout& layout, const std::string& id) {
    for (const DiagramNode& node : layout.nodes)
        if (node.id == id) return &node;
    return nullptr;
}

}  // namespace rw::document
