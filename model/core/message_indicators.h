#pragma once
// Indicators derived from the primary messages of a case's chat history, as in table 6.3.4 of
// the Rotterdam study: per category the count and the count per month and per year, the total,
// and the share of safety messages.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/core/project.h"

namespace rw {

struct CategoryIndicator {
    std::string category;
    std::optional<long> count;        // nullopt when not known (n.b.)
    std::optional<double> perMonth;   // count / months
    std::optional<double> perYear;    // perMonth × 12
    std::optional<double> reportedPerMonth;  // what the study reported, if anything
};

struct MessageIndicators {
    std::optional<double> months;
    std::vector<CategoryIndicator> categories;  // in the case's order
    long total = 0;                      // of the known counts
    bool totalComplete = true;           // false when some count is not known
    std::optional<double> totalPerYear;
    std::optional<double> safetyShare;   // 0..1, of the known counts
};

// Returns the indicators of a case; empty when it records no messages.
MessageIndicators computeIndicators(const Project& project, const Case& c);

// A derived indicator an attribute can report (AttributeDef::indicator), spelled
//   total            all primary messages          total-per-year   messages per year
//   safety-share     safety messages, in percent   count:CATEGORY   messages of a category
//   per-month:CATEGORY, per-year:CATEGORY          a category's messages per month or per year
struct IndicatorSpec {
    enum class Kind { Total, TotalPerYear, SafetyShare, Count, PerMonth, PerYear };
    Kind kind = Kind::Total;
    std::string category;  // Category::id for Count, PerMonth and PerYear
    bool operator==(const IndicatorSpec&) const = default;
};

// Returns the indicator `text` spells, or nullopt when it is not one of the spellings above
// (the category is not checked; see indicatorError).
std::optional<IndicatorSpec> parseIndicator(std::string_view text);

// Returns "" when `text` names an indicator of this project, else one sentence saying what is wrong.
std::string indicatorError(const Project& project, std::string_view text);

// Returns the value of the indicator for the indicators of a case (a share in percent), or
// nullopt when it cannot be computed (no months, a count not known, no messages).
std::optional<double> indicatorValue(const MessageIndicators& indicators, const IndicatorSpec& spec);

// Returns true when `reported` is `computed` rounded to the decimals `reported` was written with
// (so 0.31 agrees with 0.3077 and 44 with 44.4).
bool agreesWithRounding(double computed, const std::string& reported);

}  // namespace rw
