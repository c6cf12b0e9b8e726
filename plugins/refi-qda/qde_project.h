#pragma once
// What the importer takes from a REFI-QDA project file (project.qde, namespace
// urn:QDA-XML:project:1.0, schema version 1.5): codes, variables, cases, notes, and sources —
// text sources with their coded selections, PDFs with their text version (Representation) and
// their coded areas, pictures, and recordings with their transcripts. User names and
// creating-user GUIDs are never read; Users are only counted.
//
// Every element keeps its byte offset in the file, turned into "file:line:col" for messages by
// QdaProject::where.

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "plugins/refi-qda/xml_places.h"

namespace rw::qda {

inline constexpr const char* kQdaNamespace = "urn:QDA-XML:project:1.0";
// Code books nest codes a few levels deep; a file nesting them deeper is refused, so that no
// file can exhaust the stack of a reader that walks the tree.
inline constexpr int kMaxCodeDepth = 100;

struct QdaCode {
    std::string guid;  // lower case, without braces
    std::string name;
    std::string parent;       // the GUID of the code it is nested in; "" at the top
    std::string description;
    std::size_t offset = 0;   // of the element in the file
    std::vector<std::string> notes;  // NoteRef targets (notes on a code have no place in ours)
};

// One code applied to a selection or a source.
struct QdaCoding {
    std::string code;                // QdaCode::guid
    std::vector<std::string> notes;  // NoteRef targets
};

// A stretch of a source's text: a PlainTextSelection, or a TranscriptSelection by its sync points.
struct QdaSelection {
    std::string guid;
    std::string name;         // often the start of its text
    std::string description;  // a comment on the selection (MAXQDA writes them there)
    long start = -1;          // in the program's units, end exclusive; -1: not known
    long end = -1;
    std::string at;           // a transcript selection's time in the recording ("00:01:15-00:01:40")
    std::vector<QdaCoding> codings;
    std::vector<std::string> notes;  // NoteRef targets
    std::size_t offset = 0;          // of the element in the file
};

// A part of a PDF page, a picture or a recording: it has no place in a text.
struct QdaRegion {
    std::string guid;
    std::string name;
    std::string description;
    long page = -1;     // PDFSelection: the page as the file numbers it
    std::string text;   // PDFSelection: the text of its own Representation, when it has one
    std::string area;   // PDFSelection, PictureSelection: "firstX,firstY-secondX,secondY"
    std::string at;     // AudioSelection, VideoSelection: "00:00:01-00:00:05"
    std::vector<QdaCoding> codings;
    std::vector<std::string> notes;
    std::size_t offset = 0;
};

enum class QdaSourceKind { Text, Pdf, Picture, Audio, Video };

struct QdaSource {
    QdaSourceKind kind = QdaSourceKind::Text;
    std::string guid;
    std::string name;       // may be empty: the schema makes it optional
    std::string mediaPath;  // `path` of a PDF, picture or recording, as written
    std::string date;       // YYYY-MM-DD of creationDateTime, may be empty
    std::string description;

    // Its text: a text source's own, a PDF's Representation, a recording's (first) transcript.
    bool hasText = false;
    std::string plainTextPath;  // as written: internal://…, relative://…, absolute://…, or a path
    bool embedded = false;      // the text is in PlainTextContent
    std::string content;        // the PlainTextContent
    std::size_t textOffset = 0;  // of the element holding the text
    std::string textName;        // that element's name (a transcript's), may be empty

    std::vector<QdaSelection> selections;  // on the text
    std::vector<QdaRegion> regions;        // on pages, pictures, recordings
    std::vector<QdaCoding> wholeCodings;   // codings of the whole source
    std::vector<std::string> notes;        // NoteRef targets on the source (and its text element)
    int variableValues = 0;                // values on the source itself (not imported)
    int transcriptsLeftOut = 0;            // transcripts after the first
    std::size_t offset = 0;
};

// A note or memo (Notes/Note, a TextSource of its own); its text is embedded or in a file.
struct QdaNote {
    std::string guid;
    std::string name;
    std::string plainTextPath;
    bool embedded = false;
    std::string content;
    std::size_t offset = 0;
};

struct QdaVariable {
    std::string guid;
    std::string name;
    std::string type;  // typeOfVariable: Text, Boolean, Integer, Float, Date, DateTime
};

struct QdaValue {
    std::string variable;  // QdaVariable::guid
    std::string value;
    std::size_t offset = 0;
};

struct QdaCase {
    std::string guid;
    std::string name;                     // may be empty (MAXQDA and Quirkos keep source variables so)
    std::string description;
    std::vector<std::string> sources;     // source GUIDs
    std::vector<std::string> selections;  // selection or region GUIDs
    std::vector<QdaValue> values;
    std::size_t offset = 0;
};

// A Link from a note to what it annotates: how NVivo attaches annotations to selections.
// A Link between codes is how a program draws a relation between them (our export's theory links).
struct QdaLink {
    std::string origin;
    std::string target;
    std::string name;
    std::size_t offset = 0;
};

struct QdaProject {
    std::string origin;    // the program that wrote it ("NVivo 14"), may be empty
    std::string basePath;  // for relative:// paths, may be empty
    std::vector<QdaCode> codes;  // the code book flattened, parents first
    std::vector<QdaVariable> variables;
    std::vector<QdaCase> cases;
    std::vector<QdaSource> sources;
    std::vector<QdaNote> notes;
    std::vector<QdaLink> links;
    std::size_t offset = 0;       // of the Project element
    int users = 0;                // Users/User elements (their names are never read)
    int projectNotes = 0;         // NoteRefs on the project as a whole
    int unknownSources = 0;       // elements in Sources the schema does not know
    std::vector<std::string> warnings;  // "file:line:col: message", for what was read anyway

    // Look-ups by GUID; nullptr when none.
    const QdaCode* findCode(const std::string& guid) const;
    const QdaVariable* findVariable(const std::string& guid) const;
    const QdaNote* findNote(const std::string& guid) const;
    // Returns "file:line:col" for a byte offset in the file.
    std::string where(std::size_t at) const { return m_places ? m_places->where(at) : std::string(); }

private:
    friend class QdeReader;
    std::shared_ptr<const XmlPlaces> m_places;
    std::map<std::string, std::size_t> m_codeIndex, m_variableIndex, m_noteIndex;
};

// Reads the project in `xml`, which must outlive `project` (messages point into it); returns
// false with `error` set to "name:line:col: message" for malformed XML, another root element,
// a missing or malformed required attribute, codes nested deeper than kMaxCodeDepth, or a
// reference to something the file does not define. `name` is how messages call the file.
bool readQde(std::string_view xml, const std::string& name, QdaProject& project, std::string& error);

// Returns a GUID as compared: lower case, without braces.
std::string normalGuid(std::string_view guid);

}  // namespace rw::qda
