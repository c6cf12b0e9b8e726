#pragma once
// The language of the user interface: English, or Dutch through the gettext catalogue
// realist-workbench.mo. The system locale decides unless the user chose one.

#include <string>
#include <vector>

#include <wx/string.h>

namespace rw::gui {

// Installs the translations for `preference`: "" follows the system (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG), "en" or "nl" force a language. Returns true when a catalogue was loaded.
bool setUpTranslations(const wxString& preference, const std::vector<std::string>& localeDirectories);

// Makes the C library's character set UTF-8 (keeping every other locale category): our sources
// and the model are UTF-8, and wx turns narrow strings into text through that character set, so
// under LANG=C every "…" and "✓" would come out empty. Call once wx has started.
void useUtf8CharacterSet();

// Returns the language preference stored in the configuration ("" when none).
wxString languagePreference();
// Stores the preference; it applies at the next start.
void setLanguagePreference(const wxString& preference);

}  // namespace rw::gui
