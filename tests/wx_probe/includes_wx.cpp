// Must not compile: the model library has no wxWidgets include path (see tests/CMakeLists.txt).
#include <wx/string.h>
#include "model/core/project.h"

int probe() { return static_cast<int>(wxString("x").length()); }
