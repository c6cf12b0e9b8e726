#include "tests/gui/large_project.h"

#include <random>
#include <string>

namespace rw::gui::test {

namespace {

// Words of an interview in the sample's field, so quotes look and compress like real ones.
constexpr const char* kWords[] = {"the", "group", "chat", "neighbours", "police", "we", "saw", "a", "suspicious",
                                  "car", "in", "street", "at", "night", "and", "called", "nobody", "came", "because",
                                  "it", "was", "late", "people", "trust", "each", "other", "more", "since", "messages",
                                  "about", "burglary", "were", "shared", "quickly", "by", "the", "administrator"};

}  // namespace

Project largeProject(int nodeCount, int caseCount, std::uint32_t seed) {
    std::mt19937 random(seed);
    auto below = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    // A quote of about `length` characters (100–400 in a real interview excerpt).
    auto interviewQuote = [&](int length) {
        std::string quote = "\"";
        while (static_cast<int>(quote.size()) < length) {
            quote += kWords[below(static_cast<int>(std::size(kWords)))];
            quote += ' ';
        }
        quote.back() = '.';
        return quote;
    };
    Project p;
    p.language = "en";
    p.meta.title = "Generated study of " + std::to_string(nodeCount) + " nodes and " + std::to_string(caseCount) + " cases";
    p.sources.push_back(Source{"doc", SourceKind::Document, "Policy document", "", "", "2019", ""});
    p.attributes.push_back(AttributeDef{"size", "Size", AttributeType::Ordinal, "Neighbourhood", "", {"small", "large"}});
    p.attributes.push_back(AttributeDef{"members", "Members", AttributeType::Number, "Group", "", {}});

    Theory theory{"theory", "Generated theory", "", {}, {}};
    // Layer shares: 3 % interventions, 10 % contexts, 60 % mechanisms, 20 % outcomes, the rest side effects.
    for (int i = 0; i < nodeCount; ++i) {
        Node node;
        node.id = "n" + std::to_string(i);
        double share = static_cast<double>(i) / nodeCount;
        node.kind = share < 0.03 ? NodeKind::Intervention
                    : share < 0.13 ? NodeKind::Context
                    : share < 0.73 ? NodeKind::Mechanism
                    : share < 0.93 ? NodeKind::Outcome
                                   : NodeKind::SideEffect;
        node.level = below(3) == 0 ? OutcomeLevel::Intermediate : OutcomeLevel::Final;
        node.label = std::string(displayName(node.kind)) + " number " + std::to_string(i) + " of the generated theory";
        node.assumption = below(2) ? "An assumption about node " + std::to_string(i) : "";
        if (below(3) == 0) node.refs.push_back(SourceRef{"doc", {}});
        theory.nodes.push_back(std::move(node));
    }
    int links = 0;
    for (int i = 1; i < nodeCount; ++i) {
        int incoming = 1 + below(2);
        for (int k = 0; k < incoming; ++k) {
            int from = below(i);
            Link link;
            link.id = "l" + std::to_string(links++);
            link.from = theory.nodes[static_cast<std::size_t>(from)].id;
            link.to = theory.nodes[static_cast<std::size_t>(i)].id;
            if (theory.nodes[static_cast<std::size_t>(from)].kind == NodeKind::Context) link.kind = LinkKind::Enables;
            theory.links.push_back(std::move(link));
        }
    }
    for (int c = 0; c < caseCount; ++c) {
        Case one;
        one.id = "c" + std::to_string(c);
        one.shortName = "C" + std::to_string(c);
        one.name = "Case " + std::to_string(c);
        one.values.push_back(AttributeValue{"size", below(2) ? "small" : "large", ""});
        one.values.push_back(AttributeValue{"members", std::to_string(20 + below(400)), ""});
        for (const Node& node : theory.nodes) {
            if (below(5) == 0) continue;  // a fifth not assessed
            Verdict verdict;
            verdict.node = node.id;
            int roll = below(10);
            verdict.value = roll < 5 ? VerdictValue::Supported : roll < 8 ? VerdictValue::Refuted : VerdictValue::Mixed;
            for (int e = 0, quotes = 1 + below(3); e < quotes; ++e) {
                Evidence evidence;
                evidence.id = one.id + "-" + node.id + "-" + std::to_string(e);
                evidence.quote = interviewQuote(100 + below(301));
                evidence.stance = below(6) == 0 ? Stance::Contradicts : Stance::Supports;
                evidence.ref.source = "doc";
                evidence.ref.location.lineBegin = evidence.ref.location.lineEnd = 1 + below(900);
                verdict.evidence.push_back(std::move(evidence));
            }
            one.verdicts.push_back(std::move(verdict));
        }
        p.cases.push_back(std::move(one));
    }
    p.theories.push_back(std::move(theory));
    return p;
}

}  // namespace rw::gui::test
