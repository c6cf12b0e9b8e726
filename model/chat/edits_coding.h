#pragma once
// Undoable edits of the coding of chat messages (see message_coding.h). Each returns one command
// ready for UndoStack::push, or nullptr when the source, a message, the category or the case
// does not exist.
//
// Counts follow codings: when a case's message counts are what its codings give (or it has none
// yet), every coding edit that touches the case recounts them in the same step, so they never go
// stale. Counts that came from elsewhere (the study's own table) are left alone until an explicit
// recountMessages, so that coding a few messages never overwrites a reported table.

#include <string>
#include <vector>

#include "model/chat/message_coding.h"
#include "model/edit/edits.h"

namespace rw::edits {

// Codes the messages (indices into findMessages(source.text)) into a category for a case, as one
// step, replacing their earlier codings; an empty caseId means caseOfSource. Refuses system
// messages and an empty list.
CommandPtr codeMessages(const Project& project, const std::string& sourceId, const std::vector<int>& messages,
                        const std::string& categoryId, const std::string& caseId = {});

// Removes the codings of the messages, as one step; refuses when none of them is coded.
CommandPtr uncodeMessages(const Project& project, const std::string& sourceId, const std::vector<int>& messages);

// Codes a whole source by keywords as one step (see autoCode); nullptr when nothing would change.
CommandPtr autoCodeSource(const Project& project, const std::string& sourceId, const AutoCodeOptions& options);

// Sets the case's counts per category from the codings (recountedMessages), keeping the observed
// period, as one step; nullptr when the case does not exist or nothing would change.
CommandPtr recountMessages(const Project& project, const std::string& caseId);

}  // namespace rw::edits
