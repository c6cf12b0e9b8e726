#pragma once
// The texts of a project's sources, as the source viewer shows them and the quote checks compare
// against them: a source's embedded text, else the file it names, relative to the project's folder.

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/core/project.h"
#include "model/core/utf8_index.h"

namespace rw {

struct LoadedSourceText {
    enum class Origin {
        Embedded,    // the source's own text
        File,        // its file, read next to the project
        NoText,      // no text embedded and no file named
        Missing,     // the file is not there (or the project has no folder yet)
        Unreadable,  // the file cannot be read, or is not UTF-8
        Changed      // the file is there, but it is not the one recorded (SHA-256 differs)
    };
    Origin origin = Origin::NoText;
    std::string text;  // normalised (normaliseSourceText); empty unless Embedded, File or Changed
    std::string path;  // the file read or looked for
};

// Returns the source's embedded text, else the text of its file (relative to the folder of
// `projectPath`), else why there is none. A file whose SHA-256 (of its bytes or of its normalised
// text) differs from the one the source records is Changed: its text is there to be read, but
// quotes are not compared with it.
LoadedSourceText loadSourceText(const Source& source, const std::string& projectPath);

// Every source's text that quotes can be checked against, indexed once.
class SourceTexts {
public:
    // Loads the texts of all sources of `project`; `projectPath` may be empty (embedded texts only).
    SourceTexts(const Project& project, const std::string& projectPath);

    // Returns the indexed text of the source, or nullptr when it has none to check against
    // (a Changed file neither).
    const Utf8Index* find(const std::string& sourceId) const;
    // Returns how the source's text was found (NoText for an unknown id).
    LoadedSourceText::Origin origin(const std::string& sourceId) const;
    // Returns the file a source's text was read from or looked for, or "".
    const std::string& path(const std::string& sourceId) const;

private:
    struct Entry {
        LoadedSourceText loaded;
        std::unique_ptr<Utf8Index> index;  // over loaded.text, which never moves after indexing
    };
    std::map<std::string, std::unique_ptr<Entry>> m_entries;
};

}  // namespace rw
