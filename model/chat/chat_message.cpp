#include "model/chat/chat_message.h"

#include <cstdio>

namespace rw {

std::string ChatDateTime::iso() const {
    char buffer[40];
    if (hasSeconds)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour, minute);
    return buffer;
}

}  // namespace rw
