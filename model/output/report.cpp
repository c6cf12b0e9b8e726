#include "model/output/report.h"

#include "model/analysis/analysis_diff.h"
#include "model/analysis/analysis_report.h"
#include "model/analysis/analysis_support.h"
#include "model/checks/checks.h"
#include "model/core/id_index.h"
#include "model/core/location.h"
#include "model/format/templates.h"
#include "model/output/diagram.h"
#include "model/output/html_writer.h"
#include "model/output/matrix.h"
#include "model/output/matrix_export.h"
#include "model/output/palette.h"

namespace rw {
namespace {

using html::attr;
using html::element;

const char* kReportCss = R"(body { font: 10.5pt/1.45 "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; max-width: 70em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; } h2 { border-bottom: 2px solid #333; margin-top: 2em; }
.authors { font-size: 12pt; color: #444; }
figure { margin: 1em 0; } figure svg { width: 100%; height: auto; } figcaption { font-size: 9pt; color: #555; }
.finding { margin: 0.3em 0; } .code { font-family: monospace; font-size: 9pt; color: #555; }
.severity-error .code { color: #b2182b; font-weight: bold; } .subjects { font-size: 9pt; color: #555; }
.tick { margin: 0.8em 0 0.2em; font-size: 11pt; }
.tick .verdict { display: inline-block; min-width: 1.4em; text-align: center; border: 1px solid #777; margin-right: 0.4em; }
blockquote { margin: 0.3em 0 0.3em 1.5em; padding: 0.2em 0.8em; border-left: 4px solid #bbb; }
blockquote.contradicts { border-left-color: #b2182b; }
.cite { display: block; font-size: 9pt; color: #555; margin-top: 0.2em; }
.no-evidence { color: #b2182b; font-size: 9pt; margin-left: 1.5em; }
dl.attributes { display: grid; grid-template-columns: max-content auto; gap: 0 1em; font-size: 9.5pt; }
dl.attributes dt { color: #555; } dl.attributes dd { margin: 0; }
footer { margin-top: 3em; font-size: 8.5pt; color: #777; }
@page { size: A4; margin: 16mm 14mm; }
@media print { body { max-width: none; margin: 0; } section.case { break-before: page; }
  figure, blockquote, .finding, tr { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
)";

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string nodeLabel(const Project& project, const std::string& id) {
    const Node* node = project.findNodeAnywhere(id);
    return node && !node->label.empty() ? firstLine(node->label) : id;
}

std::string caseLabel(const Case& c) {
    std::string name = c.name.empty() ? c.id : c.name;
    return c.shortName.empty() ? name : name + " (" + c.shortName + ")";
}

bool appendDiagram(pugi::xml_node parent, const Project& project, const DiagramOptions& options,
                   const std::string& prefix, const std::string& caption) {
    RenderResult svg = renderDiagram(project, options, "svg");
    pugi::xml_node figure = element(parent, "figure");
    if (!svg || !html::appendSvg(figure, svg.data, prefix)) {
        element(figure, "p", "The diagram could not be drawn: " + svg.error, "no-evidence");
        return false;
    }
    element(figure, "figcaption", caption);
    return true;
}

void appendFindings(pugi::xml_node body, const Project& project, const Theory& theory, const SourceTexts* texts) {
    element(body, "h2", "Findings");
    CheckOptions options;
    options.theoryId = theory.id;
    options.sourceTexts = texts;
    std::vector<Finding> findings = runChecks(project, options);
    const std::pair<Severity, const char*> groups[] = {
        {Severity::Error, "Errors: where the theory breaks"}, {Severity::Warning, "Warnings"}, {Severity::Info, "Notes"}};
    for (const auto& [severity, title] : groups) {
        std::vector<const Finding*> inGroup;
        for (const Finding& f : findings)
            if (f.severity == severity) inGroup.push_back(&f);
        if (inGroup.empty()) continue;
        element(body, "h3", std::string(title) + " (" + std::to_string(inGroup.size()) + ")");
        pugi::xml_node list = element(body, "ul");
        for (const Finding* f : inGroup) {
            pugi::xml_node item = element(list, "li", {}, "finding severity-" + std::string(toString(severity)));
            element(item, "span", f->code, "code");
            item.append_child(pugi::node_pcdata).set_value((" " + f->message).c_str());
            std::vector<std::string> subjects;
            for (const std::string& n : f->nodes) subjects.push_back(nodeLabel(project, n));
            for (const std::string& c : f->cases)
                if (const Case* found = project.findCase(c)) subjects.push_back(found->displayName());
            if (!subjects.empty()) element(item, "div", "Concerns: " + joinNames(subjects), "subjects");
        }
    }
}

void appendAnalysisTables(pugi::xml_node parent, const AnalysisReport& report) {
    element(parent, "h3", report.title);
    for (const std::string& note : report.notes) element(parent, "p", note, "subjects");
    for (const ReportTable& table : report.tables) {
        if (!table.title.empty()) element(parent, "h4", table.title);
        pugi::xml_node t = element(parent, "table", {}, "matrix analysis");
        pugi::xml_node head = element(element(t, "thead"), "tr");
        for (const std::string& column : table.columns) element(head, "th", column);
        pugi::xml_node body = element(t, "tbody");
        for (const auto& row : table.rows) {
            pugi::xml_node tr = element(body, "tr");
            for (std::size_t c = 0; c < row.size(); ++c) element(tr, "td", row[c], c == 0 ? "label" : "cell");
        }
        for (const std::string& note : table.notes) element(parent, "p", note, "subjects");
    }
}

// What works for whom in what circumstances: every link both ways, every node split by each of
// the project's named conditions, and how the theories differ — always with their counts.
void appendCrossCase(pugi::xml_node body, const Project& project, const Theory& theory) {
    element(body, "h2", "Cross-case analysis");
    appendAnalysisTables(body, reportLinkSupport(project, theory, linkSupport(project, theory)));
    for (const Condition& condition : project.conditions) {
        std::optional<Grouping> grouping = groupCases(project, condition.id);
        if (grouping) appendAnalysisTables(body, reportSplit(project, theory, *grouping, splitSupport(project, theory, *grouping)));
    }
    for (const Theory& other : project.theories)
        if (other.id != theory.id) appendAnalysisTables(body, reportDiff(project, diffTheories(theory, other)));
}

void appendEvidence(pugi::xml_node parent, const Project& project, const Evidence& evidence) {
    pugi::xml_node quote = element(parent, "blockquote", {}, evidence.stance == Stance::Contradicts ? "contradicts" : "");
    element(quote, "span", evidence.quote);
    std::string cite;
    if (const Source* source = project.findSource(evidence.ref.source)) cite = source->title;
    std::string where = describe(evidence.ref.location);
    if (!where.empty()) cite += (cite.empty() ? "" : ", ") + where;
    std::string who = evidence.role;
    if (who.empty() && !evidence.informant.empty())
        if (const Informant* informant = project.findInformant(evidence.informant)) who = informant->role;
    if (!who.empty()) cite += (cite.empty() ? "" : " — ") + who;
    if (evidence.stance == Stance::Contradicts) cite += " (contradicts the tick)";
    if (!evidence.note.empty()) cite += ". " + evidence.note;
    element(quote, "span", cite, "cite");
}

void appendCase(pugi::xml_node body, const Project& project, const Theory& theory, const Case& c) {
    pugi::xml_node section = element(body, "section", {}, "case");
    attr(section, "id", "case-" + c.id);
    element(section, "h3", caseLabel(c));
    if (!c.description.empty()) element(section, "p", c.description);
    if (!c.values.empty()) {
        pugi::xml_node list = element(section, "dl", {}, "attributes");
        for (const AttributeValue& value : c.values) {
            const AttributeDef* definition = project.findAttribute(value.key);
            element(list, "dt", definition && !definition->label.empty() ? definition->label : value.key);
            std::string shown = value.value + (definition && !definition->unit.empty() ? " " + definition->unit : "");
            element(list, "dd", value.note.empty() ? shown : shown + " (" + value.note + ")");
        }
    }
    DiagramOptions options;
    options.theoryId = theory.id;
    options.view = DiagramView::Case;
    options.caseId = c.id;
    options.highlight = true;
    appendDiagram(section, project, options, "case-" + c.id + "-", "The theory in " + caseLabel(c) + ".");
    CaseVerdicts verdicts(c);
    for (const Node& node : theory.nodes) {
        const Verdict* verdict = verdicts.find(node.id);
        if (!verdict) continue;
        pugi::xml_node tick = element(section, "div", {}, "tick");
        attr(tick, "id", "tick-" + c.id + "-" + node.id);
        std::string symbol(verdictSymbol(verdict->value));
        pugi::xml_node mark = element(tick, "span", symbol.empty() ? "–" : symbol, "verdict");
        attr(mark, "style", "background:" + std::string(verdictFill(verdict->value)));
        element(tick, "strong", firstLine(node.label));
        tick.append_child(pugi::node_pcdata).set_value((" — " + std::string(toString(verdict->value))).c_str());
        if (!verdict->note.empty()) element(section, "p", verdict->note, "subjects");
        if (verdict->evidence.empty()) element(section, "p", "No evidence recorded for this tick.", "no-evidence");
        for (const Evidence& evidence : verdict->evidence) appendEvidence(section, project, evidence);
    }
}

}  // namespace

ReportResult renderReport(const Project& project, const std::string& theoryId, const std::string& generator,
                          const SourceTexts* texts) {
    ReportResult result;
    const Theory* theory = theoryId.empty() ? &project.theories.front() : project.findTheory(theoryId);
    if (!theory) {
        result.error = "unknown theory \"" + theoryId + "\"";
        return result;
    }
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("html");
    attr(root, "lang", project.language);
    pugi::xml_node head = element(root, "head");
    attr(element(head, "meta"), "charset", "utf-8");
    element(head, "title", project.meta.title);
    element(head, "style", std::string(kReportCss) + matrixCss());
    pugi::xml_node body = element(root, "body");
    element(body, "h1", project.meta.title);
    std::string authors;
    for (const std::string& author : project.meta.authors) authors += (authors.empty() ? "" : ", ") + author;
    if (!authors.empty()) element(body, "p", authors, "authors");
    if (!project.meta.description.empty()) element(body, "p", project.meta.description);

    element(body, "h2", "Where the theory breaks");
    DiagramOptions all;
    all.theoryId = theory->id;
    all.view = DiagramView::AllCases;
    all.highlight = true;
    appendDiagram(body, project, all, "all-",
                  firstLine(theory->name) + " across all " + std::to_string(project.cases.size()) +
                      " cases: fill and k/n show how often each node is supported; red dashed links break.");

    element(body, "h2", "Evidence matrix");
    element(body, "p", "Click a tick to read the evidence behind it.", "subjects");
    appendMatrixTable(body, buildMatrix(project, *theory), true);

    appendFindings(body, project, *theory, texts);
    appendCrossCase(body, project, *theory);

    element(body, "h2", "Cases and their evidence");
    for (const Case& c : project.cases) appendCase(body, project, *theory, c);

    element(body, "footer", "Made with " + generator + " on " + todayIso() + ".");
    result.html = html::serializeHtml(document);
    return result;
}

}  // namespace rw
