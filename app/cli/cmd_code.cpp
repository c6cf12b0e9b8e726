// realist code PROJECT [--case ID] [--source ID] (--auto [--overwrite] | --list [--format …] | --recount)

#include <iostream>
#include <set>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "model/chat/edits_coding.h"
#include "model/core/location.h"
#include "model/edit/undo_stack.h"
#include "model/format/xml_writer.h"
#include "model/output/csv_field.h"

namespace rw::cli {
namespace {

struct Selection {
    std::vector<const Source*> sources;  // the chat-history sources to work on
    const Case* chosenCase = nullptr;    // --case, or nullptr
};

// Picks the chat sources --source and --case name; prints the error and returns nullopt.
std::optional<Selection> selectSources(const Project& project, const po::variables_map& vm, const std::string& path) {
    Selection selection;
    if (std::string name = vm["case"].as<std::string>(); !name.empty()) {
        selection.chosenCase = project.findCaseByName(name);
        if (!selection.chosenCase) {
            fail("unknown case \"" + name + "\" in " + path);
            return std::nullopt;
        }
    }
    if (std::string id = vm["source"].as<std::string>(); !id.empty()) {
        const Source* source = project.findSource(id);
        if (!source || source->kind != SourceKind::ChatHistory) {
            fail(std::string(source ? "source \"" + id + "\" is not a chat history" : "unknown source \"" + id + "\"") +
                 " in " + path);
            return std::nullopt;
        }
        selection.sources.push_back(source);
        return selection;
    }
    for (const Source& source : project.sources) {
        if (source.kind != SourceKind::ChatHistory) continue;
        // --case without --source: the chats of that case.
        if (selection.chosenCase && caseOfSource(project, source) != selection.chosenCase->id) continue;
        selection.sources.push_back(&source);
    }
    return selection;
}

std::string countsText(const MessageCounts& messages) {
    std::string text;
    for (const MessageCount& count : messages.counts)
        text += (text.empty() ? "" : ", ") + count.category + " " + (count.count ? std::to_string(*count.count) : "n.b.");
    return text.empty() ? "no counts" : text;
}

int list(const Project& project, const Selection& selection, const std::string& format) {
    static const std::vector<std::string> header{"source", "message", "lines", "chars", "time", "author",
                                                 "system", "code", "case", "by", "text"};
    if (format == "csv") std::cout << csvLine(header);
    for (const Source* source : selection.sources) {
        std::vector<SourceMessage> messages = findMessages(source->text);
        std::vector<int> codings = codingsByMessage(project, *source, messages);
        for (const SourceMessage& message : messages) {
            int index = codings[static_cast<std::size_t>(message.index)];
            const Coding* coding = index < 0 ? nullptr : &source->codings[static_cast<std::size_t>(index)];
            std::string code = coding ? coding->code : "";
            std::string caseId = coding ? coding->caseId : "";
            bool automatic = coding && coding->automatic;
            std::string by = code.empty() ? "" : automatic ? "keywords" : "hand";
            std::vector<std::string> fields{source->id,
                                            std::to_string(message.index + 1),
                                            formatLines(message.location),
                                            formatChars(message.location),
                                            message.dateTime,
                                            message.author,
                                            message.system ? "true" : "false",
                                            code,
                                            caseId,
                                            by,
                                            message.text};
            if (format == "csv") {
                std::cout << csvLine(fields);
            } else if (format == "jsonl") {
                nlohmann::ordered_json object;
                for (std::size_t i = 0; i < header.size(); ++i) object[header[i]] = fields[i];
                object["message"] = message.index + 1;
                object["system"] = message.system;
                std::cout << object.dump() << "\n";
            } else {
                std::string firstLine = message.text.substr(0, message.text.find('\n'));
                std::string mark = message.system ? "(system)" : code.empty() ? "-" : code + (automatic ? " (auto)" : "");
                std::cout << source->id << ":" << formatLines(message.location) << "  " << mark << "  "
                          << (message.system ? "" : message.author + ": ") << firstLine << "\n";
            }
        }
    }
    return kOk;
}

// Saves once, then prints the report; nothing is written when nothing changed.
int saveAndReport(const Project& project, bool changed, const std::string& path, const std::vector<std::string>& report) {
    if (changed)
        if (WriteResult written = saveProject(project, path); !written) return fail(written.error);
    for (const std::string& line : report) std::cout << line << "\n";
    if (!changed) std::cout << "nothing changed; " << path << " not written\n";
    return kOk;
}

// Each command is made against the project as the ones before it left it, and applied at once;
// the file is written only at the end, so an error on the way leaves it untouched.
bool apply(Project& project, edits::CommandPtr command) {
    return UndoStack(project).push(std::move(command));  // the one way every edit is applied
}

int autoCodeAll(Project& project, const Selection& selection, bool overwrite, const std::string& path) {
    bool keywords = false;
    for (const Category& category : project.categories) keywords = keywords || !category.keywords.empty();
    if (!keywords) return fail("no category in " + path + " has keywords (add keywords=\"…|…\" to a <category>)");
    const Project before = project;
    std::vector<std::string> report;
    std::set<std::string> cases;
    bool changed = false;
    for (const Source* chosen : selection.sources) {
        std::string sourceId = chosen->id;  // look it up afresh: the project changes under way
        const Source& source = *project.findSource(sourceId);
        AutoCodeOptions options{selection.chosenCase ? selection.chosenCase->id : caseOfSource(project, source), overwrite};
        if (options.caseId.empty())
            return fail("source \"" + sourceId + "\" belongs to no case; name it with --case ID");
        AutoCodeResult result = autoCode(project, source, options);
        report.push_back(sourceId + ": " + std::to_string(result.coded) + " messages coded by keywords, " +
                         std::to_string(result.kept) + " coded by hand kept, " + std::to_string(result.uncoded) +
                         " uncoded, " + std::to_string(result.system) + " system messages");
        cases.insert(options.caseId);
        changed = apply(project, edits::autoCodeSource(project, sourceId, options)) || changed;
    }
    for (const std::string& caseId : cases) {
        const Case* old = before.findCase(caseId);
        const Case* now = project.findCase(caseId);
        report.push_back("case " + now->displayName() + ": " +
                         (old->messages != now->messages ? "counts follow the codings: " + countsText(now->messages)
                          : countsFollowCodings(project, *now)
                              ? "counts unchanged: " + countsText(now->messages)
                              : "counts kept as they were (not from these codings; --recount replaces them)"));
    }
    return saveAndReport(project, changed, path, report);
}

int recountAll(Project& project, const Selection& selection, const std::string& path) {
    std::set<std::string> cases;
    if (selection.chosenCase) cases.insert(selection.chosenCase->id);
    else
        for (const Source* source : selection.sources)
            for (const Coding& coding : source->codings)
                if (project.findCategory(coding.code) && !coding.caseId.empty()) cases.insert(coding.caseId);
    if (cases.empty()) return fail("no coded messages in " + path + " to count (realist code --auto codes them)");
    // Recounting a case nothing is coded for would replace its reported counts with zeros.
    for (const std::string& caseId : cases) {
        const Case* c = project.findCase(caseId);
        MessageCounts recounted = recountedMessages(project, *c);
        long coded = 0;
        for (const MessageCount& count : recounted.counts) coded += count.count.value_or(0);
        if (coded == 0) return fail("case " + c->displayName() + " has no coded messages; its counts stay as they are");
    }
    std::vector<std::string> report;
    bool changed = false;
    for (const std::string& caseId : cases) {
        const Case* c = project.findCase(caseId);
        MessageCounts recounted = recountedMessages(project, *c);
        report.push_back("case " + c->displayName() + ": " + countsText(recounted) +
                         (recounted.counts == c->messages.counts ? " (unchanged)" : " (was " + countsText(c->messages) + ")"));
        changed = apply(project, edits::recountMessages(project, caseId)) || changed;
    }
    return saveAndReport(project, changed, path, report);
}

}  // namespace

int runCode(const Args& args) {
    Usage usage{"code", "code PROJECT [--case ID] [--source ID] (--auto [--overwrite] | --list [--format text|csv|jsonl] | --recount)",
                "Codes the messages of the project's chat histories into its message categories. --auto pre-codes\n"
                "them by the categories' keywords (codings made by hand are kept unless --overwrite); --list shows\n"
                "every message with its code; --recount sets the cases' message counts from the codings. Counts\n"
                "that already followed the codings follow --auto too. PROJECT is saved atomically (the previous\n"
                "version kept as PROJECT~); nothing is written on an error."};
    po::options_description options("Options");
    options.add_options()("case", po::value<std::string>()->default_value(""), "the case (id or short name)")(
        "source", po::value<std::string>()->default_value(""), "one chat-history source (default: all of them)")(
        "auto", "pre-code the messages by keywords")("overwrite", "with --auto: also replace codings made by hand")(
        "list", "list the messages with their codes")("format", po::value<std::string>()->default_value("text"),
                                                       "with --list: text, csv or jsonl")(
        "recount", "set the message counts of the cases from the codings");
    int exitCode = kOk;
    auto vm = parseArgs(args, usage, options, {"PROJECT"}, exitCode);
    if (!vm) return exitCode;
    int actions = static_cast<int>(vm->count("auto") + vm->count("list") + vm->count("recount"));
    if (actions != 1) return fail("code: give exactly one of --auto, --list and --recount");
    if (vm->count("overwrite") && !vm->count("auto")) return fail("code: --overwrite goes with --auto only");
    if (!(*vm)["format"].defaulted() && !vm->count("list")) return fail("code: --format goes with --list only");
    auto format = choiceOrReport("--format", (*vm)["format"].as<std::string>(), {"text", "csv", "jsonl"});
    if (!format) return kBadInput;
    std::string path = (*vm)["PROJECT"].as<std::string>();
    auto project = loadOrReport(path);
    if (!project) return kBadInput;
    auto selection = selectSources(*project, *vm, path);
    if (!selection) return kBadInput;
    if (vm->count("list")) return list(*project, *selection, *format);
    if (vm->count("recount")) return recountAll(*project, *selection, path);
    if (selection->sources.empty())
        return fail("no chat-history source in " + path + (selection->chosenCase ? " for that case" : "") +
                    " (realist import whatsapp brings one in)");
    return autoCodeAll(*project, *selection, vm->count("overwrite") > 0, path);
}

}  // namespace rw::cli
