// Positions between characters and bytes agree with a plain walk of the text, also far into one
// long line, where the index walks from its checkpoints instead of the start of the line.

#include <gtest/gtest.h>

#include <random>

#include "model/core/utf8_index.h"

namespace rw {
namespace {

TEST(Utf8IndexProperty, CharactersAndBytesAgreeWithAPlainWalkOnLongLines) {
    std::mt19937 random(20261202);
    const char* pieces[] = {"a", " ", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\n"};
    for (int round = 0; round < 20; ++round) {
        std::string text;
        std::vector<std::size_t> starts;  // byte where each character starts, by a plain walk
        int length = 1 + static_cast<int>(random() % 3000);
        for (int i = 0; i < length; ++i) {
            // Mostly one line: a line break now and then only in every other round.
            std::size_t kind = random() % (round % 2 ? 6 : 5);
            starts.push_back(text.size());
            text += pieces[kind];
        }
        Utf8Index index(text);
        ASSERT_EQ(index.characterCount(), length);
        for (int i = 0; i < length; ++i) {
            std::size_t byte = starts[static_cast<std::size_t>(i)];
            ASSERT_EQ(index.byteOfCharacter(i), byte) << "round " << round << ", character " << i;
            ASSERT_EQ(index.characterOfByte(byte), i);
            if (byte + 1 < text.size() && (static_cast<unsigned char>(text[byte + 1]) & 0xC0) == 0x80) {
                ASSERT_EQ(index.characterOfByte(byte + 1), i) << "a byte inside a character is that character";
            }
        }
        EXPECT_EQ(index.byteOfCharacter(length), text.size());
        EXPECT_EQ(index.characterOfByte(text.size()), length);
    }
}

}  // namespace
}  // namespace rw
