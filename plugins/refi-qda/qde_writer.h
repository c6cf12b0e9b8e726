#pragma once
// Writing a REFI-QDA project file (project.qde, namespace urn:QDA-XML:project:1.0, the REFI-QDA
// 1.5 Project.xsd): the codes, variables, cases, text sources with their coded selections, and
// links of one project, in the element order the schema requires. What goes into it is decided
// by the exporter (qdpx_export.h); this file only spells it.

#include <string>
#include <vector>

namespace rw::qda {

struct QdeCode {
    std::string guid;
    std::string name;
    std::string description;  // may be empty
    std::string color;        // "#rrggbb", may be empty
    bool codable = true;      // false for a code that only groups others
    std::vector<QdeCode> children;
};

struct QdeCoding {
    std::string guid;
    std::string code;  // QdeCode::guid
};

struct QdeSelection {
    std::string guid;
    std::string name;         // may be empty
    std::string description;  // may be empty
    long start = 0;           // code points into the source's plain text, end exclusive
    long end = 0;
    std::vector<QdeCoding> codings;
};

struct QdeTextSource {
    std::string guid;
    std::string name;
    std::string description;       // may be empty
    std::string plainTextPath;     // "internal://….txt"; empty: the text is embedded (possibly empty)
    std::string plainTextContent;  // when plainTextPath is empty
    std::string creationDateTime;  // xsd:dateTime, may be empty
    std::vector<QdeSelection> selections;
};

// A variable's type as the schema spells it: Text, Boolean, Integer, Float, Date, DateTime.
struct QdeVariable {
    std::string guid;
    std::string name;
    std::string type;
    std::string description;  // may be empty
};

struct QdeValue {
    std::string variable;  // QdeVariable::guid
    std::string type;      // the variable's type, which picks the value element (TextValue …)
    std::string value;     // in the type's XML Schema spelling
};

struct QdeCase {
    std::string guid;
    std::string name;
    std::string description;  // may be empty
    std::vector<QdeValue> values;
    std::vector<std::string> sources;     // QdeTextSource::guid of sources wholly of this case
    std::vector<std::string> selections;  // QdeSelection::guid
};

struct QdeLink {
    std::string guid;
    std::string name;
    std::string direction;  // Associative, OneWay or Bidirectional
    std::string origin;     // GUIDs of the linked objects
    std::string target;
};

struct QdeProject {
    std::string name;
    std::string origin;       // "Realist Workbench 0.1.0"
    std::string description;  // may be empty
    std::vector<QdeCode> codes;
    std::vector<QdeVariable> variables;
    std::vector<QdeCase> cases;
    std::vector<QdeTextSource> sources;
    std::vector<QdeLink> links;
};

// Returns the project file: UTF-8 XML, two-space indentation. Empty lists are left out (the
// schema wants at least one child in each), and characters XML cannot hold are dropped from text.
std::string writeQde(const QdeProject& project);

}  // namespace rw::qda
