#include "plugins/refi-qda/qda_package.h"

#include <cctype>
#include <filesystem>

#include "model/atomic_file.h"
#include "model/chat_limits.h"
#include "model/chat_text.h"
#include "model/translate.h"

namespace rw::qda {
namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{256} << 20;

// "Interview%201.txt" → "Interview 1.txt"; a malformed escape stays as it is.
std::string percentDecoded(std::string_view text) {
    std::string result;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
        if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) && hex(text[i + 2])) {
            result += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            result += text[i];
        }
    }
    return result;
}

bool startsWith(std::string_view text, std::string_view prefix) { return startsWithIgnoringAsciiCase(text, prefix); }

}  // namespace

bool QdaPackage::readFile(const std::string& path, std::string& bytes, std::string& error) const {
    std::error_code failed;
    if (std::uintmax_t size = fs::file_size(path, failed); !failed && size > kMaxFileBytes) {
        error = path + ": " + fill(tr("larger than {1}; refused"), {describeBytes(kMaxFileBytes)});
        return false;
    }
    std::string why;
    if (!readWholeFile(path, bytes, why)) {
        error = path + ": " + why;
        return false;
    }
    return true;
}

bool QdaPackage::open(const std::string& path, std::string& error) {
    m_path = path;
    m_folder = fs::path(path).parent_path().string();
    if (!looksLikeZip(path)) {
        m_qdeName = path;
        return readFile(path, m_qde, error);
    }
    m_zip = ZipArchive::open(path, {}, error);
    if (!m_zip) return false;
    std::optional<std::string> member = m_zip->find("project.qde");
    if (!member) {
        error = path + ": " + tr("no project.qde in the archive; not a REFI-QDA project (.qdpx)");
        return false;
    }
    m_qdeName = path + ":" + *member;
    return m_zip->read(*member, m_qde, error);
}

bool QdaPackage::readText(const QdaTextSource& source, const std::string& basePath, std::string& bytes,
                          std::string& where, std::string& error) const {
    std::string_view target = source.plainTextPath;
    auto fromFolder = [&](const std::string& relative) { return (fs::path(m_folder) / relative).lexically_normal().string(); };
    std::string file;
    if (startsWith(target, "internal://")) {
        std::string name = percentDecoded(target.substr(11));
        if (m_zip) {
            std::optional<std::string> member = m_zip->find("sources/" + name);
            if (!member) {
                error = source.where + ": " + fill(tr("the text {1} of source \"{2}\" is not in the archive"),
                                                   {source.plainTextPath, source.name});
                return false;
            }
            where = m_path + ":" + *member;
            return m_zip->read(*member, bytes, error);
        }
        file = fromFolder("sources/" + name);
        if (!fs::exists(file) && fs::exists(fromFolder("Sources/" + name))) file = fromFolder("Sources/" + name);
    } else if (startsWith(target, "relative://")) {
        std::string relative = percentDecoded(target.substr(11));
        file = fromFolder(relative);
        // basePath is where the project lived on the machine that wrote it; used only when the
        // file is still there, and never stored (it often holds a user name).
        if (!basePath.empty() && !startsWith(basePath, "http") && !fs::exists(file)) {
            std::string base = startsWith(basePath, "absolute://") ? basePath.substr(11) : basePath;
            std::string candidate = (fs::path(percentDecoded(base)) / relative).lexically_normal().string();
            if (fs::exists(candidate)) file = candidate;
        }
    } else if (startsWith(target, "absolute://")) {
        file = percentDecoded(target.substr(11));
    } else if (startsWith(target, "file://")) {
        file = percentDecoded(target.substr(7));
    } else {
        std::string plain(target);
        file = fs::path(plain).is_absolute() ? plain : fromFolder(plain);
    }
    where = file;
    if (!fs::is_regular_file(file)) {
        error = source.where + ": " + fill(tr("the text {1} of source \"{2}\" is not there ({3})"),
                                           {source.plainTextPath, source.name, file});
        return false;
    }
    return readFile(file, bytes, error);
}

}  // namespace rw::qda
