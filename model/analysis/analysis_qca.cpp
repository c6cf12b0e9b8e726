#include "model/analysis/analysis_qca.h"

#include <algorithm>

#include "model/core/conditions.h"
#include "model/core/translate.h"

namespace rw {
namespace {

std::string checkRequest(const Project& project, const QcaRequest& request) {
    if (request.conditions.empty()) return tr("no conditions given");
    if (static_cast<int>(request.conditions.size()) > kMaxConditions)
        return fill(tr("at most {1} conditions, not {2}"),
                    {std::to_string(kMaxConditions), std::to_string(request.conditions.size())});
    if (!(request.consistencyThreshold > 0.0 && request.consistencyThreshold <= 1.0))
        return tr("the consistency threshold must lie in (0, 1]");
    if (!resolveCondition(project, request.outcome))
        return fill(tr("unknown outcome \"{1}\" (neither a condition nor a node)"), {request.outcome});
    for (std::size_t i = 0; i < request.conditions.size(); ++i) {
        const std::string& name = request.conditions[i];
        if (!resolveCondition(project, name))
            return fill(tr("unknown condition \"{1}\" (neither a condition nor a node)"), {name});
        if (name == request.outcome) return fill(tr("\"{1}\" is the outcome and cannot also be a condition"), {name});
        if (std::find(request.conditions.begin(), request.conditions.begin() + static_cast<long>(i), name) !=
            request.conditions.begin() + static_cast<long>(i))
            return fill(tr("condition \"{1}\" is named twice"), {name});
    }
    return {};
}

}  // namespace

QcaResult tabulateQca(const Project& project, const QcaRequest& request) {
    QcaResult result;
    result.error = checkRequest(project, request);
    if (!result.error.empty()) return result;
    result.outcome = *resolveCondition(project, request.outcome);
    result.negated = request.negateOutcome;
    for (const std::string& name : request.conditions) {
        result.conditions.push_back(*resolveCondition(project, name));
        result.names.push_back(name);
    }
    int n = static_cast<int>(result.conditions.size());
    for (const Case& c : project.cases) {
        // Every condition and the outcome must decide the case, or it is left out whole.
        std::vector<ImputedValue> imputed;
        std::string excludedWhy;
        auto score = [&](const Condition& condition) {
            Membership m = evaluate(project, condition, c);
            if (!m.included() && excludedWhy.empty()) excludedWhy = m.why;
            if (m.status == Membership::Status::Imputed) imputed.push_back({c.id, condition.id, m.value, m.why});
            return m.value;
        };
        CrispCase crisp{c.id, 0, false};
        for (int i = 0; i < n; ++i)
            if (score(result.conditions[static_cast<std::size_t>(i)])) crisp.configuration |= conditionBit(i, n);
        crisp.outcome = score(result.outcome) != result.negated;
        if (!excludedWhy.empty()) {
            result.excluded.push_back({c.id, excludedWhy});
            continue;
        }
        result.imputed.insert(result.imputed.end(), imputed.begin(), imputed.end());
        result.cases.push_back(std::move(crisp));
    }
    result.table = buildTruthTable(n, result.cases, request.consistencyThreshold);
    return result;
}

QcaResult runQca(const Project& project, const QcaRequest& request) {
    QcaResult result = tabulateQca(project, request);
    if (!result) return result;
    result.conservative = solveTruthTable(result.table, result.cases, SolutionKind::Conservative, request.cover);
    if (request.includeRemainders)
        result.parsimonious = solveTruthTable(result.table, result.cases, SolutionKind::Parsimonious, request.cover);
    return result;
}

}  // namespace rw
