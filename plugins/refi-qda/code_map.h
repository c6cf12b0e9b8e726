#pragma once
// Which node of the theory a QDA code stands for, and which project case a QDA case is: by the
// names the user already gave them, or by a mapping file.

#include <map>
#include <string>

#include "model/core/project.h"

namespace rw::qda {

class CodeMap {
public:
    // Reads a mapping file of "code name = node" lines (node: its id or label; # starts a
    // comment); returns false with `error` set ("map.txt:3: message") for a line without "=" or
    // a node the project does not have.
    bool load(const std::string& path, const Project& project, std::string& error);

    // Returns the id of the node the code maps to: the mapping file first, else a node whose id
    // or label equals the code name (ASCII letters case-insensitively); "" when none does.
    std::string nodeFor(const std::string& codeName, const Project& project) const;

private:
    std::map<std::string, std::string> m_nodes;  // lower-cased code name → node id
};

// Returns the node whose id or (first line of its) label is `name`, ignoring ASCII case and
// surrounding spaces; nullptr when none is.
const Node* findNodeByName(const Project& project, const std::string& name);

// Returns the case whose id, short name or name is `name` (as above), or nullptr.
const Case* findCaseByAnyName(const Project& project, const std::string& name);

}  // namespace rw::qda
