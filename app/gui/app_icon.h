#pragma once
// The application icon (the same drawing as desktop/realist-workbench.svg), for the window and
// the About box, so that it shows even when the icon theme has not been installed.

#include <wx/bmpbndl.h>

namespace rw::gui {

// Returns the icon at any size.
wxBitmapBundle appIcon();

}  // namespace rw::gui
