#pragma once
// Text files that become part of a project (transcripts, tables, role and code maps), read one
// way: a regular file of bounded size, UTF-8, holding only characters an XML 1.0 file can hold,
// with a leading byte order mark dropped and CRLF and a lone CR made LF — so that what is
// imported is saved and read back exactly (docs/limits.md).

#include <cstdint>
#include <string>
#include <string_view>

namespace rw {

// Reads `path` into `text`, normalised as above; returns false with `error` set to
// "path: why" (not a regular file, larger than `maxBytes`) or "path:line:col: why" (not UTF-8,
// a character XML cannot hold such as a NUL byte).
bool readTextInput(const std::string& path, std::uint64_t maxBytes, std::string& text, std::string& error);

// Checks and normalises text already read (a zip member, say); `name` is how messages call it.
bool normaliseTextInput(const std::string& name, std::string& text, std::string& error);

}  // namespace rw
