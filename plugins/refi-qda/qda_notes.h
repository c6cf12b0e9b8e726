#pragma once
// The notes and memos of a REFI-QDA file, as they go with what they annotate: a Note referred to
// by a NoteRef, one linked to a selection (as NVivo links its annotations), and a selection's
// own Description, one per line.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "plugins/refi-qda/qda_package.h"
#include "plugins/refi-qda/qde_project.h"

namespace rw::qda {

class NoteTexts {
public:
    // Both must outlive the object; `project` may still be empty (it is read on first use).
    NoteTexts(const QdaProject& project, const QdaPackage& package) : m_project(project), m_package(package) {}

    // Returns the notes on the selection or region `guid`: its description, the notes it refers
    // to (`refs`), those linked to it, and those its coding refers to (`codingRefs`), one per
    // line; a note that cannot be read is left out with a warning appended to `warnings`.
    std::string on(const std::string& description, const std::vector<std::string>& refs, const std::string& guid,
                   const std::vector<std::string>& codingRefs, std::vector<std::string>& warnings);
    // Returns how many Links do not go from a note to something (links between codes, selections …).
    int linksLeftOut();
    // Returns how many notes are linked to something that is not among `imported` (GUIDs).
    int linkedOutside(const std::set<std::string>& imported);

private:
    void index();
    // Returns the text of a note (its name when it has no text), or "" when it cannot be read.
    const std::string& text(const std::string& guid, std::vector<std::string>& warnings);

    const QdaProject& m_project;
    const QdaPackage& m_package;
    bool m_indexed = false;
    int m_linksLeftOut = 0;
    std::map<std::string, std::vector<std::string>> m_linked;  // target GUID → note GUIDs
    std::map<std::string, std::string> m_texts;                 // note GUID → its text
};

}  // namespace rw::qda
