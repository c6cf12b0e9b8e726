// A chat history's reported figures against the counts they derive from: a difference larger
// than rounding means a typo in the study or in the coding.

#include <cstdio>

#include "model/checks.h"
#include "model/message_indicators.h"

namespace rw {
namespace {

std::string twoDecimals(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

void reportedIndicators(const CheckContext& ctx, std::vector<Finding>& out) {
    for (const Case* c : ctx.cases) {
        MessageIndicators indicators = computeIndicators(ctx.project, *c);
        for (std::size_t i = 0; i < indicators.categories.size(); ++i) {
            const CategoryIndicator& indicator = indicators.categories[i];
            const std::string& reported = c->messages.counts[i].perMonth;
            if (!indicator.perMonth || reported.empty() || agreesWithRounding(*indicator.perMonth, reported)) continue;
            const Category* category = ctx.project.findCategory(indicator.category);
            std::string name = category && !category->label.empty() ? category->label : indicator.category;
            out.push_back({.message = c->displayName() + " reports " + reported + " " + name +
                                      " messages per month, but " + std::to_string(*indicator.count) + " messages in " +
                                      c->messages.months + " months make " + twoDecimals(*indicator.perMonth) + ".",
                           .cases = {c->id}});
        }
    }
}

}  // namespace

void addIndicatorRules(std::vector<CheckRule>& rules) {
    rules.push_back({"RW-INDICATOR-MISMATCH", Severity::Warning,
                     "a reported message figure that its counts do not give", reportedIndicators});
}

}  // namespace rw
