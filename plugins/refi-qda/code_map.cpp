#include "plugins/refi-qda/code_map.h"

#include <fstream>

#include "model/core/translate.h"
#include "model/core/utf8_text.h"

namespace rw::qda {
namespace {

std::string trimmed(std::string_view text) {
    std::size_t start = text.find_first_not_of(" \t\r");
    if (start == std::string_view::npos) return {};
    std::size_t end = text.find_last_not_of(" \t\r");
    return std::string(text.substr(start, end - start + 1));
}

std::string lowerAscii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

bool same(std::string_view a, std::string_view b) {
    std::string x = trimmed(a);
    return !x.empty() && equalsIgnoringAsciiCase(x, trimmed(b));
}

}  // namespace

const Node* findNodeByName(const Project& project, const std::string& name) {
    for (const Theory& theory : project.theories)
        for (const Node& node : theory.nodes)
            if (same(name, node.id) || same(name, node.label.substr(0, node.label.find('\n')))) return &node;
    return nullptr;
}

const Case* findCaseByAnyName(const Project& project, const std::string& name) {
    for (const Case& c : project.cases)
        if (same(name, c.id) || same(name, c.shortName) || same(name, c.name)) return &c;
    return nullptr;
}

bool CodeMap::load(const std::string& path, const Project& project, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path + ": " + tr("cannot be read");
        return false;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
        std::string content = trimmed(line);
        if (content.empty() || content.front() == '#') continue;
        std::size_t equals = content.rfind('=');
        std::string code = equals == std::string::npos ? "" : trimmed(content.substr(0, equals));
        std::string target = equals == std::string::npos ? "" : trimmed(content.substr(equals + 1));
        if (code.empty() || target.empty()) {
            error = path + ":" + std::to_string(number) + ": " + tr("expected \"code name = node\"");
            return false;
        }
        const Node* node = findNodeByName(project, target);
        if (!node) {
            error = path + ":" + std::to_string(number) + ": " + fill(tr("no node \"{1}\" in the project"), {target});
            return false;
        }
        m_nodes[lowerAscii(code)] = node->id;
    }
    return true;
}

std::string CodeMap::nodeFor(const std::string& codeName, const Project& project) const {
    if (auto it = m_nodes.find(lowerAscii(trimmed(codeName))); it != m_nodes.end()) return it->second;
    const Node* node = findNodeByName(project, codeName);
    return node ? node->id : "";
}

}  // namespace rw::qda
