#include "app/gui/app_icon.h"

namespace rw::gui {
namespace {

// Keep in step with desktop/realist-workbench.svg.
const char kIconSvg[] = R"svg(<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="22" fill="#f7f7f4" stroke="#4a5560" stroke-width="4"/>
  <path d="M64 34 L40 58" stroke="#1b7837" stroke-width="5" fill="none"/>
  <path d="M64 34 L88 58" stroke="#1b7837" stroke-width="5" fill="none"/>
  <path d="M40 72 L64 96" stroke="#1b7837" stroke-width="5" fill="none"/>
  <path d="M88 72 L66 94" stroke="#c0392b" stroke-width="5" stroke-dasharray="7 5" fill="none"/>
  <rect x="44" y="16" width="40" height="22" rx="6" fill="#d1e5f0" stroke="#333333" stroke-width="3"/>
  <ellipse cx="38" cy="65" rx="20" ry="12" fill="#a6dba0" stroke="#1b7837" stroke-width="3"/>
  <ellipse cx="90" cy="65" rx="20" ry="12" fill="#f4a582" stroke="#b2182b" stroke-width="3"/>
  <rect x="46" y="92" width="36" height="20" fill="#e6f5d0" stroke="#333333" stroke-width="3"/>
  <rect x="50" y="96" width="28" height="12" fill="none" stroke="#333333" stroke-width="1.5"/>
</svg>)svg";

}  // namespace

wxBitmapBundle appIcon() { return wxBitmapBundle::FromSVG(kIconSvg, wxSize(64, 64)); }

}  // namespace rw::gui
