#include "plugins/refi-qda/qdpx_import.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "model/checks/quote_check.h"
#include "model/core/ids.h"
#include "model/core/kinds.h"
#include "model/core/sha256.h"
#include "model/core/translate.h"
#include "model/core/utf8_index.h"
#include "model/core/utf8_text.h"
#include "model/edit/edits.h"
#include "model/edit/edits_project.h"
#include "model/plugins/import_step.h"
#include "plugins/refi-qda/case_variables.h"
#include "plugins/refi-qda/code_map.h"
#include "plugins/refi-qda/description_fields.h"
#include "plugins/refi-qda/import_tally.h"
#include "plugins/refi-qda/position_reading.h"
#include "plugins/refi-qda/qda_notes.h"
#include "plugins/refi-qda/qda_package.h"
#include "plugins/refi-qda/qda_theory.h"
#include "plugins/refi-qda/qde_project.h"
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

bool blank(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == 0xA0; }

std::string trimmedText(std::string text) {
    text.erase(0, text.find_first_not_of(" \t\r\n"));
    text.erase(text.find_last_not_of(" \t\r\n") + 1);
    return text;
}

// The text of a source and its index, kept where neither moves while the index points into it.
struct LoadedText {
    SourceText text;
    std::unique_ptr<Utf8Index> index;
};

// Where a selection or region belongs: the project cases found for it, or the first QDA case
// holding it that matches none of ours.
struct CasesFound {
    std::vector<std::string> cases;
    std::string unmatched;
};

class QdpxImport {
public:
    QdpxImport(const ImportRequest& request, const Project& project)
        : m_request(request), m_project(project), m_step(project, "Import QDA project " + fileName(request.path)) {
        for (const Source& source : project.sources) m_sourceIds.insert(source.id);
        for (const Case& c : project.cases)
            for (const Verdict& v : c.verdicts)
                for (const Evidence& e : v.evidence) m_evidenceIds.insert(e.id);
    }

    ImportResult run() {
        ImportResult result;
        if (!prepare(result.error) || !loadTexts(result.error) || !decidePositions(result.error) ||
            !makeTheoryAndCases(m_qda, fileName(m_request.path), m_step, m_made, result.error))
            return result;
        m_ours = m_qda.origin.starts_with("Realist Workbench");
        indexCases();
        m_tally.linksLeftOut = m_noteTexts.linksLeftOut() - m_made.links;
        if (!importSources(result.error) || !importCaseVariables(m_qda, m_step, m_notes, result.error)) return result;
        countLeftOut();
        result.command = m_step.finish();
        result.notes.push_back(summaryOf(m_tally, fileName(m_request.path), m_qda.origin));
        result.notes.push_back(m_positions.note);
        if (m_made.nodes > 0 || m_made.cases > 0)
            result.notes.push_back(fill(tr("made from the file: a theory of {1} nodes and {2} links from its code tree, {3} cases"),
                                        {std::to_string(m_made.nodes), std::to_string(m_made.links), std::to_string(m_made.cases)}));
        for (std::string& note : detailsOf(m_tally)) result.notes.push_back(std::move(note));
        for (std::string& note : m_notes) result.notes.push_back(std::move(note));
        for (const std::string& warning : m_qda.warnings) result.notes.push_back(fill(tr("warning: {1}"), {warning}));
        for (const std::string& warning : m_warnings) result.notes.push_back(fill(tr("warning: {1}"), {warning}));
        return result;
    }

private:
    static std::string fileName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

    bool prepare(std::string& error) {
        if (!m_package.open(m_request.path, error) || !readQde(m_package.qde(), m_package.qdeName(), m_qda, error))
            return false;
        if (std::string map = importOption(m_request, "map"); !map.empty() && !m_map.load(map, m_project, error))
            return false;
        if (std::string folder = importOption(m_request, "allow-outside"); !folder.empty() && !m_package.allowOutside(folder, error))
            return false;
        if (std::string positions = importOption(m_request, "positions"); !positions.empty()) {
            m_forced = parsePositionUnit(positions);
            if (!m_forced) {
                error = fill(tr("--positions: expected codepoints or utf16, not \"{1}\""), {positions});
                return false;
            }
        }
        return true;
    }

    // How a source is called: its name, else the name of its text (a transcript's), else the
    // file name of its text or medium, else its GUID.
    static std::string displayName(const QdaSource& source) {
        if (!trimmedText(source.name).empty()) return trimmedText(source.name);
        if (!trimmedText(source.textName).empty()) return trimmedText(source.textName);
        for (const std::string& path : {source.plainTextPath, source.mediaPath})
            if (std::string name = QdaPackage::fileNameOf(path); !name.empty()) return name;
        return source.guid;
    }

    static std::string owner(const QdaSource& source) { return fill(tr("source \"{1}\""), {displayName(source)}); }

    bool loadTexts(std::string& error) {
        for (const QdaSource& source : m_qda.sources) {
            m_texts.emplace_back();
            if (!source.hasText) continue;
            std::string bytes = source.content;
            std::string where = m_qda.where(source.textOffset);
            std::string read = where;
            if (!source.embedded &&
                !m_package.readText(source.plainTextPath, m_qda.basePath, owner(source), where, bytes, read, error))
                return false;
            std::size_t badByte = 0;
            std::optional<SourceText> text = SourceText::from(bytes, badByte);
            if (!text) {
                error = read + ": " + fill(tr("the text of {1} is not UTF-8 (byte {2})"), {owner(source), std::to_string(badByte)});
                return false;
            }
            auto loaded = std::make_unique<LoadedText>(LoadedText{std::move(*text), nullptr});
            loaded->index = std::make_unique<Utf8Index>(loaded->text.text());
            m_texts.back() = std::move(loaded);
        }
        return true;
    }

    bool decidePositions(std::string& error) {
        std::vector<PositionedText> texts;
        for (std::size_t i = 0; i < m_qda.sources.size(); ++i) {
            if (!m_texts[i]) continue;
            PositionedText text{&m_texts[i]->text, {}};
            for (const QdaSelection& s : m_qda.sources[i].selections)
                if (s.start >= 0) text.spans.push_back({s.start, s.end, s.name});
            texts.push_back(std::move(text));
        }
        m_positions = qda::decidePositions(texts, m_qda.origin, m_forced);
        for (const std::string& warning : m_positions.warnings) m_warnings.push_back(m_qda.where(m_qda.offset) + ": " + warning);
        // A selection that lands nowhere under the reading chosen: the file is not what it says.
        for (std::size_t i = 0; i < m_qda.sources.size(); ++i) {
            if (!m_texts[i]) continue;
            const QdaSource& source = m_qda.sources[i];
            for (const QdaSelection& s : source.selections) {
                if (s.start < 0) continue;
                for (auto [attribute, position] : {std::pair{"startPosition", s.start}, std::pair{"endPosition", s.end}}) {
                    MappedPosition mapped = m_texts[i]->text.map(position, m_positions.reading);
                    if (mapped.status == MappedPosition::Status::PastEnd) {
                        error = m_qda.where(s.offset) + ": " +
                                fill(tr("{1} {2} is past the end of the text of {3} ({4} characters)"),
                                     {attribute, std::to_string(position), owner(source),
                                      std::to_string(m_texts[i]->text.length(m_positions.reading))});
                        return false;
                    }
                    if (mapped.status == MappedPosition::Status::InsideCharacter) {
                        error = m_qda.where(s.offset) + ": " +
                                fill(tr("{1} {2} falls inside a character of the text of {3} (read as {4})"),
                                     {attribute, std::to_string(position), owner(source),
                                      describeUnit(m_positions.reading.unit)});
                        return false;
                    }
                }
            }
        }
        return true;
    }

    // Which QDA cases hold which selections and sources, and which project case each QDA case is.
    void indexCases() {
        for (std::size_t i = 0; i < m_qda.cases.size(); ++i) {
            const QdaCase& c = m_qda.cases[i];
            for (const std::string& guid : c.selections) m_casesOfSelection[guid].push_back(i);
            for (const std::string& guid : c.sources) m_casesOfSource[guid].push_back(i);
            const Case* mapped = findCaseByAnyName(m_step.scratch(), c.name);
            m_projectCase.push_back(mapped ? mapped->id : "");
        }
    }

    // The project cases a selection belongs to: those of the QDA cases holding the selection,
    // else those holding its source; the --case given when none of them is known here.
    CasesFound casesOf(const std::string& sourceGuid, const std::string* selectionGuid) const {
        CasesFound found;
        auto collect = [&](const std::map<std::string, std::vector<std::size_t>>& holders, const std::string& guid) {
            auto it = holders.find(guid);
            if (it == holders.end()) return;
            for (std::size_t i : it->second) {
                const std::string& mapped = m_projectCase[i];
                if (!mapped.empty()) {
                    if (std::find(found.cases.begin(), found.cases.end(), mapped) == found.cases.end())
                        found.cases.push_back(mapped);
                } else if (found.unmatched.empty()) {
                    found.unmatched = m_qda.cases[i].name;
                }
            }
        };
        if (selectionGuid) collect(m_casesOfSelection, *selectionGuid);
        if (found.cases.empty() && found.unmatched.empty()) collect(m_casesOfSource, sourceGuid);
        if (found.cases.empty() && !m_request.caseId.empty()) found.cases.push_back(m_request.caseId);
        return found;
    }

    // Returns the node a code stands for, or "" (worked out once per code).
    const std::string& nodeFor(const QdaCode& code) {
        auto it = m_nodeOfCode.find(code.guid);
        if (it == m_nodeOfCode.end()) it = m_nodeOfCode.emplace(code.guid, m_map.nodeFor(code.name, m_step.scratch())).first;
        return it->second;
    }

    bool importSources(std::string& error) {
        const std::size_t total = m_qda.sources.size();
        for (std::size_t i = 0; i < total; ++i) {
            if (m_request.progress && !m_request.progress(static_cast<double>(i) / static_cast<double>(total))) {
                error = m_request.path + ": " + tr("cancelled");
                return false;
            }
            if (!importSource(m_qda.sources[i], m_texts[i].get(), error)) return false;
        }
        m_tally.codes = static_cast<int>(m_qda.codes.size());
        if (m_request.progress) m_request.progress(1.0);
        return true;
    }

    struct PendingEvidence {
        std::string caseId, nodeId;
        Evidence evidence;
    };

    // Turns the codings of one selection or region into evidence where its code maps to a node
    // and its case is known, and the rest into codings of the source. `where` names it for
    // messages; `quote` and `location` are what it covers (an empty quote makes only codings).
    void codingsOf(const QdaSource& qdaSource, Source& source, const std::string& guid, const std::string& name,
                   const std::string& description, const std::vector<std::string>& notes,
                   const std::vector<QdaCoding>& codings, const std::string& quote, const Location& location,
                   const std::string& where, std::vector<PendingEvidence>& evidence) {
        CasesFound found = casesOf(qdaSource.guid, &guid);
        // Our own export keeps a quote's stance, role and note in fields of the Description.
        DescriptionFields ours = m_ours ? readFields(description, {"Stance", "Role", "Note", "Coded"})
                                        : DescriptionFields{description, {}};
        bool noted = false;
        for (const QdaCoding& qdaCoding : codings) {
            ++m_tally.codings;
            const QdaCode& code = *m_qda.findCode(qdaCoding.code);
            std::string note = m_noteTexts.on(ours.text, notes, guid, qdaCoding.notes, m_warnings);
            if (!note.empty() && !noted) ++m_tally.notesKept;
            noted = noted || !note.empty();
            const std::string& node = nodeFor(code);
            bool evidenceMeant = !node.empty() && !found.cases.empty() && !quote.empty();
            if (evidenceMeant && !m_sourceText) {
                // A quote with a page only: nothing to check it against but the program's word.
            } else if (evidenceMeant) {
                // The one rule every quote keeps: it is the text at the place it cites.
                if (std::string why = quoteMismatch(*m_sourceText, quote, location); !why.empty()) {
                    m_warnings.push_back(where + ": " + fill(tr("the quote for code \"{1}\" failed the quote check ({2}); kept as a "
                                                                "coding"),
                                                             {code.name, why}));
                    ++m_tally.failedQuoteCheck;
                    evidenceMeant = false;
                }
            }
            if (evidenceMeant) {
                for (const std::string& caseId : found.cases) {
                    Evidence e;
                    e.quote = quote;
                    e.ref = {source.id, location};
                    e.id = m_ours && found.cases.size() == 1 ? ownId(name, caseId, node) : evidenceId(caseId, node);
                    if (m_ours) {
                        e.stance = parseStance(ours["Stance"]).value_or(Stance::Supports);
                        e.role = ours["Role"];
                        e.note = ours["Note"];
                    } else {
                        e.note = fill(tr("coded \"{1}\" in {2}"), {code.name, fileName(m_request.path)});
                    }
                    if (!note.empty()) e.note += (e.note.empty() ? "" : "\n") + note;
                    evidence.push_back({caseId, node, e});
                    ++m_tally.evidenceItems;
                }
                ++m_tally.madeEvidence;
                continue;
            }
            if (node.empty()) m_tally.unmappedCodes.insert(code.name);
            if (found.cases.empty() && !found.unmatched.empty()) m_tally.unmappedCases.insert(found.unmatched);
            if (found.cases.empty() && found.unmatched.empty()) ++m_tally.withoutCase;
            Coding coding{code.name, found.cases.empty() ? "" : found.cases.front(), location, ours["Note"],
                          !ours["Coded"].empty()};
            if (found.cases.empty() && !found.unmatched.empty()) coding.note = fill(tr("QDA case \"{1}\""), {found.unmatched});
            if (!note.empty()) coding.note += (coding.note.empty() ? "" : "\n") + note;
            source.codings.push_back(coding);
            ++m_tally.keptAsCodings;
        }
    }

    // The id edits::addEvidence would give ("tide-eyes-1", then "tide-eyes-1-2" …), found
    // through an index and a count per node: it would look through all evidence for every try,
    // which a file with thousands of quotes cannot wait for.
    std::string evidenceId(const std::string& caseId, const std::string& nodeId) {
        std::string base = caseId + "-" + nodeId + "-1";
        int& next = m_nextEvidence[base];
        std::string id = base;
        while (m_evidenceIds.count(id)) id = base + "-" + std::to_string(next = std::max(next + 1, 2));
        m_evidenceIds.insert(id);
        return id;
    }

    // The id our export gave a quote (its selection's name), when it is free; else a new one.
    std::string ownId(const std::string& wanted, const std::string& caseId, const std::string& nodeId) {
        if (wanted.empty() || slugify(wanted) != wanted || m_evidenceIds.count(wanted)) return evidenceId(caseId, nodeId);
        m_evidenceIds.insert(wanted);
        return wanted;
    }

    // Our character range for a selection, without white space at either end (a program's
    // selection of a whole line often takes its line break along).
    Location locationOf(const QdaSelection& selection, const SourceText& text) const {
        long begin = text.map(selection.start, m_positions.reading).ours;
        long end = text.map(selection.end, m_positions.reading).ours;
        while (begin < end && blank(text.at(begin))) ++begin;
        while (end > begin && blank(text.at(end - 1))) --end;
        Location location = text.locationOf(begin, end);
        location.at = selection.at;
        return location;
    }

    // A PDF selection's own text where it stands once in the PDF's text (on its page when the
    // text marks its pages); its page alone otherwise.
    Location locateRegion(const QdaRegion& region, const std::string& quote, const LoadedText* text) const {
        Location location;
        location.page = std::to_string(region.page);
        if (!text || quote.empty()) return location;
        std::string_view all = text->index->text();
        std::vector<std::size_t> found;
        for (std::size_t at = all.find(quote); at != std::string_view::npos && found.size() < 64; at = all.find(quote, at + 1))
            found.push_back(at);
        const std::vector<long>& pages = text->text.pageStarts();
        if (found.size() > 1 && !pages.empty()) {
            // Pages counted from 1, as a reader cites them: page n starts after the (n-1)th form feed.
            std::vector<std::size_t> onPage;
            for (std::size_t at : found) {
                long character = text->index->characterOfByte(at);
                long page = static_cast<long>(std::upper_bound(pages.begin(), pages.end(), character) - pages.begin()) + 1;
                if (page == region.page) onPage.push_back(at);
            }
            found = onPage;
        }
        if (found.size() != 1) return location;
        Location placed = text->index->locationOf({found.front(), found.front() + quote.size()});
        placed.page = location.page;
        return placed;
    }

    bool importSource(const QdaSource& qdaSource, const LoadedText* text, std::string& error) {
        Source source;
        source.title = displayName(qdaSource);
        source.kind = kindFromName(source.title);
        source.date = qdaSource.date;
        if (text) {
            source.text = text->text.text();
            source.sha256 = sha256Hex(source.text);
            source.file = fileName(m_request.path);
            ++m_tally.sourcesWithText;
        } else {
            // Without a text the source stands for its file: a picture, a recording, a PDF.
            source.file = QdaPackage::fileNameOf(qdaSource.mediaPath);
            if (qdaSource.kind == QdaSourceKind::Picture) ++m_tally.pictures;
            if (qdaSource.kind == QdaSourceKind::Audio || qdaSource.kind == QdaSourceKind::Video) ++m_tally.recordings;
            if (qdaSource.kind == QdaSourceKind::Pdf) ++m_tally.pdfsWithoutText;
        }
        std::string wantedId;
        if (m_ours) {
            DescriptionFields read = readFields(qdaSource.description, {"Kind", "Date", "File", "Realist Workbench source", "Text"});
            if (std::optional<SourceKind> kind = parseSourceKind(read["Kind"])) source.kind = *kind;
            if (source.date.empty()) source.date = read["Date"];
            wantedId = read["Realist Workbench source"];
        }
        if (!wantedId.empty() && slugify(wantedId) == wantedId && !m_sourceIds.count(wantedId))
            source.id = wantedId;
        else
            source.id = uniqueId(slugify(source.title), [&](const std::string& id) { return m_sourceIds.count(id) > 0; });
        m_sourceIds.insert(source.id);
        ++m_tally.sources;
        m_tally.transcriptsLeftOut += qdaSource.transcriptsLeftOut;
        m_tally.notesOnSources += static_cast<int>(qdaSource.notes.size()) + (trimmedText(qdaSource.description).empty() ? 0 : 1);
        if (qdaSource.variableValues > 0)
            m_notes.push_back(fill(tr("source \"{1}\": variable values on the source itself, not imported (only case variables are): {2}"),
                                   {source.title, std::to_string(qdaSource.variableValues)}));
        m_sourceText = text ? text->index.get() : nullptr;

        std::vector<PendingEvidence> evidence;
        for (const QdaSelection& selection : qdaSource.selections) {
            ++m_tally.selections;
            Location location;
            std::string quote;
            if (text && selection.start >= 0) {
                location = locationOf(selection, text->text);
                quote = std::string(text->text.slice(location.charBegin, location.charEnd));
                checkName(selection, quote);
            } else {
                location.at = selection.at;
            }
            codingsOf(qdaSource, source, selection.guid, selection.name, selection.description, selection.notes,
                      selection.codings, quote, location, m_qda.where(selection.offset), evidence);
        }
        for (const QdaRegion& region : qdaSource.regions) {
            ++m_tally.selections;
            Location location;
            std::string quote;
            if (qdaSource.kind == QdaSourceKind::Pdf) {
                quote = trimmedText(normaliseSourceText(region.text));
                location = locateRegion(region, quote, text);
                if (location.charBegin < 0) m_tally.pdfPageOnly += 1;
            } else if (qdaSource.kind == QdaSourceKind::Picture) {
                m_tally.pictureAreas += static_cast<int>(region.codings.size());
            } else {
                location.at = region.at;
            }
            std::string description = region.description;
            if (qdaSource.kind == QdaSourceKind::Picture && !region.area.empty())
                description = fill(tr("area {1} of the picture"), {region.area}) + (description.empty() ? "" : "\n" + description);
            codingsOf(qdaSource, source, region.guid, region.name, description, region.notes, region.codings, quote,
                      location, m_qda.where(region.offset), evidence);
        }
        // A code on the whole source says what the source is about, not what it shows: a coding.
        for (const QdaCoding& whole : qdaSource.wholeCodings) {
            ++m_tally.codings;
            ++m_tally.keptAsCodings;
            CasesFound found = casesOf(qdaSource.guid, nullptr);
            Location location;
            if (text) location = text->text.locationOf(0, text->text.characterCount());
            source.codings.push_back({m_qda.findCode(whole.code)->name, found.cases.empty() ? "" : found.cases.front(),
                                      location, tr("the whole source")});
        }
        if (!m_step.add(edits::addSource(m_step.scratch(), source)))
            return fail(error, m_qda.where(qdaSource.offset), fill(tr("cannot add source \"{1}\""), {source.id}));
        for (PendingEvidence& e : evidence)
            if (!m_step.add(edits::addEvidence(m_step.scratch(), e.caseId, e.nodeId, e.evidence)))
                return fail(error, m_qda.where(qdaSource.offset),
                            fill(tr("cannot add evidence for node {1} in case {2}"), {e.nodeId, e.caseId}));
        return true;
    }

    // Programs that name a selection by the start of its text are a witness of the reading:
    // once names have been borne out in this file, one that is not is worth a warning.
    void checkName(const QdaSelection& selection, const std::string& quote) {
        std::string witness = nameWitness(selection.name);
        if (witness.empty()) return;
        if (beginsWith(quote, witness)) {
            ++m_namesBorneOut;
            return;
        }
        m_unbornNames.push_back(m_qda.where(selection.offset) + ": " +
                                fill(tr("the selection is named \"{1}\", but its text reads \"{2}\""), {selection.name, quote}));
    }

    void countLeftOut() {
        if (m_namesBorneOut > 0)
            for (std::string& warning : m_unbornNames) m_warnings.push_back(std::move(warning));
        for (const QdaCode& code : m_qda.codes) m_tally.notesOnCodes += static_cast<int>(code.notes.size());
        m_tally.notesOnProject = m_qda.projectNotes;
        m_tally.unknownSources = m_qda.unknownSources;
        m_tally.users = m_qda.users;
        // Links from notes to what is not a selection we import (a code, a source, a case).
        std::set<std::string> imported;
        for (const QdaSource& source : m_qda.sources) {
            for (const QdaSelection& s : source.selections) imported.insert(s.guid);
            for (const QdaRegion& r : source.regions) imported.insert(r.guid);
        }
        m_tally.notesElsewhere = m_noteTexts.linkedOutside(imported);
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
    std::optional<PositionUnit> m_forced;
    PositionDecision m_positions;
    std::vector<std::unique_ptr<LoadedText>> m_texts;  // per QDA source; null without text
    const Utf8Index* m_sourceText = nullptr;            // of the source being imported
    std::set<std::string> m_sourceIds;
    std::set<std::string> m_evidenceIds;
    std::map<std::string, int> m_nextEvidence;  // id base → the number to try next
    std::map<std::string, std::vector<std::size_t>> m_casesOfSelection, m_casesOfSource;  // GUID → QDA cases
    std::vector<std::string> m_projectCase;                                               // per QDA case, or ""
    std::map<std::string, std::string> m_nodeOfCode;
    NoteTexts m_noteTexts{m_qda, m_package};
    int m_namesBorneOut = 0;
    std::vector<std::string> m_unbornNames;
    ImportTally m_tally;
    TheoryMade m_made;
    bool m_ours = false;  // written by our own export: its Description fields are read back
    std::vector<std::string> m_notes;
    std::vector<std::string> m_warnings;
};

}  // namespace

ImportResult importQdpx(const ImportRequest& request, const Project& project) { return QdpxImport(request, project).run(); }

}  // namespace rw::qda
