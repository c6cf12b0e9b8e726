// WhatsApp .zip exports: picking the chat, and refusing broken, encrypted, oversized and bomb-like
// archives before they can take the machine down.

#include <gtest/gtest.h>

#include <zip.h>

#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/chat/chat_parser.h"
#include "tests/chat/chat_generator.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

struct Member {
    std::string name;
    std::string data;
};

class CountingSink : public ChatSink {
public:
    void message(const ChatMessage&) override { ++messages; }
    long messages = 0;
};

class ChatZip : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("rw-chat-zip-" + std::to_string(::getpid()) + "-" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    // Writes an archive of `members` (deflated); returns its path, or "" when libzip refused.
    std::string writeZip(const std::string& name, const std::vector<Member>& members, const char* password = nullptr) {
        std::string path = (dir / name).string();
        int error = 0;
        zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!archive) return "";
        for (const Member& member : members) {
            zip_source_t* source = zip_source_buffer(archive, member.data.data(), member.data.size(), 0);
            zip_int64_t index = zip_file_add(archive, member.name.c_str(), source, ZIP_FL_ENC_UTF_8);
            if (index < 0 || (password && zip_file_set_encryption(archive, index, ZIP_EM_AES_256, password) != 0)) {
                zip_discard(archive);
                return "";
            }
        }
        return zip_close(archive) == 0 ? path : "";
    }

    ChatParseResult parse(const std::string& path, ChatOptions options = {}) { return parseChatFile(path, options, sink); }

    fs::path dir;
    CountingSink sink;
    const std::string chat = "22-11-2018 12:29 - Jan: hoi\n22-11-2018 12:30 - Piet: <Media weggelaten>\n";
};

TEST_F(ChatZip, ReadsTheOnlyTextMemberOfAnAndroidExport) {
    std::string path = writeZip("android.zip", {{"WhatsApp-chat met Buurt.txt", chat}, {"IMG-20181122-WA0001.jpg", "\xFF\xD8\xFF"}});
    ASSERT_FALSE(path.empty());
    ChatParseResult result = parse(path);
    ASSERT_TRUE(result) << result.error->toString();
    EXPECT_EQ(sink.messages, 2);
}

TEST_F(ChatZip, PrefersTheIosChatOverOtherTextFiles) {
    std::string path = writeZip("ios.zip", {{"notes.txt", "geen chat"}, {"__MACOSX/._chat.txt", "\x00\x05"},
                                            {"_chat.txt", chat}, {"00000012-PHOTO.jpg", "\xFF\xD8"}});
    ASSERT_FALSE(path.empty());
    ChatParseResult result = parse(path);
    ASSERT_TRUE(result) << result.error->toString();
    EXPECT_EQ(sink.messages, 2);
}

TEST_F(ChatZip, RefusesArchivesWithoutOneClearChat) {
    std::string two = writeZip("two.zip", {{"a.txt", chat}, {"b.txt", chat}});
    EXPECT_EQ(parse(two).error->toString(), two + ": 2 .txt files in the archive; expected one chat");
    std::string none = writeZip("none.zip", {{"photo.jpg", "\xFF\xD8"}});
    EXPECT_EQ(parse(none).error->toString(), none + ": no .txt chat in the archive");
    std::string broken = (dir / "broken.zip").string();
    std::ofstream(broken, std::ios::binary) << "PK\x03\x04 this is no archive";
    EXPECT_EQ(parse(broken).error->message.rfind("not a readable zip archive", 0), 0u);
    EXPECT_EQ(sink.messages, 0);
}

TEST_F(ChatZip, RefusesAZipBombBeforeUnpackingIt) {
    std::string path = writeZip("bomb.zip", {{"_chat.txt", chat + std::string(20 << 20, ' ')}});
    ASSERT_LT(fs::file_size(path), 1u << 20);
    ChatParseResult result = parse(path);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error->file, path);
    EXPECT_EQ(result.error->member, "_chat.txt");
    EXPECT_NE(result.error->message.find("(a zip bomb?); refused"), std::string::npos) << result.error->message;
    EXPECT_EQ(sink.messages, 0);
}

TEST_F(ChatZip, RefusesAMemberOverTheSizeLimit) {
    testing::GeneratorOptions generator;
    generator.messages = 30000;
    std::string text = testing::generateChat(generator).text;
    std::string path = writeZip("big.zip", {{"_chat.txt", text}});
    ChatOptions options;
    options.limits.maxTextBytes = 1 << 20;
    ChatParseResult result = parse(path, options);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error->message, "unpacks to " + describeBytes(text.size()) + ", over the limit of 1 MiB");
}

TEST_F(ChatZip, RefusesAMemberThatUnpacksToMoreThanItsHeaderSays) {
    std::string path = writeZip("lying.zip", {{"_chat.txt", chat + std::string(100000, 'x') + "\n"}});
    // Rewrite the unpacked size in the local and the central header to 1000 bytes.
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        bytes = buffer.str();
    }
    const std::uint32_t lie = 1000;
    int patched = 0;
    for (std::size_t at = 0; at + 30 < bytes.size(); ++at) {
        if (bytes.compare(at, 4, "PK\x03\x04") == 0) std::memcpy(&bytes[at + 22], &lie, 4), ++patched;
        if (bytes.compare(at, 4, "PK\x01\x02") == 0) std::memcpy(&bytes[at + 24], &lie, 4), ++patched;
    }
    ASSERT_EQ(patched, 2);
    std::ofstream(path, std::ios::binary) << bytes;
    ChatOptions options;
    options.limits.maxLineBytes = 1 << 20;
    ChatParseResult result = parse(path, options);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error->file, path);
    EXPECT_EQ(result.error->member, "_chat.txt");
    EXPECT_EQ(sink.messages, 0);
}

TEST_F(ChatZip, RefusesAnEncryptedMember) {
    std::string path = writeZip("secret.zip", {{"_chat.txt", chat}}, "geheim");
    if (path.empty()) GTEST_SKIP() << "this libzip cannot write encrypted archives";
    ChatParseResult result = parse(path);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error->message, "encrypted; export the chat again without a password");
}

}  // namespace
}  // namespace rw
