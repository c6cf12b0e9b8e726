#pragma once
// Reading whole members of a zip archive (libzip) within limits, for the .qdpx and .docx
// importers: what a member unpacks to is capped, and so is its compression ratio, so that a zip
// bomb or a 2 GB member is refused instead of exhausting memory. Same rules as the WhatsApp
// reader (model/chat/chat_zip.cpp), which streams one chat member and cannot hand out others.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

typedef struct zip zip_t;

namespace rw::qda {

struct ZipLimits {
    std::uint64_t maxMemberBytes = std::uint64_t{256} << 20;  // one member, unpacked
    std::uint64_t maxCompressionRatio = 200;                  // unpacked / packed, for members over 1 MiB
    std::size_t maxEntries = 100000;
};

class ZipArchive {
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // Opens the archive at `path`; returns nullptr with `error` set ("x.qdpx: not a zip archive
    // (…)") when it is not a readable zip or has more entries than the limit allows.
    static std::unique_ptr<ZipArchive> open(const std::string& path, const ZipLimits& limits, std::string& error);

    // Returns the member names, in archive order.
    const std::vector<std::string>& names() const { return m_names; }
    // Returns the name of the member called `name`, ASCII letters compared case-insensitively
    // (programs differ on "Sources/" and "sources/") and a backslash taken for "/", or nullopt.
    std::optional<std::string> find(std::string_view name) const;
    // Reads the member `name` whole into `content`; returns false with `error` set
    // ("x.qdpx:member: message") when it is missing, encrypted, over the limits or broken.
    bool read(const std::string& name, std::string& content, std::string& error) const;

private:
    ZipArchive(zip_t* archive, std::string path, ZipLimits limits) : m_archive(archive), m_path(std::move(path)), m_limits(limits) {}
    // A member name as compared: ASCII letters in lower case, "\\" as "/".
    static std::string folded(std::string_view name);

    zip_t* m_archive;
    std::string m_path;
    ZipLimits m_limits;
    std::vector<std::string> m_names;
    std::set<std::string> m_exact;
    std::map<std::string, std::string> m_folded;  // folded name → the first member so named
};

// True when the file starts like a zip archive ("PK\3\4"); false when it cannot be read.
bool looksLikeZip(const std::string& path);

}  // namespace rw::qda
