#include "model/core/ids.h"

#include <cctype>
#include <cstring>

namespace rw {
namespace {

// Two-byte UTF-8 Latin-1 letters (U+00C0..U+00FF) and their plain ASCII letter.
char plainLetter(unsigned char second) {
    static const char* kFolded = "aaaaaaaceeeeiiiidnooooo-ouuuuyts"   // U+00C0..U+00DF
                                 "aaaaaaaceeeeiiiidnooooo-ouuuuyty";  // U+00E0..U+00FF
    unsigned index = second - 0x80u;
    return index < 64 ? kFolded[index] : '-';
}

}  // namespace

std::string slugify(std::string_view text) {
    std::string slug;
    auto append = [&slug](char c) {
        if (c == '-') {
            if (!slug.empty() && slug.back() != '-') slug += '-';
        } else {
            slug += c;
        }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isalnum(c)) {
            append(static_cast<char>(std::tolower(c)));
        } else if (c == 0xC3 && i + 1 < text.size()) {
            append(plainLetter(static_cast<unsigned char>(text[++i])));
        } else {
            append('-');
        }
        if (slug.size() >= 40) break;  // ids stay short enough to read in a diff
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return slug.empty() ? "item" : slug;
}

std::string uniqueId(const std::string& base, const std::function<bool(const std::string&)>& taken) {
    if (!taken(base)) return base;
    for (int n = 2;; ++n) {
        std::string candidate = base + "-" + std::to_string(n);
        if (!taken(candidate)) return candidate;
    }
}

}  // namespace rw
