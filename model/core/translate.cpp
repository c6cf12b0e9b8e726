#include "model/core/translate.h"

#include <vector>

namespace rw {
namespace {

Translator& installed() {
    static Translator translator;
    return translator;
}

}  // namespace

void setTranslator(Translator translator) { installed() = std::move(translator); }

std::string tr(const char* messageId) {
    const Translator& translator = installed();
    return translator ? translator(messageId) : std::string(messageId);
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> arguments) {
    std::vector<std::string_view> values(arguments);
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        if (c == '{') {
            std::size_t close = pattern.find('}', i);
            std::size_t number = 0;
            bool digits = close != std::string_view::npos && close > i + 1;
            for (std::size_t j = i + 1; digits && j < close; ++j) {
                if (pattern[j] < '0' || pattern[j] > '9') digits = false;
                else number = number * 10 + static_cast<std::size_t>(pattern[j] - '0');
            }
            if (digits && number >= 1 && number <= values.size()) {
                out += values[number - 1];
                i = close;
                continue;
            }
        }
        out += c;
    }
    return out;
}

}  // namespace rw
