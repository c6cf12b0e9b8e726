#pragma once
// Where a REFI-QDA project's files are: a .qdpx archive (project.qde and a sources folder) or a
// bare project.qde, and the plain-text files its text sources point at.

#include <memory>
#include <string>

#include "plugins/refi-qda/qde_project.h"
#include "plugins/refi-qda/zip_archive.h"

namespace rw::qda {

class QdaPackage {
public:
    // Opens `path` (a zip is read as a .qdpx whatever its name, anything else as a .qde) and
    // reads its project.qde; returns false with `error` set when it cannot.
    bool open(const std::string& path, std::string& error);

    // The project file's XML, and how messages call it ("x.qdpx:project.qde" or "x.qde").
    const std::string& qde() const { return m_qde; }
    const std::string& qdeName() const { return m_qdeName; }

    // Reads the bytes of the plain text `source.plainTextPath` points at: internal://NAME from
    // the archive's sources folder (or the sources folder next to a bare .qde), relative://PATH
    // from `basePath` or else the folder of the file, absolute://PATH and file:// as they are,
    // a path without a prefix relative to the folder. Sets `where` to how messages call that
    // file; returns false with `error` set when it cannot be read.
    bool readText(const QdaTextSource& source, const std::string& basePath, std::string& bytes, std::string& where,
                  std::string& error) const;

private:
    bool readFile(const std::string& path, std::string& bytes, std::string& error) const;

    std::string m_path;
    std::string m_folder;
    std::unique_ptr<ZipArchive> m_zip;
    std::string m_qde;
    std::string m_qdeName;
};

}  // namespace rw::qda
