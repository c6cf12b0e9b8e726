// realist analyse FILE links|split NAME|qca --outcome ID --conditions A,B,C|triangulate|diff A B
//                  [--theory ID] [--format text|csv|md|json]

#include <algorithm>
#include <iostream>
#include <sstream>

#include "app/cli/analyse_json.h"
#include "app/cli/commands.h"
#include "model/output/analysis_render.h"

namespace rw::cli {
namespace {

const Usage kUsage{
    "analyse",
    "analyse FILE links|split NAME|qca --outcome ID [--negate] --conditions A,B,C [--remainders]|triangulate "
    "[--all]|diff THEORY_A THEORY_B [--theory ID] [--format text|csv|md|json]",
    "Cross-case analysis: what works for whom in what circumstances, always with counts k/n.\n"
    "  links          per link, the target's support where the source is supported, refuted or ?\n"
    "  split NAME     per node, its support split by an attribute, a condition or a node's verdict\n"
    "  qca            crisp-set QCA: truth table, conservative (and with --remainders parsimonious)\n"
    "                 solutions, every minimal model, consistency and coverage per term (Ragin 2008);\n"
    "                 --outcome and --conditions name conditions of the project or nodes\n"
    "  triangulate    evidence per tick by role and source kind; ticks on one informant or source\n"
    "  diff A B       nodes and links added, removed and changed from theory A to theory B"};

// Which options each mode accepts besides --format and --help.
const std::vector<std::pair<std::string, std::vector<std::string>>> kModeOptions = {
    {"links", {"theory"}},
    {"split", {"theory"}},
    {"qca", {"outcome", "negate", "conditions", "remainders", "consistency", "max-models"}},
    {"triangulate", {"theory", "all"}},
    {"diff", {}},
};

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');) {
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (!item.empty()) items.push_back(item);
    }
    return items;
}

// Like parseArgs, but with a variable number of positionals (FILE, the mode and its operands).
std::optional<po::variables_map> parse(const Args& args, const po::options_description& options, int& exitCode) {
    po::options_description all;
    all.add(options).add_options()("args", po::value<std::vector<std::string>>()->default_value({}, ""));
    po::positional_options_description positions;
    positions.add("args", -1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positions).run(), vm);
        po::notify(vm);
    } catch (const po::error& error) {
        exitCode = fail(kUsage.name + ": " + error.what() + " (see realist analyse --help)");
        return std::nullopt;
    }
    if (vm.count("help")) {
        std::cout << "Usage: realist " << kUsage.synopsis << "\n\n" << kUsage.summary << "\n\n" << options;
        exitCode = kOk;
        return std::nullopt;
    }
    return vm;
}

// Refuses options that the mode does not take, so a mistyped command never silently ignores one.
bool optionsFit(const po::variables_map& vm, const std::string& mode) {
    for (const auto& [name, value] : vm) {
        if (name == "args" || name == "format" || value.defaulted()) continue;
        for (const auto& [m, accepted] : kModeOptions)
            if (m == mode && std::find(accepted.begin(), accepted.end(), name) == accepted.end()) {
                fail("analyse " + mode + " takes no --" + name);
                return false;
            }
    }
    return true;
}

int print(const AnalysisReport& report, const Json& json, const std::string& format, const std::string& file) {
    if (format == "json") {
        Json out = {{"file", file}};
        out.update(json);
        std::cout << out.dump(2) << "\n";
    } else if (format == "csv") {
        std::cout << renderCsv(report);
    } else if (format == "md") {
        std::cout << renderMarkdown(report);
    } else {
        std::cout << renderText(report);
    }
    return kOk;
}

}  // namespace

int runAnalyse(const Args& args) {
    po::options_description options("Options");
    options.add_options()("format", po::value<std::string>()->default_value("text"), "text, csv, md or json")(
        "theory", po::value<std::string>()->default_value(""), "links, split, triangulate: the theory (default: the first)")(
        "outcome", po::value<std::string>(), "qca: the outcome, a condition id or a node id")(
        "negate", po::bool_switch(), "qca: explain the absence of the outcome")(
        "conditions", po::value<std::string>(), "qca: condition or node ids, comma-separated, in formula order")(
        "remainders", po::bool_switch(), "qca: also the parsimonious solution (remainders as don't cares)")(
        "consistency", po::value<double>()->default_value(1.0, "1"), "qca: a row counts as 1 from this consistency")(
        "max-models", po::value<std::size_t>()->default_value(64), "qca: list at most this many minimal models")(
        "all", po::bool_switch(), "triangulate: list every tick, not only the flagged ones")(
        "help,h", "show this help");
    int exitCode = kOk;
    auto vm = parse(args, options, exitCode);
    if (!vm) return exitCode;
    const auto& positional = (*vm)["args"].as<std::vector<std::string>>();
    if (positional.size() < 2) return fail("analyse: missing FILE or analysis (usage: realist " + kUsage.synopsis + ")");
    const std::string& file = positional[0];
    const std::string& mode = positional[1];
    std::size_t operands = mode == "split" ? 1 : mode == "diff" ? 2 : 0;
    if (!choiceOrReport("the analysis", mode, {"links", "split", "qca", "triangulate", "diff"})) return kBadInput;
    if (positional.size() != operands + 2)
        return fail("analyse " + mode + " takes " + std::to_string(operands) + " operand" + (operands == 1 ? "" : "s") +
                    " after FILE (usage: realist " + kUsage.synopsis + ")");
    auto format = choiceOrReport("--format", (*vm)["format"].as<std::string>(), {"text", "csv", "md", "json"});
    if (!format || !optionsFit(*vm, mode)) return kBadInput;
    auto project = loadOrReport(file);
    if (!project) return kBadInput;

    if (mode == "diff") {
        const Theory* before = theoryOrReport(*project, positional[2]);
        const Theory* after = before ? theoryOrReport(*project, positional[3]) : nullptr;
        if (!after) return kBadInput;
        TheoryDiff diff = diffTheories(*before, *after);
        return print(reportDiff(*project, diff), diffToJson(diff), *format, file);
    }
    if (mode == "qca") {
        if (!vm->count("outcome") || !vm->count("conditions")) return fail("analyse qca needs --outcome and --conditions");
        QcaRequest request;
        request.outcome = (*vm)["outcome"].as<std::string>();
        request.negateOutcome = (*vm)["negate"].as<bool>();
        request.conditions = splitList((*vm)["conditions"].as<std::string>());
        request.includeRemainders = (*vm)["remainders"].as<bool>();
        request.consistencyThreshold = (*vm)["consistency"].as<double>();
        request.cover.maxCovers = std::max<std::size_t>(1, (*vm)["max-models"].as<std::size_t>());
        QcaResult result = runQca(*project, request);
        if (!result) return fail(result.error + " in " + file);
        return print(reportQca(*project, result), qcaToJson(result), *format, file);
    }
    const Theory* theory = theoryOrReport(*project, (*vm)["theory"].as<std::string>());
    if (!theory) return kBadInput;
    if (mode == "links") {
        std::vector<LinkSupport> links = linkSupport(*project, *theory);
        return print(reportLinkSupport(*project, *theory, links), linksToJson(*theory, links), *format, file);
    }
    if (mode == "split") {
        auto grouping = groupCases(*project, positional[2]);
        if (!grouping) return fail("unknown attribute, condition or node \"" + positional[2] + "\" in " + file);
        std::vector<NodeSplit> nodes = splitSupport(*project, *theory, *grouping);
        return print(reportSplit(*project, *theory, *grouping, nodes), splitToJson(*theory, *grouping, nodes), *format,
                     file);
    }
    Triangulation triangulation = triangulate(*project, *theory);
    return print(reportTriangulation(*project, *theory, triangulation, (*vm)["all"].as<bool>()),
                 triangulationToJson(*theory, triangulation), *format, file);
}

}  // namespace rw::cli
