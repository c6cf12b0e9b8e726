#include "plugins/refi-qda/qda_package.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

#include "model/core/byte_size.h"
#include "model/core/translate.h"
#include "model/core/utf8_text.h"
#include "model/format/atomic_file.h"

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

// A path as REFI-QDA writes it: in the archive, relative to the project, absolute, or plain.
struct Target {
    enum class Kind { Internal, Relative, Absolute };
    Kind kind = Kind::Relative;
    std::string path;  // decoded, with "/" or "\" as the program wrote it
};

bool looksAbsolute(std::string_view path) {
    if (path.starts_with('/') || path.starts_with('\\')) return true;
    // C:\Users\… or C:/Users/… as a Windows program recorded it.
    return path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':' &&
           (path[2] == '/' || path[2] == '\\');
}

Target parse(std::string_view text) {
    auto after = [&](std::string_view prefix) { return percentDecoded(text.substr(prefix.size())); };
    Target target;
    if (startsWithIgnoringAsciiCase(text, "internal://")) {
        target = {Target::Kind::Internal, after("internal://")};
    } else if (startsWithIgnoringAsciiCase(text, "relative://")) {
        target = {Target::Kind::Relative, after("relative://")};
        // relative:///x.m4a: the path starts after the third slash.
        while (target.path.starts_with('/') || target.path.starts_with('\\')) target.path.erase(0, 1);
    } else if (startsWithIgnoringAsciiCase(text, "absolute://")) {
        target = {Target::Kind::Absolute, after("absolute://")};
    } else if (startsWithIgnoringAsciiCase(text, "file://")) {
        target = {Target::Kind::Absolute, after("file://")};
    } else {
        target = {looksAbsolute(text) ? Target::Kind::Absolute : Target::Kind::Relative, std::string(text)};
    }
    // absolute:///C:/Users/…: a Windows path after a slash.
    if (target.kind == Target::Kind::Absolute && target.path.size() > 3 && target.path[0] == '/' &&
        looksAbsolute(std::string_view(target.path).substr(1)) && target.path[2] == ':')
        target.path.erase(0, 1);
    while (target.path.starts_with("./")) target.path.erase(0, 2);
    return target;
}

std::string lastComponent(std::string_view path) {
    std::size_t slash = path.find_last_of("/\\");
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string withSlashes(std::string text) {
    std::replace(text.begin(), text.end(), '\\', '/');
    return text;
}

// The names under which the file may stand inside the archive (or the folder of a bare .qde),
// most likely first.
std::vector<std::string> insideNames(const Target& target) {
    std::string path = withSlashes(target.path);
    std::string name = lastComponent(path);
    std::vector<std::string> names;
    auto add = [&](const std::string& candidate) {
        if (!candidate.empty() && std::find(names.begin(), names.end(), candidate) == names.end()) names.push_back(candidate);
    };
    if (target.kind == Target::Kind::Absolute) {
        add(name.empty() ? "" : "sources/" + name);
        return names;
    }
    add("sources/" + path);
    add(path);
    if (target.kind == Target::Kind::Relative && !name.empty()) add("sources/" + name);
    return names;
}

fs::path canonicalFolder(const fs::path& folder) {
    std::error_code ignored;
    fs::path canonical = fs::weakly_canonical(folder.empty() ? fs::path(".") : folder, ignored);
    if (canonical.filename().empty()) canonical = canonical.parent_path();
    return canonical;
}

bool below(const fs::path& path, const fs::path& folder) {
    if (folder.empty()) return false;
    std::error_code ignored;
    fs::path canonical = fs::weakly_canonical(path, ignored);  // symbolic links resolved
    auto [f, p] = std::mismatch(folder.begin(), folder.end(), canonical.begin(), canonical.end());
    return f == folder.end();
}

// Finds `relative` below `folder`, each part of the path in any letter case ("Sources/A.TXT"
// for "sources/a.txt"); returns the exact path when nothing matches.
fs::path findIgnoringCase(const fs::path& folder, const std::string& relative) {
    fs::path exact = folder / relative;
    std::error_code error;
    if (fs::exists(exact, error)) return exact;
    fs::path found = folder;
    for (const fs::path& part : fs::path(relative)) {
        if (fs::exists(found / part, error)) {
            found /= part;
            continue;
        }
        bool matched = false;
        for (const fs::directory_entry& entry : fs::directory_iterator(found, error)) {
            if (equalsIgnoringAsciiCase(entry.path().filename().string(), part.string())) {
                found = entry.path();
                matched = true;
                break;
            }
        }
        if (!matched) return exact;
    }
    return found;
}

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
    m_folder = canonicalFolder(fs::path(path).parent_path()).string();
    if (!looksLikeZip(path)) {
        m_qdeName = path;
        return readFile(path, m_qde, error);
    }
    m_zip = ZipArchive::open(path, {}, error);
    if (!m_zip) return false;
    std::optional<std::string> member = m_zip->find("project.qde");
    if (!member) {
        // Some programs name the project file after the project; one such file will do.
        std::vector<std::string> qdes;
        for (const std::string& name : m_zip->names())
            if (name.find_first_of("/\\") == std::string::npos && name.size() > 4 &&
                equalsIgnoringAsciiCase(std::string_view(name).substr(name.size() - 4), ".qde"))
                qdes.push_back(name);
        if (qdes.size() != 1) {
            error = path + ": " + tr("no project.qde in the archive; not a REFI-QDA project (.qdpx)");
            return false;
        }
        member = qdes.front();
    }
    m_qdeName = path + ":" + *member;
    return m_zip->read(*member, m_qde, error);
}

bool QdaPackage::allowOutside(const std::string& folder, std::string& error) {
    std::error_code failed;
    if (!fs::is_directory(folder, failed)) {
        error = folder + ": " + tr("no such folder (--allow-outside)");
        return false;
    }
    m_allowed = canonicalFolder(folder).string();
    return true;
}

std::string QdaPackage::fileNameOf(std::string_view target) { return lastComponent(parse(target).path); }

std::string QdaPackage::findMember(std::string_view target) const {
    for (const std::string& name : insideNames(parse(target)))
        if (std::optional<std::string> member = m_zip->find(name)) return *member;
    return {};
}

bool QdaPackage::mayRead(const std::string& path) const {
    return below(path, m_folder) || (!m_allowed.empty() && below(path, m_allowed));
}

bool QdaPackage::readText(std::string_view text, const std::string& basePath, const std::string& owner,
                          const std::string& where, std::string& bytes, std::string& read, std::string& error) const {
    Target target = parse(text);
    auto failWith = [&](const std::string& why) {
        error = where + ": " + fill(tr("the text {1} of {2} {3}"), {std::string(text), owner, why});
        return false;
    };
    if (m_zip) {
        if (std::string member = findMember(text); !member.empty()) {
            read = m_path + ":" + member;
            return m_zip->read(member, bytes, error);
        }
        if (target.kind == Target::Kind::Internal) return failWith(tr("is not in the archive"));
    }
    // The file system: next to the .qde or .qdpx, then where the exporting machine had it.
    std::vector<fs::path> candidates;
    if (target.kind != Target::Kind::Absolute) {
        if (!m_zip)
            for (const std::string& name : insideNames(target)) candidates.push_back(findIgnoringCase(m_folder, name));
        else
            candidates.push_back(findIgnoringCase(m_folder, withSlashes(target.path)));
        // basePath is where the project lived on the machine that wrote it; it often holds a user
        // name, so it is never stored, and read only where the user allows.
        if (target.kind == Target::Kind::Relative && !basePath.empty() && !startsWithIgnoringAsciiCase(basePath, "http")) {
            std::string base = startsWithIgnoringAsciiCase(basePath, "absolute://") ? basePath.substr(11) : basePath;
            candidates.push_back(fs::path(percentDecoded(base)) / withSlashes(target.path));
        }
    } else {
        candidates.push_back(fs::path(target.path));
    }
    std::string refused;
    std::error_code failed;
    for (const fs::path& candidate : candidates) {
        if (!fs::is_regular_file(candidate, failed)) continue;
        if (!mayRead(candidate.string())) {
            if (refused.empty()) refused = candidate.lexically_normal().string();
            continue;
        }
        read = candidate.lexically_normal().string();
        return readFile(read, bytes, error);
    }
    if (!refused.empty())
        return failWith(fill(tr("is outside the archive and the folder of {1} ({2}); refused (--allow-outside FOLDER lets "
                                "files below FOLDER be read)"),
                             {fs::path(m_path).filename().string(), refused}));
    return failWith(fill(tr("is not there ({1})"), {candidates.front().lexically_normal().string()}));
}

}  // namespace rw::qda
