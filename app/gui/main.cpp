// realist-workbench [FILE]: the desktop editor. Everything lives in the editor library.
#include "app/gui/workbench_app.h"

wxIMPLEMENT_APP(rw::gui::WorkbenchApp);
