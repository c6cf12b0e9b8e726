#include "plugins/refi-qda/qdpx_import.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "model/chat_text.h"
#include "model/edits.h"
#include "model/edits_project.h"
#include "model/ids.h"
#include "model/import_step.h"
#include "model/label_text.h"
#include "model/source_text.h"
#include "model/translate.h"
#include "model/values.h"
#include "plugins/refi-qda/code_map.h"
#include "plugins/refi-qda/qda_package.h"
#include "plugins/refi-qda/sha256.h"
#include "plugins/refi-qda/source_text.h"

namespace rw::qda {
namespace {

bool mentions(std::string_view name, std::string_view word) {
    for (std::size_t i = 0; i + word.size() <= name.size(); ++i)
        if (equalsIgnoringAsciiCase(name.substr(i, word.size()), word)) return true;
    return false;
}

SourceKind kindFromName(std::string_view name) {
    if (mentions(name, "focus")) return SourceKind::FocusGroup;
    if (mentions(name, "interview")) return SourceKind::Interview;
    return SourceKind::Document;
}

AttributeType attributeTypeOf(std::string_view variableType) {
    if (equalsIgnoringAsciiCase(variableType, "Boolean")) return AttributeType::Flag;
    if (equalsIgnoringAsciiCase(variableType, "Integer") || equalsIgnoringAsciiCase(variableType, "Float"))
        return AttributeType::Number;
    if (equalsIgnoringAsciiCase(variableType, "Date") || equalsIgnoringAsciiCase(variableType, "DateTime"))
        return AttributeType::Date;
    return AttributeType::Text;
}

// A QDA value in the spelling our attribute types take: booleans as true/false, a date-time as
// its date, decimals with a dot.
std::string attributeValueOf(const std::string& value, AttributeType type) {
    std::string v = value;
    v.erase(0, v.find_first_not_of(" \t\r\n"));
    v.erase(v.find_last_not_of(" \t\r\n") + 1);
    if (type == AttributeType::Flag) {
        if (v == "1" || equalsIgnoringAsciiCase(v, "true")) return "true";
        if (v == "0" || equalsIgnoringAsciiCase(v, "false")) return "false";
    }
    if (type == AttributeType::Date && v.size() > 10 && v[10] == 'T') return v.substr(0, 10);
    return v;
}

// What became of the coded selections, for the notes.
struct Tally {
    int evidence = 0;
    int codings = 0;
    std::set<std::string> unmappedCodes;
    std::set<std::string> unmappedCases;
    int withoutCase = 0;
};

class QdpxImport {
public:
    QdpxImport(const ImportRequest& request, const Project& project)
        : m_request(request), m_project(project), m_step(project, "Import QDA project " + fileName(request.path)) {}

    ImportResult run() {
        ImportResult result;
        if (!prepare(result.error) || !importSources(result.error) || !importVariables(result.error)) return result;
        result.command = m_step.finish();
        result.notes = std::move(m_notes);
        return result;
    }

private:
    static std::string fileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

    bool prepare(std::string& error) {
        if (!m_package.open(m_request.path, error) || !readQde(m_package.qde(), m_package.qdeName(), m_qda, error))
            return false;
        if (std::string map = importOption(m_request, "map"); !map.empty() && !m_map.load(map, m_project, error))
            return false;
        return true;
    }

    // The project cases a selection belongs to: those of the QDA cases holding the selection,
    // else those holding its source; the --case given when none of them is known here.
    std::vector<std::string> casesOf(const QdaTextSource& source, const QdaSelection* selection, std::string& qdaCase) {
        std::vector<std::string> found;
        auto collect = [&](bool bySelection) {
            for (const QdaCase& c : m_qda.cases) {
                const auto& refs = bySelection ? c.selections : c.sources;
                const std::string& guid = bySelection ? selection->guid : source.guid;
                if (std::find(refs.begin(), refs.end(), guid) == refs.end()) continue;
                if (const Case* mapped = findCaseByAnyName(m_project, c.name)) {
                    if (std::find(found.begin(), found.end(), mapped->id) == found.end()) found.push_back(mapped->id);
                } else if (qdaCase.empty()) {
                    qdaCase = c.name;
                }
            }
        };
        if (selection) collect(true);
        if (found.empty() && qdaCase.empty()) collect(false);
        if (found.empty() && !m_request.caseId.empty()) found.push_back(m_request.caseId);
        return found;
    }

    bool importSources(std::string& error) {
        const std::size_t total = m_qda.sources.size();
        for (std::size_t i = 0; i < total; ++i) {
            if (m_request.progress && !m_request.progress(static_cast<double>(i) / static_cast<double>(total))) {
                error = m_request.path + ": " + tr("cancelled");
                return false;
            }
            if (!importSource(m_qda.sources[i], error)) return false;
        }
        std::string summary = fill(tr("{1}: text sources imported: {2}; coded selections made evidence: {3}, kept as codings: {4}"),
                                   {fileName(m_request.path), std::to_string(total), std::to_string(m_tally.evidence),
                                    std::to_string(m_tally.codings)});
        if (!m_qda.origin.empty()) summary += " (" + fill(tr("written by {1}"), {m_qda.origin}) + ")";
        m_notes.insert(m_notes.begin(), summary);
        for (const std::string& code : m_tally.unmappedCodes)
            m_notes.push_back(fill(tr("code \"{1}\" matches no node (add a line \"{1} = node\" to a --map file); kept as codings"), {code}));
        for (const std::string& qdaCase : m_tally.unmappedCases)
            m_notes.push_back(fill(tr("QDA case \"{1}\" matches no case in the project; its selections stayed codings"), {qdaCase}));
        if (m_tally.withoutCase > 0)
            m_notes.push_back(fill(tr("coded selections that belong to no case, kept as codings (give --case to choose one): {1}"),
                                   {std::to_string(m_tally.withoutCase)}));
        if (!m_qda.skippedSources.empty())
            m_notes.push_back(fill(tr("sources skipped because they are not text (PDF, picture, audio, video): {1}"),
                                   {std::to_string(m_qda.skippedSources.size())}));
        if (m_request.progress) m_request.progress(1.0);
        return true;
    }

    bool importSource(const QdaTextSource& qdaSource, std::string& error) {
        std::string bytes = qdaSource.content;
        std::string where = m_package.qdeName();
        if (!qdaSource.embedded && !m_package.readText(qdaSource, m_qda.basePath, bytes, where, error)) return false;
        std::size_t badByte = 0;
        std::optional<SourceText> text = SourceText::from(bytes, badByte);
        if (!text) {
            error = (qdaSource.embedded ? qdaSource.where : where) + ": " +
                    fill(tr("the text of source \"{1}\" is not UTF-8 (byte {2})"), {qdaSource.name, std::to_string(badByte)});
            return false;
        }
        Source source;
        source.kind = kindFromName(qdaSource.name);
        source.title = qdaSource.name;
        source.file = fileName(m_request.path);
        source.date = qdaSource.date;
        source.text = text->text();
        source.sha256 = sha256Hex(source.text);
        source.id = uniqueId(slugify(source.title), [&](const std::string& id) { return m_step.scratch().findSource(id) != nullptr; });

        struct PendingEvidence {
            std::string caseId, nodeId;
            Evidence evidence;
        };
        std::vector<PendingEvidence> evidence;
        for (const QdaSelection& selection : qdaSource.selections) {
            if (selection.end > text->originalLength())
                return fail(error, selection.where,
                            fill(tr("endPosition {1} is past the end of the text of source \"{2}\" ({3} characters)"),
                                 {std::to_string(selection.end), qdaSource.name, std::to_string(text->originalLength())}));
            Location location;
            location.charBegin = text->map(selection.start);
            location.charEnd = text->map(selection.end);
            std::string quote = textAt(source.text, location);
            if (auto found = locateQuote(source.text, quote, location.charBegin)) location = *found;
            std::string qdaCase;
            std::vector<std::string> cases = casesOf(qdaSource, &selection, qdaCase);
            for (const std::string& codeGuid : selection.codes) {
                const QdaCode& code = *m_qda.findCode(codeGuid);
                std::string node = m_map.nodeFor(code.name, m_project);
                if (!node.empty() && !cases.empty() && !quote.empty()) {
                    for (const std::string& caseId : cases) {
                        Evidence e;
                        e.quote = quote;
                        e.ref = {source.id, location};
                        e.note = fill(tr("coded \"{1}\" in {2}"), {code.name, fileName(m_request.path)});
                        evidence.push_back({caseId, node, e});
                        ++m_tally.evidence;
                    }
                    continue;
                }
                if (node.empty()) m_tally.unmappedCodes.insert(code.name);
                if (cases.empty() && !qdaCase.empty()) m_tally.unmappedCases.insert(qdaCase);
                if (cases.empty() && qdaCase.empty()) ++m_tally.withoutCase;
                Coding coding{code.name, cases.empty() ? "" : cases.front(), location, {}};
                if (cases.empty() && !qdaCase.empty()) coding.note = fill(tr("QDA case \"{1}\""), {qdaCase});
                source.codings.push_back(coding);
                ++m_tally.codings;
            }
        }
        // A code on the whole source says what the source is about, not what it shows: a coding.
        for (const std::string& codeGuid : qdaSource.wholeCodes) {
            std::string qdaCase;
            std::vector<std::string> cases = casesOf(qdaSource, nullptr, qdaCase);
            Location whole;
            whole.charBegin = 0;
            whole.charEnd = static_cast<long>(characterCount(source.text));
            whole.lineBegin = 1;
            whole.lineEnd = std::max(1, static_cast<int>(std::count(source.text.begin(), source.text.end(), '\n')) +
                                            (source.text.ends_with('\n') ? 0 : 1));
            source.codings.push_back({m_qda.findCode(codeGuid)->name, cases.empty() ? "" : cases.front(), whole,
                                      tr("the whole source")});
            ++m_tally.codings;
        }
        if (!m_step.add(edits::addSource(m_step.scratch(), source)))
            return fail(error, qdaSource.where, fill(tr("cannot add source \"{1}\""), {source.id}));
        for (PendingEvidence& e : evidence)
            if (!m_step.add(edits::addEvidence(m_step.scratch(), e.caseId, e.nodeId, e.evidence)))
                return fail(error, qdaSource.where, fill(tr("cannot add evidence for node {1} in case {2}"), {e.nodeId, e.caseId}));
        return true;
    }

    bool importVariables(std::string& error) {
        for (const QdaCase& qdaCase : m_qda.cases) {
            if (qdaCase.values.empty()) continue;
            const Case* target = findCaseByAnyName(m_project, qdaCase.name);
            if (!target) {
                m_notes.push_back(fill(tr("QDA case \"{1}\" matches no case in the project; variable values not imported: {2}"),
                                       {qdaCase.name, std::to_string(qdaCase.values.size())}));
                continue;
            }
            for (const QdaValue& value : qdaCase.values) {
                const QdaVariable& variable = *m_qda.findVariable(value.variable);
                const AttributeDef* attribute = attributeFor(variable, error);
                if (!attribute) return false;
                std::string spelled = attributeValueOf(value.value, attribute->type);
                if (spelled.empty()) continue;
                if (std::string why = whyValueDoesNotFit(*attribute, spelled); !why.empty()) {
                    m_notes.push_back(fill(tr("case {1}: value \"{2}\" of variable \"{3}\" {4}; not imported"),
                                           {target->displayName(), spelled, variable.name, why}));
                    continue;
                }
                const AttributeValue* current = m_step.scratch().findCase(target->id)->findValue(attribute->key);
                if (current && current->value == spelled) continue;
                if (current)
                    m_notes.push_back(fill(tr("case {1}: {2} was \"{3}\", now \"{4}\""),
                                           {target->displayName(), attribute->key, current->value, spelled}));
                if (!m_step.add(edits::setAttributeValue(m_step.scratch(), target->id, attribute->key, spelled)))
                    return fail(error, value.where, fill(tr("cannot set {1} of case {2}"), {attribute->key, target->id}));
            }
        }
        for (const QdaTextSource& source : m_qda.sources)
            if (source.variableValues > 0)
                m_notes.push_back(fill(tr("source \"{1}\": variable values on the source itself, not imported (only case variables are): {2}"),
                                       {source.name, std::to_string(source.variableValues)}));
        return true;
    }

    // The attribute a variable fills: one with its name as key or label, else a new one typed
    // after the variable.
    const AttributeDef* attributeFor(const QdaVariable& variable, std::string& error) {
        for (const AttributeDef& a : m_step.scratch().attributes)
            if (equalsIgnoringAsciiCase(a.key, variable.name) || equalsIgnoringAsciiCase(a.label, variable.name) ||
                a.key == slugify(variable.name))
                return &a;
        AttributeDef created;
        created.key = uniqueId(slugify(variable.name), [&](const std::string& key) { return m_step.scratch().findAttribute(key) != nullptr; });
        created.label = variable.name;
        created.type = attributeTypeOf(variable.type);
        if (!m_step.add(edits::addAttribute(m_step.scratch(), created))) {
            error = m_package.qdeName() + ": " + fill(tr("cannot define attribute {1}"), {created.key});
            return nullptr;
        }
        m_notes.push_back(fill(tr("new attribute {1} ({2}) for variable \"{3}\""),
                               {created.key, std::string(toString(created.type)), variable.name}));
        return m_step.scratch().findAttribute(created.key);
    }

    static bool fail(std::string& error, const std::string& where, const std::string& message) {
        error = where + ": " + message;
        return false;
    }

    const ImportRequest& m_request;
    const Project& m_project;
    ImportStep m_step;
    QdaPackage m_package;
    QdaProject m_qda;
    CodeMap m_map;
    Tally m_tally;
    std::vector<std::string> m_notes;
};

}  // namespace

ImportResult importQdpx(const ImportRequest& request, const Project& project) { return QdpxImport(request, project).run(); }

}  // namespace rw::qda
