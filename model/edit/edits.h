#pragma once
// Factories for every kind of edit. Each returns a command ready for UndoStack::push, or a
// refusal that says why (the target does not exist, or the edit would make the project
// inconsistent); an edit that adds something carries the new id.

#include <memory>
#include <string>

#include "model/core/project.h"
#include "model/edit/command.h"
#include "model/edit/edit.h"

namespace rw::edits {

// A command, or the reason for a refusal (model/edit/edit.h).
using CommandPtr = Edit;

enum class NodeField { Label, Description, Assumption, Kind, Level, Refs };
enum class LinkField { Label, Description, Assumption, Kind, Ends, Refs };
enum class EvidenceField { Quote, Stance, Source, Informant, Role, Note, Location };

// Adds `node` at the end of the theory; an empty id is made from the label.
CommandPtr addNode(const Project& project, const std::string& theoryId, Node node);
// Removes the node with its links, and its verdicts when no other theory has the node.
CommandPtr removeNode(const Project& project, const std::string& theoryId, const std::string& nodeId);
// Replaces the node (matched by id) with `updated`; consecutive edits of one field merge.
CommandPtr changeNode(const Project& project, const std::string& theoryId, const Node& updated,
                      NodeField field);
// Sets the label, description or assumption of a node.
CommandPtr setNodeText(const Project& project, const std::string& theoryId,
                       const std::string& nodeId, NodeField field, const std::string& text);

// Adds a link between two nodes of the theory; an empty id becomes "from--to".
CommandPtr addLink(const Project& project, const std::string& theoryId, Link link);
CommandPtr removeLink(const Project& project, const std::string& theoryId, const std::string& linkId);
CommandPtr changeLink(const Project& project, const std::string& theoryId, const Link& updated,
                      LinkField field);

// Sets a case's verdict on a node, keeping its evidence; consecutive settings of one cell merge.
CommandPtr setVerdict(const Project& project, const std::string& caseId, const std::string& nodeId,
                      VerdictValue value);
// Adds evidence to a case's verdict on a node (creating a not-assessed verdict if needed);
// an empty evidence id is generated.
CommandPtr addEvidence(const Project& project, const std::string& caseId,
                       const std::string& nodeId, Evidence evidence);
CommandPtr removeEvidence(const Project& project, const std::string& caseId,
                          const std::string& evidenceId);
CommandPtr changeEvidence(const Project& project, const std::string& caseId,
                          const Evidence& updated, EvidenceField field);

// Sets a case attribute; an empty value removes it. Refuses a value that does not fit its type.
CommandPtr setAttributeValue(const Project& project, const std::string& caseId,
                             const std::string& key, const std::string& value);

// Adds a source at the end; an empty id is made from the title.
CommandPtr addSource(const Project& project, Source source);
// Adds a (pseudonymous) informant; refuses a duplicate id or a missing case.
CommandPtr addInformant(const Project& project, Informant informant);

// Replaces the message counts (period and counts per category) of a case.
CommandPtr setMessages(const Project& project, const std::string& caseId, const MessageCounts& messages);

// Adds a case at the end; an empty id is made from the name.
CommandPtr addCase(const Project& project, Case newCase);
CommandPtr removeCase(const Project& project, const std::string& caseId);

}  // namespace rw::edits
