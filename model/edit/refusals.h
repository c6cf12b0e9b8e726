#pragma once
// The reasons the edit factories give when they refuse an edit, each worded once.

#include <string>

#include "model/edit/edit.h"

namespace rw::edits {

enum class Thing { Theory, Node, Link, Case, Source, Informant, Evidence, Attribute, Category, Condition };

// "There is no node “x”.": the target of the edit does not exist (any more).
Edit missing(Thing thing, const std::string& id);
// "Another node already has the id “x”."
Edit taken(Thing thing, const std::string& id);
// Returns a refused edit with `reason`.
Edit refuse(std::string reason);

}  // namespace rw::edits
