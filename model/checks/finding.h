#pragma once
// One result of a consistency check: what is wrong, how bad, and what it concerns.

#include <string>
#include <vector>

#include "model/core/kinds.h"

namespace rw {

struct Finding {
    Severity severity = Severity::Info;
    std::string code;     // stable, e.g. RW-DEAD-NODE
    std::string message;  // one sentence a reviewer understands
    std::string theory;   // the theory checked
    std::vector<std::string> nodes;
    std::vector<std::string> links;
    std::vector<std::string> cases;
};

}  // namespace rw
