#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "model/atomic_file.h"
#include "model/xml_writer.h"
#include "tests/test_projects.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

class AtomicFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("rw-atomic-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    std::string read(const fs::path& path) {
        std::string content, why;
        readWholeFile(path.string(), content, why);
        return content;
    }
    fs::path dir;
};

TEST_F(AtomicFile, WritesAndKeepsThePreviousVersion) {
    fs::path file = dir / "p.realist";
    ASSERT_TRUE(writeFileAtomically(file.string(), "one", true));
    EXPECT_FALSE(fs::exists(dir / "p.realist~"));
    ASSERT_TRUE(writeFileAtomically(file.string(), "two", true));
    EXPECT_EQ(read(file), "two");
    EXPECT_EQ(read(dir / "p.realist~"), "one");
    // No temporary files are left behind.
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++entries;
    EXPECT_EQ(entries, 2);
}

TEST_F(AtomicFile, FailureLeavesTheFileUntouched) {
    fs::path file = dir / "p.realist";
    ASSERT_TRUE(writeFileAtomically(file.string(), "precious", true));
    WriteResult result = writeFileAtomically((dir / "missing-dir" / "p.realist").string(), "x", true);
    EXPECT_FALSE(result);
    EXPECT_NE(result.error.find("missing-dir"), std::string::npos);
    EXPECT_FALSE(writeFileAtomically(dir.string(), "x", true));  // a directory is not a file
    EXPECT_EQ(read(file), "precious");
}

TEST_F(AtomicFile, SaveProjectWritesCanonicalText) {
    fs::path file = dir / "chain.realist";
    Project project = test::chainProject();
    ASSERT_TRUE(saveProject(project, file.string()));
    EXPECT_EQ(read(file), writeProject(project));
}

}  // namespace
}  // namespace rw
