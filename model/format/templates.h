#pragma once
// Starting a project from a template: the template's theory and schema with fresh metadata.

#include <string>
#include <vector>

#include "model/core/project.h"

namespace rw {

// Returns today's date as YYYY-MM-DD (local time).
std::string todayIso();

// Returns a new project made from `templ`: created today, no authors, the given title (or
// the template's title without a trailing "(template)" / "(sjabloon)" when `title` is empty).
Project instantiateTemplate(const Project& templ, const std::string& title, const std::string& today);

// Returns the names (file stems) of the `.realist` files in `directory`, sorted.
std::vector<std::string> listTemplates(const std::string& directory);

}  // namespace rw
