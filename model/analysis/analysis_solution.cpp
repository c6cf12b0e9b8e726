#include "model/analysis/analysis_solution.h"

#include <algorithm>
#include <cstdio>

namespace rw {
namespace {

// Fit of each term and of the model over the included cases.
Model fitModel(const std::vector<Implicant>& terms, const std::vector<CrispCase>& cases, int positiveCases) {
    Model model;
    std::vector<int> termsCovering(cases.size(), 0);
    for (std::size_t i = 0; i < cases.size(); ++i)
        for (const Implicant& term : terms) termsCovering[i] += term.covers(cases[i].configuration);
    for (const Implicant& term : terms) {
        TermFit fit{term, {}, {}, {}, {}, {}};
        int inTerm = 0, positiveIn = 0, uniquelyPositive = 0;
        for (std::size_t i = 0; i < cases.size(); ++i) {
            if (!term.covers(cases[i].configuration)) continue;
            ++inTerm;
            fit.caseIds.push_back(cases[i].caseId);
            if (!cases[i].outcome) {
                fit.deviantCaseIds.push_back(cases[i].caseId);
                continue;
            }
            ++positiveIn;
            uniquelyPositive += termsCovering[i] == 1;
        }
        fit.consistency = {positiveIn, inTerm};
        fit.rawCoverage = {positiveIn, positiveCases};
        fit.uniqueCoverage = {uniquelyPositive, positiveCases};
        model.terms.push_back(std::move(fit));
    }
    int inModel = 0, positiveIn = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (termsCovering[i] == 0) continue;
        ++inModel;
        positiveIn += cases[i].outcome;
    }
    model.consistency = {positiveIn, inModel};
    model.coverage = {positiveIn, positiveCases};
    return model;
}

int totalLiterals(const std::vector<int>& cover, const std::vector<Implicant>& primes) {
    int total = 0;
    for (int p : cover) total += primes[static_cast<std::size_t>(p)].literals();
    return total;
}

}  // namespace

std::string formatRatio(const Ratio& ratio) {
    std::string counts = " (" + std::to_string(ratio.k) + "/" + std::to_string(ratio.n) + ")";
    if (ratio.n == 0) return "–" + counts;
    char value[16];
    std::snprintf(value, sizeof value, "%.3f", ratio.value());
    return value + counts;
}

std::string_view toString(SolutionKind kind) {
    return kind == SolutionKind::Conservative ? "conservative" : "parsimonious";
}

Solution solveTruthTable(const TruthTable& table, const std::vector<CrispCase>& cases, SolutionKind kind,
                         const CoverOptions& options) {
    Solution solution;
    solution.kind = kind;
    std::vector<std::uint32_t> on = table.positiveConfigurations();
    if (on.empty()) return solution;
    std::vector<std::uint32_t> remainders;
    if (kind == SolutionKind::Parsimonious) remainders = table.remainders();
    solution.primeImplicants = primeImplicants(table.conditionCount, on, remainders);

    // The chart: one row per prime implicant, one column per configuration minimised as 1.
    std::vector<std::vector<int>> chart(solution.primeImplicants.size());
    for (std::size_t p = 0; p < chart.size(); ++p)
        for (std::size_t c = 0; c < on.size(); ++c)
            if (solution.primeImplicants[p].covers(on[c])) chart[p].push_back(static_cast<int>(c));
    CoverResult covers = minimalCovers(chart, static_cast<int>(on.size()), options);
    solution.complete = covers.complete;
    solution.modelCount = covers.coverCount;
    solution.modelCountExact = covers.countExact;
    for (int e : covers.essential) solution.essential.push_back(solution.primeImplicants[static_cast<std::size_t>(e)]);

    // Primes are in display order, so an ascending cover lists its terms in display order.
    std::sort(covers.covers.begin(), covers.covers.end(), [&](const std::vector<int>& a, const std::vector<int>& b) {
        int la = totalLiterals(a, solution.primeImplicants), lb = totalLiterals(b, solution.primeImplicants);
        return la != lb ? la < lb : a < b;
    });
    for (const std::vector<int>& cover : covers.covers) {
        std::vector<Implicant> terms;
        for (int p : cover) terms.push_back(solution.primeImplicants[static_cast<std::size_t>(p)]);
        Model model = fitModel(terms, cases, table.positiveCases);
        for (std::uint32_t r : remainders)
            if (std::any_of(terms.begin(), terms.end(), [r](const Implicant& t) { return t.covers(r); }))
                model.simplifyingAssumptions.push_back(r);
        solution.models.push_back(std::move(model));
    }
    return solution;
}

std::string formatModel(const Model& model, const std::vector<std::string>& names) {
    std::string text;
    for (const TermFit& fit : model.terms) text += (text.empty() ? "" : " + ") + formatImplicant(fit.term, names);
    return text;
}

}  // namespace rw
