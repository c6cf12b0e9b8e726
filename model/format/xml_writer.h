#pragma once
// Writes `.realist` files canonically (docs/file-format.md): fixed order, 2-space indent.

#include <string>

#include "model/core/project.h"
#include "model/format/atomic_file.h"

namespace rw {

// Returns the canonical XML text of the project. A CR in a text is written "&#13;", so that it
// comes back as it was.
std::string writeProject(const Project& project);
// The same; sets `unwritable` to what XML 1.0 cannot hold ("source \"chat\": text holds U+0000 at
// character 12, …"), else clears it. Such a file would not load again: do not save it.
std::string writeProject(const Project& project, std::string& unwritable);

// Saves atomically to `path`, keeping the previous version as `path~`; refuses (writing nothing)
// a project holding a character XML 1.0 cannot hold.
WriteResult saveProject(const Project& project, const std::string& path);

}  // namespace rw
