#include "app/gui/app_language.h"

#include <langinfo.h>

#include <clocale>
#include <cstring>

#include <wx/config.h>
#include <wx/intl.h>
#include <wx/translation.h>

#include "app/gui/wx_strings.h"
#include "model/core/translate.h"

namespace rw::gui {

bool setUpTranslations(const wxString& preference, const std::vector<std::string>& localeDirectories) {
    for (const std::string& directory : localeDirectories)
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxs(directory));
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);  // takes ownership
    if (preference.empty())
        translations->SetLanguage(wxLANGUAGE_DEFAULT);
    else
        translations->SetLanguage(preference);
    translations->AddStdCatalog();  // wx's own strings, where the system has them
    translations->AddCatalog("realist-model");
    // Findings are worded on a worker thread: look the message up without wxGetTranslation,
    // which records untranslated strings in a global table.
    rw::setTranslator([](const char* id) {
        wxTranslations* current = wxTranslations::Get();
        const wxString* translated =
            current ? current->GetTranslatedString(wxString::FromUTF8(id), "realist-model") : nullptr;
        return translated ? translated->utf8_string() : std::string(id);
    });
    return translations->AddCatalog("realist-workbench");
}

void useUtf8CharacterSet() {
    const char* codeset = nl_langinfo(CODESET);
    if (codeset && std::strcmp(codeset, "UTF-8") == 0) return;
    if (!std::setlocale(LC_CTYPE, "C.UTF-8")) std::setlocale(LC_CTYPE, "en_US.UTF-8");
}

wxString languagePreference() {
    wxConfigBase* config = wxConfigBase::Get();
    return config ? config->Read("/Preferences/Language", wxString()) : wxString();
}

void setLanguagePreference(const wxString& preference) {
    if (wxConfigBase* config = wxConfigBase::Get()) {
        config->Write("/Preferences/Language", preference);
        config->Flush();
    }
}

}  // namespace rw::gui
