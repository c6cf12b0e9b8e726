#include "plugins/refi-qda/qdpx_export.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "model/checks/quote_check.h"
#include "model/checks/source_texts.h"
#include "model/core/kinds.h"
#include "model/core/translate.h"
#include "model/core/values.h"
#include "model/output/palette.h"
#include "plugins/refi-qda/description_fields.h"
#include "plugins/refi-qda/qde_writer.h"
#include "plugins/refi-qda/stable_guid.h"

namespace rw::qda {
namespace {

// Parent codes of the code tree, one per kind of node, in the order of a realist theory.
constexpr NodeKind kKindOrder[] = {NodeKind::Intervention, NodeKind::Context, NodeKind::Mechanism,
                                   NodeKind::Outcome, NodeKind::SideEffect};

std::string kindCodeName(NodeKind kind) {
    switch (kind) {
        case NodeKind::Intervention: return "Intervention";
        case NodeKind::Context: return "Context";
        case NodeKind::Mechanism: return "Mechanism";
        case NodeKind::Outcome: return "Outcome";
        case NodeKind::SideEffect: return "Side effect";
    }
    return "Node";
}

std::string lowerAscii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

std::string trimmed(std::string_view text) {
    std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return {};
    std::size_t end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(start, end - start + 1));
}

std::string firstLine(const std::string& text) { return trimmed(text.substr(0, text.find('\n'))); }

bool allMatch(const std::vector<std::string>& values, bool (*test)(std::string_view)) {
    return std::all_of(values.begin(), values.end(), [&](const std::string& v) { return test(v); });
}

bool isInteger(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// xsd:decimal: digits with at most one dot, no exponent (which our numbers may have).
bool isDecimal(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    std::size_t dot = text.find('.');
    if (dot == std::string_view::npos) return isInteger(text);
    std::string_view whole = text.substr(0, dot), fraction = text.substr(dot + 1);
    return (whole.empty() || isInteger(whole)) && (fraction.empty() || isInteger(fraction)) && text.size() > 1;
}

bool isFullDate(std::string_view text) { return text.size() == 10 && isIsoDate(text); }

struct Placement {
    long begin = 0;
    long end = 0;
};

// Where `quote` stands in `text`: at its characters when they hold it, else loosely within its
// lines (white space may differ, as the quote check allows), else loosely anywhere. `moved` says
// that the quote is not where its location said.
std::optional<Placement> placeQuote(const Utf8Index& text, const std::string& quote, const Location& at, bool& moved) {
    moved = false;
    auto charactersOf = [&](ByteRange bytes) {
        return Placement{text.characterOfByte(bytes.begin), text.characterOfByte(bytes.end)};
    };
    if (at.charBegin >= 0) {
        Location chars = at;
        chars.lineBegin = chars.lineEnd = 0;  // stale lines do not move a quote its characters hold
        if (locationMismatch(text, chars).empty() && (quote.empty() || quoteMismatch(text, quote, chars).empty()))
            return Placement{at.charBegin, at.charEnd};
    }
    if (quote.empty()) return std::nullopt;
    if (at.lineBegin > 0) {
        ByteRange found = findLoosely(text.text(), text.linesBytes(at.lineBegin, std::max(at.lineBegin, at.lineEnd)), quote);
        moved = at.charBegin >= 0;
        if (!found.empty()) return charactersOf(found);
    }
    ByteRange found = findLoosely(text.text(), {0, text.text().size()}, quote);
    if (found.empty()) return std::nullopt;
    moved = at.charBegin >= 0 || at.lineBegin > 0;
    return charactersOf(found);
}

std::string describeLocation(const Location& at) {
    std::string where;
    if (at.lineBegin > 0)
        where = at.lineEnd > at.lineBegin ? fill(tr("lines {1}-{2}"), {std::to_string(at.lineBegin), std::to_string(at.lineEnd)})
                                          : fill(tr("line {1}"), {std::to_string(at.lineBegin)});
    if (at.charBegin >= 0)
        where += (where.empty() ? "" : ", ") +
                 fill(tr("chars {1}-{2}"), {std::to_string(at.charBegin), std::to_string(at.charEnd)});
    return where;
}

class QdpxExport {
public:
    QdpxExport(const Project& project, const ExportRequest& request)
        : m_project(project),
          m_request(request),
          m_guid(project.meta.title, project.meta.created),
          m_texts(project, request.projectPath) {}

    QdpxPackage run() {
        m_theory = m_request.theoryId.empty() ? (m_project.theories.empty() ? nullptr : &m_project.theories.front())
                                              : m_project.findTheory(m_request.theoryId);
        if (!m_theory) {
            m_package.error = m_request.theoryId.empty() ? tr("the project has no theory")
                                                         : fill(tr("unknown theory \"{1}\""), {m_request.theoryId});
            return std::move(m_package);
        }
        m_qde.name = m_project.meta.title.empty() ? tr("Realist Workbench project") : m_project.meta.title;
        m_qde.origin = std::string("Realist Workbench ") + REALIST_VERSION;
        m_qde.description = m_project.meta.description;
        addNodeCodes();
        addLinks();
        addCases();
        addVariables();
        addSources();
        addEvidence();
        addCodings();
        addCodingCodes();
        assignWholeSources();
        m_package.qde = writeQde(m_qde);
        summarise();
        return std::move(m_package);
    }

private:
    // A GUID for the object called `name`; a name met twice (two identical codings) gets "#2" …
    std::string guid(const std::string& name) {
        std::string unique = name;
        for (int n = 2; !m_guidNames.insert(unique).second; ++n) unique = name + "#" + std::to_string(n);
        return m_guid(unique);
    }

    // The name our importer finds a node by: the first line of its label, or its id when the label
    // is empty or also names another node (the importer matches ids and labels across theories).
    std::string nodeCodeName(const Node& node) const {
        std::string label = firstLine(node.label);
        if (label.empty()) return node.id;
        auto named = m_nodeNames.find(lowerAscii(label));
        return named != m_nodeNames.end() && named->second.size() > 1 ? node.id : label;
    }

    void indexNodeNames() {
        for (const Theory& theory : m_project.theories)
            for (const Node& node : theory.nodes) {
                m_nodeNames[lowerAscii(node.id)].insert(node.id);
                if (std::string label = firstLine(node.label); !label.empty()) m_nodeNames[lowerAscii(label)].insert(node.id);
            }
    }

    void addNodeCodes() {
        indexNodeNames();
        for (NodeKind kind : kKindOrder) {
            QdeCode parent{guid("kind:" + std::string(toString(kind))), kindCodeName(kind), {}, std::string(kindFill(kind)),
                           false, {}};
            for (const Node& node : m_theory->nodes) {
                if (node.kind != kind) continue;
                std::string description = node.description;
                if (kind == NodeKind::Outcome) addField(description, "Level", std::string(toString(node.level)));
                addField(description, "Assumption", node.assumption);
                addField(description, "Realist Workbench node", node.id);
                QdeCode code{guid("node:" + node.id), nodeCodeName(node), description, std::string(kindFill(kind)), true, {}};
                m_nodeCodes[node.id] = code.guid;
                m_codeNames.insert(lowerAscii(code.name));
                parent.children.push_back(std::move(code));
            }
            if (!parent.children.empty()) m_qde.codes.push_back(std::move(parent));
        }
    }

    // The theory's links as links between the node codes, so that the graph travels along.
    void addLinks() {
        for (const Link& link : m_theory->links) {
            auto from = m_nodeCodes.find(link.from), to = m_nodeCodes.find(link.to);
            if (from == m_nodeCodes.end() || to == m_nodeCodes.end()) continue;
            std::string name(toString(link.kind));
            if (std::string label = firstLine(link.label); !label.empty()) name += ": " + label;
            m_qde.links.push_back({guid("link:" + link.id), name, "OneWay", from->second, to->second});
        }
    }

    // The name our importer finds a case by: its name, or its id when the name is empty or also
    // names another case (by id, short name or name).
    std::string caseName(const Case& c) const {
        std::string name = trimmed(c.name);
        if (name.empty()) return c.id;
        for (const Case& other : m_project.cases)
            if (other.id != c.id && (lowerAscii(other.id) == lowerAscii(name) || lowerAscii(trimmed(other.shortName)) == lowerAscii(name) ||
                                     lowerAscii(trimmed(other.name)) == lowerAscii(name)))
                return c.id;
        return name;
    }

    void addCases() {
        for (const Case& c : m_project.cases) {
            std::string description = c.description;
            addField(description, "Short name", c.shortName);
            addField(description, "Realist Workbench case", c.id);
            m_caseIndex[c.id] = m_qde.cases.size();
            m_qde.cases.push_back({guid("case:" + c.id), caseName(c), description, {}, {}, {}});
        }
    }

    // The variable type that holds every value an attribute has in the cases.
    static std::string variableType(const AttributeDef& attribute, const std::vector<std::string>& values) {
        switch (attribute.type) {
            case AttributeType::Flag: return "Boolean";
            case AttributeType::Number:
                if (allMatch(values, isInteger)) return "Integer";
                return allMatch(values, isDecimal) ? "Float" : "Text";
            case AttributeType::Date: return allMatch(values, isFullDate) ? "Date" : "Text";
            case AttributeType::Text:
            case AttributeType::Ordinal: return "Text";
        }
        return "Text";
    }

    void addVariables() {
        for (const AttributeDef& attribute : m_project.attributes) {
            std::vector<std::string> values;
            for (const Case& c : m_project.cases)
                if (const AttributeValue* value = c.findValue(attribute.key); value && !value->value.empty())
                    values.push_back(value->value);
            std::string type = variableType(attribute, values);
            std::string description;
            addField(description, "Realist Workbench attribute", attribute.key);
            addField(description, "Type", std::string(toString(attribute.type)));
            if (!attribute.scale.empty()) {
                std::string scale;
                for (const std::string& level : attribute.scale) scale += (scale.empty() ? "" : " | ") + level;
                addField(description, "Scale", scale);
            }
            addField(description, "Unit", attribute.unit);
            addField(description, "Group", attribute.group);
            QdeVariable variable{guid("attribute:" + attribute.key), attribute.label.empty() ? attribute.key : firstLine(attribute.label),
                                 type, description};
            for (const Case& c : m_project.cases)
                if (const AttributeValue* value = c.findValue(attribute.key); value && !value->value.empty())
                    m_qde.cases[m_caseIndex.at(c.id)].values.push_back({variable.guid, type, value->value});
            m_qde.variables.push_back(std::move(variable));
        }
        // A verdict per node and case, as a text variable: the columns of the evidence matrix.
        for (const Node& node : m_theory->nodes) {
            QdeVariable variable{guid("verdict:" + node.id), "Verdict: " + nodeCodeName(node), "Text", {}};
            addField(variable.description, "Realist Workbench verdict on node", node.id);
            addField(variable.description, "Values", "supported (✓), refuted (x), mixed (?); no value: not assessed");
            bool used = false;
            for (const Case& c : m_project.cases) {
                VerdictValue value = c.verdictOn(node.id);
                if (value == VerdictValue::NotAssessed) continue;
                m_qde.cases[m_caseIndex.at(c.id)].values.push_back({variable.guid, "Text", std::string(toString(value))});
                used = true;
                ++m_verdicts;
            }
            if (used) m_qde.variables.push_back(std::move(variable));
        }
    }

    void addSources() {
        for (const Source& source : m_project.sources) {
            QdeTextSource out;
            out.guid = guid("source:" + source.id);
            out.name = source.title.empty() ? source.id : firstLine(source.title);
            addField(out.description, "Kind", std::string(toString(source.kind)));
            addField(out.description, "Date", source.date);
            addField(out.description, "File", source.file);
            addField(out.description, "Realist Workbench source", source.id);
            if (isFullDate(source.date)) out.creationDateTime = source.date + "T00:00:00Z";
            if (const Utf8Index* text = m_texts.find(source.id)) {
                out.plainTextPath = "internal://" + out.guid + ".txt";
                m_package.texts.push_back({"sources/" + out.guid + ".txt", std::string(text->text())});
            } else {
                std::string why = whyNoText(source);
                addField(out.description, "Text", fill(tr("not exported: {1}"), {why}));
                m_withoutText[source.id] = why;
            }
            m_sourceIndex[source.id] = m_qde.sources.size();
            m_qde.sources.push_back(std::move(out));
        }
    }

    std::string whyNoText(const Source& source) const {
        switch (m_texts.origin(source.id)) {
            case LoadedSourceText::Origin::Missing:
                return fill(tr("its file {1} is not there"), {m_texts.path(source.id).empty() ? source.file : m_texts.path(source.id)});
            case LoadedSourceText::Origin::Unreadable:
                return fill(tr("its file {1} cannot be read as UTF-8 text"), {m_texts.path(source.id)});
            case LoadedSourceText::Origin::Changed:
                return fill(tr("its file {1} is not the one recorded (SHA-256 differs)"), {m_texts.path(source.id)});
            default: return tr("it has no embedded text and names no file");
        }
    }

    // Adds a selection to the source and, when it belongs to a case, to that case.
    void addSelection(const std::string& sourceId, QdeSelection selection, const std::string& caseId) {
        auto caseIndex = m_caseIndex.find(caseId);
        m_sourceCases[sourceId].insert(caseIndex == m_caseIndex.end() ? std::string() : caseId);
        if (caseIndex != m_caseIndex.end()) m_qde.cases[caseIndex->second].selections.push_back(selection.guid);
        m_qde.sources[m_sourceIndex.at(sourceId)].selections.push_back(std::move(selection));
    }

    std::string roleOf(const Evidence& evidence) const {
        if (!evidence.role.empty()) return evidence.role;
        const Informant* informant = evidence.informant.empty() ? nullptr : m_project.findInformant(evidence.informant);
        return informant ? informant->role : "";
    }

    void addEvidence() {
        for (const Case& c : m_project.cases)
            for (const Verdict& verdict : c.verdicts) {
                auto code = m_nodeCodes.find(verdict.node);
                for (const Evidence& evidence : verdict.evidence) {
                    if (code == m_nodeCodes.end()) {
                        ++m_otherTheories;
                        continue;
                    }
                    addQuote(c, evidence, code->second);
                }
            }
    }

    void addQuote(const Case& c, const Evidence& evidence, const std::string& codeGuid) {
        const std::string& sourceId = evidence.ref.source;
        if (sourceId.empty() || !m_project.findSource(sourceId)) {
            ++m_withoutSource;
            return;
        }
        const Utf8Index* text = m_texts.find(sourceId);
        if (!text) {
            ++m_quotesWithoutText[sourceId];
            return;
        }
        const Location& at = evidence.ref.location;
        bool moved = false;
        std::optional<Placement> placed = placeQuote(*text, evidence.quote, at, moved);
        std::string title = m_qde.sources[m_sourceIndex.at(sourceId)].name;
        std::string why = at.charBegin >= 0 || at.lineBegin > 0 ? quoteMismatch(*text, evidence.quote, at) : "";
        if (!placed) {
            m_warnings.push_back(fill(tr("quote {1} of case {2} does not stand in the text of source \"{3}\"{4}; not exported"),
                                      {evidence.id, c.id, title, why.empty() ? "" : " (" + why + ")"}));
            return;
        }
        if (moved)
            m_warnings.push_back(fill(tr("quote {1} of case {2} is not at {3} of source \"{4}\"{5}; exported where it stands, chars {6}-{7}"),
                                      {evidence.id, c.id, describeLocation(at), title, why.empty() ? "" : " (" + why + ")",
                                       std::to_string(placed->begin), std::to_string(placed->end)}));
        else if (at.charBegin < 0 && at.lineBegin <= 0)
            ++m_placedWithoutLocation;
        QdeSelection selection;
        selection.guid = guid("evidence:" + evidence.id);
        selection.name = evidence.id;
        selection.start = placed->begin;
        selection.end = placed->end;
        addField(selection.description, "Stance", std::string(toString(evidence.stance)));
        addField(selection.description, "Role", roleOf(evidence));
        addField(selection.description, "Note", evidence.note);
        selection.codings.push_back({guid("evidence-coding:" + evidence.id), codeGuid});
        addSelection(sourceId, std::move(selection), c.id);
        ++m_quotes;
    }

    void addCodings() {
        for (const Source& source : m_project.sources) {
            if (source.codings.empty()) continue;
            const Utf8Index* text = m_texts.find(source.id);
            if (!text) {
                m_codingsWithoutText[source.id] += source.codings.size();
                continue;
            }
            for (const Coding& coding : source.codings) {
                Location at = coding.location;
                if (at.charBegin < 0 && at.lineBegin > 0 && std::max(at.lineBegin, at.lineEnd) <= text->lineCount()) {
                    ByteRange lines = text->linesBytes(at.lineBegin, std::max(at.lineBegin, at.lineEnd));
                    at.charBegin = text->characterOfByte(lines.begin);
                    at.charEnd = text->characterOfByte(lines.end);
                }
                at.lineBegin = at.lineEnd = 0;  // the characters say where it is; stale lines do not matter
                std::string why = at.charBegin >= 0         ? locationMismatch(*text, at)
                                  : coding.location.lineBegin > 0 ? locationMismatch(*text, coding.location)
                                                                  : tr("it has no location");
                if (!why.empty()) {
                    m_warnings.push_back(fill(tr("coding \"{1}\" of source \"{2}\" at {3}: {4}; not exported"),
                                              {coding.code, source.id, describeLocation(coding.location), why}));
                    continue;
                }
                std::string name = "coding:" + source.id + "/" + coding.code + "/" + coding.caseId + "/" +
                                   std::to_string(at.charBegin) + "-" + std::to_string(at.charEnd);
                QdeSelection selection;
                selection.guid = guid(name);
                selection.start = at.charBegin;
                selection.end = at.charEnd;
                addField(selection.description, "Note", coding.note);
                if (coding.automatic) addField(selection.description, "Coded", "automatically (keywords)");
                selection.codings.push_back({guid(name + "/coding"), codingCode(coding.code)});
                addSelection(source.id, std::move(selection), coding.caseId);
                ++m_codings;
            }
        }
    }

    // The code of a coding's code name, made on first use (under "Codings", see addCodingCodes).
    std::string codingCode(const std::string& name) {
        auto found = m_codingCodes.find(name);
        if (found != m_codingCodes.end()) return found->second;
        std::string code = guid("coding-code:" + name);
        m_codingCodes[name] = code;
        m_codingCodeOrder.push_back(name);
        return code;
    }

    void addCodingCodes() {
        if (m_codingCodeOrder.empty()) return;
        QdeCode parent{guid("codings"), "Codings", tr("Coded segments that are no quote for a node: message categories, "
                                                       "codes from a QDA program that match no node"),
                       {}, false, {}};
        for (const std::string& name : m_codingCodeOrder) {
            std::string description;
            if (const Category* category = m_project.findCategory(name)) addField(description, "Message category", category->label);
            if (m_codeNames.count(lowerAscii(name)))
                m_warnings.push_back(fill(tr("coding code \"{1}\" has the name of a node code; an importer may read its "
                                             "codings as quotes for that node"), {name}));
            parent.children.push_back({m_codingCodes.at(name), name, description, {}, true, {}});
        }
        m_qde.codes.push_back(std::move(parent));
    }

    // A source all of whose selections belong to one case is that case's source (an interview in
    // that case), which QDA programs show as the case's document.
    void assignWholeSources() {
        for (const Source& source : m_project.sources) {
            auto cases = m_sourceCases.find(source.id);
            if (cases != m_sourceCases.end() && cases->second.size() == 1 && !cases->second.begin()->empty())
                m_qde.cases[m_caseIndex.at(*cases->second.begin())].sources.push_back(m_qde.sources[m_sourceIndex.at(source.id)].guid);
        }
    }

    void summarise() {
        m_package.notes.push_back(fill(tr("theory \"{1}\": {2} codes for its nodes, {3} cases, {4} variables, {5} sources "
                                          "({6} with text), {7} quotes and {8} codings as coded selections, {9} verdicts"),
                                       {m_theory->name.empty() ? m_theory->id : m_theory->name, std::to_string(m_nodeCodes.size()),
                                        std::to_string(m_qde.cases.size()), std::to_string(m_qde.variables.size()),
                                        std::to_string(m_qde.sources.size()), std::to_string(m_package.texts.size()),
                                        std::to_string(m_quotes), std::to_string(m_codings), std::to_string(m_verdicts)}));
        for (const Source& source : m_project.sources) {
            auto why = m_withoutText.find(source.id);
            if (why == m_withoutText.end()) continue;
            std::string lost;
            if (auto quotes = m_quotesWithoutText.find(source.id); quotes != m_quotesWithoutText.end())
                lost += fill(tr("; quotes citing it not exported: {1}"), {std::to_string(quotes->second)});
            if (auto codings = m_codingsWithoutText.find(source.id); codings != m_codingsWithoutText.end())
                lost += fill(tr("; codings not exported: {1}"), {std::to_string(codings->second)});
            m_package.notes.push_back(fill(tr("warning: source \"{1}\" exported without text ({2}){3}"), {source.id, why->second, lost}));
        }
        for (const std::string& warning : m_warnings) m_package.notes.push_back(fill(tr("warning: {1}"), {warning}));
        if (m_withoutSource > 0)
            m_package.notes.push_back(fill(tr("warning: quotes that cite no source, not exported: {1}"), {std::to_string(m_withoutSource)}));
        if (m_otherTheories > 0)
            m_package.notes.push_back(fill(tr("warning: quotes on nodes of other theories, not exported: {1} (choose the theory with --theory)"),
                                           {std::to_string(m_otherTheories)}));
        if (m_placedWithoutLocation > 0)
            m_package.notes.push_back(fill(tr("quotes without a location, exported where they first stand in their source: {1}"),
                                           {std::to_string(m_placedWithoutLocation)}));
    }

    const Project& m_project;
    const ExportRequest& m_request;
    const Theory* m_theory = nullptr;
    GuidMaker m_guid;
    SourceTexts m_texts;
    QdeProject m_qde;
    QdpxPackage m_package;
    std::set<std::string> m_guidNames;
    std::map<std::string, std::set<std::string>> m_nodeNames;  // lower-cased id or label → node ids
    std::map<std::string, std::string> m_nodeCodes;            // node id → code GUID
    std::set<std::string> m_codeNames;                         // lower-cased names of node codes
    std::map<std::string, std::string> m_codingCodes;          // coding code name → code GUID
    std::vector<std::string> m_codingCodeOrder;
    std::map<std::string, std::size_t> m_caseIndex;    // case id → index in m_qde.cases
    std::map<std::string, std::size_t> m_sourceIndex;  // source id → index in m_qde.sources
    std::map<std::string, std::set<std::string>> m_sourceCases;  // source id → case ids of its selections ("" for none)
    std::map<std::string, std::string> m_withoutText;            // source id → why it has no text
    std::map<std::string, int> m_quotesWithoutText;
    std::map<std::string, std::size_t> m_codingsWithoutText;
    std::vector<std::string> m_warnings;
    int m_quotes = 0, m_codings = 0, m_verdicts = 0;
    int m_withoutSource = 0, m_otherTheories = 0, m_placedWithoutLocation = 0;
};

}  // namespace

QdpxPackage buildQdpx(const Project& project, const ExportRequest& request) { return QdpxExport(project, request).run(); }

ExportResult exportQdpx(const Project& project, const ExportRequest& request) {
    QdpxPackage package = buildQdpx(project, request);
    ExportResult result;
    if (!package.error.empty()) {
        result.error = package.error;
        return result;
    }
    std::vector<ZipEntry> entries;
    entries.push_back({"project.qde", std::move(package.qde)});
    for (ZipEntry& text : package.texts) entries.push_back(std::move(text));
    std::string error;
    if (!writeZipToMemory(entries, result.data, error)) {
        result.data.clear();
        result.error = error;
        return result;
    }
    result.notes = std::move(package.notes);
    return result;
}

}  // namespace rw::qda
