// realist chat parse FILE [--format jsonl|csv|json] [--names pseudonymize|keep] [--date-order dmy|mdy|ymd]
//                         [--roles MAPFILE]

#include <cstdio>
#include <iostream>

#include "app/cli/chat_writer.h"
#include "app/cli/commands.h"
#include "model/chat/chat_parser.h"

namespace rw::cli {

namespace {

void printChatHelp() {
    std::cout << "Usage: realist chat parse FILE [options] (realist chat parse --help for them)\n\n"
                 "Reads a WhatsApp chat export (.txt, or the .zip WhatsApp makes) and prints one message per line,\n"
                 "pseudonymised unless asked otherwise.\n";
}

// Prints the warnings of the first pass before any message, so they are seen even when stdout is a
// pipe: one line each, "FILE:LINE: warning: …".
class WarningWriter : public ChatWriter {
public:
    WarningWriter(std::string file, ChatFormat format, bool withRole)
        : ChatWriter(stdout, format, withRole), m_file(std::move(file)) {
        setFile(m_file);
    }
    void begin(const ChatSummary& summary) override {
        if (summary.orderAmbiguous)
            std::cerr << m_file << ": warning: no date tells whether the day or the month comes first "
                      << "(every day is 12 or less); read as " << dateOrderName(summary.order)
                      << " — pass --date-order to be sure\n";
        for (const ChatWarning& warning : summary.warnings) {
            std::cerr << m_file;
            if (warning.line > 0) std::cerr << ":" << warning.line;
            std::cerr << ": warning: " << warning.message << "\n";
        }
        ChatWriter::begin(summary);
    }

private:
    std::string m_file;
};

}  // namespace

int runChat(const Args& args) {
    if (args.empty() || args.front() == "--help" || args.front() == "-h") {
        printChatHelp();
        return args.empty() ? kBadInput : kOk;
    }
    if (args.front() != "parse") return fail("chat: unknown sub-command \"" + args.front() + "\" (realist chat parse FILE)");
    Usage usage{"chat parse",
                "chat parse FILE [--format jsonl|csv|json] [--names pseudonymize|keep] [--date-order dmy|mdy|ymd] [--roles MAPFILE]",
                "Reads a WhatsApp chat export — a .txt or the .zip WhatsApp makes; Android or iOS; any of the common\n"
                "locales — and prints one message per line: datetime (ISO 8601), author (null for system messages),\n"
                "system, text (continuation lines joined with \\n) and media. Authors become \"deelnemer 1\", \"deelnemer 2\",\n"
                "… in order of first appearance, and their names and phone numbers are scrubbed from the text, unless\n"
                "--names keep. The day/month order is inferred from the whole file (--format json says from which\n"
                "dates). The export is checked whole before the first line is printed: a bad one prints\n"
                "FILE:LINE: what is wrong, and nothing on stdout; what could be worked around (text before the first\n"
                "message, a line that is not UTF-8, lines in another header layout) is a warning on stderr,\n"
                "FILE:LINE: warning: …, and in the json output."};
    po::options_description options("Options");
    options.add_options()("format", po::value<std::string>()->default_value("jsonl"),
                          "jsonl, csv, or json (one document: the summary with the date order, its evidence and the "
                          "warnings, then the messages)")(
        "names", po::value<std::string>()->default_value("pseudonymize"), "pseudonymize or keep")(
        "date-order", po::value<std::string>(), "dmy, mdy or ymd (default: inferred from the whole file)")(
        "roles", po::value<std::string>(),
        "a file of \"name = role\" lines; adds a role column (the names never reach the output)");
    int exitCode = kOk;
    auto vm = parseArgs(Args(args.begin() + 1, args.end()), usage, options, {"FILE"}, exitCode);
    if (!vm) return exitCode;
    auto format = choiceOrReport("--format", (*vm)["format"].as<std::string>(), {"jsonl", "csv", "json"});
    auto names = choiceOrReport("--names", (*vm)["names"].as<std::string>(), {"pseudonymize", "keep"});
    if (!format || !names) return kBadInput;
    ChatOptions chatOptions;
    chatOptions.names = *names == "keep" ? ChatNames::Keep : ChatNames::Pseudonymize;
    if (vm->count("date-order")) {
        auto order = choiceOrReport("--date-order", (*vm)["date-order"].as<std::string>(), {"dmy", "mdy", "ymd"});
        if (!order) return kBadInput;
        chatOptions.dateOrder = parseDateOrder(*order);
    }
    ChatRoleMap roles;
    if (vm->count("roles")) {
        std::string error;
        if (!roles.load((*vm)["roles"].as<std::string>(), error)) {
            std::cerr << error << "\n";
            return kBadInput;
        }
        chatOptions.roles = &roles;
    }
    std::string file = (*vm)["FILE"].as<std::string>();
    ChatFormat chatFormat = *format == "csv" ? ChatFormat::Csv : *format == "json" ? ChatFormat::Json : ChatFormat::Jsonl;
    WarningWriter writer(file, chatFormat, chatOptions.roles != nullptr);
    ChatParseResult result = parseChatFile(file, chatOptions, writer);
    bool written = writer.finish();
    if (!result) {
        std::cerr << result.error->toString() << "\n";
        return kBadInput;
    }
    if (!written) return fail("chat parse: cannot write the output");
    return kOk;
}

}  // namespace rw::cli
