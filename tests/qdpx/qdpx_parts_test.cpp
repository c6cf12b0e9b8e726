// The parts under the importers: source text normalisation and its position map, SHA-256, and
// the plugins as the program loads them.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/plugin_manager.h"
#include "plugins/refi-qda/qde_project.h"
#include "plugins/refi-qda/sha256.h"
#include "plugins/refi-qda/source_text.h"

namespace rw {
namespace {

TEST(QdaSourceText, CrlfBomAndControlCharactersAreDroppedAndPositionsFollow) {
    std::size_t bad = 0;
    // Program positions: a=0 \r=1 \n=2 b=3 \r=4 c=5 \f=6 d=7 é=8 \t=9 e=10 (BOM not counted).
    auto text = qda::SourceText::from("\xEF\xBB\xBF" "a\r\nb\rc\fd\xC3\xA9\te", bad);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->text(), "a\nb\ncd\xC3\xA9\te");
    EXPECT_EQ(text->originalLength(), 11);
    const std::vector<std::pair<long, long>> positions = {{0, 0}, {1, 1}, {2, 1}, {3, 2}, {4, 3}, {5, 4},
                                                          {6, 5}, {7, 5}, {8, 6}, {10, 8}, {11, 9}};
    for (auto [program, ours] : positions) EXPECT_EQ(text->map(program), ours) << program;
}

TEST(QdaSourceText, NotUtf8IsRefusedWithTheByte) {
    std::size_t bad = 0;
    EXPECT_FALSE(qda::SourceText::from("ok\xC3(", bad));
    EXPECT_EQ(bad, 2u);
}

TEST(QdaSha256, KnownDigests) {
    EXPECT_EQ(qda::sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(qda::sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 56 bytes: the length no longer fits the first tail block.
    EXPECT_EQ(qda::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    EXPECT_EQ(qda::sha256Hex(std::string(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
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
