// realist check FILE [--format text|json] [--case ID] [--theory ID]

#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "model/checks/checks.h"
#include "model/checks/source_texts.h"
#include "model/plugins/plugin_manager.h"

namespace rw::cli {
namespace {

std::string summaryLine(const std::vector<Finding>& findings) {
    std::map<Severity, int> counts;
    for (const Finding& f : findings) ++counts[f.severity];
    auto part = [&](Severity s, const char* one, const char* many) {
        int n = counts[s];
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    return part(Severity::Error, "error", "errors") + ", " + part(Severity::Warning, "warning", "warnings") +
           ", " + part(Severity::Info, "note", "notes");
}

void printText(const std::string& file, const Theory& theory, const std::vector<Finding>& findings) {
    std::cout << file << ": theory \"" << theory.name << "\"\n";
    for (const Finding& f : findings)
        std::cout << toString(f.severity) << " " << f.code << ": " << f.message << "\n";
    std::cout << summaryLine(findings) << "\n";
}

void printJson(const std::string& file, const Theory& theory, const std::vector<Finding>& findings) {
    nlohmann::ordered_json out;
    out["file"] = file;
    out["theory"] = theory.id;
    out["findings"] = nlohmann::ordered_json::array();
    std::map<std::string, int> summary{{"error", 0}, {"warning", 0}, {"info", 0}};
    for (const Finding& f : findings) {
        out["findings"].push_back({{"severity", toString(f.severity)},
                                   {"code", f.code},
                                   {"message", f.message},
                                   {"nodes", f.nodes},
                                   {"links", f.links},
                                   {"cases", f.cases}});
        ++summary[std::string(toString(f.severity))];
    }
    out["summary"] = summary;
    std::cout << out.dump(2) << "\n";
}

}  // namespace

int runCheck(const Args& args) {
    Usage usage{"check", "check FILE [--format text|json] [--case ID] [--theory ID]",
                "Runs the consistency checks on a project: structural checks of the theory and evidence checks\n"
                "against the cases, and every quote against its source's text where that is embedded or next to\n"
                "FILE. Exit code 1 when a finding has error severity."};
    po::options_description options("Options");
    options.add_options()("format", po::value<std::string>()->default_value("text"), "text or json")(
        "case", po::value<std::string>()->default_value(""), "only findings about this case (id or short name)")(
        "theory", po::value<std::string>()->default_value(""), "the theory to check (default: the first)");
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    auto format = choiceOrReport("--format", (*vm)["format"].as<std::string>(), {"text", "json"});
    if (!format) return kBadInput;
    std::string file = (*vm)["FILE"].as<std::string>();
    auto project = loadOrReport(file);
    if (!project) return kBadInput;
    const Theory* theory = theoryOrReport(*project, (*vm)["theory"].as<std::string>());
    if (!theory) return kBadInput;
    CheckOptions checkOptions{theory->id, {}};
    if (std::string caseName = (*vm)["case"].as<std::string>(); !caseName.empty()) {
        const Case* c = project->findCaseByName(caseName);
        if (!c) return fail("unknown case \"" + caseName + "\" in " + file);
        checkOptions.caseId = c->id;
    }
    PluginManager plugins;  // check rules may come from plugins too
    plugins.loadFrom(PluginManager::defaultDirectories());
    checkOptions.extraRules = &plugins.registry().checkRules();
    SourceTexts texts(*project, file);  // quotes are checked against the texts found
    checkOptions.sourceTexts = &texts;
    std::vector<Finding> findings = runChecks(*project, checkOptions);
    if (*format == "json")
        printJson(file, *theory, findings);
    else
        printText(file, *theory, findings);
    bool anyError = std::any_of(findings.begin(), findings.end(),
                                [](const Finding& f) { return f.severity == Severity::Error; });
    return anyError ? kFindings : kOk;
}

}  // namespace rw::cli
