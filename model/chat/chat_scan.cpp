#include "model/chat/chat_scan.h"

#include <algorithm>
#include <array>
#include <numeric>

#include "model/chat/chat_checked_lines.h"
#include "model/chat/chat_line_classifier.h"
#include "model/chat/chat_text.h"
#include "model/core/translate.h"

namespace rw {

namespace {

// Where each person first appears, per reading of the date on that line (Both, DmyOnly, MdyOnly):
// once the order is known, headers whose date reads only the other way turn out to be text.
using FirstSeen = std::array<long, 3>;

// "1 line" or "3 lines", for a count in a message.
std::string lines(long count) {
    return count == 1 ? fill(tr("{1} line"), {std::to_string(count)}) : fill(tr("{1} lines"), {std::to_string(count)});
}

// What one reading of the export found.
struct Pass {
    ChatParticipants people;
    std::vector<FirstSeen> firstSeen;
    DateOrderInference inference;
    long headers = 0;
    DateReading firstReading = DateReading::Both;
    bool inferable = false;                 // some header leaves the order to the whole file
    std::optional<DateOrder> fixedOrder;    // the order the first header's layout fixes, if any
    long textBefore = 0;                    // non-blank lines before the first header
    long textBeforeLine = 0;
    std::vector<ChatLayout> layouts;
    std::vector<long> layoutHeaders;        // headers per layout
    std::vector<long> layoutFirstLine;
    std::vector<ChatLineClassifier::OtherLayout> others;
    std::vector<long> damaged;
    std::vector<ChatWarning> damageWarnings;
    long yearlessRollovers = 0;
    long firstYearlessLine = 0;
    bool yearBeforeYearless = false;
    long earlyLine = 0;  // the first date before WhatsApp existed, and its year
    int earlyYear = 0;
};

// WhatsApp began in 2009: an earlier year is a calendar we do not convert (the Solar Hijri of
// Persian phones: 1401) or a wrong year, and is said so rather than passed on silently.
constexpr int kFirstWhatsAppYear = 2009;

// Reads the whole export once. With `layouts` empty, the first header fixes the layout.
std::optional<Pass> readOnce(const ChatInput& input, const ChatOptions& options, std::vector<ChatLayout> layouts,
                             Error& error) {
    const ChatLimits& limits = options.limits;
    auto fail = [&](long line, std::string message, long column = 0) -> std::optional<Pass> {
        error = input.errorAt(line, std::move(message), column);
        return std::nullopt;
    };
    std::string why;
    std::unique_ptr<ChatByteReader> reader = input.open(why);
    if (!reader) return fail(0, why);
    ChatCheckedLines lines(*reader, limits);
    ChatLineClassifier classifier({options.dateOrder, std::move(layouts), true, 2000});
    Pass pass{.people = ChatParticipants(options.pseudonymPrefix, limits.maxParticipants)};
    std::vector<std::string_view> names;
    long messageLine = 0;
    std::size_t messageBytes = 0;
    std::string_view line;
    ChatLineClassifier::Start start;
    while (lines.next(line)) {
        long number = lines.lineNumber();
        names.clear();
        if (!classifier.classify(line, number, start, &names)) {
            if (pass.headers == 0) {
                if (!trimMarksAndSpaces(line).empty() && pass.textBefore++ == 0) pass.textBeforeLine = number;
                continue;
            }
            messageBytes += line.size() + 1;
            if (messageBytes > limits.maxMessageBytes)
                return fail(messageLine, fill(tr("message longer than {1}; not a chat export?"),
                                              {describeBytes(limits.maxMessageBytes)}));
            continue;
        }
        messageLine = number;
        messageBytes = line.size();
        std::optional<DateOrder> fixed = start.header.fixedOrder();
        if (pass.headers == 0) pass.fixedOrder = fixed;
        DateReading reading = DateReading::Both;
        if (!fixed) pass.inferable = true;
        if (!fixed && !options.dateOrder)
            reading = pass.inference.add(start.header.first, start.header.second, start.when.year, number);
        if (pass.headers++ == 0) pass.firstReading = reading;
        if (start.when.year < kFirstWhatsAppYear && pass.earlyLine == 0 && !start.header.layout.yearless)
            pass.earlyLine = number, pass.earlyYear = start.when.year;
        std::size_t which = start.layout;
        if (which >= pass.layoutHeaders.size()) pass.layoutHeaders.resize(which + 1, 0), pass.layoutFirstLine.resize(which + 1, 0);
        if (pass.layoutHeaders[which]++ == 0) pass.layoutFirstLine[which] = number;
        if (start.body.kind == ChatBodyKind::Message) names.insert(names.begin(), start.body.author);
        for (std::string_view name : names) {
            int person = pass.people.add(name);
            if (person < 0) {
                if (!pass.people.full()) continue;
                return fail(number, fill(tr("more than {1} different people; not a chat export?"),
                                         {std::to_string(limits.maxParticipants)}));
            }
            if (static_cast<std::size_t>(person) == pass.firstSeen.size()) pass.firstSeen.push_back({0, 0, 0});
            long& seen = pass.firstSeen[person][static_cast<int>(reading)];
            if (seen == 0) seen = number;
        }
    }
    if (!lines.error().empty()) return fail(lines.errorLine(), lines.error(), lines.errorColumn());
    pass.layouts = classifier.layouts();
    pass.others = classifier.others();
    pass.damaged = lines.damagedLines();
    pass.damageWarnings = lines.warnings();
    pass.yearlessRollovers = classifier.yearlessRollovers();
    pass.firstYearlessLine = classifier.firstYearlessLine();
    pass.yearBeforeYearless = classifier.yearWrittenBeforeYearless();
    return pass;
}

// True when headers of another layout belong to this chat rather than to text pasted into it:
// more than one of them, written by people who also write in the file's layout, or too many to
// be quoted (a twentieth of all headers).
bool belongsToTheChat(const ChatLineClassifier::OtherLayout& other, const Pass& pass) {
    if (other.lines < 2) return false;
    for (const std::string& author : other.authors)
        if (pass.people.find(author) >= 0) return true;
    return other.lines * 20 >= pass.headers;
}

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

std::string orderWords(DateOrder order) {
    switch (order) {
    case DateOrder::Dmy: return tr("day-month");
    case DateOrder::Mdy: return tr("month-day");
    case DateOrder::Ymd: return tr("year-month-day");
    }
    return {};
}

// "14 dates read only as day-month (first on line 3), none only as month-day".
std::string votes(const DateOrderInference& inference) {
    std::string dmy = inference.dmyVotes() == 0
                          ? tr("no date reads only as day-month")
                          : fill(tr("{1} dates read only as day-month (first on line {2})"),
                                 {std::to_string(inference.dmyVotes()), std::to_string(inference.dmyLine())});
    std::string mdy = inference.mdyVotes() == 0
                          ? tr("none only as month-day")
                          : fill(tr("{1} only as month-day (first on line {2})"),
                                 {std::to_string(inference.mdyVotes()), std::to_string(inference.mdyLine())});
    return dmy + ", " + mdy;
}

}  // namespace

std::optional<ChatScan> scanChat(const ChatInput& input, const ChatOptions& options, Error& error) {
    auto fail = [&](long line, std::string message) -> std::optional<ChatScan> {
        error = input.errorAt(line, std::move(message));
        return std::nullopt;
    };
    std::optional<Pass> found = readOnce(input, options, {}, error);
    if (!found) return std::nullopt;
    // A second layout that belongs to the chat: read the export again with both.
    std::vector<ChatLayout> layouts = found->layouts;
    for (const ChatLineClassifier::OtherLayout& other : found->others)
        if (belongsToTheChat(other, *found)) layouts.push_back(other.layout);
    if (layouts.size() > found->layouts.size()) {
        found = readOnce(input, options, layouts, error);
        if (!found) return std::nullopt;
    }
    Pass& pass = *found;
    if (pass.headers == 0) {
        if (pass.textBefore > 0)
            return fail(pass.textBeforeLine,
                        tr("not a WhatsApp chat export: no line starts with a date and time the way a message does "
                           "(like \"22-11-2018 12:29 - Name: text\")"));
        return fail(0, tr("no messages; not a WhatsApp chat export"));
    }

    ChatScan scan{{}, std::move(pass.people), pass.layouts, pass.damaged, 2000};
    ChatSummary& summary = scan.summary;
    std::vector<ChatWarning>& warnings = summary.warnings;
    warnings = pass.damageWarnings;
    if (pass.textBefore > 0)
        warnings.push_back({pass.textBeforeLine, fill(tr("{1} before the first message header skipped (not part of any message)"),
                                                      {lines(pass.textBefore)})});

    // The layouts, most used first; a mix is said out loud, never merged silently.
    std::vector<std::size_t> byUse(pass.layouts.size());
    std::iota(byUse.begin(), byUse.end(), 0);
    pass.layoutHeaders.resize(pass.layouts.size(), 0);
    pass.layoutFirstLine.resize(pass.layouts.size(), 0);
    std::stable_sort(byUse.begin(), byUse.end(),
                     [&](std::size_t a, std::size_t b) { return pass.layoutHeaders[a] > pass.layoutHeaders[b]; });
    for (std::size_t i : byUse) summary.layouts.push_back(describeLayout(pass.layouts[i]));
    if (pass.layouts.size() > 1) {
        std::string mix;
        long firstOfSecond = 0;
        for (std::size_t i : byUse) {
            if (!mix.empty()) mix += ", ";
            mix += fill(tr("\"{1}\" ({2})"), {describeLayout(pass.layouts[i]), lines(pass.layoutHeaders[i])});
            if (i > 0 && (firstOfSecond == 0 || pass.layoutFirstLine[i] < firstOfSecond)) firstOfSecond = pass.layoutFirstLine[i];
        }
        warnings.push_back({firstOfSecond, fill(tr("the export writes its headers in {1} layouts, all read as messages: {2}"),
                                                {std::to_string(pass.layouts.size()), mix})});
    }
    for (const ChatLineClassifier::OtherLayout& other : pass.others)
        warnings.push_back({other.firstLine, fill(tr("{1} written like a header in another layout (\"{2}\") taken for message "
                                                     "text: the messages of this export start \"{3}\""),
                                                  {lines(other.lines), describeLayout(other.layout), summary.layouts.front()})});

    if (pass.earlyLine > 0)
        warnings.push_back({pass.earlyLine, fill(tr("a date in {1}, before WhatsApp existed: a calendar this parser does not "
                                                    "convert (Persian phones write the Solar Hijri year, like 1401) or a "
                                                    "wrong date; the years are kept as written"),
                                                 {std::to_string(pass.earlyYear)})});
    // Dates without a year: continued from the dates before them, or counted back from the year
    // the export was written (the newest of them are from that year).
    if (pass.firstYearlessLine > 0) {
        std::string years;
        if (pass.yearBeforeYearless) {
            warnings.push_back({pass.firstYearlessLine,
                                fill(tr("dates without a year (first on line {1}) continue the year of the dates before them"),
                                     {std::to_string(pass.firstYearlessLine)})});
        } else {
            std::optional<int> written = input.writtenYear();
            if (!written)
                return fail(pass.firstYearlessLine, tr("dates without a year, and no date of the export file to count "
                                                       "the year from"));
            scan.yearlessYear = *written - static_cast<int>(pass.yearlessRollovers);
            std::string range = std::to_string(scan.yearlessYear);
            if (pass.yearlessRollovers > 0) range += "–" + std::to_string(*written);
            warnings.push_back({pass.firstYearlessLine,
                                fill(tr("dates without a year (first on line {1}) read as {2}: counted back from {3}, the "
                                        "year the export file was written"),
                                     {std::to_string(pass.firstYearlessLine), range, std::to_string(*written)})});
        }
    }

    long messages = pass.headers;
    DateOrderInference& inference = pass.inference;
    summary.orderInferred = !options.dateOrder;
    if (options.dateOrder) {
        summary.order = *options.dateOrder;
        summary.orderEvidence = tr("set by --date-order");
    } else if (!pass.inferable) {
        summary.order = pass.fixedOrder.value_or(DateOrder::Dmy);
        summary.orderEvidence = summary.order == DateOrder::Ymd   ? tr("fixed by the layout: the year comes first")
                                : summary.order == DateOrder::Mdy ? tr("fixed by the layout: the month's name comes first")
                                                                  : tr("fixed by the layout: the month is named after the day");
    } else {
        std::optional<DateOrder> order = inference.order();
        if (!order) {
            error = input.errorAt(
                std::max(inference.dmyLine(), inference.mdyLine()),
                fill(tr("dates disagree on the order of day and month: {1} read only as day-month (first on line {2}), "
                        "{3} only as month-day (first on line {4}); set the date order explicitly"),
                     {std::to_string(inference.dmyVotes()), std::to_string(inference.dmyLine()),
                      std::to_string(inference.mdyVotes()), std::to_string(inference.mdyLine())}));
            return std::nullopt;
        }
        summary.order = *order;
        summary.orderAmbiguous = !inference.decided();
        if (inference.decided()) {
            summary.orderEvidence = votes(inference);
        } else {
            long backDmy = inference.backwardsDmy(), backMdy = inference.backwardsMdy();
            summary.orderEvidence =
                backDmy == backMdy
                    ? fill(tr("no date has a day above 12, and the dates run in order either way; {1} is the default"),
                           {orderWords(*order)})
                    : fill(tr("no date has a day above 12; read as {1}, the dates run in order more often ({2} steps back, "
                              "against {3} read the other way)"),
                           {orderWords(*order), std::to_string(std::min(backDmy, backMdy)),
                            std::to_string(std::max(backDmy, backMdy))});
        }
        bool dmy = *order == DateOrder::Dmy;
        long overruled = dmy ? inference.mdyVotes() : inference.dmyVotes();
        if (overruled > 0) {
            long firstOverruled = dmy ? inference.mdyLine() : inference.dmyLine();
            std::string other = orderWords(dmy ? DateOrder::Mdy : DateOrder::Dmy);
            if (pass.firstReading == (dmy ? DateReading::MdyOnly : DateReading::DmyOnly))
                return fail(firstOverruled, fill(tr("the first message's date reads only as {1}, most others only the other "
                                                    "way; set the date order explicitly"),
                                                 {other}));
            warnings.push_back({firstOverruled, fill(tr("{1} whose date reads only as {2} (first on line {3}) taken for "
                                                        "message text, as most dates read the other way"),
                                                     {lines(overruled), other, std::to_string(firstOverruled)})});
            messages -= overruled;
            scan.people = renumber(scan.people, pass.firstSeen, dmy ? 1 : 2, options);
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
            warnings.push_back({0, unused == 1 ? tr("1 name of the role map appears nowhere in the chat")
                                               : fill(tr("{1} names of the role map appear nowhere in the chat"),
                                                      {std::to_string(unused)})});
    }
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const ChatWarning& a, const ChatWarning& b) { return a.line < b.line; });
    return scan;
}

}  // namespace rw
