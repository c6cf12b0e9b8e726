#pragma once
// Writes `.realist` files canonically (docs/file-format.md): fixed order, 2-space indent.

#include <string>

#include "model/atomic_file.h"
#include "model/project.h"

namespace rw {

// Returns the canonical XML text of the project.
std::string writeProject(const Project& project);

// Saves atomically to `path`, keeping the previous version as `path~`.
WriteResult saveProject(const Project& project, const std::string& path);

}  // namespace rw
