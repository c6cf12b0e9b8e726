// realist quotes PROJECT --format csv|jsonl

#include <iostream>

#include "app/cli/commands.h"
#include "model/output/quotes.h"

namespace rw::cli {

int runQuotes(const Args& args) {
    Usage usage{"quotes", "quotes FILE [--format csv|jsonl] [--coded]",
                "Lists every quote behind every tick with its case, node, stance, source and location: the audit\n"
                "trail a commission asks for. With --coded, also every coded segment of a source (chat messages\n"
                "coded into message categories, see realist code), with its code in a last column."};
    po::options_description options("Options");
    options.add_options()("format", po::value<std::string>()->default_value("csv"), "csv or jsonl")(
        "coded", "also list the coded segments, with a code column");
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    auto format = choiceOrReport("--format", (*vm)["format"].as<std::string>(), {"csv", "jsonl"});
    if (!format) return kBadInput;
    auto project = loadOrReport((*vm)["FILE"].as<std::string>());
    if (!project) return kBadInput;
    bool coded = vm->count("coded") > 0;
    std::vector<QuoteRow> rows = listQuotes(*project, coded);
    std::cout << (*format == "csv" ? quotesToCsv(rows, coded) : quotesToJsonLines(rows, coded));
    return kOk;
}

}  // namespace rw::cli
