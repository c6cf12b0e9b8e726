#include "model/chat/chat_scrubber.h"

#include <algorithm>
#include <array>

#include "model/chat/chat_roles.h"
#include "model/chat/chat_text.h"

namespace rw {

namespace {

constexpr std::string_view kFirstStrongIsolate = "\xE2\x81\xA8";  // WhatsApp wraps mentions in these
constexpr std::string_view kPopDirectionalIsolate = "\xE2\x81\xA9";

// Capitalised particles of names that are ordinary words elsewhere.
constexpr std::string_view kParticles[] = {"De", "Van", "Der", "Den", "Het", "Ter", "Ten", "Te", "La", "Le",
                                           "Du", "Von", "Di", "Da", "Del", "El", "Al", "Bin", "Ben", "Mc"};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::uint32_t keyOf(char a, char b) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
}

constexpr std::uint32_t kFolded = 1u << 16;

bool test(const std::vector<std::uint64_t>& bits, std::uint32_t key) { return bits[key >> 6] >> (key & 63) & 1; }

// 1 for ASCII letters and digits, 2 for bytes of other characters (decode to tell), 0 otherwise.
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
    std::array<std::uint8_t, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : c >= 0x80 ? 2 : 0;
    return table;
}();

bool isWordAt(std::string_view text, std::size_t at) {
    std::size_t length = 0;
    return at < text.size() && isWordCodePoint(decodeUtf8(text, at, length));
}

// True when a name that ends with `name` may stop before `text[at]`: no letter follows, or the
// name or what follows is of a script written without spaces ("健太が" holds the name 健太).
bool mayEndBefore(std::string_view text, std::size_t at, std::string_view name) {
    std::size_t length = 0;
    if (at >= text.size()) return true;
    char32_t next = decodeUtf8(text, at, length);
    if (!isWordCodePoint(next) || isUnspacedCodePoint(next)) return true;
    std::size_t last = name.size();
    while (last > 0 && (static_cast<unsigned char>(name[last - 1]) & 0xC0) == 0x80) --last;
    if (last == 0) return false;
    return isUnspacedCodePoint(decodeUtf8(name, last - 1, length));
}

// The words of a name: runs of letters and digits, with '-' and '\'' inside ("Jan-Willem").
std::vector<std::string_view> wordsOf(std::string_view name) {
    std::vector<std::string_view> words;
    std::size_t start = std::string_view::npos;
    for (std::size_t at = 0; at <= name.size();) {
        std::size_t length = 1;
        bool word = at < name.size() && (isWordAt(name, at) ||
                                         (start != std::string_view::npos && (name[at] == '-' || name[at] == '\'') &&
                                          isWordAt(name, at + 1)));
        if (at < name.size()) decodeUtf8(name, at, length);
        if (word && start == std::string_view::npos) start = at;
        if (!word && start != std::string_view::npos) {
            words.push_back(name.substr(start, at - start));
            start = std::string_view::npos;
        }
        at += length;
    }
    return words;
}

bool isNamePart(std::string_view word) {
    if (word.size() < 2 || std::all_of(word.begin(), word.end(), isDigit)) return false;
    if (word.front() >= 'a' && word.front() <= 'z') return false;  // "de", "van": particles
    return std::find(std::begin(kParticles), std::end(kParticles), word) == std::end(kParticles);
}

}  // namespace

ChatScrubber::ChatScrubber(const ChatParticipants& people)
    : m_people(people), m_exactStarts(1024, 0), m_foldedStarts(1024, 0) {
    for (int person = 0; person < static_cast<int>(people.size()); ++person) {
        const std::string& name = people.name(person);
        if (std::string phone = phoneKey(name); !phone.empty()) {
            auto [found, added] = m_phones.emplace(phone, person);
            if (!added && found->second != person) found->second = -1;
            continue;
        }
        addEntry(name, person, name.find(' ') != std::string::npos, true);
    }
    // Parts after every full name, so that a full name always wins over someone else's part.
    for (int person = 0; person < static_cast<int>(people.size()); ++person) {
        const std::string& name = people.name(person);
        if (!phoneKey(name).empty()) continue;
        for (std::string_view word : wordsOf(name))
            if (word != name && isNamePart(word)) addEntry(word, person, false, false);
    }
    // Longest first, so that "Jan de Vries" wins over "Jan".
    for (auto& [key, bucket] : m_buckets)
        std::sort(bucket.begin(), bucket.end(),
                  [this](int a, int b) { return m_entries[a].text.size() > m_entries[b].text.size(); });
}

void ChatScrubber::addEntry(std::string_view text, int person, bool ignoreCase, bool full) {
    if (text.size() < 2) return;
    auto found = m_entryIndex.find(std::string(text));
    if (found != m_entryIndex.end()) {
        Entry& entry = m_entries[found->second];
        if (!entry.full && entry.person != person) entry.person = full ? person : -1;
        entry.full = entry.full || full;
        return;
    }
    int index = static_cast<int>(m_entries.size());
    m_entries.push_back({std::string(text), person, ignoreCase, full});
    m_entryIndex.emplace(std::string(text), index);
    std::uint32_t key = ignoreCase ? keyOf(lower(text[0]), lower(text[1])) : keyOf(text[0], text[1]);
    m_buckets[ignoreCase ? key | kFolded : key].push_back(index);
    (ignoreCase ? m_foldedStarts : m_exactStarts)[key >> 6] |= std::uint64_t{1} << (key & 63);
}

std::string_view ChatScrubber::replacementFor(int person) const {
    return person < 0 ? kUnknownName : std::string_view(m_people.pseudonym(person));
}

std::string_view ChatScrubber::personOrUnknown(std::string_view name) const {
    if (std::string phone = phoneKey(name); !phone.empty()) {
        auto found = m_phones.find(phone);
        return found == m_phones.end() || found->second < 0 ? kPhoneNumber : m_people.pseudonym(found->second);
    }
    int person = m_people.find(name);
    return person < 0 ? kUnknownName : std::string_view(m_people.pseudonym(person));
}

std::string_view ChatScrubber::matchName(std::string_view text, std::size_t at, std::size_t& end) const {
    if (at + 1 >= text.size()) return {};
    std::uint32_t exact = keyOf(text[at], text[at + 1]);
    std::uint32_t folded = keyOf(lower(text[at]), lower(text[at + 1]));
    // The longest match wins across both kinds of entry: "Oma 🌷" over its part "Oma".
    const Entry* best = nullptr;
    for (std::uint32_t key : {exact, folded | kFolded}) {
        if (!test(key & kFolded ? m_foldedStarts : m_exactStarts, key & 0xFFFF)) continue;
        auto bucket = m_buckets.find(key);
        if (bucket == m_buckets.end()) continue;
        for (int index : bucket->second) {  // longest first
            const Entry& entry = m_entries[index];
            if (best && entry.text.size() <= best->text.size()) break;
            std::string_view candidate = text.substr(at, entry.text.size());
            if (candidate.size() != entry.text.size()) continue;
            if (entry.ignoreCase ? !equalsIgnoringAsciiCase(candidate, entry.text) : candidate != entry.text) continue;
            if (!mayEndBefore(text, at + candidate.size(), candidate)) continue;
            best = &entry;
            break;
        }
    }
    if (!best) return {};
    end = at + best->text.size();
    return replacementFor(best->person);
}

// "+31 6 1234 5678", "06-12345678", "(010) 123 4567": digit groups with single separators. A group
// followed by ':' is a time ("… 2018 12:30"), so the number ends before it.
std::string_view ChatScrubber::matchPhone(std::string_view text, std::size_t at, std::size_t& end,
                                          std::size_t minDigits) const {
    std::size_t i = at;
    bool plus = text[i] == '+';
    if (plus) ++i;
    char buffer[20];
    std::size_t count = 0;
    std::size_t lastEnd = i;
    while (i < text.size() && count <= 16) {
        bool paren = text[i] == '(';
        std::size_t groupStart = i + (paren ? 1 : 0);
        std::size_t j = groupStart;
        while (j < text.size() && isDigit(text[j])) ++j;
        if (j == groupStart || (paren && (j >= text.size() || text[j] != ')'))) break;
        std::size_t groupEnd = paren ? j + 1 : j;
        if (count > 0 && groupEnd < text.size() && text[groupEnd] == ':') break;
        if (count + (j - groupStart) > 16) break;
        for (std::size_t k = groupStart; k < j; ++k) buffer[count++] = text[k];
        lastEnd = i = groupEnd;
        // Next comes one separator and a group, a "(0)" group, or digits right after ")".
        std::size_t separator = spaceAt(text, i);
        if (separator == 0 && i < text.size() && (text[i] == '-' || text[i] == '.' || text[i] == '/')) separator = 1;
        std::size_t next = i + separator;
        if (next >= text.size()) break;
        bool more = separator > 0 ? isDigit(text[next]) || text[next] == '('
                                  : text[next] == '(' || (paren && isDigit(text[next]));
        if (!more) break;
        i = next;
    }
    end = lastEnd;
    if (count < minDigits || count > 15 || !mayEndBefore(text, end, {})) return {};
    std::string digits(buffer, count);
    std::string key = count > 9 ? digits.substr(count - 9) : digits;
    if (auto found = m_phones.find(key); found != m_phones.end())
        return found->second < 0 ? kPhoneNumber : std::string_view(m_people.pseudonym(found->second));
    if (plus || digits.front() == '0' || minDigits < 9) return kPhoneNumber;
    return {};
}

void ChatScrubber::scrub(std::string_view text, std::string& out) const {
    std::size_t copied = 0;
    auto replace = [&](std::size_t from, std::size_t to, std::string_view with) {
        out.append(text.substr(copied, from - copied));
        out.append(with);
        copied = to;
    };
    bool boundary = true;  // the previous character is no letter or digit
    for (std::size_t at = 0; at < text.size();) {
        char c = text[at];
        if (boundary) {
            std::size_t end = 0;
            if (c == '@' && text.substr(at + 1, kFirstStrongIsolate.size()) == kFirstStrongIsolate) {
                std::size_t inner = at + 1 + kFirstStrongIsolate.size();
                std::size_t close = text.substr(inner, 160).find(kPopDirectionalIsolate);
                if (close != std::string_view::npos) {
                    replace(inner, inner + close, personOrUnknown(text.substr(inner, close)));
                    at = inner + close;
                    continue;
                }
            }
            if (c == '@' && at + 1 < text.size() && (isDigit(text[at + 1]) || text[at + 1] == '+')) {
                // A mention of someone the exporter has not saved: their phone number.
                std::string_view with = matchPhone(text, at + 1, end, 6);
                if (!with.empty()) {
                    replace(at + 1, end, with);
                    at = end;
                    boundary = false;
                    continue;
                }
            }
            if (isDigit(c) || c == '+') {
                std::string_view with = matchPhone(text, at, end, 9);
                if (!with.empty()) replace(at, end, with);
                // Skip the whole number either way: its inner digits are no word start.
                at = std::max(end, at + 1);
                boundary = false;
                continue;
            }
            std::string_view with = mayStartAt(text, at) ? matchName(text, at, end) : std::string_view();
            if (!with.empty()) {
                replace(at, end, with);
                at = end;
                boundary = false;
                continue;
            }
        }
        std::uint8_t kind = kByteClass[static_cast<unsigned char>(c)];
        if (kind == 1) {
            // Inside a run of ASCII letters and digits no word starts: skip it at once.
            do ++at;
            while (at < text.size() && kByteClass[static_cast<unsigned char>(text[at])] == 1);
            boundary = false;
        } else if (kind == 0) {
            boundary = true;
            ++at;
        } else {
            std::size_t length = 0;
            char32_t codePoint = decodeUtf8(text, at, length);
            // Arabic writes "and" (و) joined to the next word: "وMohamed", "وسارة".
            boundary = !isWordCodePoint(codePoint) || isUnspacedCodePoint(codePoint) || codePoint == 0x0648;
            at += length;
        }
    }
    out.append(text.substr(copied));
}

}  // namespace rw
