#include "model/chat/chat_error.h"

namespace rw {

std::string ChatError::toString() const {
    if (line <= 0) return where + ": " + message;
    std::string place = where + ":" + std::to_string(line);
    if (column > 0) place += ":" + std::to_string(column);
    return place + ": " + message;
}

}  // namespace rw
