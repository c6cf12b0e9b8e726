#pragma once
// Geometry of a laid-out diagram: which node or link lies under a point, and where a node is.
// All coordinates are diagram points (model/output/diagram.h): origin top-left, y downward.

#include <string>
#include <vector>

#include "model/output/diagram.h"

namespace rw::document {

// Returns the id of the topmost node whose box contains (x, y), or "".
std::string nodeAt(const DiagramLayout& layout, double x, double y);

// Returns the id of the link whose curve passes within `tolerance` of (x, y), or "".
std::string linkAt(const DiagramLayout& layout, double x, double y, double tolerance);

// Returns the curve of an edge as a polyline: the Bézier segments sampled, then the arrow tip.
std::vector<DiagramPoint> edgePolyline(const DiagramEdge& edge, int samplesPerSegment = 12);

// Returns the point halfway along an edge's polyline (where its label goes).
DiagramPoint edgeMidpoint(const DiagramEdge& edge);

// Returns the node with this id, or nullptr.
const DiagramNode* findDiagramNode(const DiagramLayout& layout, const std::string& id);

}  // namespace rw::document
