#pragma once
// Edits of everything around the theory graph: cases' names, verdict notes, the project's meta
// data, theories as a whole, sources, informants, attribute definitions and message categories.
// Each factory returns a command ready for UndoStack::push, or a refusal with its reason (in the
// user's language) when the target does not exist or the edit would make the project inconsistent.

#include <string>

#include "model/edit/edits.h"

namespace rw::edits {

enum class CaseField { Name, ShortName, Description };
enum class MetaField { Title, Authors, Description };
enum class TheoryField { Name, Description };
enum class SourceField { Title, Kind, File, Date, Text };
enum class InformantField { Role, Case, Note };

// Sets a case's name, short name or description; consecutive edits of one field merge.
CommandPtr setCaseText(const Project& project, const std::string& caseId, CaseField field,
                       const std::string& text);

// Sets the note on a case's verdict on a node, creating a not-assessed verdict if needed.
CommandPtr setVerdictNote(const Project& project, const std::string& caseId, const std::string& nodeId,
                          const std::string& note);

// Replaces the project's meta data with `updated`; `field` names the edit and keys the merge.
CommandPtr changeMeta(const Project& project, const Meta& updated, MetaField field);

// Adds an empty theory at the end; an empty id is made from the name.
CommandPtr addTheory(const Project& project, Theory theory);
// Sets a theory's name or description; consecutive edits of one field merge.
CommandPtr setTheoryText(const Project& project, const std::string& theoryId, TheoryField field,
                         const std::string& text);
// Removes a theory, and the verdicts on its nodes that no other theory has. Refuses the last
// theory, and one whose nodes a condition still uses.
CommandPtr removeTheory(const Project& project, const std::string& theoryId);
// Adds a copy of a theory after it, under a new id and `name` (empty: "NAME (copy)"). The copy
// keeps its node ids, so the cases' verdicts and quotes count for both.
CommandPtr duplicateTheory(const Project& project, const std::string& theoryId, const std::string& name = {});

// Replaces a source (matched by id) with `updated`; consecutive edits of one field merge.
CommandPtr changeSource(const Project& project, const Source& updated, SourceField field);
// Removes a source; refuses while evidence or a node's or link's references cite it.
CommandPtr removeSource(const Project& project, const std::string& sourceId);

// Replaces an informant (matched by id); refuses a case that does not exist.
CommandPtr changeInformant(const Project& project, const Informant& updated, InformantField field);
// Removes an informant; refuses while evidence cites it.
CommandPtr removeInformant(const Project& project, const std::string& informantId);

// Adds an attribute definition at the end; an empty key is made from the label.
CommandPtr addAttribute(const Project& project, AttributeDef attribute);
// Replaces the definition with the same key; refuses a type or scale that a case's value would
// not fit.
CommandPtr changeAttribute(const Project& project, const AttributeDef& updated);
// Removes a definition and its value in every case; refuses while a condition uses it.
CommandPtr removeAttribute(const Project& project, const std::string& key);

// Adds a message category at the end; an empty id is made from the label.
CommandPtr addCategory(const Project& project, Category category);
// Replaces the category with the same id (label, safety).
CommandPtr changeCategory(const Project& project, const Category& updated);
// Removes a category and the cases' message counts of it.
CommandPtr removeCategory(const Project& project, const std::string& categoryId);

}  // namespace rw::edits
