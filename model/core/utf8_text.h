#pragma once
// UTF-8 helpers for every text the model reads: validity, decoding, which characters count as
// part of a word, and ASCII case-insensitive comparison.

#include <cstddef>
#include <string>
#include <string_view>

namespace rw {

// Returns the offset of the first byte that is not valid UTF-8 (a NUL byte counts as invalid),
// or npos when all of `text` is valid.
std::size_t firstInvalidUtf8(std::string_view text);

// Returns the code point starting at `text[at]` and sets `length` to its byte length; a stray
// byte decodes as itself with length 1 so that callers always advance.
char32_t decodeUtf8(std::string_view text, std::size_t at, std::size_t& length);

// True for letters and digits of the common scripts: what may stand inside a word or a name.
bool isWordCodePoint(char32_t codePoint);

// True for the characters of scripts written without spaces between words (Thai, Lao, kana, CJK):
// between two of them, or one of them and a letter, a name may begin or end.
inline bool isUnspacedCodePoint(char32_t c) {
    return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

// True when `a` equals `b` with ASCII letters compared case-insensitively.
bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b);

// True when `text` starts with `prefix`, ASCII letters compared case-insensitively.
bool startsWithIgnoringAsciiCase(std::string_view text, std::string_view prefix);

}  // namespace rw
