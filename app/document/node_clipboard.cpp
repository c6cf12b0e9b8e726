#include "app/document/node_clipboard.h"

#include <algorithm>
#include <map>

#include "model/core/translate.h"
#include "model/edit/edits.h"
#include "model/format/xml_reader.h"
#include "model/format/xml_writer.h"

namespace rw::document {

std::string copyNodes(const Project& project, const Theory& theory, const std::vector<std::string>& nodeIds) {
    Project clip;
    clip.language = project.language;
    clip.meta.title = "Clipboard";
    Theory copy{theory.id, theory.name, {}, {}, {}};
    for (const Node& node : theory.nodes)
        if (std::find(nodeIds.begin(), nodeIds.end(), node.id) != nodeIds.end()) {
            Node n = node;
            n.refs.clear();  // sources belong to the project they were cut from
            copy.nodes.push_back(std::move(n));
        }
    if (copy.nodes.empty()) return {};
    for (const Link& link : theory.links)
        if (copy.findNode(link.from) && copy.findNode(link.to)) {
            Link l = link;
            l.refs.clear();
            copy.links.push_back(std::move(l));
        }
    clip.theories.push_back(std::move(copy));
    return writeProject(clip);
}

bool looksLikeNodes(const std::string& text) {
    return text.find("<realist") != std::string::npos && text.find("<node ") != std::string::npos;
}

std::vector<std::string> pasteNodes(Document& document, const std::string& theoryId, const std::string& text) {
    std::vector<std::string> added;
    if (!looksLikeNodes(text)) return added;
    LoadResult loaded = readProject(text, "clipboard");
    if (!loaded || loaded.project->theories.empty()) return added;
    const Theory& clip = loaded.project->theories.front();
    if (!document.project().findTheory(theoryId)) return added;

    UndoStack::Macro macro = document.undoStack().macro(
        clip.nodes.size() == 1 ? tr("Paste node") : fill(tr("Paste {1} nodes"), {std::to_string(clip.nodes.size())}));
    std::map<std::string, std::string> newId;
    for (Node node : clip.nodes) {
        std::string oldId = node.id;
        node.id.clear();  // a fresh id made from the label, so pasting twice makes two nodes
        edits::Edit edit = edits::addNode(document.project(), theoryId, node);
        std::string id = edit.newId();
        if (!document.push(edit.take())) continue;
        newId[oldId] = id;
        added.push_back(id);
    }
    for (Link link : clip.links) {
        if (!newId.contains(link.from) || !newId.contains(link.to)) continue;
        link.id.clear();
        link.from = newId[link.from];
        link.to = newId[link.to];
        document.push(edits::addLink(document.project(), theoryId, link));
    }
    return added;
}

}  // namespace rw::document
