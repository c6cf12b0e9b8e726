#pragma once
// The outcome of reading a project: the project, or where and why it was refused.

#include <optional>
#include <string>

#include "model/core/project.h"

namespace rw {

struct LoadError {
    std::string path;
    int line = 0;  // 0 when the error concerns the whole file (missing, unreadable)
    int column = 0;
    std::string message;

    // Returns "path:line:col: message", or "path: message" without a position.
    std::string toString() const;
};

struct LoadResult {
    std::optional<Project> project;  // set exactly when loading succeeded
    LoadError error;

    explicit operator bool() const { return project.has_value(); }
};

}  // namespace rw
