#include "model/format/xml_reader.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <unordered_set>

#include "model/core/conditions.h"
#include "model/core/location.h"
#include "model/core/message_indicators.h"
#include "model/core/text_position.h"
#include "model/core/utf8_text.h"
#include "model/core/values.h"
#include "model/format/atomic_file.h"
#include "model/format/xml_safety.h"

namespace rw {

namespace {

// Thrown inside the reader only; readProject turns it into an Error.
struct Refusal {
    std::ptrdiff_t offset;
    std::string message;
};

using Names = std::initializer_list<const char*>;

// Splits "a|b|c" at the bars; "" gives no items.
std::vector<std::string> splitBars(const std::string& text) {
    std::vector<std::string> items;
    for (std::size_t start = 0; !text.empty() && start <= text.size();) {
        std::size_t bar = text.find('|', start);
        if (bar == std::string::npos) bar = text.size();
        items.push_back(text.substr(start, bar - start));
        start = bar + 1;
    }
    return items;
}

class Reader {
public:
    explicit Reader(std::string_view text) : m_text(text) {}

    Project read(const pugi::xml_document& document) {
        pugi::xml_node root = document.document_element();
        if (std::strcmp(root.name(), "realist") != 0)
            fail(root, std::string("root element is <") + root.name() + ">, expected <realist>");
        readFormat(root);
        expectOnly(root, {"format", "language"},
                   {"meta", "sources", "informants", "categories", "attributes", "conditions",
                    "theories", "cases"});
        Project project;
        if (auto language = root.attribute("language")) project.language = language.value();
        project.meta = readMeta(required(root, "meta"));
        readEach(root.child("sources"), "source", [&](pugi::xml_node n) {
            project.sources.push_back(readSource(n));
            m_sourceIds.insert(project.sources.back().id);
        });
        readEach(root.child("categories"), "category", [&](pugi::xml_node n) {
            project.categories.push_back(readCategory(n));
        });
        readEach(root.child("attributes"), "attribute", [&](pugi::xml_node n) {
            project.attributes.push_back(readAttribute(n, project));
        });
        pugi::xml_node theories = required(root, "theories");
        readEach(theories, "theory", [&](pugi::xml_node n) {
            project.theories.push_back(readTheory(n, project));
        });
        if (project.theories.empty()) fail(theories, "<theories> holds no <theory>");
        // Conditions may name nodes, so they are read after the theories.
        readEach(root.child("conditions"), "condition", [&](pugi::xml_node n) {
            project.conditions.push_back(readCondition(n, project));
        });
        readEach(root.child("cases"), "case", [&](pugi::xml_node n) {
            project.cases.push_back(readCase(n, project));
        });
        checkEvidenceIdsUnique();
        // Informants name cases, so they are read after the cases even though they come first.
        readEach(root.child("informants"), "informant", [&](pugi::xml_node n) {
            project.informants.push_back(readInformant(n));
        });
        checkEvidenceInformants(root.child("cases"));
        checkCodingCases(root.child("sources"));
        return project;
    }

private:
    std::string_view m_text;

    [[noreturn]] void fail(pugi::xml_node node, const std::string& message) const {
        throw Refusal{elementOffset(node), message};
    }

    [[noreturn]] void failAt(pugi::xml_node node, const char* attribute,
                             const std::string& message) const {
        throw Refusal{attributeOffset(node, attribute), message};
    }

    // offset_debug points at the element name; a reader looks for the '<' before it.
    std::ptrdiff_t elementOffset(pugi::xml_node node) const {
        std::ptrdiff_t offset = node.offset_debug();
        return offset > 0 ? offset - 1 : 0;
    }

    // pugixml keeps no attribute offsets, so find `name=` inside the element's start tag.
    std::ptrdiff_t attributeOffset(pugi::xml_node node, const char* name) const {
        std::ptrdiff_t start = elementOffset(node);
        std::size_t tagEnd = m_text.find('>', static_cast<std::size_t>(start));
        std::string needle = std::string(" ") + name + "=";
        std::size_t at = m_text.find(needle, static_cast<std::size_t>(start));
        if (at == std::string_view::npos || at > tagEnd) return start;
        return static_cast<std::ptrdiff_t>(at + 1);
    }

    void readFormat(pugi::xml_node root) const {
        pugi::xml_attribute format = root.attribute("format");
        if (!format) fail(root, "<realist> has no format attribute");
        int version = format.as_int(-1);
        if (version < 1 || std::to_string(version) != format.value())
            failAt(root, "format", std::string("format \"") + format.value() +
                                       "\" is not a version number");
        if (version > Project::kFormatVersion)
            failAt(root, "format",
                   "made by a newer Realist Workbench (format " + std::to_string(version) +
                       "); this version reads format " + std::to_string(Project::kFormatVersion));
    }

    // Refuses unknown attributes and child elements, so nothing is ever silently dropped.
    void expectOnly(pugi::xml_node node, Names attributes, Names children, bool textAllowed = false) const {
        for (pugi::xml_attribute attribute : node.attributes()) {
            if (!contains(attributes, attribute.name()))
                failAt(node, attribute.name(),
                       std::string("unknown attribute ") + attribute.name() + " on <" +
                           node.name() + ">");
        }
        for (pugi::xml_node child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                if (!textAllowed && !isBlank(child.value()))
                    fail(node, std::string("unexpected text in <") + node.name() + ">");
                continue;
            }
            if (child.type() != pugi::node_element) continue;
            if (!contains(children, child.name()))
                fail(child, std::string("unknown element <") + child.name() + "> in <" +
                                node.name() + ">");
        }
    }

    static bool contains(Names names, const char* name) {
        for (const char* n : names)
            if (n[0] == name[0] && std::strcmp(n, name) == 0) return true;
        return false;
    }

    static bool isBlank(const char* text) {
        for (; *text; ++text)
            if (!std::isspace(static_cast<unsigned char>(*text))) return false;
        return true;
    }

    pugi::xml_node required(pugi::xml_node parent, const char* name) const {
        pugi::xml_node child = parent.child(name);
        if (!child) fail(parent, std::string("<") + parent.name() + "> has no <" + name + ">");
        return child;
    }

    std::string requiredAttribute(pugi::xml_node node, const char* name) const {
        pugi::xml_attribute attribute = node.attribute(name);
        if (!attribute || !*attribute.value())
            fail(node, std::string("<") + node.name() + "> has no " + name);
        return attribute.value();
    }

    std::string requiredId(pugi::xml_node node, const char* name = "id") const {
        std::string id = requiredAttribute(node, name);
        for (char c : id)
            if (std::isspace(static_cast<unsigned char>(c)))
                failAt(node, name, std::string(name) + " \"" + id + "\" contains whitespace");
        return id;
    }

    // The text of an element that holds text only: markup inside it is refused, since keeping
    // the text before it alone would drop the rest without a word.
    std::string textOf(pugi::xml_node element) const {
        std::string text;
        for (pugi::xml_node child : element.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
                text += child.value();
            else if (child.type() == pugi::node_element)
                fail(child, std::string("<") + element.name() + "> holds text only, not <" + child.name() + ">");
        }
        return text;
    }

    // The text of a child element that holds text only; an attribute on it would be dropped
    // without a word, so it is refused like any unknown attribute.
    std::string text(pugi::xml_node parent, const char* name) const {
        pugi::xml_node child = parent.child(name);
        if (!child) return {};
        if (pugi::xml_attribute attribute = child.first_attribute())
            failAt(child, attribute.name(),
                   std::string("unknown attribute ") + attribute.name() + " on <" + name + ">");
        return textOf(child);
    }

    template <typename Fn>
    void readEach(pugi::xml_node parent, const char* name, Fn fn) const {
        if (!parent) return;
        expectOnly(parent, {}, {name});
        for (pugi::xml_node child : parent.children(name)) fn(child);
    }


    template <typename Enum, typename Parser>
    Enum enumAttribute(pugi::xml_node node, const char* name, Parser parser, Enum fallback,
                       const char* allowed) const {
        pugi::xml_attribute attribute = node.attribute(name);
        if (!attribute) return fallback;
        auto value = parser(attribute.value());
        if (!value)
            failAt(node, name, std::string("unknown ") + name + " \"" + attribute.value() +
                                   "\" (expected " + allowed + ")");
        return *value;
    }

    Meta readMeta(pugi::xml_node node) const {
        expectOnly(node, {}, {"title", "author", "description", "created"});
        Meta meta;
        meta.title = text(node, "title");
        for (pugi::xml_node author : node.children("author")) meta.authors.push_back(textOf(author));
        meta.description = text(node, "description");
        meta.created = text(node, "created");
        if (!meta.created.empty() && !isIsoDate(meta.created))
            fail(node.child("created"), "created \"" + meta.created + "\" is not an ISO date");
        return meta;
    }

    Source readSource(pugi::xml_node node) const {
        expectOnly(node, {"id", "kind", "file", "sha256", "date"}, {"title", "text", "coding"});
        Source source;
        source.id = requiredId(node);
        source.kind = enumAttribute(node, "kind", parseSourceKind, SourceKind::Document,
                                    "document, interview, focus-group, chat-history, literature");
        source.file = node.attribute("file").value();
        source.sha256 = node.attribute("sha256").value();
        source.date = node.attribute("date").value();
        source.title = text(node, "title");
        source.text = text(node, "text");
        for (pugi::xml_node child : node.children("coding")) source.codings.push_back(readCoding(child));
        return source;
    }

    Coding readCoding(pugi::xml_node node) const {
        expectOnly(node, {"code", "case", "lines", "chars", "page", "at", "auto"}, {"note"});
        Coding coding;
        coding.code = node.attribute("code").value();
        if (coding.code.empty()) failAt(node, "code", "<coding> has no code");
        coding.caseId = node.attribute("case").value();
        coding.location = readLocation(node);
        coding.note = text(node, "note");
        std::string automatic = node.attribute("auto").value();
        if (node.attribute("auto") && automatic != "true" && automatic != "false")
            failAt(node, "auto", "auto \"" + automatic + "\" is not true or false");
        coding.automatic = automatic == "true";
        return coding;
    }

    // Codings sit in the sources, which come before the cases they name.
    void checkCodingCases(pugi::xml_node sources) const {
        for (pugi::xml_node source : sources.children("source")) {
            for (pugi::xml_node coding : source.children("coding")) {
                std::string caseId = coding.attribute("case").value();
                if (!caseId.empty() && !m_caseIds.count(caseId))
                    failAt(coding, "case", "case \"" + caseId + "\" does not exist");
            }
        }
    }

    Category readCategory(pugi::xml_node node) const {
        expectOnly(node, {"id", "safety", "keywords"}, {}, true);
        Category category;
        category.id = requiredId(node);
        std::string safety = node.attribute("safety").value();
        if (!safety.empty() && safety != "true" && safety != "false")
            failAt(node, "safety", "safety \"" + safety + "\" is not true or false");
        category.safety = safety == "true";
        if (pugi::xml_attribute keywords = node.attribute("keywords")) {
            category.keywords = splitBars(keywords.value());
            for (const std::string& keyword : category.keywords)
                if (keyword.empty() || keyword.front() == ' ' || keyword.back() == ' ')
                    failAt(node, "keywords", "keywords \"" + std::string(keywords.value()) +
                                                 "\" has an empty keyword or one with spaces around it");
        }
        category.label = textOf(node);
        return category;
    }

    AttributeDef readAttribute(pugi::xml_node node, const Project& project) const {
        expectOnly(node, {"key", "type", "group", "unit", "scale", "indicator"}, {}, true);
        AttributeDef attribute;
        attribute.key = requiredId(node, "key");
        attribute.type = enumAttribute(node, "type", parseAttributeType, AttributeType::Text,
                                       "text, number, ordinal, flag, date");
        attribute.group = node.attribute("group").value();
        attribute.unit = node.attribute("unit").value();
        attribute.label = textOf(node);
        std::string scale = node.attribute("scale").value();
        for (std::size_t start = 0; !scale.empty() && start <= scale.size();) {
            std::size_t bar = scale.find('|', start);
            if (bar == std::string::npos) bar = scale.size();
            attribute.scale.push_back(scale.substr(start, bar - start));
            start = bar + 1;
        }
        if (attribute.type == AttributeType::Ordinal && attribute.scale.empty())
            fail(node, "ordinal attribute \"" + attribute.key + "\" has no scale");
        // Categories come before attributes, so an indicator's category can be checked here.
        if (pugi::xml_attribute indicator = node.attribute("indicator")) {
            attribute.indicator = indicator.value();
            if (std::string error = indicatorError(project, attribute.indicator); !error.empty())
                failAt(node, "indicator", error);
            if (attribute.type != AttributeType::Number)
                failAt(node, "indicator", "attribute \"" + attribute.key + "\" reports an indicator, so its type must be number");
        }
        return attribute;
    }

    Condition readCondition(pugi::xml_node node, const Project& project) const {
        expectOnly(node, {"id", "attribute", "node", "op", "value", "missing", "mixed"}, {"label", "description"});
        Condition condition;
        condition.id = requiredId(node);
        if (findCondition(project, condition.id))
            failAt(node, "id", "duplicate condition id \"" + condition.id + "\"");
        // Splits take an attribute key or a condition id, so the two must not coincide.
        if (project.findAttribute(condition.id))
            failAt(node, "id", "condition id \"" + condition.id + "\" is also an attribute key");
        condition.label = text(node, "label");
        condition.description = text(node, "description");
        condition.attribute = node.attribute("attribute").value();
        condition.node = node.attribute("node").value();
        condition.op = enumAttribute(node, "op", parseConditionOp, ConditionOp::Equal,
                                     "eq, ne, contains, ge, le, gt, lt");
        condition.value = node.attribute("value").value();
        condition.missing = enumAttribute(node, "missing", parseMissingPolicy, MissingPolicy::Exclude,
                                          "exclude, false, true");
        condition.mixed = enumAttribute(node, "mixed", parseMissingPolicy, MissingPolicy::Exclude,
                                        "exclude, false, true");
        if (!condition.node.empty()) {
            for (const char* name : {"op", "value"})
                if (node.attribute(name))
                    failAt(node, name, std::string("a verdict condition has no ") + name);
        } else {
            if (!node.attribute("op")) fail(node, "condition \"" + condition.id + "\" has no op");
            if (node.attribute("mixed")) failAt(node, "mixed", "only verdict conditions have a mixed policy");
        }
        std::string why = whyConditionInvalid(project, condition);
        if (!why.empty()) {
            // Point at what the reader has to fix: the node, the attribute, the value or the op.
            const char* culprit = !condition.node.empty()                  ? "node"
                                  : !project.findAttribute(condition.attribute) ? "attribute"
                                  : why.find("value \"") != std::string::npos ? "value"
                                                                              : "op";
            failAt(node, culprit, why);
        }
        return condition;
    }

    Location readLocation(pugi::xml_node node) const {
        Location location;
        if (pugi::xml_attribute lines = node.attribute("lines")) {
            auto range = parseRange(lines.value());
            if (!range || range->first == 0)
                failAt(node, "lines", std::string("lines \"") + lines.value() +
                                          "\" is not a line or a range like 12-14");
            location.lineBegin = static_cast<int>(range->first);
            location.lineEnd = static_cast<int>(range->second);
        }
        if (pugi::xml_attribute chars = node.attribute("chars")) {
            auto range = parseRange(chars.value());
            if (!range)
                failAt(node, "chars", std::string("chars \"") + chars.value() +
                                          "\" is not a range like 130-212");
            location.charBegin = range->first;
            location.charEnd = range->second;
        }
        location.page = node.attribute("page").value();
        location.at = node.attribute("at").value();
        return location;
    }

    SourceRef readRef(pugi::xml_node node) const {
        expectOnly(node, {"source", "lines", "chars", "page", "at"}, {});
        SourceRef ref;
        ref.source = requiredId(node, "source");
        requireSource(node, ref.source);
        ref.location = readLocation(node);
        return ref;
    }

    void requireSource(pugi::xml_node node, const std::string& id) const {
        if (!m_sourceIds.count(id))
            failAt(node, "source", "source \"" + id + "\" does not exist");
    }

    Theory readTheory(pugi::xml_node node, const Project& project) const {
        expectOnly(node, {"id"}, {"name", "description", "node", "link"});
        Theory theory;
        theory.id = requiredId(node);
        theory.name = text(node, "name");
        theory.description = text(node, "description");
        m_theoryNodeIds.clear();
        m_theoryLinkIds.clear();
        for (pugi::xml_node n : node.children("node")) {
            theory.nodes.push_back(readNode(n));
            if (!m_theoryNodeIds.insert(theory.nodes.back().id).second)
                failAt(n, "id", "duplicate node id \"" + theory.nodes.back().id + "\"");
            m_nodeIdsAnywhere.insert(theory.nodes.back().id);
        }
        for (pugi::xml_node n : node.children("link")) {
            theory.links.push_back(readLink(n));
            if (!m_theoryLinkIds.insert(theory.links.back().id).second)
                failAt(n, "id", "duplicate link id \"" + theory.links.back().id + "\"");
        }
        for (const Theory& other : project.theories)
            if (other.id == theory.id) failAt(node, "id", "duplicate theory id \"" + theory.id + "\"");
        return theory;
    }

    Node readNode(pugi::xml_node node) const {
        expectOnly(node, {"id", "kind", "level"}, {"label", "description", "assumption", "ref"});
        Node result;
        result.id = requiredId(node);
        if (!node.attribute("kind")) fail(node, "<node> has no kind");
        result.kind = enumAttribute(node, "kind", parseNodeKind, NodeKind::Mechanism,
                                    "intervention, context, mechanism, outcome, side-effect");
        result.level = enumAttribute(node, "level", parseOutcomeLevel, OutcomeLevel::Final,
                                     "intermediate or final");
        if (node.attribute("level") && result.kind != NodeKind::Outcome)
            failAt(node, "level", "only outcomes have a level");
        readClaim(node, result);
        return result;
    }

    Link readLink(pugi::xml_node node) const {
        expectOnly(node, {"id", "from", "to", "kind"}, {"label", "description", "assumption", "ref"});
        Link link;
        link.id = requiredId(node);
        link.from = requiredId(node, "from");
        link.to = requiredId(node, "to");
        for (const char* end : {"from", "to"}) {
            std::string id = node.attribute(end).value();
            if (!m_theoryNodeIds.count(id))
                failAt(node, end, "link \"" + link.id + "\" points at missing node \"" + id + "\"");
        }
        link.kind = enumAttribute(node, "kind", parseLinkKind, LinkKind::Causes,
                                  "causes, enables, prevents");
        readClaim(node, link);
        return link;
    }

    // Nodes and links share the text of a claim: label, description, assumption, sources.
    template <typename Claim>
    void readClaim(pugi::xml_node node, Claim& claim) const {
        claim.label = text(node, "label");
        claim.description = text(node, "description");
        claim.assumption = text(node, "assumption");
        for (pugi::xml_node ref : node.children("ref")) claim.refs.push_back(readRef(ref));
    }

    Case readCase(pugi::xml_node node, const Project& project) const {
        expectOnly(node, {"id", "short"}, {"name", "description", "value", "messages", "verdict"});
        Case result;
        result.id = requiredId(node);
        if (!m_caseIds.insert(result.id).second)
            failAt(node, "id", "duplicate case id \"" + result.id + "\"");
        m_caseVerdictNodes.clear();
        result.shortName = node.attribute("short").value();
        result.name = text(node, "name");
        result.description = text(node, "description");
        for (pugi::xml_node value : node.children("value"))
            result.values.push_back(readValue(value, result, project));
        if (pugi::xml_node messages = node.child("messages"))
            result.messages = readMessages(messages, project);
        for (pugi::xml_node verdict : node.children("verdict"))
            result.verdicts.push_back(readVerdict(verdict, result));
        return result;
    }

    AttributeValue readValue(pugi::xml_node node, const Case& owner, const Project& project) const {
        expectOnly(node, {"key", "note"}, {}, true);
        AttributeValue value;
        value.key = requiredId(node, "key");
        value.value = textOf(node);
        value.note = node.attribute("note").value();
        const AttributeDef* definition = project.findAttribute(value.key);
        if (!definition) failAt(node, "key", "attribute \"" + value.key + "\" is not declared");
        if (owner.findValue(value.key))
            failAt(node, "key", "case \"" + owner.id + "\" has two values for \"" + value.key + "\"");
        std::string why = whyValueDoesNotFit(*definition, value.value);
        if (!why.empty()) fail(node, "value \"" + value.value + "\" of \"" + value.key + "\" " + why);
        return value;
    }

    MessageCounts readMessages(pugi::xml_node node, const Project& project) const {
        expectOnly(node, {"from", "to", "months"}, {"count"});
        MessageCounts messages;
        messages.from = node.attribute("from").value();
        messages.to = node.attribute("to").value();
        messages.months = node.attribute("months").value();
        for (const char* name : {"from", "to"})
            if (node.attribute(name) && !isIsoDate(node.attribute(name).value()))
                failAt(node, name, std::string(name) + " \"" + node.attribute(name).value() +
                                       "\" is not an ISO date");
        if (!messages.months.empty() && !parseNumber(messages.months))
            failAt(node, "months", "months \"" + messages.months + "\" is not a number");
        for (pugi::xml_node count : node.children("count")) {
            expectOnly(count, {"category", "n", "per-month"}, {});
            MessageCount entry;
            entry.category = requiredId(count, "category");
            if (!project.findCategory(entry.category))
                failAt(count, "category", "category \"" + entry.category + "\" does not exist");
            if (pugi::xml_attribute n = count.attribute("n")) {
                auto number = parseNumber(n.value());
                if (!number || *number < 0 || *number != static_cast<long>(*number))
                    failAt(count, "n", std::string("n \"") + n.value() + "\" is not a count");
                entry.count = static_cast<long>(*number);
            }
            entry.perMonth = count.attribute("per-month").value();
            if (!entry.perMonth.empty() && !parseNumber(entry.perMonth))
                failAt(count, "per-month", "per-month \"" + entry.perMonth + "\" is not a number");
            messages.counts.push_back(entry);
        }
        return messages;
    }

    Verdict readVerdict(pugi::xml_node node, const Case& owner) const {
        expectOnly(node, {"node", "value"}, {"note", "evidence"});
        Verdict verdict;
        verdict.node = requiredId(node, "node");
        if (!m_nodeIdsAnywhere.count(verdict.node))
            failAt(node, "node", "verdict on missing node \"" + verdict.node + "\"");
        if (!m_caseVerdictNodes.insert(verdict.node).second)
            failAt(node, "node", "case \"" + owner.id + "\" has two verdicts on \"" +
                                     verdict.node + "\"");
        if (!node.attribute("value")) fail(node, "<verdict> has no value");
        verdict.value = enumAttribute(node, "value", parseVerdictValue, VerdictValue::NotAssessed,
                                      "supported, refuted or mixed");
        verdict.note = text(node, "note");
        for (pugi::xml_node evidence : node.children("evidence"))
            verdict.evidence.push_back(readEvidence(evidence));
        return verdict;
    }

    Evidence readEvidence(pugi::xml_node node) const {
        expectOnly(node, {"id", "stance", "source", "informant", "role", "lines", "chars", "page", "at"},
                   {"quote", "note"});
        Evidence evidence;
        evidence.id = requiredId(node);
        m_evidenceIds.push_back({node.attribute("id").value(), node});
        evidence.stance = enumAttribute(node, "stance", parseStance, Stance::Supports,
                                        "supports or contradicts");
        evidence.ref.source = node.attribute("source").value();
        if (!evidence.ref.source.empty()) requireSource(node, evidence.ref.source);
        evidence.ref.location = readLocation(node);
        evidence.informant = node.attribute("informant").value();
        evidence.role = node.attribute("role").value();
        evidence.quote = text(node, "quote");
        evidence.note = text(node, "note");
        return evidence;
    }

    Informant readInformant(pugi::xml_node node) const {
        expectOnly(node, {"id", "role", "case"}, {"note"});
        Informant informant;
        informant.id = requiredId(node);
        if (!m_informantIds.insert(informant.id).second)
            failAt(node, "id", "duplicate informant id \"" + informant.id + "\"");
        informant.role = node.attribute("role").value();
        informant.caseId = node.attribute("case").value();
        if (!informant.caseId.empty() && !m_caseIds.count(informant.caseId))
            failAt(node, "case", "informant \"" + informant.id + "\" names missing case \"" +
                                     informant.caseId + "\"");
        informant.note = text(node, "note");
        return informant;
    }

    // Evidence ids are unique across the project. Sorted once at the end by a hash of each id
    // rather than inserted one by one into a set: a million ids in a set cost more than the rest
    // of reading them.
    void checkEvidenceIdsUnique() const {
        struct Entry {
            std::size_t hash;
            std::size_t index;  // in file order
        };
        std::vector<Entry> entries(m_evidenceIds.size());
        for (std::size_t i = 0; i < entries.size(); ++i)
            entries[i] = {std::hash<std::string_view>{}(m_evidenceIds[i].first), i};
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.hash != b.hash ? a.hash < b.hash : a.index < b.index;
        });
        // The duplicate to report is the first one in the file that repeats an earlier id.
        std::size_t first = entries.size();
        for (std::size_t i = 1; i < entries.size(); ++i) {
            for (std::size_t j = i; j-- > 0 && entries[j].hash == entries[i].hash;)
                if (m_evidenceIds[entries[j].index].first == m_evidenceIds[entries[i].index].first) {
                    first = std::min(first, entries[i].index);
                    break;
                }
        }
        if (first == entries.size()) return;
        failAt(m_evidenceIds[first].second, "id",
               "duplicate evidence id \"" + std::string(m_evidenceIds[first].first) + "\"");
    }

    void checkEvidenceInformants(pugi::xml_node cases) const {
        for (pugi::xml_node c : cases.children("case"))
            for (pugi::xml_node verdict : c.children("verdict"))
                for (pugi::xml_node evidence : verdict.children("evidence")) {
                    std::string id = evidence.attribute("informant").value();
                    if (!id.empty() && !m_informantIds.count(id))
                        failAt(evidence, "informant", "informant \"" + id + "\" does not exist");
                }
    }

    // Ids read so far, so that every reference is checked through an index (a file of 100,000
    // nodes must not take 100,000² steps).
    mutable std::vector<std::pair<std::string_view, pugi::xml_node>> m_evidenceIds;  // in file order, in the document
    mutable std::unordered_set<std::string> m_sourceIds, m_caseIds, m_nodeIdsAnywhere;
    mutable std::unordered_set<std::string> m_theoryNodeIds, m_theoryLinkIds;  // of the theory being read
    mutable std::unordered_set<std::string> m_caseVerdictNodes;                // of the case being read
    mutable std::unordered_set<std::string> m_informantIds;
};

std::string describeParseError(const pugi::xml_parse_result& result) {
    switch (result.status) {
        case pugi::status_no_document_element: return "no XML element found (empty or not XML)";
        case pugi::status_end_element_mismatch: return "not well-formed XML: an end tag does not match";
        default: return std::string("not well-formed XML: ") + result.description();
    }
}

}  // namespace

LoadResult readProject(std::string_view xml, const std::string& path) {
    LoadResult result;
    result.error.file = path;
    auto refuse = [&](std::ptrdiff_t offset, std::string message) {
        TextPosition position = positionOf(xml, offset < 0 ? 0 : static_cast<std::size_t>(offset));
        result.error.line = position.line;
        result.error.column = position.column;
        result.error.message = std::move(message);
        return result;
    };
    pugi::xml_document document;
    pugi::xml_parse_result parsed =
        document.load_buffer(xml.data(), xml.size(), kXmlParseOptions, pugi::encoding_utf8);
    char32_t forbidden = 0;
    std::size_t forbiddenAt = firstForbiddenInXml(xml, forbidden);
    auto refuseForbidden = [&] {
        return refuse(static_cast<std::ptrdiff_t>(forbiddenAt),
                      "character " + codePointName(forbidden) + " cannot stand in an XML 1.0 file");
    };
    if (!parsed) {
        if (parsed.status == pugi::status_no_document_element) return refuse(0, describeParseError(parsed));
        // A NUL or control character where the parse broke off is the reason to name.
        if (forbiddenAt <= static_cast<std::size_t>(parsed.offset)) return refuseForbidden();
        // An unfinished document is reported where it ends, which is where a reader looks.
        bool atEnd = static_cast<std::size_t>(parsed.offset) + 1 >= xml.size();
        if (atEnd && parsed.status == pugi::status_end_element_mismatch)
            return refuse(static_cast<std::ptrdiff_t>(xml.size()),
                          "the file ends before all its elements are closed (truncated?)");
        return refuse(parsed.offset, describeParseError(parsed));
    }
    // pugixml cuts a text short at a NUL, raw or written "&#0;", and takes other characters XML
    // cannot hold: refused, so that nothing is dropped without a word.
    if (forbiddenAt != std::string_view::npos) return refuseForbidden();
    if (pugi::xml_node deep = firstElementDeeperThan(document))
        return refuse(deep.offset_debug() > 0 ? deep.offset_debug() - 1 : 0,
                      "elements nested deeper than " + std::to_string(kMaxXmlDepth) + " levels");
    if (std::size_t at = 0; !xmlFeatureRefused(document, xml, at).empty())
        return refuse(static_cast<std::ptrdiff_t>(at), xmlFeatureRefused(document, xml, at));
    try {
        result.project = Reader(xml).read(document);
    } catch (const Refusal& refusal) {
        return refuse(refusal.offset, refusal.message);
    }
    return result;
}

namespace {

// Reads a project parsed in place in `content` (pugixml writes over the text as it goes: no
// second copy of a large file). Returns nullopt when anything is wrong with the file: its lines
// and columns are then found in an untouched copy (loadProject), since the text here is changed.
std::optional<Project> readInPlace(std::string& content) {
    char32_t forbidden = 0;
    if (firstForbiddenInXml(content, forbidden) != std::string_view::npos) return std::nullopt;
    if (firstInvalidUtf8(content) != std::string_view::npos) return std::nullopt;
    std::string_view original(content);
    pugi::xml_document document;
    if (!document.load_buffer_inplace(content.data(), content.size(), kXmlParseOptions, pugi::encoding_utf8))
        return std::nullopt;
    if (firstElementDeeperThan(document)) return std::nullopt;
    for (pugi::xml_node node : document.children())
        if (node.type() == pugi::node_doctype) return std::nullopt;
    try {
        return Reader(original).read(document);  // the text is only looked at for a refusal
    } catch (const Refusal&) {
        return std::nullopt;
    }
}

}  // namespace

LoadResult loadProject(const std::string& path) {
    std::string content;
    std::string why;
    LoadResult result;
    result.error.file = path;
    if (!readWholeFile(path, content, why, kMaxProjectBytes)) {
        result.error.message = why;
        return result;
    }
    if ((result.project = readInPlace(content))) return result;
    // The file is refused: read it again to say where, in the text as it is.
    if (!readWholeFile(path, content, why, kMaxProjectBytes)) {
        result.error.message = why;
        return result;
    }
    return readProject(content, path);
}

}  // namespace rw
