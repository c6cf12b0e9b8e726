#pragma once
// Small projects built in code, shared by the model tests.

#include <string>
#include <vector>

#include "model/project.h"

namespace rw::test {

// A theory "t": intervention i → mechanism m1 → mechanism m2 → final outcome o, with m1 → o as
// well; two cases a and b without verdicts; one source "doc".
Project chainProject();

// Sets case `caseId`'s verdict on `nodeId` (adding it or replacing it) with one supporting quote.
void tick(Project& project, const std::string& caseId, const std::string& nodeId, VerdictValue value,
          bool withEvidence = true);

// Returns the codes of the findings, in order.
std::vector<std::string> codesOf(const Project& project);

// Returns the path of a file in the source tree.
std::string sourcePath(const std::string& relative);

}  // namespace rw::test
