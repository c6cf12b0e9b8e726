#pragma once
// Where templates are found: $REALIST_TEMPLATE_PATH (colon-separated), the install directory,
// and the source tree (so a build runs without installing).

#include <string>
#include <vector>

namespace rw::cli {

// Returns the directories searched for templates, first match wins.
std::vector<std::string> templateDirectories();

// Returns the path of template `name` (a stem like "cmo-basic" or a path to a .realist file),
// or "" when none is found.
std::string findTemplate(const std::string& name);

}  // namespace rw::cli
