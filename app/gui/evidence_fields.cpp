#include "app/gui/evidence_fields.h"

#include <set>

#include "app/gui/ui_text.h"
#include "app/gui/wx_strings.h"

namespace rw::gui {

wxChoice* makeStanceChoice(wxWindow* parent, Stance stance) {
    auto* choice = new wxChoice(parent, wxID_ANY);
    choice->Append(stanceName(Stance::Supports));
    choice->Append(stanceName(Stance::Contradicts));
    choice->SetSelection(stance == Stance::Supports ? 0 : 1);
    return choice;
}

Stance chosenStance(const wxChoice* choice) {
    return choice->GetSelection() == 1 ? Stance::Contradicts : Stance::Supports;
}

wxComboBox* makeRoleBox(wxWindow* parent, const Project& project, const std::string& role) {
    std::set<std::string> roles = {"beheerder", "deelnemer", "niet-deelnemer", "wijkagent"};
    for (const Informant& informant : project.informants) roles.insert(informant.role);
    auto* box = new wxComboBox(parent, wxID_ANY, wxs(role));
    for (const std::string& known : roles) box->Append(wxs(known));
    box->SetValue(wxs(role));
    return box;
}

wxString informantLabel(const Informant& informant) { return wxs(informant.id + " (" + informant.role + ")"); }

}  // namespace rw::gui
