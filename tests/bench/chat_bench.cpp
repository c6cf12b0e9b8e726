// chat_bench: generates a WhatsApp export (1,000,000 messages, ~100 MB, by default) and times the
// chat parser on it, on one core, reporting MB/s (MB = 10^6 bytes). Run by hand; ctest only runs
// a tiny smoke size, since tests never time anything.
//
//   chat_bench [--messages N] [--repeat R]   generate to a temporary file, parse it, remove it
//   chat_bench --write FILE [--messages N]   only write the generated export (for chat_vs_npm.sh)
//   chat_bench --input FILE [--repeat R]     parse an existing export

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ctime>
#include <string>
#include <unistd.h>

#include "model/chat/chat_parser.h"
#include "tests/chat/chat_generator.h"

namespace {

// Touches every message so that nothing can be optimised away.
class CountingSink : public rw::ChatSink {
public:
    void message(const rw::ChatMessage& message) override {
        ++messages;
        bytes += message.text.size() + message.author.size();
    }
    long messages = 0;
    std::size_t bytes = 0;
};

struct Run {
    double seconds = 0;     // wall clock
    double cpuSeconds = 0;  // this process on its one core: robust when other work shares the machine
    long messages = 0;
    bool ok = false;
};

double cpuNow() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

Run timeParse(const std::string& path, rw::ChatNames names) {
    rw::ChatOptions options;
    options.names = names;
    CountingSink sink;
    double cpuStart = cpuNow();
    auto start = std::chrono::steady_clock::now();
    rw::ChatParseResult result = rw::parseChatFile(path, options, sink);
    auto stop = std::chrono::steady_clock::now();
    double cpuStop = cpuNow();
    if (!result) std::fprintf(stderr, "chat_bench: %s\n", result.error->toString().c_str());
    return {std::chrono::duration<double>(stop - start).count(), cpuStop - cpuStart, sink.messages,
            static_cast<bool>(result)};
}

bool writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    long messages = 1'000'000;
    int repeat = 3;
    std::string writeTo, input;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "chat_bench: %s needs a value\n", arg.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--messages") messages = std::atol(value().c_str());
        else if (arg == "--repeat") repeat = std::atoi(value().c_str());
        else if (arg == "--write") writeTo = value();
        else if (arg == "--input") input = value();
        else {
            std::fprintf(stderr, "usage: chat_bench [--messages N] [--repeat R] [--write FILE | --input FILE]\n");
            return 2;
        }
    }
    std::string path = input;
    bool temporary = false;
    if (input.empty()) {
        rw::testing::GeneratorOptions options;
        options.messages = messages;
        options.people = 60;
        rw::testing::GeneratedChat chat = rw::testing::generateChat(options);
        path = writeTo.empty() ? (std::filesystem::temp_directory_path() /
                                  ("chat_bench_" + std::to_string(::getpid()) + ".txt")).string()
                               : writeTo;
        temporary = writeTo.empty();
        if (!writeFile(path, chat.text)) {
            std::fprintf(stderr, "chat_bench: cannot write %s\n", path.c_str());
            return 2;
        }
        std::printf("generated %ld messages, %.1f MB: %s\n", chat.messages, chat.text.size() / 1e6, path.c_str());
        if (!writeTo.empty()) return 0;
    }
    double megabytes = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
    int status = 0;
    for (rw::ChatNames names : {rw::ChatNames::Pseudonymize, rw::ChatNames::Keep}) {
        Run best;
        for (int r = 0; r < repeat; ++r) {
            Run run = timeParse(path, names);
            if (!run.ok) status = 1;
            if (r == 0 || run.cpuSeconds < best.cpuSeconds) best = run;
        }
        std::printf("%-12s %ld messages, %.1f MB: %.1f MB/s CPU time (%.3f s), %.1f MB/s wall (%.3f s); "
                    "best of %d, both passes, one core\n",
                    names == rw::ChatNames::Pseudonymize ? "pseudonymise" : "keep names", best.messages, megabytes,
                    megabytes / best.cpuSeconds, best.cpuSeconds, megabytes / best.seconds, best.seconds, repeat);
    }
    if (temporary) std::filesystem::remove(path);
    return status;
}
