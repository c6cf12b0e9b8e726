// Crisp-set QCA timings: minimisation with 12 conditions over 1,000 generated cases (target:
// under a second for the conservative and the parsimonious solution) and truth-table construction
// over 10,000 cases, from binarised cases and from a project whose attributes go through
// conditions. Run by hand; ctest runs a smoke size only, and nothing here is asserted on time.
//
// The cases follow a hidden rule of a few conjunctions. A second, noisy data set flips 3% of the
// outcomes at random: its conservative chart stays easy, but the parsimonious chart becomes a large
// dense set-cover problem on which an exact answer (every minimal model) is out of reach, so the
// search stops at its work budget and says so; the timing shows how soon.
//
//   qca_bench [--cases 1000] [--conditions 12] [--table-cases 10000] [--repeat 5] [--seed 1]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "model/analysis/analysis_qca.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
    int cases = 1000;
    int conditions = 12;
    int tableCases = 10000;
    int repeat = 5;
    unsigned seed = 1;
};

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        int value = std::atoi(argv[i + 1]);
        if (!std::strcmp(argv[i], "--cases")) options.cases = value;
        else if (!std::strcmp(argv[i], "--conditions")) options.conditions = std::clamp(value, 1, rw::kMaxConditions);
        else if (!std::strcmp(argv[i], "--table-cases")) options.tableCases = value;
        else if (!std::strcmp(argv[i], "--repeat")) options.repeat = std::max(1, value);
        else if (!std::strcmp(argv[i], "--seed")) options.seed = static_cast<unsigned>(value);
    }
    return options;
}

// The outcome follows a hidden rule of a few conjunctions, as QCA assumes of real data; `noise`
// percent of the outcomes are flipped.
class Generator {
public:
    Generator(int conditions, unsigned seed, int noise) : m_conditions(conditions), m_noise(noise), m_random(seed) {
        for (int t = 0; t < 4; ++t) {
            rw::Implicant term;
            int literals = 2 + static_cast<int>(m_random() % 3);
            for (int l = 0; l < literals; ++l) {
                std::uint32_t bit = std::uint32_t{1} << (m_random() % static_cast<unsigned>(conditions));
                term.care |= bit;
                if (m_random() % 2) term.bits |= bit;
            }
            term.bits &= term.care;
            m_rule.push_back(term);
        }
    }

    rw::CrispCase next(int index) {
        std::uint32_t configuration = static_cast<std::uint32_t>(m_random()) & ((std::uint32_t{1} << m_conditions) - 1);
        bool outcome = std::any_of(m_rule.begin(), m_rule.end(), [&](const rw::Implicant& t) { return t.covers(configuration); });
        if (static_cast<int>(m_random() % 100) < m_noise) outcome = !outcome;
        return {"case-" + std::to_string(index), configuration, outcome};
    }

private:
    int m_conditions;
    int m_noise;
    std::mt19937 m_random;
    std::vector<rw::Implicant> m_rule;
};

std::vector<rw::CrispCase> generate(int count, int conditions, unsigned seed, int noise) {
    Generator generator(conditions, seed, noise);
    std::vector<rw::CrispCase> cases;
    for (int i = 0; i < count; ++i) cases.push_back(generator.next(i));
    return cases;
}

// The same kind of data as a project: one number attribute per condition, a condition ">= 50"
// on each, and the outcome as a flag.
rw::Project project(const std::vector<rw::CrispCase>& cases, int conditions) {
    rw::Project p;
    p.theories.push_back({"t", "T", "", {}, {}});
    std::mt19937 random(7);
    for (int i = 0; i < conditions; ++i) {
        std::string key = "x" + std::to_string(i);
        p.attributes.push_back({key, key, rw::AttributeType::Number, "", "", {}});
        p.conditions.push_back({"X" + std::to_string(i), "", "", key, "", rw::ConditionOp::AtLeast, "50",
                                rw::MissingPolicy::Exclude, rw::MissingPolicy::Exclude});
    }
    p.attributes.push_back({"y", "y", rw::AttributeType::Flag, "", "", {}});
    p.conditions.push_back({"Y", "", "", "y", "", rw::ConditionOp::Equal, "true", rw::MissingPolicy::Exclude,
                            rw::MissingPolicy::Exclude});
    for (const rw::CrispCase& crisp : cases) {
        rw::Case c;
        c.id = crisp.caseId;
        c.name = crisp.caseId;
        for (int i = 0; i < conditions; ++i) {
            bool in = crisp.configuration & rw::conditionBit(i, conditions);
            c.values.push_back({"x" + std::to_string(i), std::to_string(in ? 50 + random() % 50 : random() % 50), ""});
        }
        c.values.push_back({"y", crisp.outcome ? "true" : "false", ""});
        p.cases.push_back(std::move(c));
    }
    return p;
}

template <typename Fn>
double bestSeconds(int repeat, Fn fn) {
    double best = 1e30;
    for (int r = 0; r < repeat; ++r) {
        auto start = Clock::now();
        fn();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return best;
}

void report(const char* what, double seconds, const std::string& detail) {
    std::printf("%-58s %10.3f ms   %s\n", what, seconds * 1000.0, detail.c_str());
}

}  // namespace

void minimise(const char* name, const std::vector<rw::CrispCase>& cases, int conditions, int repeat) {
    rw::TruthTable table = rw::buildTruthTable(conditions, cases);
    int contradictory = 0;
    for (const rw::TruthTableRow& row : table.rows) contradictory += row.contradictory();
    std::printf("%s: %zu observed rows (%d contradictory), %zu remainders, %d cases with the outcome\n", name,
                table.rows.size(), contradictory, table.remainders().size(), table.positiveCases);
    for (rw::SolutionKind kind : {rw::SolutionKind::Conservative, rw::SolutionKind::Parsimonious}) {
        rw::Solution solution;
        double seconds = bestSeconds(repeat, [&] { solution = rw::solveTruthTable(table, cases, kind); });
        std::string detail = std::to_string(solution.primeImplicants.size()) + " prime implicants; ";
        if (!solution.complete)
            detail += "search gave up at its work budget";
        else
            detail += (solution.modelCountExact ? "" : "at least ") + std::to_string(solution.modelCount) +
                      " minimal model(s) of " + std::to_string(solution.models[0].terms.size()) + " terms";
        report(("  minimise, " + std::string(rw::toString(kind)) + " (" + std::to_string(cases.size()) + " cases)").c_str(),
               seconds, detail);
    }
}

int main(int argc, char** argv) {
    Options o = parse(argc, argv);
    std::printf("QCA benchmark: %d conditions, %d cases for minimisation, %d for the truth table; best of %d\n",
                o.conditions, o.cases, o.tableCases, o.repeat);
    minimise("rule", generate(o.cases, o.conditions, o.seed, 0), o.conditions, o.repeat);
    minimise("rule, 3% of outcomes flipped", generate(o.cases, o.conditions, o.seed, 3), o.conditions, 1);

    std::vector<rw::CrispCase> many = generate(o.tableCases, o.conditions, o.seed + 1, 3);
    rw::TruthTable big;
    double tableSeconds = bestSeconds(o.repeat, [&] { big = rw::buildTruthTable(o.conditions, many); });
    report(("truth table from binarised cases (" + std::to_string(o.tableCases) + " cases)").c_str(), tableSeconds,
           std::to_string(big.rows.size()) + " rows");

    rw::Project p = project(many, o.conditions);
    rw::QcaRequest request;
    request.outcome = "Y";
    for (int i = 0; i < o.conditions; ++i) request.conditions.push_back("X" + std::to_string(i));
    rw::QcaResult result;
    double projectSeconds = bestSeconds(o.repeat, [&] { result = rw::tabulateQca(p, request); });
    bool same = result && result.table.rows.size() == big.rows.size();
    report(("truth table from a project through conditions (" + std::to_string(o.tableCases) + " cases)").c_str(),
           projectSeconds, std::to_string(result.table.rows.size()) + " rows" + (same ? "" : " (MISMATCH)"));
    return same ? 0 : 1;
}
