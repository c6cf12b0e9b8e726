#include "model/output/quotes.h"

#include <nlohmann/json.hpp>

#include "model/chat/message_coding.h"
#include "model/core/ids.h"
#include "model/core/location.h"
#include "model/core/source_text.h"
#include "model/output/csv_field.h"

namespace rw {
namespace {

// One list of (column name, field) pairs keeps the CSV header, CSV rows and JSON keys in step.
std::vector<std::pair<const char*, const std::string*>> columns(const QuoteRow& r, bool codeColumn) {
    std::vector<std::pair<const char*, const std::string*>> result{{"case", &r.caseId},        {"case_name", &r.caseName}, {"node", &r.nodeId},
            {"node_label", &r.nodeLabel}, {"verdict", &r.verdict},   {"evidence", &r.evidenceId},
            {"stance", &r.stance},       {"quote", &r.quote},        {"source", &r.sourceId},
            {"source_title", &r.sourceTitle}, {"lines", &r.lines},   {"chars", &r.chars},
            {"page", &r.page},           {"at", &r.at},              {"informant", &r.informant},
            {"role", &r.role},           {"note", &r.note}};
    if (codeColumn) result.push_back({"code", &r.code});
    return result;
}

// A coded chat message names its author; the importer made the author's informant SOURCE-AUTHOR.
const Informant* authorOf(const Project& project, const Source& source, const Coding& coding) {
    std::string text = textAt(source.text, coding.location);
    const std::vector<SourceMessage> messages = findMessages(text);
    if (messages.empty() || messages.front().author.empty()) return nullptr;
    return project.findInformant(source.id + "-" + slugify(messages.front().author));
}

void addCodedSegments(const Project& project, std::vector<QuoteRow>& rows) {
    for (const Source& source : project.sources)
        for (const Coding& coding : source.codings) {
            const Case* c = project.findCase(coding.caseId);
            const Informant* author = authorOf(project, source, coding);
            QuoteRow row;
            row.caseId = coding.caseId;
            row.caseName = c ? c->name : "";
            row.quote = textAt(source.text, coding.location);
            row.sourceId = source.id;
            row.sourceTitle = source.title;
            row.lines = formatLines(coding.location);
            row.chars = formatChars(coding.location);
            row.page = coding.location.page;
            row.at = coding.location.at;
            row.informant = author ? author->id : "";
            row.role = author ? author->role : "";
            row.note = coding.note;
            row.code = coding.code;
            rows.push_back(std::move(row));
        }
}

}  // namespace

std::vector<QuoteRow> listQuotes(const Project& project, bool codedSegments) {
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
                                e.ref.location.page, e.ref.location.at, e.informant, role, e.note, {}});
            }
        }
    if (codedSegments) addCodedSegments(project, rows);
    return rows;
}

std::string quotesToCsv(const std::vector<QuoteRow>& rows, bool codeColumn) {
    std::vector<std::string> header;
    QuoteRow names;
    for (const auto& [name, field] : columns(names, codeColumn)) header.push_back(name);
    std::string out = csvLine(header);
    for (const QuoteRow& row : rows) {
        std::vector<std::string> fields;
        for (const auto& [name, field] : columns(row, codeColumn)) fields.push_back(*field);
        out += csvLine(fields);
    }
    return out;
}

std::string quotesToJsonLines(const std::vector<QuoteRow>& rows, bool codeColumn) {
    std::string out;
    for (const QuoteRow& row : rows) {
        nlohmann::ordered_json object;
        for (const auto& [name, field] : columns(row, codeColumn)) object[name] = *field;
        out += object.dump() + "\n";
    }
    return out;
}

}  // namespace rw
