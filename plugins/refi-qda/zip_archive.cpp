#include "plugins/refi-qda/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <fstream>

#include "model/core/byte_size.h"
#include "model/core/utf8_text.h"

namespace rw::qda {
namespace {

constexpr std::uint64_t kRatioCheckedFrom = std::uint64_t{1} << 20;

std::string ratioRefusal(std::uint64_t ratio) {
    return "unpacks " + std::to_string(ratio) + " times its packed size (a zip bomb?); refused";
}

}  // namespace

ZipArchive::~ZipArchive() { zip_discard(m_archive); }

std::unique_ptr<ZipArchive> ZipArchive::open(const std::string& path, const ZipLimits& limits, std::string& error) {
    int code = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
    if (!archive) {
        zip_error_t why;
        zip_error_init_with_code(&why, code);
        error = path + ": not a readable zip archive (" + zip_error_strerror(&why) + ")";
        zip_error_fini(&why);
        return nullptr;
    }
    std::unique_ptr<ZipArchive> result(new ZipArchive(archive, path, limits));
    zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.maxEntries) {
        error = path + ": more than " + std::to_string(limits.maxEntries) + " files in the archive; refused";
        return nullptr;
    }
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(entries); ++i) {
        const char* name = zip_get_name(archive, i, 0);
        result->m_names.push_back(name ? name : "");
        result->m_exact.insert(result->m_names.back());
        result->m_folded.emplace(folded(result->m_names.back()), result->m_names.back());  // the first wins
    }
    return result;
}

std::optional<std::string> ZipArchive::find(std::string_view name) const {
    if (m_exact.count(std::string(name))) return std::string(name);
    auto it = m_folded.find(folded(name));
    if (it != m_folded.end()) return it->second;
    return std::nullopt;
}

std::string ZipArchive::folded(std::string_view name) {
    std::string text(name);
    for (char& c : text) {
        if (c == '\\') c = '/';  // some Windows tools write "Sources\x.txt"
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

bool ZipArchive::read(const std::string& name, std::string& content, std::string& error) const {
    const std::string where = m_path + ":" + name;
    zip_int64_t index = zip_name_locate(m_archive, name.c_str(), 0);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (index < 0 || zip_stat_index(m_archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
        error = where + ": not in the archive";
        return false;
    }
    if (!(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE)) {
        error = where + ": cannot read its size";
        return false;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        error = where + ": encrypted; save the file again without a password";
        return false;
    }
    if (stat.size > m_limits.maxMemberBytes) {
        error = where + ": unpacks to " + describeBytes(stat.size) + ", over the limit of " +
                describeBytes(m_limits.maxMemberBytes) + "; refused";
        return false;
    }
    const std::uint64_t packed = std::max<std::uint64_t>(stat.comp_size, 1);
    if (stat.size > kRatioCheckedFrom && stat.size / packed > m_limits.maxCompressionRatio) {
        error = where + ": " + ratioRefusal(stat.size / packed);
        return false;
    }
    zip_file_t* file = zip_fopen_index(m_archive, static_cast<zip_uint64_t>(index), 0);
    if (!file) {
        error = where + ": cannot unpack (" + zip_strerror(m_archive) + ")";
        return false;
    }
    std::string failure;
    content.clear();
    content.reserve(stat.size);
    char buffer[1 << 16];
    for (;;) {
        zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            failure = where + ": cannot unpack (" + zip_file_strerror(file) + ")";
            break;
        }
        if (n == 0) break;
        content.append(buffer, static_cast<std::size_t>(n));
        // The sizes in a zip header can lie; what counts is what actually comes out.
        if (content.size() > stat.size || content.size() > m_limits.maxMemberBytes) {
            failure = where + ": unpacks to more than its declared size or the limit of " +
                    describeBytes(m_limits.maxMemberBytes) + "; refused";
            break;
        }
        if (content.size() > kRatioCheckedFrom && content.size() / packed > m_limits.maxCompressionRatio) {
            failure = where + ": " + ratioRefusal(content.size() / packed);
            break;
        }
    }
    zip_fclose(file);
    if (!failure.empty()) {
        content.clear();
        error = failure;
        return false;
    }
    return true;
}

bool looksLikeZip(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[4] = {};
    return in.read(head, 4) && std::string_view(head, 4) == std::string_view("PK\3\4", 4);
}

}  // namespace rw::qda
