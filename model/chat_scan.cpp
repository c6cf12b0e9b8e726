#include "model/chat_scan.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <numeric>

#include "model/chat_line_classifier.h"
#include "model/chat_line_reader.h"
#include "model/chat_text.h"

namespace rw {

namespace {

int fourDigitYear(int year) { return year < 100 ? year + 2000 : year; }

// Says what is wrong with an invalid byte without echoing the line, which may hold a name.
std::string describeBadByte(std::string_view line, std::size_t at) {
    if (line[at] == '\0')
        return "binary data (a NUL byte at column " + std::to_string(at + 1) + "); not a text chat export";
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(line[at]));
    return std::string("not UTF-8 (byte ") + hex + " at column " + std::to_string(at + 1) +
           "); WhatsApp exports are UTF-8";
}

// Where each person first appears, per reading of the date on that line (Both, DmyOnly, MdyOnly):
// once the order is known, headers whose date reads only the other way turn out to be text.
using FirstSeen = std::array<long, 3>;

// Renumbers `people` by their first appearance on a line that stays a header under `kept`.
// People seen only on lines that became text go last: their names may still appear in text.
ChatParticipants renumber(const ChatParticipants& people, const std::vector<FirstSeen>& firstSeen, int kept,
                          const ChatOptions& options) {
    auto firstKept = [&](std::size_t person) {
        long both = firstSeen[person][0], other = firstSeen[person][kept];
        if (both == 0 || other == 0) return std::max(both, other);
        return std::min(both, other);
    };
    std::vector<std::size_t> order(people.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        long la = firstKept(a), lb = firstKept(b);
        if ((la == 0) != (lb == 0)) return lb == 0;
        return la < lb;
    });
    ChatParticipants renumbered(options.pseudonymPrefix, options.limits.maxParticipants);
    for (std::size_t person : order) renumbered.add(people.name(static_cast<int>(person)));
    return renumbered;
}

}  // namespace

std::string_view withoutByteOrderMark(std::string_view line, long lineNumber) {
    if (lineNumber == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    return line;
}

std::optional<ChatScan> scanChat(const ChatInput& input, const ChatOptions& options, ChatError& error) {
    const ChatLimits& limits = options.limits;
    auto fail = [&](long line, std::string message) -> std::optional<ChatScan> {
        error = {input.name(), line, std::move(message)};
        return std::nullopt;
    };
    std::string why;
    std::unique_ptr<ChatByteReader> reader = input.open(why);
    if (!reader) return fail(0, why);
    ChatLineReader lines(*reader, limits);
    ChatLineClassifier classifier(options.dateOrder);
    DateOrderInference inference;
    ChatScan scan{{}, ChatParticipants(options.pseudonymPrefix, limits.maxParticipants)};
    std::vector<FirstSeen> firstSeen;
    std::vector<std::string_view> names;
    long messages = 0;
    long messageLine = 0;
    std::size_t messageBytes = 0;
    DateReading firstReading = DateReading::Both;
    std::optional<DateOrder> fixedOrder;
    std::string_view line;
    ChatLineClassifier::Start start;
    while (lines.next(line)) {
        long number = lines.lineNumber();
        if (number == 1 && (line.starts_with("\xFF\xFE") || line.starts_with("\xFE\xFF")))
            return fail(1, "UTF-16 text; WhatsApp exports are UTF-8 (convert it with iconv)");
        line = withoutByteOrderMark(line, number);
        if (std::size_t bad = firstInvalidUtf8(line); bad != std::string_view::npos)
            return fail(number, describeBadByte(line, bad));
        names.clear();
        if (!classifier.classify(line, start, &names)) {
            if (messages == 0) {
                if (trimMarksAndSpaces(line).empty()) continue;
                return fail(number, "not a WhatsApp chat export: no date and time where the first message should "
                                    "start (like \"22-11-2018 12:29 - Name: text\")");
            }
            messageBytes += line.size() + 1;
            if (messageBytes > limits.maxMessageBytes)
                return fail(messageLine,
                            "message longer than " + describeBytes(limits.maxMessageBytes) + "; not a chat export?");
            continue;
        }
        messageLine = number;
        messageBytes = line.size();
        fixedOrder = start.header.fixedOrder();
        DateReading reading = DateReading::Both;
        if (!fixedOrder && !options.dateOrder)
            reading = inference.add(start.header.first, start.header.second, fourDigitYear(start.header.third), number);
        if (messages++ == 0) firstReading = reading;
        if (start.body.kind == ChatBodyKind::Message) names.insert(names.begin(), start.body.author);
        for (std::string_view name : names) {
            int person = scan.people.add(name);
            if (person < 0) {
                if (!scan.people.full()) continue;
                return fail(number, "more than " + std::to_string(limits.maxParticipants) +
                                        " different people; not a chat export?");
            }
            if (static_cast<std::size_t>(person) == firstSeen.size()) firstSeen.push_back({0, 0, 0});
            long& seen = firstSeen[person][static_cast<int>(reading)];
            if (seen == 0) seen = number;
        }
    }
    if (!lines.error().empty()) return fail(lines.errorLine(), lines.error());
    if (messages == 0) return fail(0, "no messages; not a WhatsApp chat export");

    ChatSummary& summary = scan.summary;
    summary.orderInferred = !options.dateOrder;
    if (options.dateOrder) {
        summary.order = *options.dateOrder;
    } else if (fixedOrder) {
        summary.order = *fixedOrder;
    } else {
        std::optional<DateOrder> order = inference.order();
        if (!order)
            return fail(std::max(inference.dmyLine(), inference.mdyLine()),
                        "dates disagree on the order of day and month: " + std::to_string(inference.dmyVotes()) +
                            " read only as day-month (first on line " + std::to_string(inference.dmyLine()) + "), " +
                            std::to_string(inference.mdyVotes()) + " only as month-day (first on line " +
                            std::to_string(inference.mdyLine()) + "); set the date order explicitly");
        summary.order = *order;
        summary.orderAmbiguous = !inference.decided();
        bool dmy = *order == DateOrder::Dmy;
        long overruled = dmy ? inference.mdyVotes() : inference.dmyVotes();
        if (overruled > 0) {
            long firstOverruled = dmy ? inference.mdyLine() : inference.dmyLine();
            if (firstReading == (dmy ? DateReading::MdyOnly : DateReading::DmyOnly))
                return fail(firstOverruled, "the first message's date reads only as " +
                                                std::string(dmy ? "month-day" : "day-month") +
                                                ", most others only the other way; set the date order explicitly");
            summary.warnings.push_back(std::to_string(overruled) + (overruled == 1 ? " line" : " lines") +
                                       " whose date reads only as " + (dmy ? "month-day" : "day-month") +
                                       " (first on line " + std::to_string(firstOverruled) +
                                       ") taken for message text, as most dates read the other way");
            messages -= overruled;
            scan.people = renumber(scan.people, firstSeen, dmy ? 1 : 2, options);
        }
    }
    summary.messages = messages;
    summary.participants = scan.people.size();
    if (options.roles) {
        std::vector<bool> used(options.roles->size(), false);
        for (int person = 0; person < static_cast<int>(scan.people.size()); ++person) {
            int entry = options.roles->find(scan.people.name(person));
            if (entry < 0) continue;
            scan.people.setRole(person, options.roles->role(entry));
            used[entry] = true;
        }
        long unused = std::count(used.begin(), used.end(), false);
        if (unused > 0)
            summary.warnings.push_back(std::to_string(unused) + (unused == 1 ? " name" : " names") +
                                       " of the role map " + (unused == 1 ? "appears" : "appear") +
                                       " nowhere in the chat");
    }
    return scan;
}

}  // namespace rw
