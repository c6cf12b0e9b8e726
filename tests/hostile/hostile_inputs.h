#pragma once
// Hostile inputs made at run time — never committed: archives with bombs and odd member names,
// big files made sparse or streamed to disk, XML with entity tricks and deep nesting, projects
// with huge reference cycles.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rw::hostile {

struct ZipMember {
    std::string name;
    std::string content;
};

// Writes a zip archive (deflated members) with these members, in order.
void writeZip(const std::filesystem::path& path, const std::vector<ZipMember>& members);

// Writes `content` to `path`.
void writeFile(const std::filesystem::path& path, const std::string& content);

// Makes a file of `bytes` bytes that holds `head` and is otherwise a hole: as big as claimed,
// without the disk space (it reads as NUL bytes).
void writeSparse(const std::filesystem::path& path, const std::string& head, std::uint64_t bytes);

// Writes `head`, then `bytes` copies of `fill` streamed in chunks, then `tail`: a real line of
// that length on disk, never held in memory.
void writeStreamed(const std::filesystem::path& path, const std::string& head, std::uint64_t bytes, char fill,
                   const std::string& tail);

// Returns the bundled Rotterdam sample's text.
std::string sampleText();

// Returns the sample with `doctype` put after the XML declaration and its title replaced by `title`.
std::string sampleWith(const std::string& doctype, const std::string& title);

// Returns a project of one theory whose `count` mechanisms form one cycle of links (each the
// source of the next, the last of the first) between an intervention and a final outcome, and a
// case that ticks every node: 100,000 ids for readers, checks and path searches to walk.
std::string cycleProject(int count);

// Returns "<a><a>…</a></a>" nested `depth` levels inside <root>.
std::string nested(const std::string& root, int depth);

// The XML of the classic "billion laughs": ten levels of ten references each, wrapped in `root`
// with `inner` after the expansion's reference (e.g. the rest of a document).
std::string billionLaughsDoctype(const std::string& root);

// A REFI-QDA project.qde with one text source whose text file is `path` and one coded selection.
std::string qdeWithSourcePath(const std::string& path);

// A minimal WordprocessingML document.xml with one paragraph.
std::string wordDocument(const std::string& paragraph);

// A WhatsApp export of a few Android-layout messages.
std::string chatText();

}  // namespace rw::hostile
