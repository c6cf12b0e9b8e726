#include "model/chat/chat_text.h"

namespace rw {

std::string_view skipDirectionMarks(std::string_view text) {
    std::size_t at = 0;
    while (std::size_t n = directionMarkAt(text, at)) at += n;
    return text.substr(at);
}

std::string_view trimMarksAndSpaces(std::string_view text) {
    for (bool changed = true; changed && !text.empty();) {
        changed = false;
        std::size_t front = directionMarkAt(text, 0);
        if (front == 0) front = spaceAt(text, 0);
        if (front > 0) {
            text.remove_prefix(front);
            changed = true;
        }
        // Marks and spaces are 1 to 3 bytes long; look at the end for each length.
        for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
            std::size_t at = text.size() - back;
            if (directionMarkAt(text, at) == back || spaceAt(text, at) == back) {
                text.remove_suffix(back);
                changed = true;
                break;
            }
        }
    }
    return text;
}

std::string withoutDirectionMarks(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        if (std::size_t n = directionMarkAt(text, at)) {
            at += n;
            continue;
        }
        out += text[at++];
    }
    return out;
}

std::string digitsOf(std::string_view text) {
    std::string digits;
    for (char c : text)
        if (c >= '0' && c <= '9') digits += c;
    return digits;
}

}  // namespace rw
