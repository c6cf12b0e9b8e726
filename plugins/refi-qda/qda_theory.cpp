#include "plugins/refi-qda/qda_theory.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "model/core/ids.h"
#include "model/core/kinds.h"
#include "model/core/translate.h"
#include "model/core/utf8_text.h"
#include "model/edit/edits.h"
#include "model/edit/edits_project.h"
#include "plugins/refi-qda/description_fields.h"

namespace rw::qda {
namespace {

// The kind a parent code's name stands for: the names our export writes, their plurals, and
// the Dutch names of our own catalogue.
std::optional<NodeKind> kindOfParent(std::string name) {
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    static const std::pair<const char*, NodeKind> kNames[] = {
        {"intervention", NodeKind::Intervention}, {"interventions", NodeKind::Intervention},
        {"interventie", NodeKind::Intervention},  {"context", NodeKind::Context},
        {"contexts", NodeKind::Context},          {"contexten", NodeKind::Context},
        {"mechanism", NodeKind::Mechanism},       {"mechanisms", NodeKind::Mechanism},
        {"mechanisme", NodeKind::Mechanism},      {"mechanismen", NodeKind::Mechanism},
        {"outcome", NodeKind::Outcome},           {"outcomes", NodeKind::Outcome},
        {"uitkomst", NodeKind::Outcome},          {"uitkomsten", NodeKind::Outcome},
        {"side effect", NodeKind::SideEffect},    {"side effects", NodeKind::SideEffect},
        {"side-effect", NodeKind::SideEffect},    {"neveneffect", NodeKind::SideEffect},
        {"neveneffecten", NodeKind::SideEffect},
    };
    for (const auto& [known, kind] : kNames)
        if (equalsIgnoringAsciiCase(name, known)) return kind;
    return std::nullopt;
}

// `wanted` when it is a well-formed id nobody has taken, else one made from `name`.
std::string idFor(const std::string& wanted, const std::string& name, const std::set<std::string>& taken) {
    if (!wanted.empty() && slugify(wanted) == wanted && !taken.count(wanted)) return wanted;
    std::string base = slugify(name);
    return uniqueId(base.empty() ? "n" : base, [&](const std::string& id) { return taken.count(id) > 0; });
}

class TheoryMaker {
public:
    TheoryMaker(const QdaProject& qda, ImportStep& step, TheoryMade& made, std::string& error)
        : m_qda(qda), m_step(step), m_made(made), m_error(error) {}

    bool makeTheory(const std::string& fileName) {
        std::map<std::string, NodeKind> kindOfCode;  // parent code GUID → kind
        for (const QdaCode& code : m_qda.codes)
            if (code.parent.empty())
                if (std::optional<NodeKind> kind = kindOfParent(code.name)) kindOfCode[code.guid] = *kind;
        if (kindOfCode.empty()) return true;
        // The project's theory when it has one (a project file always does), else a new one.
        Theory theory;
        if (!m_step.scratch().theories.empty()) {
            theory.id = m_step.scratch().theories.front().id;
        } else {
            theory.id = "theory";
            theory.name = fill(tr("Imported from {1}"), {fileName});
            if (!add(edits::addTheory(m_step.scratch(), theory), m_qda.offset, tr("cannot add the theory"))) return false;
        }
        std::set<std::string> taken;
        for (const QdaCode& code : m_qda.codes) {
            auto kind = kindOfCode.find(code.parent);
            if (kind == kindOfCode.end()) continue;
            DescriptionFields read = readFields(code.description, {"Level", "Assumption", "Realist Workbench node"});
            Node node;
            node.kind = kind->second;
            node.id = idFor(read["Realist Workbench node"], code.name, taken);
            node.label = code.name;
            node.description = read.text;
            node.assumption = read["Assumption"];
            if (std::optional<OutcomeLevel> level = parseOutcomeLevel(read["Level"])) node.level = *level;
            taken.insert(node.id);
            if (!add(edits::addNode(m_step.scratch(), theory.id, node), code.offset,
                     fill(tr("cannot add node {1}"), {node.id})))
                return false;
            m_nodeOfCode[code.guid] = node.id;
            ++m_made.nodes;
        }
        return makeLinks(theory.id);
    }

    bool makeCases() {
        std::set<std::string> taken;
        for (const QdaCase& qdaCase : m_qda.cases) {
            if (qdaCase.name.empty()) continue;  // the variables of a source, not a case
            DescriptionFields read = readFields(qdaCase.description, {"Short name", "Realist Workbench case"});
            Case c;
            c.id = idFor(read["Realist Workbench case"], qdaCase.name, taken);
            c.name = qdaCase.name;
            c.shortName = read["Short name"];
            c.description = read.text;
            taken.insert(c.id);
            if (!add(edits::addCase(m_step.scratch(), c), qdaCase.offset, fill(tr("cannot add case {1}"), {c.id})))
                return false;
            ++m_made.cases;
        }
        return true;
    }

private:
    // A link between two node codes, named "kind" or "kind: label" (our export), else "causes".
    bool makeLinks(const std::string& theoryId) {
        std::set<std::string> taken;
        for (const QdaLink& qdaLink : m_qda.links) {
            auto from = m_nodeOfCode.find(qdaLink.origin), to = m_nodeOfCode.find(qdaLink.target);
            if (from == m_nodeOfCode.end() || to == m_nodeOfCode.end()) continue;
            Link link;
            link.from = from->second;
            link.to = to->second;
            std::string name = qdaLink.name;
            std::size_t colon = name.find(": ");
            if (std::optional<LinkKind> kind = parseLinkKind(name.substr(0, colon))) {
                link.kind = *kind;
                link.label = colon == std::string::npos ? "" : name.substr(colon + 2);
            } else {
                link.label = name;
            }
            link.id = uniqueId(link.from + "-" + link.to, [&](const std::string& id) { return taken.count(id) > 0; });
            taken.insert(link.id);
            if (!add(edits::addLink(m_step.scratch(), theoryId, link), qdaLink.offset,
                     fill(tr("cannot add link {1}"), {link.id})))
                return false;
            ++m_made.links;
        }
        return true;
    }

    bool add(edits::CommandPtr command, std::size_t offset, const std::string& why) {
        if (m_step.add(std::move(command))) return true;
        m_error = m_qda.where(offset) + ": " + why;
        return false;
    }

    const QdaProject& m_qda;
    ImportStep& m_step;
    TheoryMade& m_made;
    std::string& m_error;
    std::map<std::string, std::string> m_nodeOfCode;  // code GUID → node id
};

}  // namespace

bool makeTheoryAndCases(const QdaProject& qda, const std::string& fileName, ImportStep& step, TheoryMade& made,
                        std::string& error) {
    TheoryMaker maker(qda, step, made, error);
    bool noNodes = std::all_of(step.scratch().theories.begin(), step.scratch().theories.end(),
                               [](const Theory& theory) { return theory.nodes.empty(); });
    if (noNodes && !maker.makeTheory(fileName)) return false;
    if (step.scratch().cases.empty() && !maker.makeCases()) return false;
    return true;
}

}  // namespace rw::qda
