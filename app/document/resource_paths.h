#pragma once
// Where the editor finds its templates, samples and translations: beside an installed binary,
// in the install prefix, or in the source and build trees (so a build runs without installing).

#include <string>
#include <vector>

namespace rw::document {

// Returns the folders that may hold templates, first match wins: $REALIST_TEMPLATE_PATH
// (colon-separated), <exe>/../share/realist/templates, the install prefix, the source tree.
std::vector<std::string> templateDirectories(const std::string& executableDir);

// Returns the folders that may hold `<lang>/LC_MESSAGES/realist-workbench.mo`.
std::vector<std::string> localeDirectories(const std::string& executableDir);

// Returns the bundled sample folder that exists, or "".
std::string samplesDirectory(const std::string& executableDir);

}  // namespace rw::document
