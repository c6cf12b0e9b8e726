#include "model/core/location.h"

#include <charconv>

namespace rw {
namespace {

std::optional<long> parseCount(std::string_view text) {
    long value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

std::string formatRange(long begin, long end) {
    return begin == end ? std::to_string(begin)
                        : std::to_string(begin) + "-" + std::to_string(end);
}

}  // namespace

std::string formatLines(const Location& location) {
    if (location.lineBegin <= 0) return {};
    return formatRange(location.lineBegin, std::max(location.lineBegin, location.lineEnd));
}

std::string formatChars(const Location& location) {
    if (location.charBegin < 0) return {};
    // A character range is half-open, so "5-5" (empty) is kept as written.
    return std::to_string(location.charBegin) + "-" +
           std::to_string(std::max(location.charBegin, location.charEnd));
}

std::optional<std::pair<long, long>> parseRange(std::string_view text) {
    auto dash = text.find('-');
    auto first = parseCount(text.substr(0, dash));
    if (!first) return std::nullopt;
    if (dash == std::string_view::npos) return std::pair{*first, *first};
    auto second = parseCount(text.substr(dash + 1));
    if (!second || *second < *first) return std::nullopt;
    return std::pair{*first, *second};
}

std::string describe(const Location& location) {
    std::string text;
    auto add = [&text](const std::string& part) {
        if (part.empty()) return;
        text += (text.empty() ? "" : ", ") + part;
    };
    std::string lines = formatLines(location);
    if (!lines.empty()) add((location.lineEnd > location.lineBegin ? "lines " : "line ") + lines);
    std::string chars = formatChars(location);
    if (!chars.empty()) add("chars " + chars);
    if (!location.page.empty()) add("p. " + location.page);
    if (!location.at.empty()) add("at " + location.at);
    return text;
}

}  // namespace rw
