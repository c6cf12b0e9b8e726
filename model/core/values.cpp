#include "model/core/values.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace rw {
namespace {

bool allDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
}

bool digitsInRange(std::string_view text, int low, int high) {
    if (!allDigits(text)) return false;
    int value = std::stoi(std::string(text));
    return value >= low && value <= high;
}

}  // namespace

std::optional<double> parseNumber(std::string_view text) {
    if (text.empty() || text.front() == '+') return std::nullopt;
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

bool isIsoDate(std::string_view text) {
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
    if (!allDigits(text.substr(0, 4))) return false;
    if (text.size() >= 7 && (text[4] != '-' || !digitsInRange(text.substr(5, 2), 1, 12)))
        return false;
    if (text.size() == 10 && (text[7] != '-' || !digitsInRange(text.substr(8, 2), 1, 31)))
        return false;
    return true;
}

int ordinalRank(const AttributeDef& attribute, std::string_view value) {
    auto it = std::find(attribute.scale.begin(), attribute.scale.end(), value);
    return it == attribute.scale.end() ? -1 : static_cast<int>(it - attribute.scale.begin());
}

std::string whyValueDoesNotFit(const AttributeDef& attribute, std::string_view value) {
    switch (attribute.type) {
        case AttributeType::Text: return {};
        case AttributeType::Number:
            return parseNumber(value) ? "" : "is not a number (write decimals with a dot)";
        case AttributeType::Flag:
            return value == "true" || value == "false" ? "" : "is not a flag (true or false)";
        case AttributeType::Date:
            return isIsoDate(value) ? "" : "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)";
        case AttributeType::Ordinal: {
            if (ordinalRank(attribute, value) >= 0) return {};
            std::string levels;
            for (const std::string& level : attribute.scale)
                levels += (levels.empty() ? "" : "|") + level;
            return "is not on the scale " + levels;
        }
    }
    return {};
}

}  // namespace rw
