#pragma once
// Indicators derived from the primary messages of a case's chat history, as in table 6.3.4 of
// the Rotterdam study: per category the count and the count per month and per year, the total,
// and the share of safety messages.

#include <optional>
#include <string>
#include <vector>

#include "model/project.h"

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

// Returns true when `reported` is `computed` rounded to the decimals `reported` was written with
// (so 0.31 agrees with 0.3077 and 44 with 44.4).
bool agreesWithRounding(double computed, const std::string& reported);

}  // namespace rw
