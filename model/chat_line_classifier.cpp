#include "model/chat_line_classifier.h"

namespace rw {

bool ChatLineClassifier::classify(std::string_view line, Start& start, std::vector<std::string_view>* people) {
    std::optional<ChatHeader> header = matchChatHeader(line, m_layout ? &*m_layout : nullptr);
    if (!header) return false;
    std::optional<ChatDateTime> when = resolveChatDate(*header, m_order.value_or(DateOrder::Dmy));
    if (!m_order && !header->fixedOrder() && !when) when = resolveChatDate(*header, DateOrder::Mdy);
    if (!when) return false;
    ChatBody body = splitChatBody(header->rest, header->layout, people);
    if (body.kind == ChatBodyKind::NotAHeader) return false;
    if (!m_layout) m_layout = header->layout;
    start.header = *header;
    start.body = body;
    start.when = *when;
    return true;
}

}  // namespace rw
