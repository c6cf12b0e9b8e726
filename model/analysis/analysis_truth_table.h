#pragma once
// The crisp-set truth table: one row per observed configuration of the conditions, with its
// cases, how many of them show the outcome, and whether the row is contradictory.

#include <cstdint>
#include <string>
#include <vector>

namespace rw {

// One case, binarised: its configuration (see analysis_boolean.h) and whether it shows the outcome.
struct CrispCase {
    std::string caseId;
    std::uint32_t configuration = 0;
    bool outcome = false;
};

struct TruthTableRow {
    std::uint32_t configuration = 0;
    std::vector<std::string> caseIds;  // in input order
    int positive = 0;                  // cases that show the outcome
    bool outcome = false;              // consistency reaches the threshold: minimised as 1

    int cases() const { return static_cast<int>(caseIds.size()); }
    // Returns true when some but not all of the row's cases show the outcome.
    bool contradictory() const { return positive > 0 && positive < cases(); }
};

struct TruthTable {
    int conditionCount = 0;
    double threshold = 1.0;
    std::vector<TruthTableRow> rows;  // observed configurations, ascending
    int cases = 0;
    int positiveCases = 0;

    // Returns the configurations of the rows minimised as 1, and as 0.
    std::vector<std::uint32_t> positiveConfigurations() const;
    std::vector<std::uint32_t> negativeConfigurations() const;
    // Returns the configurations no case shows (the logical remainders), ascending.
    std::vector<std::uint32_t> remainders() const;
};

// Returns the table of `cases` over `conditionCount` conditions (at most kMaxConditions); a row is
// minimised as 1 when at least `threshold` of its cases show the outcome (1.0: all of them, so a
// contradictory row counts as 0, as in Ragin's crisp-set procedure).
TruthTable buildTruthTable(int conditionCount, const std::vector<CrispCase>& cases, double threshold = 1.0);

}  // namespace rw
