// The built-in WhatsApp importer: a chat export (.txt or .zip) becomes a chat-history source
// whose embedded text holds the pseudonymised messages, one informant per author, and, for the
// case it belongs to, the observed period of its message counts.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <set>

#include "model/chat/chat_parser.h"
#include "model/core/ids.h"
#include "model/core/translate.h"
#include "model/edit/edits.h"
#include "model/plugins/import_step.h"
#include "model/plugins/plugin_manager.h"

namespace rw {
namespace {

// Collects the messages as the lines of the source text: "2018-11-22T12:29 deelnemer 3: text".
class SourceTextSink : public ChatSink {
public:
    explicit SourceTextSink(const ImportRequest& importRequest) : request(importRequest) {}
    void begin(const ChatSummary& summary) override { total = summary.messages; }
    void message(const ChatMessage& m) override {
        // The parser cannot be stopped from here: once cancelled, the rest is only skipped.
        if (cancelled) return;
        if (request.progress && count % 256 == 0 && total > 0)
            cancelled = !request.progress(0.5 + 0.5 * static_cast<double>(count) / static_cast<double>(total));
        std::string line = m.dateTime.iso() + " " + (m.system ? std::string("—") : std::string(m.author)) + ": ";
        std::string text(m.text);
        if (m.media && text.empty()) text = "<media>";
        // Continuation lines stay in the message, indented, so that every line of the source
        // still begins with the date of its message.
        for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 2)) text.insert(at + 1, "  ");
        lines += line + text + "\n";
        if (!m.system) {
            std::string author(m.author);
            if (!seen.count(author)) {
                seen.insert(author);
                authors.push_back({author, std::string(m.role)});
            }
        }
        if (!first) first = m.dateTime;
        last = m.dateTime;
        ++count;
    }
    std::string lines;
    std::vector<std::pair<std::string, std::string>> authors;  // name as stored, role
    std::set<std::string> seen;
    std::optional<ChatDateTime> first;
    ChatDateTime last;
    long count = 0;
    const ImportRequest& request;
    long total = 0;
    bool cancelled = false;
};

std::string isoDate(const ChatDateTime& t) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", t.year, t.month, t.day);
    return buffer;
}

// Months between two dates, to one decimal, counted as the study did (days / 30.44).
std::string monthsBetween(const ChatDateTime& a, const ChatDateTime& b) {
    auto days = [](const ChatDateTime& t) {
        return std::chrono::sys_days(std::chrono::year(t.year) / t.month / t.day).time_since_epoch().count();
    };
    double months = static_cast<double>(days(b) - days(a)) / 30.44;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", months);
    return buffer;
}

class WhatsAppImporter : public Importer {
public:
    std::string name() const override { return "whatsapp"; }
    std::string description() const override {
        return "WhatsApp chat export (Android or iOS, any locale; .txt or the .zip), pseudonymised";
    }
    std::vector<std::string> extensions() const override { return {"txt", "zip"}; }

    ImportResult import(const ImportRequest& request, const Project& project) const override {
        ImportResult result;
        ChatOptions options;
        if (importOption(request, "names") == "keep") options.names = ChatNames::Keep;
        ChatRoleMap roles;
        if (std::string path = importOption(request, "roles"); !path.empty()) {
            if (!roles.load(path, result.error)) return result;
            options.roles = &roles;
        }
        if (std::string order = importOption(request, "date-order"); !order.empty()) {
            options.dateOrder = parseDateOrder(order);
            if (!options.dateOrder) {
                result.error = fill(tr("--date-order must be dmy, mdy or ymd, not \"{1}\""), {order});
                return result;
            }
        }
        if (project.language != "nl") options.pseudonymPrefix = "participant";
        auto cancelled = [&result, &request] {
            result.error = request.path + ": cancelled";
            return std::move(result);
        };
        // The parser's first pass (checking the whole export) is about half of the work.
        if (request.progress && !request.progress(0.0)) return cancelled();
        SourceTextSink sink(request);
        ChatParseResult parsed = parseChatFile(request.path, options, sink);
        if (sink.cancelled) return cancelled();
        if (!parsed) {
            result.error = parsed.error->toString();
            return result;
        }
        if (sink.count == 0) {
            result.error = request.path + ": the export holds no messages";
            return result;
        }
        std::filesystem::path file(request.path);
        Source source;
        source.kind = SourceKind::ChatHistory;
        source.title = "Chat " + file.stem().string();
        source.file = file.filename().string();
        source.date = isoDate(sink.last);
        source.text = sink.lines;
        source.id = uniqueId(slugify(source.title), [&](const std::string& id) { return project.findSource(id) != nullptr; });

        ImportStep step(project, "Import chat " + source.file);
        step.add(edits::addSource(step.scratch(), source));
        for (const auto& [author, role] : sink.authors) {
            Informant informant{uniqueId(source.id + "-" + slugify(author),
                                         [&](const std::string& id) { return step.scratch().findInformant(id) != nullptr; }),
                                role.empty() ? "deelnemer" : role, request.caseId, "author \"" + author + "\" in " + source.file};
            step.add(edits::addInformant(step.scratch(), informant));
        }
        if (!request.caseId.empty() && step.scratch().findCase(request.caseId) &&
            step.scratch().findCase(request.caseId)->messages.empty()) {
            // The observed period; the counts per category come from coding the messages.
            Case updated = *step.scratch().findCase(request.caseId);
            updated.messages.from = isoDate(*sink.first);
            updated.messages.to = isoDate(sink.last);
            updated.messages.months = monthsBetween(*sink.first, sink.last);
            result.notes.push_back("case " + updated.displayName() + ": observed period " + updated.messages.from +
                                   " to " + updated.messages.to + " (" + updated.messages.months + " months)");
            step.add(edits::setMessages(step.scratch(), request.caseId, updated.messages));
        }
        result.command = step.finish();
        result.notes.insert(result.notes.begin(),
                            source.file + ": " + std::to_string(sink.count) + " messages, " +
                                std::to_string(sink.authors.size()) + " authors, source \"" + source.id + "\"" +
                                (options.names == ChatNames::Keep ? " (names kept)" : " (names pseudonymised)"));
        const ChatSummary& summary = parsed.summary;
        static constexpr const char* kOrders[] = {"day-month", "month-day", "year-month-day"};
        std::string orderNote = fill(tr("date order: {1} ({2})"), {tr(kOrders[static_cast<int>(summary.order)]),
                                                                   summary.orderEvidence});
        if (summary.orderInferred) orderNote += "; " + tr("import again with --date-order to change it");
        result.notes.push_back(source.file + ": " + orderNote);
        if (summary.orderAmbiguous)
            result.notes.push_back(fill(tr("{1}: warning: no date decides between day-month and month-day; read as {2}"),
                                        {source.file, tr(kOrders[static_cast<int>(summary.order)])}));
        for (const ChatWarning& warning : summary.warnings) {
            std::string where = warning.line > 0 ? source.file + ":" + std::to_string(warning.line) : source.file;
            result.notes.push_back(fill(tr("{1}: warning: {2}"), {where, warning.message}));
        }
        return result;
    }
};

}  // namespace

std::unique_ptr<Importer> makeWhatsAppImporter() { return std::make_unique<WhatsAppImporter>(); }

}  // namespace rw
