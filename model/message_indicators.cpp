#include "model/message_indicators.h"

#include <cmath>

#include "model/values.h"

namespace rw {

bool agreesWithRounding(double computed, const std::string& reported) {
    std::optional<double> value = parseNumber(reported);
    if (!value) return false;
    std::size_t dot = reported.find('.');
    int decimals = dot == std::string::npos ? 0 : static_cast<int>(reported.size() - dot - 1);
    double half = 0.5 * std::pow(10.0, -decimals);
    return std::fabs(computed - *value) <= half + 1e-9;
}

MessageIndicators computeIndicators(const Project& project, const Case& c) {
    MessageIndicators result;
    result.months = parseNumber(c.messages.months);
    long safety = 0;
    for (const MessageCount& count : c.messages.counts) {
        CategoryIndicator indicator{count.category, count.count, {}, {}, parseNumber(count.perMonth)};
        if (count.count && result.months && *result.months > 0) {
            indicator.perMonth = static_cast<double>(*count.count) / *result.months;
            indicator.perYear = *indicator.perMonth * 12;
        }
        if (count.count) {
            result.total += *count.count;
            const Category* category = project.findCategory(count.category);
            if (category && category->safety) safety += *count.count;
        } else {
            result.totalComplete = false;
        }
        result.categories.push_back(indicator);
    }
    if (result.months && *result.months > 0) result.totalPerYear = result.total / *result.months * 12;
    if (result.total > 0) result.safetyShare = static_cast<double>(safety) / static_cast<double>(result.total);
    return result;
}

}  // namespace rw
