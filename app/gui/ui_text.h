#pragma once
// The model's vocabularies as the user reads them, translated.

#include <wx/string.h>

#include "model/core/kinds.h"

namespace rw::gui {

wxString kindName(NodeKind kind);             // "Mechanism"
wxString kindHeading(NodeKind kind);          // "Mechanisms"
wxString levelName(OutcomeLevel level);       // "Final"
wxString linkKindName(LinkKind kind);         // "causes"
wxString verdictName(VerdictValue value);     // "✓ supported"
wxString stanceName(Stance stance);           // "supports"
wxString severityName(Severity severity);     // "Error"
wxString sourceKindName(SourceKind kind);     // "Interview"

}  // namespace rw::gui
