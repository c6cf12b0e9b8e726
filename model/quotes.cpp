#include "model/quotes.h"

#include <nlohmann/json.hpp>

#include "model/csv_field.h"
#include "model/location.h"

namespace rw {
namespace {

// One list of (column name, field) pairs keeps the CSV header, CSV rows and JSON keys in step.
std::vector<std::pair<const char*, const std::string*>> columns(const QuoteRow& r) {
    return {{"case", &r.caseId},        {"case_name", &r.caseName}, {"node", &r.nodeId},
            {"node_label", &r.nodeLabel}, {"verdict", &r.verdict},   {"evidence", &r.evidenceId},
            {"stance", &r.stance},       {"quote", &r.quote},        {"source", &r.sourceId},
            {"source_title", &r.sourceTitle}, {"lines", &r.lines},   {"chars", &r.chars},
            {"page", &r.page},           {"at", &r.at},              {"informant", &r.informant},
            {"role", &r.role},           {"note", &r.note}};
}

}  // namespace

std::vector<QuoteRow> listQuotes(const Project& project) {
    std::vector<QuoteRow> rows;
    for (const Case& c : project.cases)
        for (const Verdict& verdict : c.verdicts) {
            const Node* node = project.findNodeAnywhere(verdict.node);
            for (const Evidence& e : verdict.evidence) {
                const Source* source = project.findSource(e.ref.source);
                std::string role = e.role;
                if (role.empty())
                    if (const Informant* informant = project.findInformant(e.informant)) role = informant->role;
                rows.push_back({c.id, c.name, verdict.node, node ? node->label : "", std::string(toString(verdict.value)),
                                e.id, std::string(toString(e.stance)), e.quote, e.ref.source,
                                source ? source->title : "", formatLines(e.ref.location), formatChars(e.ref.location),
                                e.ref.location.page, e.ref.location.at, e.informant, role, e.note});
            }
        }
    return rows;
}

std::string quotesToCsv(const std::vector<QuoteRow>& rows) {
    std::vector<std::string> header;
    QuoteRow names;
    for (const auto& [name, field] : columns(names)) header.push_back(name);
    std::string out = csvLine(header);
    for (const QuoteRow& row : rows) {
        std::vector<std::string> fields;
        for (const auto& [name, field] : columns(row)) fields.push_back(*field);
        out += csvLine(fields);
    }
    return out;
}

std::string quotesToJsonLines(const std::vector<QuoteRow>& rows) {
    std::string out;
    for (const QuoteRow& row : rows) {
        nlohmann::ordered_json object;
        for (const auto& [name, field] : columns(row)) object[name] = *field;
        out += object.dump() + "\n";
    }
    return out;
}

}  // namespace rw
