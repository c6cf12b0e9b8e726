#pragma once
// A REFI-QDA file brought into a project that does not have its theory or its cases yet — an empty
// project, or one made from a file our export wrote: the code tree becomes the theory and the
// QDA cases become the cases, so that the import can then place every quote as evidence.
//   - When the project's theories have no node (an empty project has one empty theory), codes under a parent code named after a kind of node
//     ("Intervention", "Context", "Mechanism", "Outcome", "Side effect", singular or plural, or
//     their Dutch names) become nodes of that kind; Links between two of them become links.
//     They go into the project's first theory (a new one when it has none); other codes stay
//     codes (their selections become codings).
//   - When the project has no case, every named QDA case becomes a case.
// Ids, levels, assumptions and short names come back from the "Realist Workbench …" fields our
// export writes in Descriptions (plugins/refi-qda/description_fields.h).

#include <string>
#include <vector>

#include "model/plugins/import_step.h"
#include "plugins/refi-qda/qde_project.h"

namespace rw::qda {

struct TheoryMade {
    int nodes = 0;
    int links = 0;
    int cases = 0;
};

// Adds to `step` what is described above; `fileName` names the theory. Returns false with `error`
// set ("file:line:col: message") when an edit cannot be made.
bool makeTheoryAndCases(const QdaProject& qda, const std::string& fileName, ImportStep& step, TheoryMade& made,
                        std::string& error);

}  // namespace rw::qda
