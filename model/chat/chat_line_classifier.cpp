#include "model/chat/chat_line_classifier.h"

#include "model/chat/chat_text.h"

namespace rw {

namespace {

constexpr std::size_t kAuthorsKept = 16;

// A leap year, so that 29 February without a year is a date in both passes.
constexpr int kLeapYear = 2000;

}  // namespace

ChatLineClassifier::ChatLineClassifier(Config config)
    : m_order(config.order), m_layouts(std::move(config.layouts)), m_countOthers(config.countOthers),
      m_year(config.yearlessYear) {}

std::optional<ChatHeader> ChatLineClassifier::matchLayouts(std::string_view line, std::size_t& which) const {
    which = 0;
    if (m_layouts.empty()) return matchChatHeader(line, nullptr);
    if (m_layouts.size() == 1) return matchChatHeader(line, &m_layouts.front());  // nearly every export
    for (; which < m_layouts.size(); ++which)
        if (std::optional<ChatHeader> header = matchChatHeader(line, &m_layouts[which])) return header;
    return std::nullopt;
}

void ChatLineClassifier::countOther(std::string_view line, long number) {
    std::string_view start = skipDirectionMarks(line);
    if (start.empty()) return;
    char first = start.front();
    std::size_t length = 0;
    bool plausible = first == '[' || (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') ||
                     digitAt(start, 0, length) >= 0;
    // Every header writes a time, "12:29" or "12.29", near its start: most text lines have neither.
    std::string_view near = start.substr(0, 64);
    if (!plausible || (near.find(':') == std::string_view::npos && near.find('.') == std::string_view::npos)) return;
    std::optional<ChatHeader> header = matchChatHeader(line, nullptr);
    if (!header) return;
    for (const ChatLayout& layout : m_layouts)
        if (header->layout == layout) return;  // a known layout whose date or body failed
    if (!resolveChatDate(*header, DateOrder::Dmy, kLeapYear) && !resolveChatDate(*header, DateOrder::Mdy, kLeapYear))
        return;
    ChatBody body = splitChatBody(header->rest, header->layout, nullptr);
    if (body.kind == ChatBodyKind::NotAHeader) return;
    OtherLayout* other = nullptr;
    for (OtherLayout& candidate : m_others)
        if (candidate.layout == header->layout) other = &candidate;
    if (!other) {
        m_others.push_back({header->layout, 0, number, {}});
        other = &m_others.back();
    }
    ++other->lines;
    if (body.kind == ChatBodyKind::Message && other->authors.size() < kAuthorsKept) {
        bool known = false;
        for (const std::string& author : other->authors) known = known || author == body.author;
        if (!known) other->authors.emplace_back(body.author);
    }
}

bool ChatLineClassifier::classify(std::string_view line, long number, Start& start, std::vector<std::string_view>* people) {
    std::size_t which = 0;
    std::optional<ChatHeader> header = matchLayouts(line, which);
    if (!header) {
        if (m_countOthers && !m_layouts.empty()) countOther(line, number);
        return false;
    }
    bool yearless = header->layout.yearless;
    int year = yearless ? kLeapYear : 0;
    std::optional<ChatDateTime> when = resolveChatDate(*header, m_order.value_or(DateOrder::Dmy), year);
    if (!m_order && !header->fixedOrder() && !when) when = resolveChatDate(*header, DateOrder::Mdy, year);
    if (!when) return false;
    ChatBody body = splitChatBody(header->rest, header->layout, people);
    if (body.kind == ChatBodyKind::NotAHeader) return false;
    if (m_layouts.empty()) m_layouts.push_back(header->layout);
    if (yearless) {
        if (m_firstYearless == 0) m_firstYearless = number, m_yearBeforeYearless = m_yearSeen;
        // Half a year back is the turn of a year, not a system line written out of order.
        if (m_previousMonth > 0 && m_previousMonth - when->month >= 6) ++m_year, ++m_rollovers;
        when->year = m_year;
    } else {
        m_year = when->year;
        m_yearSeen = true;
    }
    m_previousMonth = when->month;
    start.header = *header;
    start.body = body;
    start.when = *when;
    start.layout = which;
    return true;
}

}  // namespace rw
