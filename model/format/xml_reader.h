#pragma once
// Reads `.realist` files (docs/file-format.md). Never throws and never half-loads.

#include <string>
#include <string_view>

#include "model/format/load_result.h"

namespace rw {

// Returns the project in `xml`; errors name `pathForMessages` with line and column.
LoadResult readProject(std::string_view xml, const std::string& pathForMessages);

// Returns the project in the file at `path`; a missing, unreadable or directory path is an
// error without a position.
LoadResult loadProject(const std::string& path);

}  // namespace rw
