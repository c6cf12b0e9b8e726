#pragma once
// Minimising a truth table into crisp-set QCA solutions, with the parameters of fit of Ragin
// (2008, "Redesigning Social Inquiry", ch. 3 and 5) for crisp sets, always as counts k/n:
//   consistency of X      = |X ∩ Y| / |X|       raw coverage of X = |X ∩ Y| / |Y|
//   unique coverage of X  = |Y in X and in no other term of the model| / |Y|
// where X is the set of cases in a term (or in any term of a model) and Y the cases with the
// outcome, over the cases included in the analysis.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/analysis/analysis_boolean.h"
#include "model/analysis/analysis_cover.h"
#include "model/analysis/analysis_truth_table.h"

namespace rw {

// A share as a count: k of n. Never shown without both numbers.
struct Ratio {
    int k = 0;
    int n = 0;
    // Returns k/n, or 0 when n is 0.
    double value() const { return n > 0 ? static_cast<double>(k) / n : 0.0; }
    bool operator==(const Ratio&) const = default;
};

// Returns "0.750 (6/8)", or "– (0/0)" when n is 0.
std::string formatRatio(const Ratio& ratio);

struct TermFit {
    Implicant term;
    Ratio consistency;
    Ratio rawCoverage;
    Ratio uniqueCoverage;
    std::vector<std::string> caseIds;         // every case in the term
    std::vector<std::string> deviantCaseIds;  // cases in the term without the outcome
};

struct Model {
    std::vector<TermFit> terms;  // display order
    Ratio consistency;
    Ratio coverage;
    std::vector<std::uint32_t> simplifyingAssumptions;  // remainders the model covers
};

enum class SolutionKind { Conservative, Parsimonious };

struct Solution {
    SolutionKind kind = SolutionKind::Conservative;
    std::vector<Implicant> primeImplicants;  // every prime implicant of the chart, display order
    std::vector<Implicant> essential;        // in every model
    std::vector<Model> models;               // fewest literals first; at most CoverOptions::maxCovers
    std::uint64_t modelCount = 0;            // all minimal models (0: no case shows the outcome)
    bool modelCountExact = true;             // false: modelCount is a lower bound
    bool complete = true;                    // false when the search gave up (then no models)
};

// Returns the solution of the table. Conservative: the rows minimised as 1, nothing else.
// Parsimonious: the remainders may be used as don't cares. The models are all the covers of the
// 1-rows with the fewest prime implicants (Petrick's method); fit is computed over `cases`.
Solution solveTruthTable(const TruthTable& table, const std::vector<CrispCase>& cases, SolutionKind kind,
                         const CoverOptions& options = {});

// Returns the model in QCA notation: "A*~B + C".
std::string formatModel(const Model& model, const std::vector<std::string>& names);

// Returns "conservative" or "parsimonious".
std::string_view toString(SolutionKind kind);

}  // namespace rw
