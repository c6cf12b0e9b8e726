#pragma once
// Cut, copy and paste of nodes as text: a small `.realist` document holding the nodes and the
// links between them, so that a paste into another editor (or a text editor) keeps them whole.

#include <string>
#include <vector>

#include "app/document/document.h"

namespace rw::document {

// Returns the clipboard text for the nodes `nodeIds` of `theory` and the links among them, or
// "" when none of the ids exists.
std::string copyNodes(const Project& project, const Theory& theory, const std::vector<std::string>& nodeIds);

// Returns true when `text` looks like something copyNodes made.
bool looksLikeNodes(const std::string& text);

// Adds the clipboard's nodes and links to the theory as one undoable step, with fresh ids.
// Returns the ids of the new nodes; empty when the text holds no nodes.
std::vector<std::string> pasteNodes(Document& document, const std::string& theoryId, const std::string& text);

}  // namespace rw::document
