#pragma once
// The edit that defines a new case attribute (a column of the case schema), for importers that
// bring variables along. model/edits.h has no such factory yet; this one follows its rules.

#include <memory>

#include "model/command.h"
#include "model/project.h"

namespace rw::qda {

// Returns the edit that appends `attribute` to the schema, or nullptr when its key is empty or
// already defined.
std::unique_ptr<Command> addAttributeDef(const Project& project, AttributeDef attribute);

}  // namespace rw::qda
