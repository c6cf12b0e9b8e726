#pragma once
// The colours of verdicts and kinds, shared by diagrams, matrix exports and the editor so that a
// tick looks the same everywhere. Chosen from the Okabe–Ito / ColorBrewer ranges so that they
// stay apart for colour-blind readers and in greyscale print (light vs dark, plus a pattern).

#include <string_view>

#include "model/core/kinds.h"

namespace rw {

// Returns a fill colour as "#rrggbb" for a verdict: ✓ green, x red, ? amber, blank grey.
std::string_view verdictFill(VerdictValue value);
// Returns a darker border / text colour that goes with verdictFill.
std::string_view verdictStroke(VerdictValue value);
// Returns the fill of a node of a kind in the structure-only view.
std::string_view kindFill(NodeKind kind);
// Returns a fill on a light-to-dark green scale for a share of supporting cases (0..1).
std::string_view shareFill(double share);

// The colour of broken links and dead nodes.
inline constexpr std::string_view kBrokenColour = "#c0392b";
// The colour that marks the subjects of findings in the highlight overlay.
inline constexpr std::string_view kHighlightColour = "#7b2cbf";

}  // namespace rw
