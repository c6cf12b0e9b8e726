#include "model/chat/chat_media.h"

#include <array>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/chat/chat_media_phrases.h"
#include "model/chat/chat_text.h"

namespace rw {

namespace {

// The markers of every language, indexed so that a message costs a few look-ups however many
// languages there are: every message's text passes through here.
class MediaIndex {
public:
    MediaIndex() : m_lastTwo(std::size_t{1} << 16, false) {
        for (const MediaPhrases& language : mediaPhraseTables()) {
            m_brackets.insert(language.omittedInBrackets.begin(), language.omittedInBrackets.end());
            m_attached.insert(language.attachedWords.begin(), language.attachedWords.end());
            m_fileAttached.insert(language.fileAttached.begin(), language.fileAttached.end());
            for (std::string_view phrase : language.omittedPhrases) {
                m_omittedWhole.insert(phrase);
                addSuffix(phrase, false);
            }
            for (std::string_view phrase : language.documentOmitted) {
                m_omittedWhole.insert(phrase);
                addSuffix(phrase, true);
            }
        }
    }

    bool bracketed(std::string_view inside) const { return m_brackets.contains(inside) || m_omittedWhole.contains(inside); }
    bool attachedWord(std::string_view word) const { return m_attached.contains(word); }
    bool fileAttached(std::string_view inside) const { return m_fileAttached.contains(inside); }

    // A phrase that ends an iOS media line; a document's may follow its description.
    struct Omitted {
        std::string_view phrase;
        bool afterDescription = false;
    };

    // Returns the omitted-media phrase `line` ends with ("image omitted"), or an empty phrase.
    Omitted omittedSuffix(std::string_view line) const {
        if (line.size() < 4 || !m_lastTwo[lastTwo(line)]) return {};
        auto found = m_bySuffix.find(suffixKey(line));
        if (found == m_bySuffix.end()) return {};
        for (const Omitted& omitted : found->second)
            if (line.ends_with(omitted.phrase)) return omitted;
        return {};
    }

private:
    void addSuffix(std::string_view phrase, bool afterDescription) {
        m_bySuffix[suffixKey(phrase)].push_back({phrase, afterDescription});
        m_lastTwo[lastTwo(phrase)] = true;
    }

    static std::size_t lastTwo(std::string_view text) {
        return static_cast<unsigned char>(text[text.size() - 2]) << 8 | static_cast<unsigned char>(text.back());
    }
    static std::uint32_t suffixKey(std::string_view text) {
        std::uint32_t key = 0;
        for (std::size_t i = text.size() - 4; i < text.size(); ++i) key = key << 8 | static_cast<unsigned char>(text[i]);
        return key;
    }

    std::unordered_set<std::string_view> m_brackets;
    std::unordered_set<std::string_view> m_attached;
    std::unordered_set<std::string_view> m_fileAttached;
    std::unordered_set<std::string_view> m_omittedWhole;
    std::unordered_map<std::uint32_t, std::vector<Omitted>> m_bySuffix;
    std::vector<bool> m_lastTwo;  // the last two bytes of some phrase: rules out most messages at once
};

const MediaIndex& mediaIndex() {
    static const MediaIndex index;
    return index;
}

}  // namespace

bool isMediaMessage(std::string_view text) {
    const MediaIndex& index = mediaIndex();
    std::string_view line = text.substr(0, text.find('\n'));
    line = trimMarksAndSpaces(line);
    if (line.empty()) return false;
    if (line.back() == '>') {
        // "<Media omitted>" alone; "<attached: 00000012-PHOTO-….jpg>", perhaps after a file's description.
        std::size_t open = line.rfind('<');
        if (open == std::string_view::npos) return false;
        std::string_view inside = trimMarksAndSpaces(line.substr(open + 1, line.size() - open - 2));
        if (open == 0 && index.bracketed(inside)) return true;
        std::size_t colon = inside.find(':');
        return colon != std::string_view::npos && index.attachedWord(trimMarksAndSpaces(inside.substr(0, colon)));
    }
    if (line.back() == ')') {
        // "IMG-20181122-WA0001.jpg (file attached)"
        std::size_t open = line.rfind('(');
        return open != std::string_view::npos && index.fileAttached(line.substr(open + 1, line.size() - open - 2));
    }
    MediaIndex::Omitted omitted = index.omittedSuffix(line);
    if (omitted.phrase.empty()) return false;
    // The marker stands alone; a document's also after its description ("Buurt.pdf • 2 pages document
    // omitted"), never inside a sentence, and a description is never followed by more lines.
    std::string_view before = line.substr(0, line.size() - omitted.phrase.size());
    if (trimMarksAndSpaces(before).empty()) return true;
    if (!omitted.afterDescription) return false;
    bool wordStart = spaceAt(before, before.size() - 1) > 0 || (before.size() >= 2 && spaceAt(before, before.size() - 2) == 2) ||
                     (before.size() >= 3 && spaceAt(before, before.size() - 3) == 3);
    return wordStart && text.find('\n') == std::string_view::npos;
}

}  // namespace rw
