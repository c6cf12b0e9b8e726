#include "model/core/message_indicators.h"

#include <cmath>

#include "model/core/translate.h"
#include "model/core/values.h"

namespace rw {

bool agreesWithRounding(double computed, const std::string& reported) {
    std::optional<double> value = parseNumber(reported);
    if (!value) return false;
    std::size_t dot = reported.find('.');
    int decimals = dot == std::string::npos ? 0 : static_cast<int>(reported.size() - dot - 1);
    double half = 0.5 * std::pow(10.0, -decimals);
    return std::fabs(computed - *value) <= half + 1e-9;
}

std::optional<IndicatorSpec> parseIndicator(std::string_view text) {
    using Kind = IndicatorSpec::Kind;
    if (text == "total") return IndicatorSpec{Kind::Total, {}};
    if (text == "total-per-year") return IndicatorSpec{Kind::TotalPerYear, {}};
    if (text == "safety-share") return IndicatorSpec{Kind::SafetyShare, {}};
    static const std::pair<std::string_view, Kind> perCategory[] = {
        {"count:", Kind::Count}, {"per-month:", Kind::PerMonth}, {"per-year:", Kind::PerYear}};
    for (const auto& [prefix, kind] : perCategory)
        if (text.starts_with(prefix) && text.size() > prefix.size())
            return IndicatorSpec{kind, std::string(text.substr(prefix.size()))};
    return std::nullopt;
}

std::string indicatorError(const Project& project, std::string_view text) {
    std::optional<IndicatorSpec> spec = parseIndicator(text);
    if (!spec)
        return fill(tr("unknown indicator \"{1}\" (expected total, total-per-year, safety-share, count:CATEGORY, "
                       "per-month:CATEGORY or per-year:CATEGORY)"),
                    {text});
    if (!spec->category.empty() && !project.findCategory(spec->category))
        return fill(tr("indicator \"{1}\" names category \"{2}\", which does not exist"), {text, spec->category});
    return {};
}

std::optional<double> indicatorValue(const MessageIndicators& indicators, const IndicatorSpec& spec) {
    using Kind = IndicatorSpec::Kind;
    switch (spec.kind) {
        case Kind::Total:
            if (!indicators.totalComplete || indicators.categories.empty()) return std::nullopt;
            return static_cast<double>(indicators.total);
        case Kind::TotalPerYear:
            if (!indicators.totalComplete || indicators.categories.empty()) return std::nullopt;
            return indicators.totalPerYear;
        case Kind::SafetyShare:
            // A share of an incomplete total would be too high; the study leaves it out too.
            if (!indicators.totalComplete || !indicators.safetyShare) return std::nullopt;
            return *indicators.safetyShare * 100;
        case Kind::Count:
        case Kind::PerMonth:
        case Kind::PerYear:
            break;
    }
    for (const CategoryIndicator& category : indicators.categories) {
        if (category.category != spec.category) continue;
        if (spec.kind == Kind::Count && category.count) return static_cast<double>(*category.count);
        if (spec.kind == Kind::PerMonth) return category.perMonth;
        if (spec.kind == Kind::PerYear) return category.perYear;
        return std::nullopt;
    }
    return std::nullopt;
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
