#include "model/chat/transcript.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace rw {
namespace {

struct Marker {
    std::string label;   // as written
    std::size_t begin;   // byte offsets of the marker in the line ("Jan:" or "[Jan]")
    std::size_t end;
    bool bracketed;
};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool isInterviewer(const std::string& label) {
    static const std::set<std::string> names = {"i", "interviewer", "interviewster", "int", "gespreksleider",
                                                "onderzoeker", "moderator", "q"};
    return names.count(lower(label)) > 0;
}

bool isRespondent(const std::string& label) {
    static const std::set<std::string> names = {"r", "respondent", "resp", "geïnterviewde", "a"};
    return names.count(lower(label)) > 0;
}

// A speaker label is short, starts with a letter and reads like a name or a role, not a clause.
bool looksLikeLabel(const std::string& label) {
    if (label.empty() || label.size() > 40) return false;
    if (!std::isalpha(static_cast<unsigned char>(label[0])) && static_cast<unsigned char>(label[0]) < 0x80) return false;
    int words = 1;
    for (char c : label) {
        if (c == ' ') ++words;
        if (c == ',' || c == '.' || c == '?' || c == '!' || c == '"' || c == '(' || c == ':') return false;
    }
    return words <= 4;
}

std::optional<Marker> findMarker(const std::string& line) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) return std::nullopt;
    if (line[start] == '[') {
        std::size_t close = line.find(']', start);
        if (close == std::string::npos) return std::nullopt;
        std::string label = line.substr(start + 1, close - start - 1);
        std::size_t end = close + 1;
        if (end < line.size() && line[end] == ':') ++end;
        if (!looksLikeLabel(label)) return std::nullopt;
        return Marker{label, start, end, true};
    }
    std::size_t colon = line.find(':', start);
    if (colon == std::string::npos) return std::nullopt;
    std::string label = line.substr(start, colon - start);
    while (!label.empty() && label.back() == ' ') label.pop_back();
    // "10:30" or "http://" are not speakers.
    if (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\t') return std::nullopt;
    if (!looksLikeLabel(label)) return std::nullopt;
    return Marker{label, start, colon + 1, false};
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        if (end == text.size()) break;
        start = end + 1;
    }
    return lines;
}

bool isWordCharacter(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Replaces whole-word occurrences of `name` in `line`.
void replaceWord(std::string& line, const std::string& name, const std::string& replacement) {
    for (std::size_t at = line.find(name); at != std::string::npos; at = line.find(name, at)) {
        bool startsWord = at == 0 || !isWordCharacter(line[at - 1]);
        bool endsWord = at + name.size() >= line.size() || !isWordCharacter(line[at + name.size()]);
        if (startsWord && endsWord) {
            line.replace(at, name.size(), replacement);
            at += replacement.size();
        } else {
            at += name.size();
        }
    }
}

}  // namespace

Transcript parseTranscript(const std::string& input, const TranscriptOptions& options) {
    std::string text = input.rfind("\xEF\xBB\xBF", 0) == 0 ? input.substr(3) : input;
    text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
    std::vector<std::string> lines = splitLines(text);

    std::vector<std::optional<Marker>> markers;
    std::map<std::string, int> uses;
    for (const std::string& line : lines) {
        markers.push_back(findMarker(line));
        if (markers.back()) ++uses[markers.back()->label];
    }
    auto accepted = [&](const std::string& label) {
        return isInterviewer(label) || isRespondent(label) || uses[label] >= 2;
    };

    Transcript transcript;
    std::map<std::string, std::string> pseudonymOf;  // label as written → stored name
    int interviewers = 0, respondents = 0, others = 0;
    std::string speakerWord = options.language == "nl" ? "spreker " : "speaker ";
    std::set<std::string> usedNames;
    for (const auto& marker : markers) {
        if (!marker || !accepted(marker->label) || pseudonymOf.count(marker->label)) continue;
        const std::string& label = marker->label;
        std::string role = isInterviewer(label) ? "interviewer" : "respondent";
        if (options.roles) {
            int entry = options.roles->find(label);
            if (entry >= 0) role = options.roles->role(entry);
        }
        std::string stored;
        if (options.keepNames) {
            stored = label;
        } else if (isInterviewer(label)) {
            stored = ++interviewers == 1 ? "interviewer" : "interviewer " + std::to_string(interviewers);
        } else if (role != "respondent" && !usedNames.count(role)) {
            stored = role;  // a mapped role is the most useful pseudonym, while it is unique
        } else if (isRespondent(label)) {
            stored = ++respondents == 1 ? "respondent" : "respondent " + std::to_string(respondents);
        } else {
            stored = speakerWord + std::to_string(++others);
        }
        usedNames.insert(stored);
        pseudonymOf[label] = stored;
        transcript.speakers.push_back(stored);
        transcript.roles[stored] = role;
    }

    // Names that must not survive in the running text: every real speaker name, and the first
    // word of a longer name ("Jan" of "Jan de Vries") when it is long enough to be a name.
    std::vector<std::pair<std::string, std::string>> names;
    if (!options.keepNames) {
        for (const auto& [label, stored] : pseudonymOf) {
            if (isInterviewer(label) || isRespondent(label)) continue;
            names.emplace_back(label, stored);
            std::size_t space = label.find(' ');
            if (space != std::string::npos && space >= 3) names.emplace_back(label.substr(0, space), stored);
        }
        std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    }

    std::string stored;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string line = lines[i];
        const auto& marker = markers[i];
        std::string prefix;
        if (marker && pseudonymOf.count(marker->label)) {
            const std::string& speaker = pseudonymOf[marker->label];
            transcript.turns.push_back({speaker, static_cast<int>(i) + 1});
            prefix = line.substr(0, marker->begin) + (marker->bracketed ? "[" + speaker + "]" : speaker + ":");
            line = line.substr(marker->end);
        }
        for (const auto& [name, replacement] : names) replaceWord(line, name, replacement);
        stored += prefix + line;
        if (i + 1 < lines.size()) stored += "\n";
    }
    transcript.text = stored;
    return transcript;
}

}  // namespace rw
