#pragma once
// Where a REFI-QDA project's files are: a .qdpx archive (project.qde and a sources folder) or a
// bare project.qde, and the files its sources and notes point at.
//
// A file is read only from the archive or from below the folder of the .qdpx / .qde: opening a
// stranger's export must not copy the user's other files into a project they then share. A path
// the exporting machine recorded (absolute://C:/Users/…/x.txt) is first looked for by its file
// name in the archive's sources folder, which is where NVivo and MAXQDA put the file. Files
// below a folder the user names (allowOutside, --allow-outside) may be read as well.

#include <memory>
#include <string>
#include <string_view>

#include "plugins/refi-qda/zip_archive.h"

namespace rw::qda {

class QdaPackage {
public:
    // Opens `path` (a zip is read as a .qdpx whatever its name, anything else as a .qde) and
    // reads its project.qde (or the one .qde an archive holds); returns false with `error` set
    // when it cannot.
    bool open(const std::string& path, std::string& error);
    // Lets files below `folder` be read too; returns false with `error` set when it is no folder.
    bool allowOutside(const std::string& folder, std::string& error);

    // The project file's XML, and how messages call it ("x.qdpx:project.qde" or "x.qde").
    const std::string& qde() const { return m_qde; }
    const std::string& qdeName() const { return m_qdeName; }

    // Reads the file `target` names (a plainTextPath: internal://NAME, relative://PATH,
    // absolute://PATH, file://PATH, a bare name or a path), looked for in this order: the
    // archive's sources folder (any letter case) by its path and then by its file name, the
    // archive's top; the sources folder next to a bare .qde; below the folder of the file
    // (relative forms), under `basePath` and absolute paths only inside the allowed folders.
    // Sets `read` to how messages call the file read. On failure returns false with `error`
    // set to "<where>: the text <target> of <owner> …" saying what was looked for and why not.
    bool readText(std::string_view target, const std::string& basePath, const std::string& owner,
                  const std::string& where, std::string& bytes, std::string& read, std::string& error) const;

    // Returns the file name a path names ("Interview 1.mp3" for "relative://audio/Interview%201.mp3"),
    // without any folder, or "".
    static std::string fileNameOf(std::string_view target);

private:
    bool readFile(const std::string& path, std::string& bytes, std::string& error) const;
    // Returns the member holding `target` in the archive, or "".
    std::string findMember(std::string_view target) const;
    // Is `path` below the folder of the file or a folder the user allowed?
    bool mayRead(const std::string& path) const;

    std::string m_path;
    std::string m_folder;
    std::string m_allowed;  // --allow-outside, canonical; may be empty
    std::unique_ptr<ZipArchive> m_zip;
    std::string m_qde;
    std::string m_qdeName;
};

}  // namespace rw::qda
