#pragma once
// The outcome of reading a project: the project, or where and why it was refused.

#include <optional>
#include <string>

#include "model/core/error.h"
#include "model/core/project.h"

namespace rw {

struct LoadResult {
    std::optional<Project> project;  // set exactly when loading succeeded
    Error error;  // where and why, when it failed

    explicit operator bool() const { return project.has_value(); }
};

}  // namespace rw
