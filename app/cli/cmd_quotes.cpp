// realist quotes PROJECT --format csv|jsonl

#include <iostream>

#include "app/cli/commands.h"
#include "model/quotes.h"

namespace rw::cli {

int runQuotes(const Args& args) {
    Usage usage{"quotes", "quotes FILE [--format csv|jsonl]",
                "Lists every quote behind every tick with its case, node, stance, source and location: the audit\n"
                "trail a commission asks for."};
    po::options_description options("Options");
    options.add_options()("format", po::value<std::string>()->default_value("csv"), "csv or jsonl");
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    auto format = choiceOrReport("--format", (*vm)["format"].as<std::string>(), {"csv", "jsonl"});
    if (!format) return kBadInput;
    auto project = loadOrReport((*vm)["FILE"].as<std::string>());
    if (!project) return kBadInput;
    std::vector<QuoteRow> rows = listQuotes(*project);
    std::cout << (*format == "csv" ? quotesToCsv(rows) : quotesToJsonLines(rows));
    return kOk;
}

}  // namespace rw::cli
