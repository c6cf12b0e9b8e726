#pragma once
// The editor's windows are built on its wx-free document layer (app/document/, namespace
// rw::document): the session, the undo history, the snapshots and jobs the panes show. The
// GUI uses those names as its own; the document layer never sees the GUI's.

namespace rw::document {}

namespace rw::gui {
using namespace rw::document;
}  // namespace rw::gui
