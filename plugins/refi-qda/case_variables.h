#pragma once
// A REFI-QDA file's case variables brought into the project's cases: an attribute whose key or
// label is the variable's name, else a new one typed after the variable; values that do not fit
// are noted and left out, as are the variables of sources (a Case without a name).

#include <string>
#include <vector>

#include "model/plugins/import_step.h"
#include "plugins/refi-qda/qde_project.h"

namespace rw::qda {

// Adds to `step` the attributes and values of the QDA cases that match a case of the step's project
// (by id, short name or name), appending to `notes` what was created, changed or left out; returns
// false with `error` set ("file:line:col: message") when an edit cannot be made. A variable
// named "Verdict: NODE" (our export's) whose values are verdicts sets the verdicts on that node.
bool importCaseVariables(const QdaProject& qda, ImportStep& step, std::vector<std::string>& notes, std::string& error);

}  // namespace rw::qda
