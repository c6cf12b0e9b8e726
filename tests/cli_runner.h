#pragma once
// Runs the `realist` binary (REALIST_CLI) in a fresh temporary folder per test and captures its
// exit code, stdout and stderr. Shared by every CLI test.

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/shell_quote.h"

namespace rw::test {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline std::string sampleProject() {
    return std::string(REALIST_SOURCE_DIR) + "/samples/rotterdam-digitale-buurtpreventie.realist";
}

class CliTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = std::filesystem::temp_directory_path() /
              ("rw-cli-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->test_suite_name() + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    // Runs `realist ARGS…`, with `environment` ("NAME=value …") put before the command.
    CliRun run(const std::vector<std::string>& args, const std::string& environment = {}) {
        std::string command = environment + " " + shellQuote(REALIST_CLI);
        for (const std::string& arg : args) command += " " + shellQuote(arg);
        command += " >" + shellQuote((dir / "out").string()) + " 2>" + shellQuote((dir / "err").string());
        int status = std::system(command.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "out"), slurp(dir / "err")};
    }

    // Writes a file into the test's folder and returns its path.
    std::string write(const std::string& name, const std::string& content) {
        std::filesystem::path path = dir / name;
        std::ofstream(path, std::ios::binary) << content;
        return path.string();
    }

    std::filesystem::path dir;
};

}  // namespace rw::test
