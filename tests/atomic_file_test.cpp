#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <vector>

#include "model/format/atomic_file.h"
#include "model/format/xml_writer.h"
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

// A save killed after its backup step leaves `p.realist~` as a second name of `p.realist`; the
// next save must still leave only the two files (rename() onto the same file does nothing).
TEST_F(AtomicFile, ABackupThatIsAlreadyTheFileLeavesNoTemporaryName) {
    fs::path file = dir / "p.realist";
    ASSERT_TRUE(writeFileAtomically(file.string(), "one", true));
    fs::create_hard_link(file, dir / "p.realist~");
    ASSERT_TRUE(writeFileAtomically(file.string(), "two", true));
    EXPECT_EQ(read(file), "two");
    EXPECT_EQ(read(dir / "p.realist~"), "one");
    std::vector<std::string> entries;
    for (const auto& entry : fs::directory_iterator(dir)) entries.push_back(entry.path().filename());
    std::sort(entries.begin(), entries.end());
    EXPECT_EQ(entries, (std::vector<std::string>{"p.realist", "p.realist~"}));
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

// A backup that is a symbolic link is replaced by the backup; the link's target is never written.
TEST_F(AtomicFile, ASymlinkedBackupIsReplacedNotWrittenThrough) {
    fs::path file = dir / "p.realist";
    fs::path victim = dir / "elsewhere.txt";
    std::ofstream(victim) << "not yours";
    ASSERT_TRUE(writeFileAtomically(file.string(), "one", true));
    fs::create_symlink(victim, dir / "p.realist~");
    ASSERT_TRUE(writeFileAtomically(file.string(), "two", true));
    EXPECT_EQ(read(victim), "not yours");
    EXPECT_FALSE(fs::is_symlink(dir / "p.realist~"));
    EXPECT_EQ(read(dir / "p.realist~"), "one");
    EXPECT_EQ(read(file), "two");
}

// A project opened through a symbolic link is saved into the file it points to; the link stays.
TEST_F(AtomicFile, SavingThroughASymlinkUpdatesTheRealFile) {
    fs::create_directories(dir / "real");
    fs::path real = dir / "real" / "p.realist";
    ASSERT_TRUE(writeFileAtomically(real.string(), "one", false));
    fs::path link = dir / "link.realist";
    fs::create_symlink(real, link);
    ASSERT_TRUE(writeFileAtomically(link.string(), "two", true));
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(read(real), "two");
    EXPECT_EQ(read(dir / "real" / "p.realist~"), "one");  // the backup sits beside the real file
    EXPECT_FALSE(fs::exists(dir / "link.realist~"));
}

TEST_F(AtomicFile, KeepsThePermissionsOfTheFileReplaced) {
    fs::path file = dir / "p.realist";
    ASSERT_TRUE(writeFileAtomically(file.string(), "one", false));
    ::chmod(file.c_str(), 0600);
    ASSERT_TRUE(writeFileAtomically(file.string(), "two", true));
    struct stat info {};
    ASSERT_EQ(::stat(file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

// What a writer killed half-way left (a hidden temporary name with a process id that is gone) is
// removed by the next save; another writer's file, still at work, is not.
TEST_F(AtomicFile, TheNextSaveRemovesWhatAKilledWriterLeft) {
    fs::path file = dir / "p.realist";
    std::ofstream(dir / ".p.realist.tmp-999999999-17") << "half";
    std::ofstream(dir / (".p.realist.tmp-" + std::to_string(::getppid()) + "-18")) << "busy";
    ASSERT_TRUE(writeFileAtomically(file.string(), "whole", true));
    EXPECT_FALSE(fs::exists(dir / ".p.realist.tmp-999999999-17"));
    EXPECT_TRUE(fs::exists(dir / (".p.realist.tmp-" + std::to_string(::getppid()) + "-18")));
}

TEST_F(AtomicFile, OnlyRegularFilesAreReadAndOnlyUpToTheLimit) {
    std::string content, why;
    EXPECT_FALSE(readWholeFile("/dev/zero", content, why));
    EXPECT_EQ(why, "is a device, not a file");
    fs::path fifo = dir / "pipe";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_FALSE(readWholeFile(fifo.string(), content, why));  // returns at once: no writer is waited for
    EXPECT_EQ(why, "is a pipe (FIFO), not a file");
    EXPECT_FALSE(readWholeFile(dir.string(), content, why));
    EXPECT_EQ(why, "is a directory, not a file");
    EXPECT_FALSE(readWholeFile((dir / "none").string(), content, why));
    EXPECT_EQ(why, "no such file");
    std::ofstream(dir / "big") << std::string(2048, 'x');
    EXPECT_FALSE(readWholeFile((dir / "big").string(), content, why, 1024));
    EXPECT_EQ(why, "larger than 1 KiB; refused");
    EXPECT_TRUE(content.empty());
    EXPECT_TRUE(readWholeFile((dir / "big").string(), content, why, 2048));
    EXPECT_EQ(content.size(), 2048u);
    // Nothing is written where a device or a pipe is.
    EXPECT_EQ(writeFileAtomically(fifo.string(), "x", true).error, fifo.string() + ": is not a regular file");
}

TEST_F(AtomicFile, SaveProjectWritesCanonicalText) {
    fs::path file = dir / "chain.realist";
    Project project = test::chainProject();
    ASSERT_TRUE(saveProject(project, file.string()));
    EXPECT_EQ(read(file), writeProject(project));
}

}  // namespace
}  // namespace rw
