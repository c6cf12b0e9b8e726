#include "app/gui/colours.h"

#include <string>

#include "model/output/palette.h"

namespace rw::gui {

wxColour colourOf(std::string_view hex, const wxColour& fallback) {
    if (hex.size() != 7 || hex[0] != '#') return fallback;
    wxColour colour(wxString::FromAscii(std::string(hex).c_str()));
    return colour.IsOk() ? colour : fallback;
}

wxColour verdictFillColour(VerdictValue value) { return colourOf(verdictFill(value), *wxWHITE); }
wxColour verdictStrokeColour(VerdictValue value) { return colourOf(verdictStroke(value)); }
wxColour kindFillColour(NodeKind kind) { return colourOf(kindFill(kind), *wxWHITE); }

}  // namespace rw::gui
