// Hostile input through the real `realist` binary, one row each: what an attacker or an unlucky
// user could hand it. Every row runs under kernel limits on CPU time and address space
// (tests/hostile/bounded_run.h: a run that would hang or balloon is killed and fails its row, with
// no stopwatch in the test), and checks the exit code, the one-line message, and that nothing in
// the folder was written, created or removed. docs/limits.md lists the limits these rows meet.

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "tests/hostile/bounded_run.h"
#include "tests/hostile/hostile_inputs.h"

namespace rw::hostile {
namespace {

namespace fs = std::filesystem;

struct Row {
    const char* what;
    // Makes the input in the folder and returns the arguments of the run.
    std::function<std::vector<std::string>(const fs::path& folder)> make;
    int exitCode;
    const char* message;  // how stderr starts (after the folder's path, where the row's file names it)
    bool asNobody = false;
};

class Hostile : public ::testing::Test {
protected:
    void SetUp() override {
        ::setenv("REALIST_PLUGIN_PATH", REALIST_PLUGIN_DIR, 1);
        folder = fs::temp_directory_path() / ("rw-hostile-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder);
        fs::create_directories(folder / "work");
        fs::permissions(folder, fs::perms::all);  // so that `nobody` can enter
        fs::permissions(folder / "work", fs::perms::all);
        writeFile(folder / "work" / "p.realist", sampleText());
    }
    void TearDown() override {
        fs::permissions(folder / "work", fs::perms::all);
        fs::remove_all(folder);
    }

    // Runs the row in folder/work; the logs stay outside it, so that the snapshot sees only what
    // the run itself did.
    void check(const Row& row) {
        fs::path work = folder / "work";
        std::vector<std::string> args = row.make(work);
        Snapshot before = snapshotOf(work);
        RunResult result = runBounded(work, args, Bounds{}, folder / "logs", row.asNobody, row.asNobody ? nobodysCopy() : "");
        EXPECT_EQ(result.describe(), "exit " + std::to_string(row.exitCode)) << row.what << "\n" << result.err;
        EXPECT_EQ(result.err.rfind(row.message, 0), 0u) << row.what << ": " << result.err;
        if (row.exitCode == 2) {
            EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << row.what << ": " << result.err;
            EXPECT_EQ(result.out, "") << row.what;
        }
        EXPECT_EQ(differences(before, snapshotOf(work)), "") << row.what;
    }

    // A copy of the binary that `nobody` can run: the build tree may sit in a private folder.
    std::string nobodysCopy() {
        fs::path copy = folder / "realist";
        if (!fs::exists(copy)) fs::copy_file(REALIST_CLI, copy);
        fs::permissions(copy, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
        return copy.string();
    }

    fs::path folder;
};

std::vector<std::string> validate(const std::string& file) { return {"validate", file}; }

std::string contentOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::vector<std::string> importInto(const std::string& kind, const std::string& file) {
    return {"import", kind, file, "--into", "p.realist", "--case", "bbo"};
}

// A .qdpx whose project names `path` for its text, with a member named to climb out of the archive.
std::vector<std::string> qdpxNaming(const fs::path& folder, const std::string& path) {
    writeZip(folder / "x.qdpx", {{"project.qde", qdeWithSourcePath(path)}, {"../../escaped.txt", "Meer ogen"}});
    return importInto("qdpx", "x.qdpx");
}

TEST_F(Hostile, ProjectFiles) {
    const Row rows[] = {
        {"billion laughs",
         [](const fs::path& f) {
             writeFile(f / "laughs.realist", sampleWith(billionLaughsDoctype("realist"), "&lol10;"));
             return validate("laughs.realist");
         },
         2, "laughs.realist:2:1: a document type declaration (<!DOCTYPE>) is not allowed"},
        {"external entity",
         [](const fs::path& f) {
             writeFile(f / "xxe.realist",
                       sampleWith("<!DOCTYPE realist [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;"));
             return std::vector<std::string>{"fmt", "xxe.realist"};
         },
         2, "xxe.realist:2:1: a document type declaration (<!DOCTYPE>) is not allowed"},
        {"100,000 levels of nesting",
         [](const fs::path& f) {
             writeFile(f / "deep.realist", "<?xml version=\"1.0\"?>\n" + nested("realist", 100000));
             return validate("deep.realist");
         },
         2, "deep.realist:2:"},
        {"invalid UTF-8",
         [](const fs::path& f) {
             writeFile(f / "latin1.realist", sampleWith("", "Rotterdam \xE9\xE9n"));
             return validate("latin1.realist");
         },
         2, "latin1.realist:5:"},
        {"a NUL byte",
         [](const fs::path& f) {
             writeFile(f / "nul.realist", sampleWith("", std::string("Rotter\0dam", 10)));
             return std::vector<std::string>{"fmt", "nul.realist"};
         },
         2, "nul.realist:5:"},
        {"3 GiB of NUL bytes (a sparse file)",
         [](const fs::path& f) {
             writeSparse(f / "big.realist", "<?xml version=\"1.0\"?>\n<realist format=\"1\">", std::uint64_t{3} << 30);
             return validate("big.realist");
         },
         2, "big.realist: larger than 2048 MiB; refused"},
        {"a FIFO",
         [](const fs::path& f) {
             ::mkfifo((f / "pipe.realist").c_str(), 0644);
             return validate("pipe.realist");
         },
         2, "pipe.realist: is a pipe (FIFO), not a file"},
        {"/dev/zero", [](const fs::path&) { return validate("/dev/zero"); }, 2, "/dev/zero: is a device, not a file"},
        {"a folder", [](const fs::path&) { return validate("."); }, 2, ".: is a directory, not a file"},
        {"100,000 ids in a reference cycle, validated",
         [](const fs::path& f) {
             writeFile(f / "cycle.realist", cycleProject(100000));
             return validate("cycle.realist");
         },
         0, ""},
        // Ids are found through indexes: checks and statistics stay linear (they took minutes).
        {"100,000 ids in a reference cycle, checked",
         [](const fs::path& f) {
             writeFile(f / "cycle.realist", cycleProject(100000));
             return std::vector<std::string>{"check", "cycle.realist"};
         },
         0, ""},
        {"100,000 ids in a reference cycle, counted",
         [](const fs::path& f) {
             writeFile(f / "cycle.realist", cycleProject(100000));
             return std::vector<std::string>{"stats", "cycle.realist"};
         },
         0, ""},
    };
    for (const Row& row : rows) check(row);
}

TEST_F(Hostile, ImportedFiles) {
    const Row rows[] = {
        {"a .qdpx text at absolute://",
         [](const fs::path& f) { return qdpxNaming(f, "absolute:///etc/passwd"); },
         2, "x.qdpx:project.qde:5:"},
        {"a .qdpx text climbing out with ../",
         [](const fs::path& f) { return qdpxNaming(f, "relative://../../../../etc/passwd"); },
         2, "x.qdpx:project.qde:5:"},
        {"a .qdpx text climbing out of the archive",
         [](const fs::path& f) { return qdpxNaming(f, "internal://../../../etc/passwd"); },
         2, "x.qdpx:project.qde:5:"},
        {"a .qdpx zip bomb",
         [](const fs::path& f) {
             writeZip(f / "bomb.qdpx", {{"project.qde", std::string(std::size_t{300} << 20, ' ')}});
             return importInto("qdpx", "bomb.qdpx");
         },
         2, "bomb.qdpx:project.qde: unpacks to 300 MiB, over the limit of 256 MiB; refused"},
        {"a .qdpx with the billion laughs",
         [](const fs::path& f) {
             writeFile(f / "laughs.qde", "<?xml version=\"1.0\"?>\n" + billionLaughsDoctype("Project") +
                                              "\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol10;\"/>\n");
             return importInto("qdpx", "laughs.qde");
         },
         2, "laughs.qde:2:1: a document type declaration (<!DOCTYPE>) is not allowed"},
        {"a .docx zip bomb",
         [](const fs::path& f) {
             writeZip(f / "bomb.docx", {{"word/document.xml", std::string(std::size_t{300} << 20, ' ')}});
             return importInto("document", "bomb.docx");
         },
         2, "bomb.docx:word/document.xml: unpacks to 300 MiB, over the limit of 256 MiB; refused"},
        {"a .docx whose document climbs out of the archive",
         [](const fs::path& f) {
             writeZip(f / "escape.docx", {{"../../word/document.xml", wordDocument("hoi")}});
             return importInto("document", "escape.docx");
         },
         2, "escape.docx: not a Word document (.docx): no word/document.xml in the archive"},
        {"a .docx nested 50,000 deep",
         [](const fs::path& f) {
             writeZip(f / "deep.docx", {{"word/document.xml", wordDocument(nested("w:r", 50000))}});
             return importInto("document", "deep.docx");
         },
         2, "deep.docx:word/document.xml:"},
        {"a chat line of 1 GiB",
         [](const fs::path& f) {
             writeStreamed(f / "long.txt", "12/03/2018, 20:15 - deelnemer 1: ", std::uint64_t{1} << 30, 'a', "\n");
             return importInto("whatsapp", "long.txt");
         },
         2, "long.txt:1: line longer than 1 MiB"},
        {"a transcript of 1 GiB",
         [](const fs::path& f) {
             writeSparse(f / "long.txt", "Interviewer: Hoe gaat het?\n", std::uint64_t{1} << 30);
             return importInto("transcript", "long.txt");
         },
         2, "long.txt: larger than 32 MiB; refused"},
        {"a transcript with a NUL byte",
         [](const fs::path& f) {
             writeFile(f / "nul.txt", std::string("Interviewer: Hoe gaat het?\nBewoner: Go\0ed.\n", 43));
             return importInto("transcript", "nul.txt");
         },
         2, "nul.txt:2:"},
        {"a chat export from /dev/zero", [](const fs::path&) { return importInto("whatsapp", "/dev/zero"); }, 2,
         "/dev/zero: is a device, not a file"},
    };
    for (const Row& row : rows) check(row);
}

// Where a save would go wrong: a folder the user cannot write (as `nobody` when the tests run as
// root, who may write anywhere), a backup name that is a link.
TEST_F(Hostile, SavingInHostilePlaces) {
    fs::path work = folder / "work";
    writeFile(work / "p.realist", sampleText() + "\n\n");  // not canonical: fmt would rewrite it
    fs::permissions(work, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    Row readOnly{"fmt in a read-only folder", [](const fs::path&) { return std::vector<std::string>{"fmt", "p.realist"}; },
                 2, "realist: p.realist: cannot write here: Permission denied", true};
    check(readOnly);
    fs::permissions(work, fs::perms::all);

    // The backup name is a link to a file elsewhere: the link is replaced, the file is untouched.
    writeFile(folder / "victim.txt", "precious");
    fs::create_symlink(folder / "victim.txt", work / "p.realist~");
    RunResult result = runBounded(work, {"fmt", "p.realist"}, Bounds{}, folder / "logs");
    EXPECT_EQ(result.describe(), "exit 0") << result.err;
    EXPECT_FALSE(fs::is_symlink(work / "p.realist~"));
    EXPECT_EQ(contentOf(folder / "victim.txt"), "precious");
    EXPECT_EQ(contentOf(work / "p.realist~"), sampleText() + "\n\n");  // the previous version, as a file
}

}  // namespace
}  // namespace rw::hostile
