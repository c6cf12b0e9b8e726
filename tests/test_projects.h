#pragma once
// Small projects built in code, shared by the model tests.

#include <string>
#include <vector>

#include "model/core/project.h"
#include "model/edit/command.h"
#include "model/edit/undo_stack.h"

namespace rw::test {

// A theory "t": intervention i → mechanism m1 → mechanism m2 → final outcome o, with m1 → o as
// well; two cases a and b without verdicts; one source "doc".
Project chainProject();

// Sets case `caseId`'s verdict on `nodeId` (adding it or replacing it) with one supporting quote.
void tick(Project& project, const std::string& caseId, const std::string& nodeId, VerdictValue value,
          bool withEvidence = true);

// Returns the codes of the findings, in order.
std::vector<std::string> codesOf(const Project& project);

// Pushes `command` onto `stack` (which edits `project`), then checks that it changed the project,
// that undo gives back exactly the project before, and that redo gives back the one after.
void pushAndCheckUndo(Project& project, UndoStack& stack, std::unique_ptr<Command> command);

// Returns the lines, each ended by a newline; with `number` (1-based) given, that line replaced.
std::string joinLines(std::vector<std::string> lines, int number = 0, const std::string& replacement = {});

// Returns the path of a file in the source tree.
std::string sourcePath(const std::string& relative);

}  // namespace rw::test
