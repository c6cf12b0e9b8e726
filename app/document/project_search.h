#pragma once
// Find: where a piece of text occurs in a project's labels, descriptions, assumptions, case
// names and evidence quotes and notes.

#include <string>
#include <vector>

#include "app/document/selection.h"
#include "model/core/project.h"

namespace rw::document {

struct SearchHit {
    Selection where;     // what to select to show the hit
    std::string field;   // "label", "description", "assumption", "quote", "note", "name"
    std::string excerpt; // the matching text around the hit, on one line
};

// Returns every hit of `needle` (case-insensitive for ASCII letters), in project order; an
// empty needle finds nothing.
std::vector<SearchHit> searchProject(const Project& project, const std::string& needle);

}  // namespace rw::document
