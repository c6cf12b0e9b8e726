#include "app/document/project_search.h"

#include <algorithm>
#include <cctype>

namespace rw::document {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Keeps whole UTF-8 characters: a cut never lands on a continuation byte.
std::size_t charStart(const std::string& text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

std::string excerpt(const std::string& text, std::size_t at, std::size_t length) {
    constexpr std::size_t kAround = 40;
    std::size_t begin = charStart(text, at > kAround ? at - kAround : 0);
    std::size_t end = charStart(text, std::min(text.size(), at + length + kAround));
    if (end < text.size()) end = charStart(text, end);
    std::string piece = text.substr(begin, end - begin);
    std::replace(piece.begin(), piece.end(), '\n', ' ');
    return (begin > 0 ? "…" : "") + piece + (end < text.size() ? "…" : "");
}

class Searcher {
public:
    Searcher(const std::string& needle, std::vector<SearchHit>& hits) : m_needle(lower(needle)), m_hits(hits) {}

    void look(const std::string& text, const Selection& where, const char* field) {
        if (text.empty()) return;
        std::size_t at = lower(text).find(m_needle);
        if (at != std::string::npos) m_hits.push_back({where, field, excerpt(text, at, m_needle.size())});
    }

private:
    std::string m_needle;
    std::vector<SearchHit>& m_hits;
};

}  // namespace

std::vector<SearchHit> searchProject(const Project& project, const std::string& needle) {
    std::vector<SearchHit> hits;
    if (needle.empty()) return hits;
    Searcher s(needle, hits);
    for (const Theory& theory : project.theories) {
        for (const Node& node : theory.nodes) {
            Selection where = Selection::node(theory.id, node.id);
            s.look(node.label, where, "label");
            s.look(node.description, where, "description");
            s.look(node.assumption, where, "assumption");
        }
        for (const Link& link : theory.links) {
            Selection where = Selection::link(theory.id, link.id);
            s.look(link.label, where, "label");
            s.look(link.description, where, "description");
            s.look(link.assumption, where, "assumption");
        }
    }
    std::string theoryId = project.theories.empty() ? std::string() : project.theories.front().id;
    for (const Case& c : project.cases) {
        s.look(c.name, Selection::ofCase(c.id), "name");
        s.look(c.description, Selection::ofCase(c.id), "description");
        for (const Verdict& verdict : c.verdicts) {
            Selection where = Selection::cell(theoryId, c.id, verdict.node);
            s.look(verdict.note, where, "note");
            for (const Evidence& evidence : verdict.evidence) {
                s.look(evidence.quote, where, "quote");
                s.look(evidence.note, where, "note");
            }
        }
    }
    for (const Source& source : project.sources) s.look(source.title, Selection::source(source.id), "title");
    return hits;
}

}  // namespace rw::document
