#include "model/chat/chat_zip.h"

#include <zip.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "model/core/utf8_text.h"

namespace rw {

namespace {

constexpr std::uint64_t kRatioCheckedFrom = std::uint64_t{1} << 20;

class ZipMemberReader : public ChatByteReader {
public:
    ZipMemberReader(zip_file_t* file, std::uint64_t cap, std::uint64_t packed, std::uint64_t maxRatio)
        : m_file(file), m_cap(cap), m_packed(packed), m_maxRatio(maxRatio) {}
    ~ZipMemberReader() override { zip_fclose(m_file); }
    ZipMemberReader(const ZipMemberReader&) = delete;
    ZipMemberReader& operator=(const ZipMemberReader&) = delete;

    long read(char* buffer, std::size_t size) override {
        zip_int64_t n = zip_fread(m_file, buffer, size);
        if (n < 0) {
            m_error = std::string("cannot unpack: ") + zip_file_strerror(m_file);
            return -1;
        }
        m_unpacked += static_cast<std::uint64_t>(n);
        // The sizes in a zip header can lie; what counts is what actually comes out.
        if (m_unpacked > m_cap) {
            m_error = "unpacks to more than its declared size or the limit of " + describeBytes(m_cap) + "; refused";
            return -1;
        }
        if (m_unpacked > kRatioCheckedFrom && m_packed > 0 && m_unpacked / m_packed > m_maxRatio) {
            m_error = "unpacks more than " + std::to_string(m_maxRatio) + " times its packed size (a zip bomb?); refused";
            return -1;
        }
        return static_cast<long>(n);
    }
    std::string error() const override { return m_error; }

private:
    zip_file_t* m_file;
    std::uint64_t m_cap;
    std::uint64_t m_packed;
    std::uint64_t m_maxRatio;
    std::uint64_t m_unpacked = 0;
    std::string m_error;
};

class ZipInput : public ChatInput {
public:
    ZipInput(zip_t* archive, zip_uint64_t index, std::string path, std::string member, std::uint64_t cap,
             std::uint64_t packed, std::uint64_t maxRatio, std::optional<int> year)
        : m_archive(archive), m_index(index), m_path(std::move(path)), m_member(std::move(member)),
          m_name(m_path + ":" + m_member), m_cap(cap), m_packed(packed),
          m_maxRatio(maxRatio), m_year(year) {}
    ~ZipInput() override { zip_discard(m_archive); }
    ZipInput(const ZipInput&) = delete;
    ZipInput& operator=(const ZipInput&) = delete;

    std::unique_ptr<ChatByteReader> open(std::string& why) const override {
        zip_file_t* file = zip_fopen_index(m_archive, m_index, 0);
        if (!file) {
            why = std::string("cannot unpack: ") + zip_strerror(m_archive);
            return nullptr;
        }
        return std::make_unique<ZipMemberReader>(file, m_cap, m_packed, m_maxRatio);
    }
    const std::string& name() const override { return m_name; }
    Error errorAt(long line, std::string message, long column) const override {
        return Error{std::move(message), m_path, m_member, line, column};
    }
    std::optional<int> writtenYear() const override { return m_year; }

private:
    zip_t* m_archive;
    zip_uint64_t m_index;
    std::string m_path;
    std::string m_member;
    std::string m_name;  // "archive.zip:member.txt"
    std::uint64_t m_cap;
    std::uint64_t m_packed;
    std::uint64_t m_maxRatio;
    std::optional<int> m_year;
};

bool isChatCandidate(std::string_view name) {
    if (name.starts_with("__MACOSX/") || name.ends_with("/")) return false;
    return name.size() > 4 && equalsIgnoringAsciiCase(name.substr(name.size() - 4), ".txt");
}

std::string_view baseName(std::string_view name) {
    std::size_t slash = name.rfind('/');
    return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

}  // namespace

std::unique_ptr<ChatInput> openChatZip(const std::string& path, const ChatLimits& limits, Error& error) {
    int code = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (!archive) {
        zip_error_t why;
        zip_error_init_with_code(&why, code);
        error = Error{std::string("not a readable zip archive (") + zip_error_strerror(&why) + ")", path};
        zip_error_fini(&why);
        return nullptr;
    }
    // `member` is empty when the archive itself is refused.
    auto refuse = [&](const std::string& member, const std::string& why) -> std::unique_ptr<ChatInput> {
        zip_discard(archive);
        error = Error{why, path, member};
        return nullptr;
    };
    zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.maxZipEntries)
        return refuse("", "more than " + std::to_string(limits.maxZipEntries) + " files in the archive; refused");
    std::vector<zip_uint64_t> candidates;
    std::optional<zip_uint64_t> iosChat;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(entries); ++i) {
        const char* name = zip_get_name(archive, i, 0);
        if (!name || !isChatCandidate(name)) continue;
        candidates.push_back(i);
        if (baseName(name) == "_chat.txt") iosChat = i;
    }
    if (!iosChat && candidates.size() != 1)
        return refuse("", candidates.empty() ? "no .txt chat in the archive"
                                               : std::to_string(candidates.size()) +
                                                     " .txt files in the archive; expected one chat");
    zip_uint64_t index = iosChat ? *iosChat : candidates.front();
    std::string name = zip_get_name(archive, index, 0);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
        return refuse(name, "cannot read its size");
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return refuse(name, "encrypted; export the chat again without a password");
    if (stat.size > limits.maxTextBytes)
        return refuse(name, "unpacks to " + describeBytes(stat.size) + ", over the limit of " + describeBytes(limits.maxTextBytes));
    if (stat.size > kRatioCheckedFrom && stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > limits.maxCompressionRatio)
        return refuse(name, "unpacks " + std::to_string(stat.size / std::max<zip_uint64_t>(stat.comp_size, 1)) +
                      " times its packed size (a zip bomb?); refused");
    // The member's time is when WhatsApp wrote the export; it dates the year-less headers of old exports.
    std::optional<int> year = (stat.valid & ZIP_STAT_MTIME) ? localYearOf(static_cast<long long>(stat.mtime)) : std::nullopt;
    return std::make_unique<ZipInput>(archive, index, path, name, stat.size, stat.comp_size, limits.maxCompressionRatio, year);
}

}  // namespace rw
