#pragma once
// What the importer takes from a REFI-QDA project file (project.qde, namespace
// urn:QDA-XML:project:1.0): codes, variables, cases and text sources with their coded
// selections. User names and creating-user GUIDs are never read.

#include <string>
#include <string_view>
#include <vector>

namespace rw::qda {

inline constexpr const char* kQdaNamespace = "urn:QDA-XML:project:1.0";

struct QdaCode {
    std::string guid;  // lower case, without braces
    std::string name;
};

struct QdaSelection {
    std::string guid;
    std::string name;
    long start = 0;  // code points into the plain text, end exclusive
    long end = 0;
    std::vector<std::string> codes;  // QdaCode::guid, one per Coding
    std::string where;               // "file:line:col" of the element, for messages
};

struct QdaTextSource {
    std::string guid;
    std::string name;
    std::string plainTextPath;  // as written: internal://…, relative://…, absolute://…, or a path
    bool embedded = false;      // has PlainTextContent
    std::string content;        // the PlainTextContent
    std::string date;           // YYYY-MM-DD of creationDateTime, may be empty
    std::vector<QdaSelection> selections;
    std::vector<std::string> wholeCodes;  // codings of the whole source
    int variableValues = 0;               // values on the source itself (not imported)
    std::string where;
};

struct QdaVariable {
    std::string guid;
    std::string name;
    std::string type;  // typeOfVariable: Text, Boolean, Integer, Float, Date, DateTime
};

struct QdaValue {
    std::string variable;  // QdaVariable::guid
    std::string value;
    std::string where;
};

struct QdaCase {
    std::string guid;
    std::string name;
    std::vector<std::string> sources;     // QdaTextSource::guid (or of a source we skip)
    std::vector<std::string> selections;  // QdaSelection::guid
    std::vector<QdaValue> values;
    std::string where;
};

struct QdaProject {
    std::string origin;    // the program that wrote it ("NVivo 14"), may be empty
    std::string basePath;  // for relative:// paths, may be empty
    std::vector<QdaCode> codes;  // the code book flattened, parents first
    std::vector<QdaVariable> variables;
    std::vector<QdaCase> cases;
    std::vector<QdaTextSource> sources;
    std::vector<std::string> skippedSources;  // names of PDF, picture, audio and video sources

    // Look-ups by guid; nullptr when none.
    const QdaCode* findCode(const std::string& guid) const;
    const QdaVariable* findVariable(const std::string& guid) const;
};

// Reads the project in `xml`; returns false with `error` set to "name:line:col: message" for
// malformed XML, another root element, a missing or malformed required attribute, or a reference
// to something the file does not define. `name` is how messages call the file.
bool readQde(std::string_view xml, const std::string& name, QdaProject& project, std::string& error);

// Returns a GUID as compared: lower case, without braces.
std::string normalGuid(std::string_view guid);

}  // namespace rw::qda
