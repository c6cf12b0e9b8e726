#pragma once
// Reads a rectangle of the screen from the X server, as a screenshot tool does.

#include <wx/gdicmn.h>
#include <wx/image.h>

namespace rw::gui::test {

// Returns the pixels of `rect` (screen coordinates), or an invalid image without a display.
wxImage captureScreen(const wxRect& rect);

}  // namespace rw::gui::test
