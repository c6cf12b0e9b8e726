#include "model/analysis/analysis_truth_table.h"

#include "model/analysis/analysis_boolean.h"

namespace rw {

std::vector<std::uint32_t> TruthTable::positiveConfigurations() const {
    std::vector<std::uint32_t> configurations;
    for (const TruthTableRow& row : rows)
        if (row.outcome) configurations.push_back(row.configuration);
    return configurations;
}

std::vector<std::uint32_t> TruthTable::negativeConfigurations() const {
    std::vector<std::uint32_t> configurations;
    for (const TruthTableRow& row : rows)
        if (!row.outcome) configurations.push_back(row.configuration);
    return configurations;
}

std::vector<std::uint32_t> TruthTable::remainders() const {
    std::vector<std::uint32_t> configurations;
    std::size_t next = 0;
    for (std::uint32_t c = 0; c < (std::uint32_t{1} << conditionCount); ++c) {
        if (next < rows.size() && rows[next].configuration == c) {
            ++next;
            continue;
        }
        configurations.push_back(c);
    }
    return configurations;
}

TruthTable buildTruthTable(int conditionCount, const std::vector<CrispCase>& cases, double threshold) {
    TruthTable table;
    table.conditionCount = conditionCount;
    table.threshold = threshold;
    if (conditionCount < 0 || conditionCount > kMaxConditions) return table;
    // A slot per configuration keeps this linear in the number of cases.
    std::vector<int> rowOf(std::size_t{1} << conditionCount, -1);
    std::vector<TruthTableRow> rows;
    for (const CrispCase& c : cases) {
        int& slot = rowOf[c.configuration];
        if (slot < 0) {
            slot = static_cast<int>(rows.size());
            rows.emplace_back();
            rows.back().configuration = c.configuration;
        }
        TruthTableRow& row = rows[static_cast<std::size_t>(slot)];
        row.caseIds.push_back(c.caseId);
        row.positive += c.outcome;
        ++table.cases;
        table.positiveCases += c.outcome;
    }
    for (int slot : rowOf) {
        if (slot < 0) continue;
        TruthTableRow& row = rows[static_cast<std::size_t>(slot)];
        row.outcome = row.positive > 0 && row.positive >= threshold * row.cases();
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace rw
