#include "tests/random_project.h"

#include <random>

namespace rw::test {
namespace {

class Generator {
public:
    explicit Generator(std::uint32_t seed) : m_random(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(int percent) { return below(100) < percent; }

    // Non-blank text; an XML reader drops text that is only whitespace, and so do we.
    std::string text() {
        static const std::vector<std::string> pieces = {
            "heterdaadkracht", "Meer ogen en oren", "<b>", "&amp;", "a & b", "\"quoted\"", "'single'", "{|}",
            "\\N", "\\n", "café", "Zoë", "مرحبا", "😀", "x > y", "line\nbreak", "tab\there", "100%", "]]>"};
        std::string result = pieces[static_cast<std::size_t>(below(static_cast<int>(pieces.size())))];
        int extra = below(3);
        for (int i = 0; i < extra; ++i)
            result += " " + pieces[static_cast<std::size_t>(below(static_cast<int>(pieces.size())))];
        return result;
    }

    std::string maybeText() { return chance(50) ? text() : ""; }

    Location location() {
        Location l;
        if (chance(50)) {
            l.lineBegin = 1 + below(500);
            l.lineEnd = l.lineBegin + below(4);
        }
        if (chance(30)) {
            l.charBegin = below(1000);
            l.charEnd = l.charBegin + 1 + below(80);
        }
        if (chance(20)) l.page = std::to_string(1 + below(200));
        if (chance(10)) l.at = "00:0" + std::to_string(below(10)) + ":15";
        return l;
    }

    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::mt19937 m_random;
};

}  // namespace

Project randomProject(std::uint32_t seed) {
    Generator g(seed);
    Project p;
    p.language = g.chance(50) ? "nl" : "en";
    p.meta.title = g.text();
    for (int i = g.below(3); i > 0; --i) p.meta.authors.push_back(g.text());
    p.meta.description = g.maybeText();
    if (g.chance(50)) p.meta.created = "2026-11-27";
    int sourceCount = g.below(4);
    for (int i = 0; i < sourceCount; ++i)
        p.sources.push_back({"s" + std::to_string(i), static_cast<SourceKind>(g.below(5)), g.text(),
                             g.chance(50) ? "file.txt" : "", g.chance(30) ? std::string(64, 'a') : "",
                             g.chance(50) ? "2018" : "", g.maybeText()});
    p.categories.push_back({"urgent", g.text(), true});
    p.categories.push_back({"other", g.text(), false});
    // Keywords are written between bars, so none holds a bar or is blank.
    if (g.chance(50)) p.categories[0].keywords = {"inbr", "Politie 112", "café"};
    if (g.chance(30)) p.categories[1].keywords = {"*"};
    p.attributes.push_back({"size", g.text(), AttributeType::Ordinal, g.maybeText(), "", {"small", "large"}});
    p.attributes.push_back({"index", g.text(), AttributeType::Number, "", g.chance(50) ? "%" : "", {}});
    static const std::vector<std::string> indicators = {"total-per-year", "safety-share", "per-month:urgent", "count:other"};
    if (g.chance(50)) p.attributes.back().indicator = g.pick(indicators);
    p.attributes.push_back({"active", "Active", AttributeType::Flag, "", "", {}});
    p.attributes.push_back({"since", "Since", AttributeType::Date, "", "", {}});
    p.attributes.push_back({"note", "Note", AttributeType::Text, "", "", {}});

    auto sourceRef = [&]() {
        SourceRef ref;
        if (!p.sources.empty()) ref.source = g.pick(p.sources).id;
        ref.location = g.location();
        return ref;
    };
    int theoryCount = 1 + g.below(2);
    for (int t = 0; t < theoryCount; ++t) {
        Theory theory{"theory-" + std::to_string(t), g.text(), g.maybeText(), {}, {}};
        int nodeCount = 1 + g.below(8);
        for (int i = 0; i < nodeCount; ++i) {
            Node node;
            node.id = "n" + std::to_string(i);
            node.kind = static_cast<NodeKind>(g.below(5));
            node.level = g.chance(50) ? OutcomeLevel::Final : OutcomeLevel::Intermediate;
            if (node.kind != NodeKind::Outcome) node.level = OutcomeLevel::Final;
            node.label = g.text();
            node.description = g.maybeText();
            node.assumption = g.maybeText();
            if (!p.sources.empty())
                for (int r = g.below(3); r > 0; --r) node.refs.push_back(sourceRef());
            theory.nodes.push_back(node);
        }
        int linkCount = g.below(nodeCount * 2);
        for (int i = 0; i < linkCount; ++i) {
            Link link;
            link.id = "l" + std::to_string(i);
            link.from = g.pick(theory.nodes).id;
            link.to = g.pick(theory.nodes).id;
            link.kind = static_cast<LinkKind>(g.below(3));
            link.label = g.maybeText();
            link.assumption = g.maybeText();
            if (!p.sources.empty() && g.chance(50)) link.refs.push_back(sourceRef());
            theory.links.push_back(link);
        }
        p.theories.push_back(theory);
    }
    // Conditions of every shape the format allows: each attribute type with an operator it takes,
    // and verdict conditions, with every missing-value policy.
    for (int i = g.below(5); i > 0; --i) {
        Condition condition;
        condition.id = "cond-" + std::to_string(i);
        condition.label = g.maybeText();
        condition.description = g.maybeText();
        condition.missing = static_cast<MissingPolicy>(g.below(3));
        switch (g.below(6)) {
            case 0: condition.attribute = "size"; condition.op = static_cast<ConditionOp>(g.chance(50) ? 0 : 3 + g.below(4));
                    condition.value = g.chance(50) ? "small" : "large"; break;
            case 1: condition.attribute = "index"; condition.op = ConditionOp::Greater; condition.value = "99.5"; break;
            case 2: condition.attribute = "active"; condition.op = ConditionOp::NotEqual; condition.value = "true"; break;
            case 3: condition.attribute = "since"; condition.op = ConditionOp::AtMost; condition.value = "2017-04"; break;
            case 4: condition.attribute = "note"; condition.op = ConditionOp::Contains; condition.value = g.text(); break;
            default: condition.node = g.pick(p.theories.front().nodes).id;
                     condition.mixed = static_cast<MissingPolicy>(g.below(3));
        }
        p.conditions.push_back(condition);
    }
    int caseCount = g.below(5);
    int evidenceNumber = 0;
    for (int c = 0; c < caseCount; ++c) {
        Case kase;
        kase.id = "case-" + std::to_string(c);
        kase.shortName = g.chance(50) ? "C" + std::to_string(c) : "";
        kase.name = g.text();
        kase.description = g.maybeText();
        if (g.chance(70)) kase.values.push_back({"size", g.chance(50) ? "small" : "large", ""});
        if (g.chance(70)) kase.values.push_back({"index", std::to_string(g.below(200)) + ".5", g.chance(30) ? "approx." : ""});
        if (g.chance(50)) kase.values.push_back({"active", g.chance(50) ? "true" : "false", ""});
        if (g.chance(50)) kase.values.push_back({"since", g.chance(50) ? "2017-04" : "2016", ""});
        if (g.chance(50)) kase.values.push_back({"note", g.text(), ""});
        if (g.chance(50)) {
            kase.messages = {"2017-09-05", "2018-10-11", "13", {}};
            kase.messages.counts.push_back({"urgent", 4, "0.31"});
            kase.messages.counts.push_back({"other", std::nullopt, ""});
        }
        for (const Node& node : p.theories.front().nodes) {
            if (g.chance(30)) continue;
            Verdict verdict{node.id, static_cast<VerdictValue>(1 + g.below(3)), g.maybeText(), {}};
            for (int e = g.below(3); e > 0; --e) {
                Evidence evidence;
                evidence.id = "e" + std::to_string(++evidenceNumber);
                evidence.quote = g.text();
                evidence.stance = g.chance(80) ? Stance::Supports : Stance::Contradicts;
                evidence.role = g.chance(50) ? "beheerder" : "";
                evidence.note = g.maybeText();
                if (g.chance(70)) evidence.ref = sourceRef();
                verdict.evidence.push_back(evidence);
            }
            kase.verdicts.push_back(verdict);
        }
        p.cases.push_back(kase);
    }
    for (const Case& c : p.cases)
        if (g.chance(50)) p.informants.push_back({"inf-" + c.id, "deelnemer", c.id, g.maybeText()});
    // Codings may name cases once they exist.
    for (Source& source : p.sources)
        for (int i = g.below(3); i > 0; --i)
            source.codings.push_back({g.chance(50) ? "urgent" : g.text(),
                                      !p.cases.empty() && g.chance(70) ? g.pick(p.cases).id : "",
                                      g.location(), g.maybeText(), g.chance(30)});
    // Evidence may cite informants once they exist.
    for (Case& c : p.cases)
        for (Verdict& v : c.verdicts)
            for (Evidence& e : v.evidence)
                if (p.findInformant("inf-" + c.id) && g.chance(50)) e.informant = "inf-" + c.id;
    return p;
}

}  // namespace rw::test
