#include "model/chat/chat_body.h"

#include "model/chat/chat_media.h"
#include "model/chat/chat_system.h"
#include "model/chat/chat_text.h"

namespace rw {

namespace {

// WhatsApp caps names well below this; a longer "name" is a sentence with a colon in it.
constexpr std::size_t kMaxAuthorBytes = 100;

// Quotes in front of the first ": " hint at a system line about a subject ("changed the subject
// from "Buurt: oost" …") rather than at an author.
bool hasQuote(std::string_view text) {
    static constexpr std::string_view kQuotes[] = {"\"", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9E"};
    // Every author passes through here: one scan for the quotes' first bytes rules out most.
    bool candidate = false;
    for (char c : text) candidate = candidate || c == '"' || c == '\xC2' || c == '\xE2';
    if (!candidate) return false;
    for (std::string_view quote : kQuotes)
        if (text.find(quote) != std::string_view::npos) return true;
    return false;
}

ChatBody system(std::string_view text) { return {ChatBodyKind::System, {}, text}; }

bool isDigitByte(char c) { return c >= '0' && c <= '9'; }

// Returns where "Name:text" or "Name:." ends its author — a colon with no space after it, as Android
// writes a message that starts with punctuation — or npos when the first colon is no such thing: a
// link ("https://"), a time ("at 10:30"), or the colon of a system message.
std::size_t tightAuthorColon(std::string_view rest, std::vector<std::string_view>* people) {
    std::size_t colon = rest.substr(0, kMaxAuthorBytes + 2).find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= rest.size()) return std::string_view::npos;
    char after = rest[colon + 1];
    if (after == ' ' || after == '/') return std::string_view::npos;
    if (isDigitByte(after) && isDigitByte(rest[colon - 1])) return std::string_view::npos;
    std::string_view author = trimMarksAndSpaces(rest.substr(0, colon));
    if (author.empty() || hasQuote(author) || matchSystemMessage(rest, people)) return std::string_view::npos;
    return colon;
}

}  // namespace

ChatBody splitChatBody(std::string_view rest, const ChatLayout& layout, std::vector<std::string_view>* people) {
    rest = skipDirectionMarks(rest);
    if (rest.empty()) return {};
    std::size_t colon = rest.substr(0, kMaxAuthorBytes + 2).find(':');
    std::size_t textStart = colon + 2;
    // The common case, "Name: text", settles at the first colon; a first colon with no space after
    // it is looked at closer.
    if (colon != std::string_view::npos && colon + 1 < rest.size() && rest[colon + 1] != ' ') {
        std::size_t tight = tightAuthorColon(rest, nullptr);
        while (colon != std::string_view::npos && colon + 1 < rest.size() && rest[colon + 1] != ' ')
            colon = rest.substr(0, kMaxAuthorBytes + 2).find(':', colon + 1);
        textStart = colon + 2;
        if (tight != std::string_view::npos && tight < colon) {
            colon = tight;
            textStart = tight + 1;
        }
    }
    std::string_view author = colon == std::string_view::npos ? std::string_view() : trimMarksAndSpaces(rest.substr(0, colon));
    if (!author.empty() && hasQuote(author) && matchSystemMessage(rest, people)) return system(rest);
    if (!author.empty()) {
        std::string_view text = textStart <= rest.size() ? rest.substr(textStart) : std::string_view();
        std::size_t mark = directionMarkAt(text, 0);
        text.remove_prefix(mark);
        // iOS writes system messages under the group's name, their text led by a direction mark;
        // another export tool may have dropped the mark, but not the encryption notice.
        if (isEncryptionNotice(text)) return system(text);
        if (mark > 0 && !isMediaMessage(text) && matchSystemMessage(text, people)) return system(text);
        return {ChatBodyKind::Message, author, text};
    }
    if (matchSystemMessage(rest, people)) return system(rest);
    // An unknown system message (a newer WhatsApp, another language) where the layout marks
    // headers unmistakably; after a bare space the line is text that happens to start with a date.
    if (layout.marksSystemLines()) return system(rest);
    return {};
}

}  // namespace rw
