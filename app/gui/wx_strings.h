#pragma once
// The model speaks UTF-8 std::string; wx speaks wxString. These two are the only bridge.

#include <string>
#include <string_view>

#include <wx/string.h>

namespace rw::gui {

// Returns the UTF-8 text as a wxString.
inline wxString wxs(std::string_view text) { return wxString::FromUTF8(text.data(), text.size()); }
// Returns the wxString as UTF-8.
inline std::string utf8(const wxString& text) { return std::string(text.utf8_str()); }

}  // namespace rw::gui
