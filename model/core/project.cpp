#include "model/core/project.h"

#include <algorithm>
#include <cctype>

namespace rw {
namespace {

template <typename Range, typename Pred>
auto findIn(Range& range, Pred pred) -> decltype(&*range.begin()) {
    auto it = std::find_if(range.begin(), range.end(), pred);
    return it == range.end() ? nullptr : &*it;
}

auto hasId(const std::string& id) {
    return [&id](const auto& item) { return item.id == id; };
}

bool equalsIgnoringCase(const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

const Node* Theory::findNode(const std::string& nodeId) const { return findIn(nodes, hasId(nodeId)); }
Node* Theory::findNode(const std::string& nodeId) { return findIn(nodes, hasId(nodeId)); }
const Link* Theory::findLink(const std::string& linkId) const { return findIn(links, hasId(linkId)); }
Link* Theory::findLink(const std::string& linkId) { return findIn(links, hasId(linkId)); }

int Theory::nodeIndex(const std::string& nodeId) const {
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].id == nodeId) return static_cast<int>(i);
    return -1;
}

VerdictValue Case::verdictOn(const std::string& nodeId) const {
    const Verdict* verdict = findVerdict(nodeId);
    return verdict ? verdict->value : VerdictValue::NotAssessed;
}

const Verdict* Case::findVerdict(const std::string& nodeId) const {
    return findIn(verdicts, [&](const Verdict& v) { return v.node == nodeId; });
}

Verdict* Case::findVerdict(const std::string& nodeId) {
    return findIn(verdicts, [&](const Verdict& v) { return v.node == nodeId; });
}

const AttributeValue* Case::findValue(const std::string& key) const {
    return findIn(values, [&](const AttributeValue& v) { return v.key == key; });
}

const std::string& Case::displayName() const {
    if (!shortName.empty()) return shortName;
    return name.empty() ? id : name;
}

const Theory* Project::findTheory(const std::string& id) const {
    return findIn(theories, hasId(id));
}
Theory* Project::findTheory(const std::string& id) { return findIn(theories, hasId(id)); }
const Case* Project::findCase(const std::string& id) const { return findIn(cases, hasId(id)); }
Case* Project::findCase(const std::string& id) { return findIn(cases, hasId(id)); }
const Source* Project::findSource(const std::string& id) const {
    return findIn(sources, hasId(id));
}
const Informant* Project::findInformant(const std::string& id) const {
    return findIn(informants, hasId(id));
}
const Category* Project::findCategory(const std::string& id) const {
    return findIn(categories, hasId(id));
}

const AttributeDef* Project::findAttribute(const std::string& key) const {
    return findIn(attributes, [&](const AttributeDef& a) { return a.key == key; });
}

const Node* Project::findNodeAnywhere(const std::string& nodeId) const {
    for (const Theory& theory : theories)
        if (const Node* node = theory.findNode(nodeId)) return node;
    return nullptr;
}

const Case* Project::findCaseByName(const std::string& idOrShort) const {
    if (const Case* exact = findCase(idOrShort)) return exact;
    return findIn(cases, [&](const Case& c) {
        return equalsIgnoringCase(c.id, idOrShort) || equalsIgnoringCase(c.shortName, idOrShort);
    });
}

}  // namespace rw
