// The privacy property: pseudonymised output of generated chats holds no name and no phone number
// of the input — not as an author, not in text, not in system lines, mentions or signatures.

#include <gtest/gtest.h>

#include <algorithm>

#include "model/chat/chat_parser.h"
#include "tests/chat/chat_generator.h"

namespace rw {
namespace {

using testing::ChatStyle;

class Everything : public ChatSink {
public:
    void message(const ChatMessage& message) override {
        ++messages;
        out.append(message.author).append("\n").append(message.text).append("\n");
    }
    std::string out;
    long messages = 0;
};

bool isAsciiWordByte(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool lower(char c) { return c >= 'a' && c <= 'z'; }

// True when `word` occurs in `text` with no ASCII letter or digit right before or after it.
bool containsWord(const std::string& text, const std::string& word, bool ignoreCase) {
    std::string haystack = text, needle = word;
    if (ignoreCase) {
        auto fold = [](std::string s) {
            for (char& c : s) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            return s;
        };
        haystack = fold(haystack);
        needle = fold(needle);
    }
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        bool before = at > 0 && isAsciiWordByte(haystack[at - 1]);
        bool after = at + needle.size() < haystack.size() && isAsciiWordByte(haystack[at + needle.size()]);
        if (!before && !after) return true;
    }
    return false;
}

// The digit sequences of `text`, with single spaces, dashes and brackets inside a number dropped.
std::vector<std::string> numbersIn(const std::string& text) {
    std::vector<std::string> numbers;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            current += c;
        } else if ((c == ' ' || c == '-' || c == '(' || c == ')') && !current.empty() && i + 1 < text.size() &&
                   ((text[i + 1] >= '0' && text[i + 1] <= '9') || text[i + 1] == '(')) {
            continue;
        } else if (!current.empty()) {
            numbers.push_back(current);
            current.clear();
        }
    }
    if (!current.empty()) numbers.push_back(current);
    return numbers;
}

// Every way the output could betray someone of `chat`; empty when it betrays no one.
std::vector<std::string> leaks(const std::string& out, const testing::GeneratedChat& chat) {
    static const std::vector<std::string> kParticles = {"De", "Van", "Der", "Den", "Ter", "El"};
    std::vector<std::string> found;
    for (const std::string& name : chat.names) {
        if (name.front() == '+') continue;  // phone numbers: below
        if (containsWord(out, name, name.find(' ') != std::string::npos)) found.push_back("name " + name);
        std::size_t start = 0;
        while (start < name.size()) {
            std::size_t end = name.find(' ', start);
            std::string part = name.substr(start, end - start);
            start = end == std::string::npos ? name.size() : end + 1;
            // Capitalised parts of two letters or more, particles and emoji aside, are what the
            // scrubber promises to catch.
            bool namePart = part.size() >= 2 && !lower(part[0]) && static_cast<unsigned char>(part[0]) != 0xF0 &&
                            std::find(kParticles.begin(), kParticles.end(), part) == kParticles.end();
            if (namePart && containsWord(out, part, false)) found.push_back("part " + part);
        }
    }
    std::vector<std::string> numbers = numbersIn(out);
    for (const std::string& phone : chat.phones) {
        if (out.find(phone) != std::string::npos) found.push_back("phone " + phone);
        std::string digits;
        for (char c : phone)
            if (c >= '0' && c <= '9') digits += c;
        std::string key = digits.substr(digits.size() - 9);
        for (const std::string& number : numbers)
            if (number.find(key) != std::string::npos) found.push_back("number " + phone);
    }
    return found;
}

struct Generated {
    ChatStyle style;
    unsigned seed;
};

TEST(ChatPrivacy, PseudonymisedOutputHoldsNoNameOrPhoneNumberOfTheInput) {
    for (Generated generated : {Generated{ChatStyle::AndroidNl, 1}, Generated{ChatStyle::AndroidNl, 2},
                                Generated{ChatStyle::AndroidUs12h, 3}, Generated{ChatStyle::IosNl, 4},
                                Generated{ChatStyle::IosEn12hNnbsp, 5}, Generated{ChatStyle::AndroidNl, 6},
                                Generated{ChatStyle::AndroidRu, 7}, Generated{ChatStyle::IosJaEra, 8},
                                Generated{ChatStyle::AndroidArDigits, 9}, Generated{ChatStyle::IosViTimeFirst, 10}}) {
        SCOPED_TRACE("style " + std::to_string(static_cast<int>(generated.style)) + ", seed " + std::to_string(generated.seed));
        testing::GeneratorOptions options;
        options.messages = 3000;
        options.people = 30;
        options.seed = generated.seed;
        options.style = generated.style;
        testing::GeneratedChat chat = testing::generateChat(options);
        auto input = chatInputFromText("generated.txt", chat.text);
        Everything sink;
        ChatParseResult result = parseChat(*input, {}, sink);
        ASSERT_TRUE(result) << result.error->toString();
        EXPECT_EQ(sink.messages, chat.messages);
        std::vector<std::string> found = leaks(sink.out, chat);
        EXPECT_TRUE(found.empty()) << found.size() << " leaks, the first: " << found.front();
    }
}

// Without scrubbing the same check must find them, or it proves nothing.
TEST(ChatPrivacy, TheCheckFindsNamesWhenTheyAreKept) {
    testing::GeneratorOptions options;
    options.messages = 500;
    testing::GeneratedChat chat = testing::generateChat(options);
    auto input = chatInputFromText("generated.txt", chat.text);
    Everything sink;
    ChatOptions keep;
    keep.names = ChatNames::Keep;
    ASSERT_TRUE(parseChat(*input, keep, sink));
    std::vector<std::string> found = leaks(sink.out, chat);
    auto kind = [&](const std::string& prefix) {
        return std::count_if(found.begin(), found.end(), [&](const std::string& f) { return f.rfind(prefix, 0) == 0; });
    };
    EXPECT_GT(kind("name "), 0);
    EXPECT_GT(kind("part "), 0);
    EXPECT_GT(kind("phone "), 0);
    EXPECT_GT(kind("number "), 0);
}

}  // namespace
}  // namespace rw
