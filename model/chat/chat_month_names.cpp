#include "model/chat/chat_month_names.h"

#include <array>
#include <vector>

#include "model/chat/chat_text.h"

namespace rw {

namespace {

struct MonthName {
    std::string_view name;  // lower case
    int month;
};

// Every spelling maps to one month, so one table serves all languages at once.
constexpr MonthName kMonths[] = {
    {"januari", 1}, {"january", 1}, {"januar", 1}, {"janvier", 1}, {"enero", 1}, {"gennaio", 1},
    {"janeiro", 1}, {"jan", 1}, {"janv", 1}, {"ene", 1}, {"gen", 1}, {"jän", 1},
    {"februari", 2}, {"february", 2}, {"februar", 2}, {"février", 2}, {"febrero", 2}, {"febbraio", 2},
    {"fevereiro", 2}, {"feb", 2}, {"febr", 2}, {"févr", 2}, {"fev", 2},
    {"maart", 3}, {"march", 3}, {"märz", 3}, {"mars", 3}, {"marzo", 3}, {"março", 3}, {"mrt", 3},
    {"mar", 3}, {"mrz", 3}, {"mär", 3},
    {"april", 4}, {"avril", 4}, {"abril", 4}, {"aprile", 4}, {"apr", 4}, {"avr", 4}, {"abr", 4},
    {"mei", 5}, {"may", 5}, {"mai", 5}, {"mayo", 5}, {"maggio", 5}, {"maio", 5}, {"mag", 5},
    {"juni", 6}, {"june", 6}, {"juin", 6}, {"junio", 6}, {"giugno", 6}, {"junho", 6}, {"jun", 6}, {"giu", 6},
    {"juli", 7}, {"july", 7}, {"juillet", 7}, {"julio", 7}, {"luglio", 7}, {"julho", 7}, {"jul", 7},
    {"juil", 7}, {"lug", 7},
    {"augustus", 8}, {"august", 8}, {"août", 8}, {"agosto", 8}, {"aug", 8}, {"ago", 8},
    {"september", 9}, {"septembre", 9}, {"septiembre", 9}, {"setiembre", 9}, {"settembre", 9},
    {"setembro", 9}, {"sep", 9}, {"sept", 9}, {"set", 9},
    {"oktober", 10}, {"october", 10}, {"octobre", 10}, {"octubre", 10}, {"ottobre", 10}, {"outubro", 10},
    {"okt", 10}, {"oct", 10}, {"ott", 10}, {"out", 10},
    {"november", 11}, {"novembre", 11}, {"noviembre", 11}, {"novembro", 11}, {"nov", 11},
    {"december", 12}, {"dezember", 12}, {"décembre", 12}, {"diciembre", 12}, {"dicembre", 12},
    {"dezembro", 12}, {"dec", 12}, {"dez", 12}, {"déc", 12}, {"dic", 12},
};

bool isLetterByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

unsigned char lowerByte(char c) {
    return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

// The table's entries by their first letter: lines that start with a word are looked up here
// while the parser looks for headers, so most words are ruled out with one index.
const std::array<std::vector<int>, 256>& monthsByFirstByte() {
    static const std::array<std::vector<int>, 256> index = [] {
        std::array<std::vector<int>, 256> byFirst;
        for (int i = 0; i < static_cast<int>(std::size(kMonths)); ++i)
            byFirst[lowerByte(kMonths[i].name.front())].push_back(i);
        return byFirst;
    }();
    return index;
}

}  // namespace

int monthFromName(std::string_view text, std::size_t& length) {
    if (text.empty()) return 0;
    const std::vector<int>& candidates = monthsByFirstByte()[lowerByte(text.front())];
    if (candidates.empty()) return 0;
    std::size_t end = 0;
    while (end < text.size() && end < 16 && isLetterByte(text[end]) && !spaceAt(text, end)) ++end;
    std::string_view word = text.substr(0, end);
    for (int i : candidates) {
        if (!equalsIgnoringAsciiCase(word, kMonths[i].name)) continue;
        length = end + (end < text.size() && text[end] == '.' ? 1 : 0);
        return kMonths[i].month;
    }
    return 0;
}

}  // namespace rw
