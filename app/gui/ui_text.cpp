#include "app/gui/ui_text.h"

#include <wx/intl.h>

namespace rw::gui {

wxString kindName(NodeKind kind) {
    switch (kind) {
        case NodeKind::Intervention: return _("Intervention");
        case NodeKind::Context: return _("Context");
        case NodeKind::Mechanism: return _("Mechanism");
        case NodeKind::Outcome: return _("Outcome");
        case NodeKind::SideEffect: return _("Side effect");
    }
    return {};
}

wxString kindHeading(NodeKind kind) {
    switch (kind) {
        case NodeKind::Intervention: return _("Interventions");
        case NodeKind::Context: return _("Contexts");
        case NodeKind::Mechanism: return _("Mechanisms");
        case NodeKind::Outcome: return _("Outcomes");
        case NodeKind::SideEffect: return _("Side effects");
    }
    return {};
}

wxString levelName(OutcomeLevel level) {
    return level == OutcomeLevel::Final ? _("Final") : _("Intermediate");
}

wxString linkKindName(LinkKind kind) {
    switch (kind) {
        case LinkKind::Causes: return _("causes");
        case LinkKind::Enables: return _("enables");
        case LinkKind::Prevents: return _("prevents");
    }
    return {};
}

wxString verdictName(VerdictValue value) {
    switch (value) {
        case VerdictValue::NotAssessed: return _("not assessed");
        case VerdictValue::Supported: return wxString::FromUTF8("\u2713 ") + _("supported");
        case VerdictValue::Refuted: return "x " + _("refuted");
        case VerdictValue::Mixed: return "? " + _("mixed");
    }
    return {};
}

wxString stanceName(Stance stance) {
    return stance == Stance::Supports ? _("supports") : _("contradicts");
}

wxString severityName(Severity severity) {
    switch (severity) {
        case Severity::Error: return _("Error");
        case Severity::Warning: return _("Warning");
        case Severity::Info: return _("Note");
    }
    return {};
}

wxString sourceKindName(SourceKind kind) {
    switch (kind) {
        case SourceKind::Document: return _("Document");
        case SourceKind::Interview: return _("Interview");
        case SourceKind::FocusGroup: return _("Focus group");
        case SourceKind::ChatHistory: return _("Chat history");
        case SourceKind::Literature: return _("Literature");
    }
    return {};
}

}  // namespace rw::gui
