#include "app/cli/analyse_json.h"

#include "model/core/conditions.h"

namespace rw::cli {
namespace {

Json ratio(const Ratio& r) { return {{"k", r.k}, {"n", r.n}, {"value", r.value()}}; }

Json tally(const CaseTally& t) {
    return {{"supported", static_cast<int>(t.supported.size())},
            {"assessed", t.assessed()},
            {"cases", {{"supported", t.supported}, {"refuted", t.refuted}, {"mixed", t.mixed}}}};
}

Json stances(const std::vector<StanceCount>& counts) {
    Json out = Json::array();
    for (const StanceCount& c : counts) out.push_back({{"key", c.key}, {"supports", c.supports}, {"contradicts", c.contradicts}});
    return out;
}

Json condition(const Condition& c) {
    Json out = {{"id", c.id}, {"label", c.label}, {"rule", describeRule(c)}, {"policy", describePolicy(c)}};
    return out;
}

Json solution(const QcaResult& result, const Solution& s) {
    auto names = [&](const std::vector<Implicant>& terms) {
        Json out = Json::array();
        for (const Implicant& t : terms) out.push_back(formatImplicant(t, result.names));
        return out;
    };
    Json models = Json::array();
    for (const Model& m : s.models) {
        Json terms = Json::array();
        for (const TermFit& f : m.terms)
            terms.push_back({{"term", formatImplicant(f.term, result.names)},
                             {"consistency", ratio(f.consistency)},
                             {"rawCoverage", ratio(f.rawCoverage)},
                             {"uniqueCoverage", ratio(f.uniqueCoverage)},
                             {"cases", f.caseIds},
                             {"casesWithoutOutcome", f.deviantCaseIds}});
        Json assumptions = Json::array();
        for (std::uint32_t r : m.simplifyingAssumptions) assumptions.push_back(formatConfiguration(r, result.table.conditionCount));
        models.push_back({{"formula", formatModel(m, result.names)},
                          {"consistency", ratio(m.consistency)},
                          {"coverage", ratio(m.coverage)},
                          {"terms", terms},
                          {"simplifyingAssumptions", assumptions}});
    }
    return {{"kind", toString(s.kind)},
            {"complete", s.complete},
            {"modelCount", s.modelCount},
            {"modelCountExact", s.modelCountExact},
            {"primeImplicants", names(s.primeImplicants)},
            {"essential", names(s.essential)},
            {"models", models}};
}

Json changes(const std::vector<ItemChange>& items) {
    Json out = Json::array();
    for (const ItemChange& item : items) {
        Json fields = Json::array();
        for (const FieldChange& f : item.fields) fields.push_back({{"field", f.field}, {"before", f.before}, {"after", f.after}});
        out.push_back({{"change", toString(item.kind)}, {"id", item.id}, {"label", item.label}, {"fields", fields}});
    }
    return out;
}

}  // namespace

Json linksToJson(const Theory& theory, const std::vector<LinkSupport>& links) {
    Json out = {{"theory", theory.id}, {"links", Json::array()}};
    for (const LinkSupport& l : links) {
        const Link* link = theory.findLink(l.linkId);
        out["links"].push_back({{"id", l.linkId},
                                {"from", link ? link->from : ""},
                                {"to", link ? link->to : ""},
                                {"whenSourceSupported", tally(l.whenSourceSupported)},
                                {"whenSourceRefuted", tally(l.whenSourceRefuted)},
                                {"whenSourceMixed", tally(l.whenSourceMixed)}});
    }
    return out;
}

Json splitToJson(const Theory& theory, const Grouping& grouping, const std::vector<NodeSplit>& nodes) {
    const char* by = grouping.by == Grouping::By::Attribute ? "attribute" : grouping.by == Grouping::By::Condition ? "condition" : "node";
    Json out = {{"theory", theory.id},
                {"by", {{"kind", by}, {"id", grouping.id}, {"label", grouping.label}, {"rule", grouping.rule}}},
                {"groups", Json::array()},
                {"nodes", Json::array()}};
    for (const CaseGroup& g : grouping.groups)
        out["groups"].push_back({{"label", g.label}, {"cases", g.caseIds}, {"missing", g.missing}});
    for (const NodeSplit& n : nodes) {
        Json groups = Json::array();
        for (const CaseTally& t : n.groups) groups.push_back(tally(t));
        out["nodes"].push_back({{"id", n.nodeId}, {"groups", groups}});
    }
    return out;
}

Json qcaToJson(const QcaResult& result) {
    Json out;
    out["outcome"] = condition(result.outcome);
    out["outcome"]["negated"] = result.negated;
    out["conditions"] = Json::array();
    for (const Condition& c : result.conditions) out["conditions"].push_back(condition(c));
    Json included = Json::array(), excluded = Json::array(), imputed = Json::array();
    for (const CrispCase& c : result.cases) included.push_back(c.caseId);
    for (const ExcludedCase& e : result.excluded) excluded.push_back({{"case", e.caseId}, {"why", e.why}});
    for (const ImputedValue& i : result.imputed)
        imputed.push_back({{"case", i.caseId}, {"condition", i.condition}, {"value", i.value}, {"why", i.why}});
    out["cases"] = {{"included", included}, {"excluded", excluded}, {"imputed", imputed}};
    out["threshold"] = result.table.threshold;
    out["truthTable"] = Json::array();
    for (const TruthTableRow& row : result.table.rows)
        out["truthTable"].push_back({{"configuration", formatConfiguration(row.configuration, result.table.conditionCount)},
                                     {"outcome", row.outcome ? 1 : 0},
                                     {"n", row.cases()},
                                     {"positive", row.positive},
                                     {"contradictory", row.contradictory()},
                                     {"cases", row.caseIds}});
    out["remainders"] = (std::size_t{1} << result.table.conditionCount) - result.table.rows.size();
    out["solutions"] = Json::array({solution(result, result.conservative)});
    if (result.parsimonious) out["solutions"].push_back(solution(result, *result.parsimonious));
    return out;
}

Json triangulationToJson(const Theory& theory, const Triangulation& triangulation) {
    Json out = {{"theory", theory.id}, {"ticks", Json::array()}, {"links", Json::array()}};
    for (const TickTriangulation& t : triangulation.ticks)
        out["ticks"].push_back({{"case", t.caseId},
                                {"node", t.nodeId},
                                {"verdict", toString(t.verdict)},
                                {"evidence", t.evidence},
                                {"byRole", stances(t.byRole)},
                                {"bySourceKind", stances(t.bySourceKind)},
                                {"voices", t.voices},
                                {"sources", t.sources},
                                {"flags",
                                 {{"rolesDisagree", t.rolesDisagree},
                                  {"singleInformant", t.singleInformant},
                                  {"singleSource", t.singleSource},
                                  {"noEvidence", t.noEvidence}}}});
    for (const LinkWarrant& w : triangulation.links) {
        Json kinds = Json::object();
        for (const StanceCount& k : w.refsByKind) kinds[k.key] = k.supports;
        out["links"].push_back({{"id", w.linkId},
                                {"refsByKind", kinds},
                                {"holds", w.holds},
                                {"sourceSupported", w.sourceSupported},
                                {"policyDocumentsOnly", w.policyDocumentsOnly}});
    }
    return out;
}

Json diffToJson(const TheoryDiff& diff) {
    return {{"before", diff.before},
            {"after", diff.after},
            {"nodes", changes(diff.nodes)},
            {"links", changes(diff.links)},
            {"unchangedNodes", diff.unchangedNodes},
            {"unchangedLinks", diff.unchangedLinks}};
}

}  // namespace rw::cli
