#pragma once
// The model's palette ("#rrggbb", model/output/palette.h) as wx colours.

#include <string_view>

#include <wx/colour.h>
#include <wx/gdicmn.h>

#include "model/core/kinds.h"

namespace rw::gui {

// Returns the colour for "#rrggbb", or `fallback` when the text is not one.
wxColour colourOf(std::string_view hex, const wxColour& fallback = *wxBLACK);

wxColour verdictFillColour(VerdictValue value);
wxColour verdictStrokeColour(VerdictValue value);
wxColour kindFillColour(NodeKind kind);

}  // namespace rw::gui
