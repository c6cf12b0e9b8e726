#include "model/core/error.h"

namespace rw {

std::string Error::where() const {
    std::string place = file;
    if (!member.empty()) place += (place.empty() ? "" : ":") + member;
    if (line > 0) {
        place += (place.empty() ? "line " : ":") + std::to_string(line);
        if (column > 0) place += ":" + std::to_string(column);
    }
    return place;
}

std::string Error::toString() const {
    // A message may quote what a file holds, and a value may hold a line break: the error stays
    // one line, as a terminal, a log and a status bar expect.
    std::string shown;
    for (char c : message) {
        if (c == '\n') shown += "\\n";
        else if (c == '\r') shown += "\\r";
        else if (c == '\t') shown += "\\t";
        else shown += c;
    }
    std::string place = where();
    return place.empty() ? shown : place + ": " + shown;
}

}  // namespace rw
