#include "model/chat_error.h"

namespace rw {

std::string ChatError::toString() const {
    return line > 0 ? where + ":" + std::to_string(line) + ": " + message : where + ": " + message;
}

}  // namespace rw
