// A chat history's reported figures against the counts they derive from: a difference larger
// than rounding means a typo in the study or in the coding. Two kinds of figure are reported:
// the per-month figure beside each count, and case attributes that say which indicator they
// report (AttributeDef::indicator, e.g. the messages per year of the summary table).

#include <cstdio>

#include "model/checks/checks.h"
#include "model/core/message_indicators.h"
#include "model/core/translate.h"

namespace rw {
namespace {

std::string withDecimals(double value, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// Shows a computed value one decimal finer than the reported one, so the difference is visible.
std::string finerThan(double value, const std::string& reported) {
    std::size_t dot = reported.find('.');
    int decimals = dot == std::string::npos ? 0 : static_cast<int>(reported.size() - dot - 1);
    return withDecimals(value, decimals + 1);
}

std::string categoryName(const Project& project, const std::string& id) {
    const Category* category = project.findCategory(id);
    return category && !category->label.empty() ? category->label : id;
}

void reportedPerMonth(const CheckContext& ctx, const Case& c, const MessageIndicators& indicators,
                      std::vector<Finding>& out) {
    for (std::size_t i = 0; i < indicators.categories.size(); ++i) {
        const CategoryIndicator& indicator = indicators.categories[i];
        const std::string& reported = c.messages.counts[i].perMonth;
        if (!indicator.perMonth || reported.empty() || agreesWithRounding(*indicator.perMonth, reported)) continue;
        out.push_back({.message = fill(tr("{1} reports {2} {3} messages per month, but {4} messages in {5} months make {6}."),
                                       {c.displayName(), reported, categoryName(ctx.project, indicator.category),
                                        std::to_string(*indicator.count), c.messages.months,
                                        withDecimals(*indicator.perMonth, 2)}),
                       .cases = {c.id}});
    }
}

void reportedAttributes(const CheckContext& ctx, const Case& c, const MessageIndicators& indicators,
                        std::vector<Finding>& out) {
    for (const AttributeDef& attribute : ctx.project.attributes) {
        std::optional<IndicatorSpec> spec = parseIndicator(attribute.indicator);
        const AttributeValue* value = c.findValue(attribute.key);
        if (!spec || !value || value->value.empty()) continue;
        std::optional<double> computed = indicatorValue(indicators, *spec);
        if (!computed || agreesWithRounding(*computed, value->value)) continue;
        std::string label = attribute.label.empty() ? attribute.key : attribute.label;
        out.push_back({.message = fill(tr("{1}: {2} is {3}, but its message counts give {4} ({5})."),
                                       {c.displayName(), label, value->value, finerThan(*computed, value->value),
                                        attribute.indicator}),
                       .cases = {c.id}});
    }
}

void reportedIndicators(const CheckContext& ctx, std::size_t k, std::vector<Finding>& out) {
    const Case& c = *ctx.cases[k];
    if (c.messages.counts.empty()) return;
    MessageIndicators indicators = computeIndicators(ctx.project, c);
    reportedPerMonth(ctx, c, indicators, out);
    reportedAttributes(ctx, c, indicators, out);
}

}  // namespace

void addIndicatorRules(std::vector<CheckRule>& rules) {
    rules.push_back(eachCaseRule("RW-INDICATOR-MISMATCH", Severity::Warning,
                                 "a reported message figure that its counts do not give", reportedIndicators));
}

}  // namespace rw
