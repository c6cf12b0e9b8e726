// The parts under the importers: source text normalisation and its position map, SHA-256, and
// the plugins as the program loads them.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/plugins/plugin_manager.h"
#include "plugins/refi-qda/qde_project.h"
#include "plugins/refi-qda/source_text.h"

namespace rw {
namespace {

TEST(QdaSourceText, CrlfBomAndControlCharactersAreDroppedAndPositionsFollow) {
    std::size_t bad = 0;
    // Program positions: a=0 \r=1 \n=2 b=3 \r=4 c=5 \f=6 d=7 é=8 \t=9 e=10 (BOM not counted).
    auto text = qda::SourceText::from("\xEF\xBB\xBF" "a\r\nb\rc\fd\xC3\xA9\te", bad);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->text(), "a\nb\ncd\xC3\xA9\te");
    const qda::PositionReading codePoints;
    EXPECT_EQ(text->length(codePoints), 11);
    const std::vector<std::pair<long, long>> positions = {{0, 0}, {1, 1}, {2, 1}, {3, 2}, {4, 3}, {5, 4},
                                                          {6, 5}, {7, 5}, {8, 6}, {10, 8}, {11, 9}};
    for (auto [program, ours] : positions) EXPECT_EQ(text->map(program, codePoints).ours, ours) << program;
    // Between the CR and the LF of the line end: a place no program means to start or end at.
    EXPECT_TRUE(text->map(2, codePoints).splitsLineEnd);
    EXPECT_FALSE(text->map(3, codePoints).splitsLineEnd);
    EXPECT_EQ(text->map(12, codePoints).status, qda::MappedPosition::Status::PastEnd);
    // The form feed starts page 2 at our character 5 ("d").
    EXPECT_EQ(text->pageStarts(), (std::vector<long>{5}));
}

TEST(QdaSourceText, Utf16CountsACharacterOutsideTheBmpTwice) {
    std::size_t bad = 0;
    // "a😀b👍c": code points a=0 😀=1 b=2 👍=3 c=4; UTF-16 a=0 😀=1,2 b=3 👍=4,5 c=6.
    auto text = qda::SourceText::from("a\xF0\x9F\x98\x80" "b\xF0\x9F\x91\x8D" "c", bad);
    ASSERT_TRUE(text);
    const qda::PositionReading utf16{qda::PositionUnit::Utf16, false};
    EXPECT_EQ(text->length(utf16), 7);
    EXPECT_EQ(text->length({}), 5);
    const std::vector<std::pair<long, long>> positions = {{0, 0}, {1, 1}, {3, 2}, {4, 3}, {6, 4}, {7, 5}};
    for (auto [program, ours] : positions) {
        qda::MappedPosition mapped = text->map(program, utf16);
        EXPECT_EQ(mapped.status, qda::MappedPosition::Status::Ok) << program;
        EXPECT_EQ(mapped.ours, ours) << program;
    }
    // 2 and 5 are the second halves of the surrogate pairs.
    EXPECT_EQ(text->map(2, utf16).status, qda::MappedPosition::Status::InsideCharacter);
    EXPECT_EQ(text->map(5, utf16).status, qda::MappedPosition::Status::InsideCharacter);
    EXPECT_EQ(text->map(8, utf16).status, qda::MappedPosition::Status::PastEnd);
    // Read as code points, 6 is past the end of five characters.
    EXPECT_EQ(text->map(6, {}).status, qda::MappedPosition::Status::PastEnd);
}

TEST(QdaSourceText, ACrLfCountedAsOneCharacter) {
    std::size_t bad = 0;
    // "ab\r\n😀c\r\nd": as one-character line ends in UTF-16: a=0 b=1 \r\n=2 😀=3,4 c=5 \r\n=6 d=7.
    auto text = qda::SourceText::from("ab\r\n\xF0\x9F\x98\x80" "c\r\nd", bad);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->text(), "ab\n\xF0\x9F\x98\x80" "c\nd");
    const qda::PositionReading reading{qda::PositionUnit::Utf16, true};
    EXPECT_EQ(text->length(reading), 8);
    const std::vector<std::pair<long, long>> positions = {{0, 0}, {2, 2}, {3, 3}, {5, 4}, {6, 5}, {7, 6}, {8, 7}};
    for (auto [program, ours] : positions) EXPECT_EQ(text->map(program, reading).ours, ours) << program;
    EXPECT_EQ(text->map(4, reading).status, qda::MappedPosition::Status::InsideCharacter);
    EXPECT_FALSE(text->map(3, reading).splitsLineEnd);
}

TEST(QdaSourceText, NotUtf8IsRefusedWithTheByte) {
    std::size_t bad = 0;
    EXPECT_FALSE(qda::SourceText::from("ok\xC3(", bad));
    EXPECT_EQ(bad, 2u);
}

TEST(QdaGuids, CaseAndBracesDoNotMatter) {
    EXPECT_EQ(qda::normalGuid("{9B2E4C1A-7D3F-4E8B-A1C2-3D4E5F607182}"), "9b2e4c1a-7d3f-4e8b-a1c2-3d4e5f607182");
    EXPECT_EQ(qda::normalGuid("9b2e4c1a-7D3F"), "9b2e4c1a-7d3f");
}

TEST(QdaPlugins, BothImportersLoadFromTheBuildTree) {
    PluginManager manager;
    manager.loadFrom({REALIST_PLUGIN_DIR});
    EXPECT_THAT(manager.problems(), ::testing::IsEmpty());
    const Importer* qdpx = manager.registry().importer("qdpx");
    ASSERT_NE(qdpx, nullptr);
    EXPECT_EQ(qdpx->extensions(), (std::vector<std::string>{"qdpx", "qde"}));
    const Importer* document = manager.registry().importer("document");
    ASSERT_NE(document, nullptr);
    EXPECT_EQ(document->extensions(), (std::vector<std::string>{"docx", "pdf", "txt", "md"}));
}

}  // namespace
}  // namespace rw
