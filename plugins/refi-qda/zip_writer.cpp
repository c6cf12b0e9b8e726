#include "plugins/refi-qda/zip_writer.h"

#include <zip.h>

#include <memory>

namespace rw::qda {
namespace {

// 2020-01-01 00:00:00 UTC. Zip stores local DOS time, so the bytes are the same for every export
// made in one time zone; the wall-clock time of the export is never recorded.
constexpr time_t kMemberTime = 1577836800;

std::string zipMessage(zip_error_t* error) { return zip_error_strerror(error); }

}  // namespace

bool writeZipToMemory(const std::vector<ZipEntry>& entries, std::string& archive, std::string& error) {
    zip_error_t why;
    zip_error_init(&why);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &why);
    if (!buffer) {
        error = "cannot make a zip archive (" + zipMessage(&why) + ")";
        zip_error_fini(&why);
        return false;
    }
    // zip_close frees the source unless it is kept; it is read back after closing.
    zip_source_keep(buffer);
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, zip_source_free);
    zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &why);
    if (!zip) {
        error = "cannot make a zip archive (" + zipMessage(&why) + ")";
        zip_error_fini(&why);
        return false;
    }
    zip_error_fini(&why);
    for (const ZipEntry& entry : entries) {
        zip_source_t* member = zip_source_buffer(zip, entry.data.data(), entry.data.size(), 0);
        zip_int64_t index = member ? zip_file_add(zip, entry.name.c_str(), member, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(member);
            error = entry.name + ": cannot be added to the archive (" + zip_strerror(zip) + ")";
            zip_discard(zip);
            return false;
        }
        zip_file_set_mtime(zip, static_cast<zip_uint64_t>(index), kMemberTime, 0);
    }
    if (zip_close(zip) != 0) {
        error = std::string("cannot write the archive (") + zip_strerror(zip) + ")";
        zip_discard(zip);
        return false;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) != 0 || zip_source_open(buffer) != 0) {
        error = "cannot read back the archive (" + zipMessage(zip_source_error(buffer)) + ")";
        return false;
    }
    archive.assign(static_cast<std::size_t>(stat.size), '\0');
    zip_int64_t read = zip_source_read(buffer, archive.data(), stat.size);
    zip_source_close(buffer);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
        error = "cannot read back the archive";
        return false;
    }
    return true;
}

}  // namespace rw::qda
