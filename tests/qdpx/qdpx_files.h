#pragma once
// Files for the importer tests: fixtures zipped at run time, so that the repository holds the
// readable project.qde and document.xml, and a scratch folder per test.

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "model/core/project.h"
#include "model/plugins/plugin_api.h"

namespace rw::test {

struct ZipMember {
    std::string name;
    std::string data;
};

// Writes an archive of `members` (deflated) at `path`; returns false when libzip refused.
bool writeZip(const std::filesystem::path& path, const std::vector<ZipMember>& members);

// Returns every file under `folder` as a member named by its path relative to `folder`.
std::vector<ZipMember> membersOf(const std::filesystem::path& folder);

// Returns the bytes of a file, or "" when it cannot be read.
std::string slurp(const std::filesystem::path& path);

// Writes `content` to `path` as it is (binary).
void spit(const std::filesystem::path& path, const std::string& content);

// Returns the path of a fixture: tests/fixtures/<relative>.
std::filesystem::path fixture(const std::string& relative);

// Returns tests/fixtures/qdpx/target.realist, loaded; fails the test when it cannot be.
Project targetProject();

// A fresh, empty folder for the running test, removed with the object.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// The importer tests' fixture: a scratch folder, the target project, and the last import.
class QdpxFixture : public ::testing::Test {
protected:
    // Zips fixtures/qdpx/<style> into <style>.qdpx in the scratch folder.
    std::string qdpx(const std::string& style);
    // Imports into the target and applies; fails the test when the import fails.
    Project imported(ImportRequest request);

    ScratchDir scratch;
    Project target = targetProject();
    ImportResult result;
};

}  // namespace rw::test
