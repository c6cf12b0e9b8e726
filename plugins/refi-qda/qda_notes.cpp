#include "plugins/refi-qda/qda_notes.h"

#include "model/core/translate.h"
#include "plugins/refi-qda/source_text.h"

namespace rw::qda {
namespace {

std::string trimmedText(std::string text) {
    text.erase(0, text.find_first_not_of(" \t\r\n"));
    text.erase(text.find_last_not_of(" \t\r\n") + 1);
    return text;
}

}  // namespace

void NoteTexts::index() {
    if (m_indexed) return;
    m_indexed = true;
    for (const QdaLink& link : m_project.links) {
        if (m_project.findNote(link.origin) && !link.target.empty())
            m_linked[link.target].push_back(link.origin);
        else
            ++m_linksLeftOut;
    }
}

int NoteTexts::linksLeftOut() {
    index();
    return m_linksLeftOut;
}

int NoteTexts::linkedOutside(const std::set<std::string>& imported) {
    index();
    int outside = 0;
    for (const auto& [target, notes] : m_linked)
        if (!imported.count(target)) outside += static_cast<int>(notes.size());
    return outside;
}

const std::string& NoteTexts::text(const std::string& guid, std::vector<std::string>& warnings) {
    auto cached = m_texts.find(guid);
    if (cached != m_texts.end()) return cached->second;
    std::string text;
    if (const QdaNote* note = m_project.findNote(guid)) {
        std::string bytes = note->content, read, error;
        std::string where = m_project.where(note->offset);
        if (!note->embedded && !note->plainTextPath.empty() &&
            !m_package.readText(note->plainTextPath, m_project.basePath, fill(tr("note \"{1}\""), {note->name}), where, bytes,
                                read, error)) {
            warnings.push_back(error + "; " + tr("the note is left out"));
            bytes.clear();
        }
        std::size_t bad = 0;
        std::optional<SourceText> normal = SourceText::from(bytes, bad);
        if (!normal) warnings.push_back(where + ": " + tr("the text of the note is not UTF-8; left out"));
        text = trimmedText(normal ? normal->text() : std::string());
        if (text.empty()) text = trimmedText(note->name);
    }
    return m_texts.emplace(guid, std::move(text)).first->second;
}

std::string NoteTexts::on(const std::string& description, const std::vector<std::string>& refs, const std::string& guid,
                          const std::vector<std::string>& codingRefs, std::vector<std::string>& warnings) {
    index();
    std::vector<std::string> texts;
    if (std::string own = trimmedText(description); !own.empty()) texts.push_back(own);
    auto add = [&](const std::string& note) {
        if (const std::string& t = text(note, warnings); !t.empty()) texts.push_back(t);
    };
    for (const std::string& ref : refs) add(ref);
    if (auto linked = m_linked.find(guid); linked != m_linked.end())
        for (const std::string& note : linked->second) add(note);
    for (const std::string& ref : codingRefs) add(ref);
    std::string joined;
    for (const std::string& t : texts) joined += (joined.empty() ? "" : "\n") + t;
    return joined;
}

}  // namespace rw::qda
