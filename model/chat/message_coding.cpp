#include "model/chat/message_coding.h"

#include <algorithm>
#include <map>
#include <optional>

#include "model/core/label_text.h"

namespace rw {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Returns the length of "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" at the start of `line`, or 0.
std::size_t dateTimeLength(std::string_view line) {
    static constexpr std::string_view shape = "dddd-dd-ddTdd:dd";
    if (line.size() < shape.size()) return 0;
    for (std::size_t i = 0; i < shape.size(); ++i)
        if (shape[i] == 'd' ? !isDigit(line[i]) : line[i] != shape[i]) return 0;
    std::size_t length = shape.size();
    if (line.size() >= length + 3 && line[length] == ':' && isDigit(line[length + 1]) && isDigit(line[length + 2]))
        length += 3;
    return length;
}

// The system author the importer writes.
constexpr std::string_view kSystemAuthor = "—";

// Lowercases ASCII and the Latin-1 letters (À–Þ as UTF-8), which covers Dutch and its neighbours.
std::string foldCase(std::string_view text) {
    std::string result(text);
    for (std::size_t i = 0; i < result.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(result[i]);
        if (c >= 'A' && c <= 'Z') {
            result[i] = static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < result.size()) {
            unsigned char next = static_cast<unsigned char>(result[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) result[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return result;
}

// Letters, digits and every non-ASCII byte (accented letters) make words; the rest separates them.
bool isWordByte(char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u >= 0x80 || isDigit(c) || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isChatCategory(const Project& project, const Coding& coding) { return project.findCategory(coding.code) != nullptr; }

bool onMessage(const Coding& coding, const SourceMessage& message) {
    return coding.location.lineBegin >= message.location.lineBegin &&
           coding.location.lineBegin <= message.location.lineEnd;
}

}  // namespace

// Codings sit in the order of the text, so that every way of coding a source writes the same file.
void sortCodingsByPlace(std::vector<Coding>& codings) {
    std::stable_sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) {
        return std::pair(a.location.lineBegin, a.location.charBegin) < std::pair(b.location.lineBegin, b.location.charBegin);
    });
}

std::vector<SourceMessage> findMessages(std::string_view text) {
    std::vector<SourceMessage> messages;
    std::optional<SourceMessage> open;
    long character = 0;  // Unicode offset of the current line
    int lineNumber = 0;
    auto close = [&] {
        if (open) messages.push_back(std::move(*open));
        open.reset();
    };
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++lineNumber;
        long lineCharacters = static_cast<long>(characterCount(line));
        std::size_t stamp = dateTimeLength(line);
        std::size_t colon = stamp ? line.find(": ", stamp) : std::string_view::npos;
        if (stamp && stamp < line.size() && line[stamp] == ' ' && colon != std::string_view::npos && colon > stamp + 1) {
            close();
            SourceMessage message;
            message.index = static_cast<int>(messages.size());
            message.location.lineBegin = message.location.lineEnd = lineNumber;
            message.location.charBegin = character;
            message.location.charEnd = character + lineCharacters;
            message.dateTime = std::string(line.substr(0, stamp));
            std::string_view author = line.substr(stamp + 1, colon - stamp - 1);
            message.system = author == kSystemAuthor;
            if (!message.system) message.author = std::string(author);
            message.text = std::string(line.substr(colon + 2));
            open = std::move(message);
        } else if (open && line.starts_with("  ")) {
            // A continuation line: the importer indents them by two spaces.
            open->location.lineEnd = lineNumber;
            open->location.charEnd = character + lineCharacters;
            open->text += "\n" + std::string(line.substr(2));
        } else {
            close();
        }
        character += static_cast<long>(characterCount(text.substr(start, end - start))) + 1;
        start = end + 1;
    }
    close();
    return messages;
}

const SourceMessage* messageAtLine(const std::vector<SourceMessage>& messages, int line) {
    // Messages come in the order of their lines, so the last one starting at or before `line` is it.
    auto after = std::upper_bound(messages.begin(), messages.end(), line,
                                  [](int l, const SourceMessage& m) { return l < m.location.lineBegin; });
    if (after == messages.begin()) return nullptr;
    const SourceMessage& message = *(after - 1);
    return line <= message.location.lineEnd ? &message : nullptr;
}

std::vector<int> codingsByMessage(const Project& project, const Source& source,
                                  const std::vector<SourceMessage>& messages) {
    std::vector<int> result(messages.size(), -1);
    for (std::size_t i = 0; i < source.codings.size(); ++i) {
        if (!isChatCategory(project, source.codings[i])) continue;
        const SourceMessage* message = messageAtLine(messages, source.codings[i].location.lineBegin);
        if (message && result[static_cast<std::size_t>(message->index)] < 0)
            result[static_cast<std::size_t>(message->index)] = static_cast<int>(i);
    }
    return result;
}

int codingIndexOf(const Project& project, const Source& source, const SourceMessage& message) {
    for (std::size_t i = 0; i < source.codings.size(); ++i)
        if (onMessage(source.codings[i], message) && isChatCategory(project, source.codings[i]))
            return static_cast<int>(i);
    return -1;
}

const Coding* codingOf(const Project& project, const Source& source, const SourceMessage& message) {
    int index = codingIndexOf(project, source, message);
    return index < 0 ? nullptr : &source.codings[static_cast<std::size_t>(index)];
}

Coding codingFor(const SourceMessage& message, const std::string& categoryId, const std::string& caseId, bool automatic) {
    Coding coding;
    coding.code = categoryId;
    coding.caseId = caseId;
    coding.location = message.location;
    coding.automatic = automatic;
    return coding;
}

bool keywordMatches(std::string_view text, std::string_view keyword) {
    if (keyword.empty()) return false;
    std::string haystack = foldCase(text);
    std::string needle = foldCase(keyword);
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        if (at == 0 || !isWordByte(haystack[at - 1])) return true;
    return false;
}

const Category* categoryByKeywords(const Project& project, std::string_view text) {
    const Category* rest = nullptr;
    for (const Category& category : project.categories) {
        for (const std::string& keyword : category.keywords) {
            if (keyword == "*") {
                if (!rest) rest = &category;
            } else if (keywordMatches(text, keyword)) {
                return &category;
            }
        }
    }
    return rest;
}

AutoCodeResult autoCode(const Project& project, const Source& source, const AutoCodeOptions& options) {
    AutoCodeResult result;
    std::string caseId = options.caseId.empty() ? caseOfSource(project, source) : options.caseId;
    std::vector<SourceMessage> messages = findMessages(source.text);
    // Every category coding on a message is redone or kept below; the rest stay as they are.
    std::vector<bool> onAMessage(source.codings.size(), false);
    for (std::size_t i = 0; i < source.codings.size(); ++i)
        onAMessage[i] = isChatCategory(project, source.codings[i]) &&
                        messageAtLine(messages, source.codings[i].location.lineBegin) != nullptr;
    std::vector<int> codingOfMessage = codingsByMessage(project, source, messages);
    for (const SourceMessage& message : messages) {
        int existing = codingOfMessage[static_cast<std::size_t>(message.index)];
        if (message.system) {
            ++result.system;
            continue;  // a coding someone put on a system message is theirs to remove
        }
        if (existing >= 0 && !source.codings[static_cast<std::size_t>(existing)].automatic && !options.overwrite) {
            result.codings.push_back(source.codings[static_cast<std::size_t>(existing)]);
            ++result.kept;
            continue;
        }
        if (const Category* category = categoryByKeywords(project, message.text)) {
            result.codings.push_back(codingFor(message, category->id, caseId, true));
            ++result.coded;
        } else {
            ++result.uncoded;
        }
    }
    for (const SourceMessage& message : messages)
        if (int existing = codingOfMessage[static_cast<std::size_t>(message.index)]; message.system && existing >= 0)
            result.codings.push_back(source.codings[static_cast<std::size_t>(existing)]);
    for (std::size_t i = 0; i < source.codings.size(); ++i)
        if (!onAMessage[i]) result.codings.push_back(source.codings[i]);
    sortCodingsByPlace(result.codings);
    return result;
}

std::string caseOfSource(const Project& project, const Source& source) {
    auto single = [](const std::vector<std::string>& ids) -> std::string {
        std::string found;
        for (const std::string& id : ids) {
            if (id.empty()) continue;
            if (!found.empty() && found != id) return {};
            found = id;
        }
        return found;
    };
    std::vector<std::string> ids;
    for (const Coding& coding : source.codings)
        if (isChatCategory(project, coding)) ids.push_back(coding.caseId);
    if (std::string id = single(ids); !id.empty()) return id;
    ids.clear();
    for (const Informant& informant : project.informants)
        if (informant.id.starts_with(source.id + "-")) ids.push_back(informant.caseId);
    return single(ids);
}

MessageCounts recountedMessages(const Project& project, const Case& c) {
    std::map<std::string, long> counted;
    for (const Source& source : project.sources) {
        if (source.kind != SourceKind::ChatHistory) continue;
        for (const Coding& coding : source.codings)
            if (coding.caseId == c.id && isChatCategory(project, coding)) ++counted[coding.code];
    }
    MessageCounts result = c.messages;
    result.counts.clear();
    for (const Category& category : project.categories) {
        MessageCount count{category.id, counted[category.id], {}};
        // A reported per-month figure still belongs to a count that did not change.
        for (const MessageCount& old : c.messages.counts)
            if (old.category == category.id && old.count == count.count) count.perMonth = old.perMonth;
        result.counts.push_back(count);
    }
    return result;
}

bool countsFollowCodings(const Project& project, const Case& c) {
    if (c.messages.counts.empty()) return true;
    MessageCounts recounted = recountedMessages(project, c);
    if (recounted.counts.size() != c.messages.counts.size()) return false;
    for (const MessageCount& count : recounted.counts) {
        auto it = std::find_if(c.messages.counts.begin(), c.messages.counts.end(),
                               [&](const MessageCount& old) { return old.category == count.category; });
        if (it == c.messages.counts.end() || it->count != count.count) return false;
    }
    return true;
}

}  // namespace rw
