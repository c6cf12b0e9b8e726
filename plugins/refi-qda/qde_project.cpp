#include "plugins/refi-qda/qde_project.h"

#include <pugixml.hpp>

#include <charconv>
#include <cstdio>
#include <set>

#include "model/format/xml_safety.h"
#include "plugins/refi-qda/xml_names.h"

namespace rw::qda {
namespace {

// The element children of `node` whose local name is `name` (programs may prefix the namespace).
std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name) {
    std::vector<pugi::xml_node> found;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element && localName(child) == name) found.push_back(child);
    return found;
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node c : node.children())
        if (c.type() == pugi::node_element && localName(c) == name) return c;
    return {};
}

// "00:01:15" for milliseconds into a recording (REFI-QDA counts recordings in milliseconds).
std::string timestamp(long milliseconds) {
    long seconds = milliseconds / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "%02ld:%02ld:%02ld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    return text;
}

std::string dateOf(const pugi::xml_node& node) {
    std::string created = node.attribute("creationDateTime").value();
    if (created.size() >= 10 && created[4] == '-' && created[7] == '-') return created.substr(0, 10);
    return {};
}

}  // namespace

class QdeReader {
public:
    QdeReader(std::string_view xml, const std::string& name) : m_xml(xml), m_places(std::make_shared<XmlPlaces>(xml, name)) {}

    bool read(QdaProject& project, std::string& error) {
        project.m_places = m_places;
        pugi::xml_document document;
        // Malformed XML, a NUL, bytes that are not UTF-8, deep nesting or a DOCTYPE: refused where it is.
        std::size_t at = 0;
        if (std::string why = loadXml(document, m_xml, at); !why.empty()) {
            error = m_places->where(at) + ": " + why;
            return false;
        }
        pugi::xml_node root = document.document_element();
        if (!root || localName(root) != "Project" || !declaresQdaNamespace(root)) {
            error = (root ? where(root) : m_places->where(0)) + ": not a REFI-QDA project: expected <Project xmlns=\"" +
                    kQdaNamespace + "\">";
            return false;
        }
        project.offset = offsetOf(root);
        project.origin = root.attribute("origin").value();
        project.basePath = root.attribute("basePath").value();
        project.users = static_cast<int>(children(child(root, "Users"), "User").size());
        project.projectNotes = static_cast<int>(children(root, "NoteRef").size());
        m_project = &project;
        if (!readCodes(child(child(root, "CodeBook"), "Codes")) || !readVariables(root) || !readSources(root) ||
            !readNotes(root) || !readCases(root) || !checkReferences()) {
            error = m_error;
            return false;
        }
        readLinks(root);
        return true;
    }

private:
    bool declaresQdaNamespace(const pugi::xml_node& root) const {
        std::string_view name = root.name();
        std::size_t colon = name.find(':');
        std::string wanted = colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
        return std::string_view(root.attribute(wanted.c_str()).value()) == kQdaNamespace;
    }

    // offset_debug points at the element name; the element starts at the '<' before it.
    static std::size_t offsetOf(const pugi::xml_node& node) {
        return static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug() - 1, 0));
    }
    std::string where(const pugi::xml_node& node) const { return m_places->where(offsetOf(node)); }

    bool fail(const pugi::xml_node& node, const std::string& message) {
        m_error = where(node) + ": " + message;
        return false;
    }
    void warn(const pugi::xml_node& node, const std::string& message) {
        m_project->warnings.push_back(where(node) + ": " + message);
    }

    // Returns the attribute's value; fails (returning false) when it is missing or empty.
    bool required(const pugi::xml_node& node, const char* attribute, std::string& value) {
        value = node.attribute(attribute).value();
        if (!value.empty()) return true;
        return fail(node, "<" + std::string(localName(node)) + "> without " + attribute);
    }

    bool guidOf(const pugi::xml_node& node, std::string& guid) {
        if (!required(node, "guid", guid)) return false;
        guid = normalGuid(guid);
        if (!m_guids.insert(guid).second) return fail(node, "GUID " + guid + " is used twice");
        return true;
    }

    bool integer(const pugi::xml_node& node, const char* attribute, long& value, const char* what) {
        std::string text;
        if (!required(node, attribute, text)) return false;
        auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (status != std::errc() || end != text.data() + text.size() || value < 0)
            return fail(node, std::string(attribute) + " \"" + text + "\" is not " + what);
        return true;
    }
    bool position(const pugi::xml_node& node, const char* attribute, long& value) {
        return integer(node, attribute, value, "a character position");
    }

    // "x1,y1-x2,y2" of an area, or "" when the file gives no complete corners.
    static std::string areaOf(const pugi::xml_node& node) {
        std::string corners[4];
        const char* names[4] = {"firstX", "firstY", "secondX", "secondY"};
        for (int i = 0; i < 4; ++i)
            if ((corners[i] = node.attribute(names[i]).value()).empty()) return {};
        return corners[0] + "," + corners[1] + "-" + corners[2] + "," + corners[3];
    }

    std::vector<std::string> noteRefs(const pugi::xml_node& node) {
        std::vector<std::string> notes;
        for (const pugi::xml_node& ref : children(node, "NoteRef")) {
            std::string target = normalGuid(ref.attribute("targetGUID").value());
            if (target.empty()) {
                warn(ref, "<NoteRef> without targetGUID; ignored");
                continue;
            }
            notes.push_back(target);
            m_noteRefs.emplace_back(target, ref);
        }
        return notes;
    }

    static std::string descriptionOf(const pugi::xml_node& node) { return child(node, "Description").text().get(); }

    // The code book, walked with a stack of its own: nesting is bounded, and no file can make
    // this reader recurse.
    bool readCodes(const pugi::xml_node& codes) {
        struct Level {
            std::vector<pugi::xml_node> codes;
            std::string parent;
            std::size_t next = 0;
        };
        std::vector<Level> stack;
        stack.push_back({children(codes, "Code"), {}});
        while (!stack.empty()) {
            Level& level = stack.back();
            if (level.next == level.codes.size()) {
                stack.pop_back();
                continue;
            }
            pugi::xml_node node = level.codes[level.next++];
            if (stack.size() > static_cast<std::size_t>(kMaxCodeDepth))
                return fail(node, "codes nested deeper than " + std::to_string(kMaxCodeDepth));
            QdaCode code;
            if (!guidOf(node, code.guid) || !required(node, "name", code.name)) return false;
            code.parent = level.parent;
            code.description = descriptionOf(node);
            code.offset = offsetOf(node);
            code.notes = noteRefs(node);
            std::string guid = code.guid;
            m_project->m_codeIndex[code.guid] = m_project->codes.size();
            m_project->codes.push_back(std::move(code));
            stack.push_back({children(node, "Code"), std::move(guid)});
        }
        return true;
    }

    bool readVariables(const pugi::xml_node& root) {
        for (const pugi::xml_node& node : children(child(root, "Variables"), "Variable")) {
            QdaVariable variable;
            if (!guidOf(node, variable.guid) || !required(node, "name", variable.name)) return false;
            variable.type = node.attribute("typeOfVariable").value();
            m_project->m_variableIndex[variable.guid] = m_project->variables.size();
            m_project->variables.push_back(variable);
        }
        return true;
    }

    bool readCodings(const pugi::xml_node& node, std::vector<QdaCoding>& codings) {
        for (const pugi::xml_node& element : children(node, "Coding")) {
            pugi::xml_node ref = child(element, "CodeRef");
            QdaCoding coding;
            if (!ref) return fail(element, "<Coding> without <CodeRef>");
            if (!required(ref, "targetGUID", coding.code)) return false;
            coding.code = normalGuid(coding.code);
            coding.notes = noteRefs(element);
            m_codeRefs.emplace_back(coding.code, ref);
            codings.push_back(std::move(coding));
        }
        return true;
    }

    bool readSelection(const pugi::xml_node& node, QdaSource& source) {
        QdaSelection selection;
        selection.offset = offsetOf(node);
        if (!guidOf(node, selection.guid) || !position(node, "startPosition", selection.start) ||
            !position(node, "endPosition", selection.end) || !readCodings(node, selection.codings))
            return false;
        if (selection.end < selection.start)
            return fail(node, "endPosition " + std::to_string(selection.end) + " is before startPosition " +
                                  std::to_string(selection.start));
        selection.name = node.attribute("name").value();
        selection.description = descriptionOf(node);
        selection.notes = noteRefs(node);
        source.selections.push_back(std::move(selection));
        return true;
    }

    // The text part of a TextSourceType element (a TextSource, a PDF's Representation): its text
    // and what is coded on it. `required`: a text source must have text; a Representation may not.
    // The text of a source, a PDF's Representation or a recording's transcript: embedded
    // (`content`) or in the file at `path`.
    void takeText(const pugi::xml_node& node, const pugi::xml_node& content, const std::string& path, QdaSource& source) {
        source.hasText = true;
        source.plainTextPath = path;
        source.embedded = static_cast<bool>(content);
        source.content = content.text().get();
        source.textOffset = offsetOf(node);
        source.textName = node.attribute("name").value();
    }

    bool readTextBody(const pugi::xml_node& node, QdaSource& source, bool textRequired) {
        std::string path = node.attribute("plainTextPath").value();
        pugi::xml_node content = child(node, "PlainTextContent");
        if (content || !path.empty()) {
            takeText(node, content, path, source);
        } else if (textRequired) {
            std::string name = node.attribute("name").value();
            return fail(node, "TextSource" + (name.empty() ? "" : " \"" + name + "\"") +
                                  " has neither <PlainTextContent> nor plainTextPath");
        } else {
            warn(node, "<" + std::string(localName(node)) + "> has neither <PlainTextContent> nor plainTextPath; "
                       "its source is kept without text");
        }
        if (source.description.empty()) source.description = descriptionOf(node);
        for (const pugi::xml_node& s : children(node, "PlainTextSelection"))
            if (!readSelection(s, source)) return false;
        if (!readCodings(node, source.wholeCodings)) return false;
        for (std::string& note : noteRefs(node)) source.notes.push_back(std::move(note));
        source.variableValues += static_cast<int>(children(node, "VariableValue").size());
        return true;
    }

    bool readRegion(const pugi::xml_node& node, QdaSource& source) {
        QdaRegion region;
        region.offset = offsetOf(node);
        if (!guidOf(node, region.guid) || !readCodings(node, region.codings)) return false;
        region.name = node.attribute("name").value();
        region.description = descriptionOf(node);
        region.notes = noteRefs(node);
        std::string_view kind = localName(node);
        if (kind == "PDFSelection") {
            if (!integer(node, "page", region.page, "a page number")) return false;
            region.area = areaOf(node);
            if (pugi::xml_node representation = child(node, "Representation")) {
                std::string guid;
                if (!guidOf(representation, guid)) return false;
                region.text = child(representation, "PlainTextContent").text().get();
                if (region.text.empty() && representation.attribute("plainTextPath").value()[0] != '\0')
                    warn(representation, "the text of a PDF selection in a file of its own is not read; "
                                         "the selection is kept with its page");
            }
        } else if (kind == "PictureSelection") {
            region.area = areaOf(node);
        } else {
            long begin = 0, end = 0;
            if (!integer(node, "begin", begin, "a time in milliseconds") ||
                !integer(node, "end", end, "a time in milliseconds"))
                return false;
            region.at = timestamp(begin) + "-" + timestamp(end);
        }
        source.regions.push_back(std::move(region));
        return true;
    }

    // A recording's transcript: the first becomes the source's text, its selections found
    // through their sync points.
    bool readTranscript(const pugi::xml_node& node, QdaSource& source) {
        std::string guid;
        if (!guidOf(node, guid)) return false;
        if (source.hasText) {
            ++source.transcriptsLeftOut;
            for (const pugi::xml_node& s : children(node, "TranscriptSelection"))
                if (!guidOf(s, guid)) return false;
            return true;
        }
        std::string path = node.attribute("plainTextPath").value();
        pugi::xml_node content = child(node, "PlainTextContent");
        if (!content && path.empty()) {
            warn(node, "<Transcript> has neither <PlainTextContent> nor plainTextPath; the recording is kept without text");
        } else {
            takeText(node, content, path, source);
        }
        struct Sync {
            long position = -1;
            long time = -1;
        };
        std::map<std::string, Sync> syncs;
        for (const pugi::xml_node& point : children(node, "SyncPoint")) {
            Sync sync;
            if (!point.attribute("position").empty() && !position(point, "position", sync.position)) return false;
            if (!point.attribute("timeStamp").empty() && !integer(point, "timeStamp", sync.time, "a time in milliseconds"))
                return false;
            syncs[normalGuid(point.attribute("guid").value())] = sync;
        }
        for (std::string& note : noteRefs(node)) source.notes.push_back(std::move(note));
        for (const pugi::xml_node& s : children(node, "TranscriptSelection")) {
            QdaSelection selection;
            selection.offset = offsetOf(s);
            if (!guidOf(s, selection.guid) || !readCodings(s, selection.codings)) return false;
            selection.name = s.attribute("name").value();
            selection.description = descriptionOf(s);
            selection.notes = noteRefs(s);
            auto from = syncs.find(normalGuid(s.attribute("fromSyncPoint").value()));
            auto to = syncs.find(normalGuid(s.attribute("toSyncPoint").value()));
            if (from != syncs.end() && to != syncs.end()) {
                if (from->second.position >= 0 && to->second.position >= from->second.position) {
                    selection.start = from->second.position;
                    selection.end = to->second.position;
                }
                if (from->second.time >= 0 && to->second.time >= 0)
                    selection.at = timestamp(from->second.time) + "-" + timestamp(to->second.time);
            }
            if (selection.start < 0) warn(s, "<TranscriptSelection> whose sync points give no place in the transcript");
            source.selections.push_back(std::move(selection));
        }
        return true;
    }

    bool readSource(const pugi::xml_node& node, QdaSourceKind kind) {
        QdaSource source;
        source.kind = kind;
        source.offset = offsetOf(node);
        if (!guidOf(node, source.guid)) return false;
        source.name = node.attribute("name").value();
        source.mediaPath = node.attribute("path").value();
        source.date = dateOf(node);
        source.description = descriptionOf(node);
        if (kind == QdaSourceKind::Text) {
            if (!readTextBody(node, source, true)) return false;
            m_project->sources.push_back(std::move(source));
            return true;
        }
        if (kind == QdaSourceKind::Pdf) {
            if (pugi::xml_node representation = child(node, "Representation")) {
                std::string guid;
                if (!guidOf(representation, guid) || !readTextBody(representation, source, false)) return false;
            }
            // Some programs put the selections on the PDF's text beside the Representation.
            for (const pugi::xml_node& s : children(node, "PlainTextSelection"))
                if (!readSelection(s, source)) return false;
        }
        if (kind == QdaSourceKind::Audio || kind == QdaSourceKind::Video)
            for (const pugi::xml_node& transcript : children(node, "Transcript"))
                if (!readTranscript(transcript, source)) return false;
        const char* regionName = kind == QdaSourceKind::Pdf       ? "PDFSelection"
                                 : kind == QdaSourceKind::Picture ? "PictureSelection"
                                 : kind == QdaSourceKind::Audio   ? "AudioSelection"
                                                                  : "VideoSelection";
        for (const pugi::xml_node& r : children(node, regionName))
            if (!readRegion(r, source)) return false;
        if (!readCodings(node, source.wholeCodings)) return false;
        for (std::string& note : noteRefs(node)) source.notes.push_back(std::move(note));
        source.variableValues += static_cast<int>(children(node, "VariableValue").size());
        m_project->sources.push_back(std::move(source));
        return true;
    }

    bool readSources(const pugi::xml_node& root) {
        static const std::map<std::string_view, QdaSourceKind> kKinds = {
            {"TextSource", QdaSourceKind::Text},       {"PDFSource", QdaSourceKind::Pdf},
            {"PictureSource", QdaSourceKind::Picture}, {"AudioSource", QdaSourceKind::Audio},
            {"VideoSource", QdaSourceKind::Video}};
        for (pugi::xml_node node : child(root, "Sources").children()) {
            if (node.type() != pugi::node_element) continue;
            auto kind = kKinds.find(localName(node));
            if (kind == kKinds.end()) {
                ++m_project->unknownSources;
                warn(node, "<" + std::string(localName(node)) + "> is no source REFI-QDA 1.5 knows; left out");
                continue;
            }
            if (!readSource(node, kind->second)) return false;
        }
        return true;
    }

    bool readNotes(const pugi::xml_node& root) {
        for (const pugi::xml_node& node : children(child(root, "Notes"), "Note")) {
            QdaNote note;
            note.offset = offsetOf(node);
            if (!guidOf(node, note.guid)) return false;
            note.name = node.attribute("name").value();
            note.plainTextPath = node.attribute("plainTextPath").value();
            pugi::xml_node content = child(node, "PlainTextContent");
            note.embedded = static_cast<bool>(content);
            note.content = content.text().get();
            m_project->m_noteIndex[note.guid] = m_project->notes.size();
            m_project->notes.push_back(std::move(note));
        }
        return true;
    }

    void readLinks(const pugi::xml_node& root) {
        for (const pugi::xml_node& node : children(child(root, "Links"), "Link"))
            m_project->links.push_back({normalGuid(node.attribute("originGUID").value()),
                                        normalGuid(node.attribute("targetGUID").value()), node.attribute("name").value(),
                                        offsetOf(node)});
    }

    bool readValue(const pugi::xml_node& node, QdaValue& value) {
        value.offset = offsetOf(node);
        pugi::xml_node ref = child(node, "VariableRef");
        if (!ref) return fail(node, "<VariableValue> without <VariableRef>");
        if (!required(ref, "targetGUID", value.variable)) return false;
        value.variable = normalGuid(value.variable);
        m_variableRefs.emplace_back(value.variable, ref);
        for (pugi::xml_node typed : node.children())
            if (typed.type() == pugi::node_element && localName(typed).ends_with("Value")) {
                value.value = typed.text().get();
                return true;
            }
        return fail(node, "<VariableValue> without a value");
    }

    bool readCases(const pugi::xml_node& root) {
        for (const pugi::xml_node& node : children(child(root, "Cases"), "Case")) {
            QdaCase c;
            c.offset = offsetOf(node);
            if (!guidOf(node, c.guid)) return false;
            c.name = node.attribute("name").value();
            c.description = descriptionOf(node);
            for (const pugi::xml_node& ref : children(node, "SourceRef")) {
                std::string target;
                if (!required(ref, "targetGUID", target)) return false;
                c.sources.push_back(normalGuid(target));
                m_sourceRefs.emplace_back(c.sources.back(), ref);
            }
            for (const pugi::xml_node& ref : children(node, "SelectionRef")) {
                std::string target;
                if (!required(ref, "targetGUID", target)) return false;
                c.selections.push_back(normalGuid(target));
                m_sourceRefs.emplace_back(c.selections.back(), ref);
            }
            for (const pugi::xml_node& v : children(node, "VariableValue")) {
                QdaValue value;
                if (!readValue(v, value)) return false;
                c.values.push_back(value);
            }
            m_project->cases.push_back(std::move(c));
        }
        return true;
    }

    bool checkReferences() {
        for (const auto& [guid, node] : m_codeRefs)
            if (!m_project->findCode(guid)) return fail(node, "CodeRef to " + guid + ", which is no code in the code book");
        for (const auto& [guid, node] : m_variableRefs)
            if (!m_project->findVariable(guid)) return fail(node, "VariableRef to " + guid + ", which is no variable");
        for (const auto& [guid, node] : m_sourceRefs)
            if (!m_guids.count(guid))
                return fail(node, std::string(localName(node)) + " to " + guid + ", which is no source or selection");
        // A memo that is not there takes nothing from what it annotates.
        for (const auto& [guid, node] : m_noteRefs)
            if (!m_project->findNote(guid)) warn(node, "NoteRef to " + guid + ", which is no note; ignored");
        return true;
    }

    std::string_view m_xml;
    std::shared_ptr<XmlPlaces> m_places;
    QdaProject* m_project = nullptr;
    std::string m_error;
    std::set<std::string> m_guids;
    std::vector<std::pair<std::string, pugi::xml_node>> m_codeRefs, m_variableRefs, m_sourceRefs, m_noteRefs;
};

const QdaCode* QdaProject::findCode(const std::string& guid) const {
    auto it = m_codeIndex.find(guid);
    return it == m_codeIndex.end() ? nullptr : &codes[it->second];
}

const QdaVariable* QdaProject::findVariable(const std::string& guid) const {
    auto it = m_variableIndex.find(guid);
    return it == m_variableIndex.end() ? nullptr : &variables[it->second];
}

const QdaNote* QdaProject::findNote(const std::string& guid) const {
    auto it = m_noteIndex.find(guid);
    return it == m_noteIndex.end() ? nullptr : &notes[it->second];
}

std::string normalGuid(std::string_view guid) {
    if (guid.size() >= 2 && guid.front() == '{' && guid.back() == '}') guid = guid.substr(1, guid.size() - 2);
    std::string result(guid);
    for (char& c : result)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return result;
}

bool readQde(std::string_view xml, const std::string& name, QdaProject& project, std::string& error) {
    project = {};
    if (xml.starts_with("\xEF\xBB\xBF")) xml.remove_prefix(3);  // MAXQDA writes one
    return QdeReader(xml, name).read(project, error);
}

}  // namespace rw::qda
