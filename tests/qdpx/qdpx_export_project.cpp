#include "tests/qdpx/qdpx_export_project.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "model/core/source_text.h"

namespace rw::test {
namespace {

Source textSource(std::string id, SourceKind kind, std::string title, std::string date, std::string text) {
    Source source;
    source.id = std::move(id);
    source.kind = kind;
    source.title = std::move(title);
    source.date = std::move(date);
    source.text = std::move(text);
    return source;
}

// A quote found in its source's text as the editor's "Add as evidence" finds it: lines and characters.
Evidence quoteIn(const Source& source, std::string id, std::string quote, Stance stance = Stance::Supports) {
    Evidence evidence;
    evidence.id = std::move(id);
    evidence.quote = std::move(quote);
    evidence.stance = stance;
    evidence.ref.source = source.id;
    std::optional<Location> at = locateQuote(source.text, evidence.quote);
    EXPECT_TRUE(at.has_value()) << evidence.quote;
    if (at) evidence.ref.location = *at;
    return evidence;
}

Node node(std::string id, NodeKind kind, std::string label, std::string assumption = {}) {
    Node n;
    n.id = std::move(id);
    n.kind = kind;
    n.label = std::move(label);
    n.assumption = std::move(assumption);
    return n;
}

Link link(std::string from, std::string to, LinkKind kind = LinkKind::Causes) {
    Link l;
    l.id = from + "-" + to;
    l.from = std::move(from);
    l.to = std::move(to);
    l.kind = kind;
    return l;
}

AttributeDef attribute(std::string key, AttributeType type, std::string label, std::vector<std::string> scale = {}) {
    AttributeDef a;
    a.key = std::move(key);
    a.type = type;
    a.label = std::move(label);
    a.scale = std::move(scale);
    return a;
}

void addVerdict(Case& c, const std::string& nodeId, VerdictValue value, std::vector<Evidence> evidence = {}) {
    c.verdicts.push_back({nodeId, value, {}, std::move(evidence)});
}

}  // namespace

Project exportProject() {
    Project project;
    project.language = "nl";
    project.meta.title = "Digitale buurtpreventie (export)";
    project.meta.created = "2026-01-15";
    project.meta.description = "Twee buurten, een beleidstheorie.";

    Source interview = textSource("int-1", SourceKind::Interview, "Interview met de beheerder", "2018-10-02",
                                  "Vraag: Merkt u verschil?\n"
                                  "Beheerder: Ja \xF0\x9F\x98\x80. Mensen melden meer dan vroeger.\n"  // an emoji: two UTF-16 units
                                  "De politie komt sneller, zegt men in het caf\xC3\xA9.\n");
    Source chat = textSource("chat-noord", SourceKind::ChatHistory, "Chat Noord", "2018",
                             "12-03-2018 20:15 deelnemer 1: Er is ingebroken aan de Dorpsstraat!\n"
                             "12-03-2018 20:17 deelnemer 2: Politie is gebeld.\n");
    // One message by its lines and characters (as the WhatsApp importer codes it), one by its line only.
    chat.codings.push_back({"inbraak", "north", *locateQuote(chat.text, "12-03-2018 20:15 deelnemer 1: Er is ingebroken aan de Dorpsstraat!"),
                            {}, false});
    chat.codings.push_back({"politie", "north", {2, 2, -1, -1, {}, {}}, "bellen", true});
    Source report = textSource("verslag", SourceKind::Document, "Verslag bewonersavond", "2018-11",
                               "De bewoners voelen zich\nsamen verantwoordelijk voor de straat.\nSommigen voelen zich bekeken.\n");
    Source missing;
    missing.id = "beleid";
    missing.title = "Beleidsnotitie";
    missing.file = "beleidsnotitie.txt";  // not next to the project
    project.sources = {interview, chat, report, missing};
    project.informants.push_back({"inf-noord", "beheerder", "north", {}});
    project.categories.push_back({"inbraak", "Inbraak", true, {"inbr"}});
    project.categories.push_back({"politie", "Politie", true, {"politie"}});
    project.attributes = {attribute("omvang", AttributeType::Ordinal, "Omvang", {"klein", "groot"}),
                          attribute("inwoners", AttributeType::Number, "Inwoners"),
                          attribute("index", AttributeType::Number, "Veiligheidsindex"),
                          attribute("beheerder", AttributeType::Flag, "Beheerder aanwezig"),
                          attribute("start", AttributeType::Date, "Start"),
                          attribute("middel", AttributeType::Text, "Middel"),
                          attribute("gezien", AttributeType::Date, "Waargenomen")};

    Theory policy{"policy", "Beleidstheorie", "", {}, {}};
    policy.nodes = {node("watch", NodeKind::Intervention, "Digitale buurtpreventie"),
                    node("cohesion", NodeKind::Context, "Sociale cohesie"),
                    node("eyes", NodeKind::Mechanism, "Meer ogen en oren", "Leden melden verdachte situaties eerder."),
                    node("safety", NodeKind::Outcome, "Veiligheid"),
                    node("stigma", NodeKind::SideEffect, "Stigmatisering")};
    policy.links = {link("watch", "eyes"), link("cohesion", "eyes", LinkKind::Enables), link("eyes", "safety")};
    Theory revised{"revised", "Herziene theorie", "", {node("eyes", NodeKind::Mechanism, "Meer ogen en oren"),
                                                         node("trust", NodeKind::Mechanism, "Vertrouwen")}, {}};
    project.theories = {policy, revised};

    Case north;
    north.id = "north";
    north.shortName = "N";
    north.name = "Noord";
    north.values = {{"omvang", "groot", {}}, {"inwoners", "1200", {}}, {"index", "7.5", {}}, {"beheerder", "true", {}},
                    {"start", "2017-04-05", {}}, {"middel", "WhatsApp", {}}, {"gezien", "2017", {}}};
    Evidence eyes = quoteIn(interview, "north-eyes-1", "Mensen melden meer dan vroeger.");
    eyes.role = "beheerder";
    eyes.note = "Over de eerste maanden\nna de start.";
    Evidence safety = quoteIn(interview, "north-safety-1", "De politie komt sneller", Stance::Contradicts);
    safety.informant = "inf-noord";  // the role comes from the informant
    Evidence nowhere;
    nowhere.id = "north-watch-1";
    nowhere.quote = "Iedereen doet mee.";  // cites no source
    Evidence otherTheory = quoteIn(interview, "north-trust-1", "zegt men in het caf\xC3\xA9");
    addVerdict(north, "eyes", VerdictValue::Supported, {eyes});
    addVerdict(north, "safety", VerdictValue::Refuted, {safety});
    addVerdict(north, "watch", VerdictValue::Supported, {nowhere});
    addVerdict(north, "trust", VerdictValue::Supported, {otherTheory});

    Case south;
    south.id = "south";
    south.shortName = "Z";
    south.name = "Zuid";
    south.values = {{"omvang", "klein", {}}, {"inwoners", "800", {}}, {"index", "6", {}}, {"beheerder", "false", {}},
                    {"start", "2018-01-20", {}}, {"middel", "Nextdoor", {}}};
    Evidence seen;  // lines only, as the sample's quotes are
    seen.id = "south-stigma-1";
    seen.quote = "Sommigen voelen zich bekeken.";
    seen.ref = {"verslag", {3, 3, -1, -1, {}, {}}};
    Evidence together;  // lines only, and the quote runs on where the text breaks its line
    together.id = "south-eyes-1";
    together.quote = "voelen zich samen verantwoordelijk";
    together.ref = {"verslag", {1, 2, -1, -1, {}, {}}};
    Evidence policyNote;
    policyNote.id = "south-watch-1";
    policyNote.quote = "Iedere buurt een groep.";
    policyNote.ref = {"beleid", {4, 4, -1, -1, {}, {}}};
    addVerdict(south, "eyes", VerdictValue::Mixed, {together});
    addVerdict(south, "stigma", VerdictValue::Supported, {seen});
    addVerdict(south, "watch", VerdictValue::Supported, {policyNote});
    project.cases = {north, south};
    return project;
}

Project withoutEvidence(Project project) {
    project.sources.clear();
    for (Case& c : project.cases) {
        c.values.clear();
        c.verdicts.clear();
    }
    return project;
}

std::vector<std::string> schemaErrors(const std::string& xml) {
    std::vector<std::string> errors;
    auto collect = [](void* sink, xmlErrorPtr error) {
        std::string message = error->message ? error->message : "?";
        while (!message.empty() && message.back() == '\n') message.pop_back();
        static_cast<std::vector<std::string>*>(sink)->push_back("line " + std::to_string(error->line) + ": " + message);
    };
    std::string schemaPath = std::string(REALIST_SOURCE_DIR) + "/tests/fixtures/refi-qda-schema/Project.xsd";
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schemaPath.c_str());
    xmlSchemaSetParserStructuredErrors(parser, collect, &errors);
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (!schema) {
        errors.push_back(schemaPath + ": the schema cannot be read");
        return errors;
    }
    xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(validator, collect, &errors);
    xmlDocPtr document = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "project.qde", nullptr, XML_PARSE_NONET);
    if (!document)
        errors.push_back("project.qde is not well-formed XML");
    else if (xmlSchemaValidateDoc(validator, document) != 0 && errors.empty())
        errors.push_back("invalid, without a message");
    xmlFreeDoc(document);
    xmlSchemaFreeValidCtxt(validator);
    xmlSchemaFree(schema);
    return errors;
}

}  // namespace rw::test
