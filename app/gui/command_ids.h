#pragma once
// Menu and toolbar command ids of the editor, shared by the frame and the panes' context menus
// (whose events travel up to the frame).

#include <wx/defs.h>

namespace rw::gui {

enum CommandId {
    kIdFirst = wxID_HIGHEST + 100,
    kIdAddIntervention,
    kIdAddContext,
    kIdAddMechanism,
    kIdAddOutcome,
    kIdAddSideEffect,
    kIdAddLink,
    kIdAddCase,
    kIdRenameNode,
    kIdExportCsv,
    kIdExportMarkdown,
    kIdExportHtmlMatrix,
    kIdExportSvg,
    kIdExportPng,
    kIdExportPdf,
    kIdExportReport,
    kIdViewOutline,
    kIdViewDiagram,
    kIdViewMatrix,
    kIdViewInspector,
    kIdViewFindings,
    kIdResetLayout,
    kIdLanguageSystem,
    kIdLanguageEnglish,
    kIdLanguageDutch,
    kIdLinkMode,
    kIdZoomFit,
    kIdViewSources,
    kIdImportFirst,  // File ▸ Import: one id per importer, in registry order
    kIdImportLast = kIdImportFirst + 63,
    kIdAddTheory,
    kIdDuplicateTheory,
    kIdDeleteTheory,
    kIdShowTheory,
    kIdAddSource,
    kIdDeleteSource,
    kIdDeleteCase,
    kIdCaseAttributes,
    kIdViewAnalysis,
    kIdExportQdpx,
};

}  // namespace rw::gui
