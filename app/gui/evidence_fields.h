#pragma once
// The fields the two evidence dialogs share (editing a quote, and adding selected text as one).

#include <string>

#include <wx/choice.h>
#include <wx/combobox.h>

#include "model/core/project.h"

namespace rw::gui {

// A choice of "supports" / "contradicts", set to `stance`.
wxChoice* makeStanceChoice(wxWindow* parent, Stance stance);
// Returns the stance a choice made by makeStanceChoice shows.
Stance chosenStance(const wxChoice* choice);

// A box for the informant's role: the usual roles of a neighbourhood chat study and every role
// the project's informants have, set to `role`; any other role can be typed.
wxComboBox* makeRoleBox(wxWindow* parent, const Project& project, const std::string& role);

// How an informant is named in a list: "id (role)".
wxString informantLabel(const Informant& informant);

}  // namespace rw::gui
