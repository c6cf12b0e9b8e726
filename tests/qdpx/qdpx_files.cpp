#include "tests/qdpx/qdpx_files.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "model/format/xml_reader.h"
#include "plugins/refi-qda/qdpx_import.h"

namespace rw::test {

namespace fs = std::filesystem;

bool writeZip(const fs::path& path, const std::vector<ZipMember>& members) {
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) return false;
    for (const ZipMember& member : members) {
        zip_source_t* source = zip_source_buffer(archive, member.data.data(), member.data.size(), 0);
        if (!source || zip_file_add(archive, member.name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

std::vector<ZipMember> membersOf(const fs::path& folder) {
    std::vector<ZipMember> members;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            members.push_back({fs::relative(entry.path(), folder).generic_string(), slurp(entry.path())});
    return members;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void spit(const fs::path& path, const std::string& content) { std::ofstream(path, std::ios::binary) << content; }

fs::path fixture(const std::string& relative) { return fs::path(REALIST_SOURCE_DIR) / "tests" / "fixtures" / relative; }

Project targetProject() {
    LoadResult loaded = loadProject(fixture("qdpx/target.realist").string());
    EXPECT_TRUE(loaded.project.has_value()) << loaded.error.toString();
    return loaded.project ? *loaded.project : Project{};
}

ScratchDir::ScratchDir() {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    m_path = fs::temp_directory_path() /
             ("rw-qdpx-" + std::to_string(::getpid()) + "-" + test->test_suite_name() + "-" + test->name());
    fs::remove_all(m_path);
    fs::create_directories(m_path);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
}

std::string QdpxFixture::qdpx(const std::string& style) {
    fs::path path = scratch / (style + ".qdpx");
    EXPECT_TRUE(writeZip(path, membersOf(fixture("qdpx/" + style))));
    return path.string();
}

Project QdpxFixture::imported(ImportRequest request) {
    result = qda::importQdpx(request, target);
    EXPECT_TRUE(result) << result.error;
    Project project = target;
    if (result.command) result.command->redo(project);
    return project;
}

}  // namespace rw::test
