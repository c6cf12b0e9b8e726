#include "tests/hostile/hostile_inputs.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "plugins/refi-qda/zip_writer.h"

namespace rw::hostile {
namespace fs = std::filesystem;

void writeZip(const fs::path& path, const std::vector<ZipMember>& members) {
    std::vector<qda::ZipEntry> entries;
    for (const ZipMember& member : members) entries.push_back({member.name, member.content});
    std::string archive, error;
    if (!qda::writeZipToMemory(entries, archive, error)) throw std::runtime_error("writeZip: " + error);
    writeFile(path, archive);
}

void writeFile(const fs::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

void writeSparse(const fs::path& path, const std::string& head, std::uint64_t bytes) {
    writeFile(path, head);
    fs::resize_file(path, bytes);
}

void writeStreamed(const fs::path& path, const std::string& head, std::uint64_t bytes, char fill, const std::string& tail) {
    std::ofstream out(path, std::ios::binary);
    out << head;
    const std::string chunk(std::size_t{1} << 20, fill);
    for (std::uint64_t left = bytes; left > 0;) {
        std::size_t n = left < chunk.size() ? static_cast<std::size_t>(left) : chunk.size();
        out.write(chunk.data(), static_cast<std::streamsize>(n));
        left -= n;
    }
    out << tail;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string sampleText() {
    std::ifstream in(std::string(REALIST_SOURCE_DIR) + "/samples/rotterdam-digitale-buurtpreventie.realist", std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string sampleWith(const std::string& doctype, const std::string& title) {
    std::string text = sampleText();
    std::size_t declaration = text.find("?>") + 2;
    text.insert(declaration, "\n" + doctype);
    std::size_t open = text.find("<title>") + 7;
    text.replace(open, text.find("</title>") - open, title);
    return text;
}

std::string cycleProject(int count) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<realist format=\"1\" language=\"en\">\n"
                      "  <meta>\n    <title>Cycle</title>\n  </meta>\n  <theories>\n    <theory id=\"t\">\n"
                      "      <name>T</name>\n"
                      "      <node id=\"i\" kind=\"intervention\">\n        <label>I</label>\n      </node>\n"
                      "      <node id=\"o\" kind=\"outcome\">\n        <label>O</label>\n      </node>\n";
    for (int n = 0; n < count; ++n)
        xml += "      <node id=\"m" + std::to_string(n) + "\" kind=\"mechanism\">\n        <label>M" + std::to_string(n) +
               "</label>\n      </node>\n";
    xml += "      <link id=\"i--m0\" from=\"i\" to=\"m0\"/>\n";
    for (int n = 0; n < count; ++n) {
        std::string from = "m" + std::to_string(n), to = "m" + std::to_string((n + 1) % count);
        xml += "      <link id=\"" + from + "--" + to + "\" from=\"" + from + "\" to=\"" + to + "\"/>\n";
    }
    xml += "      <link id=\"m0--o\" from=\"m0\" to=\"o\"/>\n    </theory>\n  </theories>\n  <cases>\n"
           "    <case id=\"c\" short=\"C\">\n      <name>C</name>\n";
    for (int n = 0; n < count; ++n)
        xml += "      <verdict node=\"m" + std::to_string(n) + "\" value=\"supported\"/>\n";
    xml += "    </case>\n  </cases>\n</realist>\n";
    return xml;
}

std::string nested(const std::string& root, int depth) {
    std::string xml = "<" + root + ">";
    for (int i = 0; i < depth; ++i) xml += "<a>";
    for (int i = 0; i < depth; ++i) xml += "</a>";
    return xml + "</" + root + ">";
}

std::string billionLaughsDoctype(const std::string& root) {
    std::string doctype = "<!DOCTYPE " + root + " [\n  <!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 10; ++level) {
        doctype += "  <!ENTITY lol" + std::to_string(level) + " \"";
        for (int i = 0; i < 10; ++i) doctype += "&lol" + std::to_string(level - 1) + ";";
        doctype += "\">\n";
    }
    return doctype + "]>";
}

std::string qdeWithSourcePath(const std::string& path) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\" origin=\"NVivo 14\">\n"
           "  <CodeBook><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"Meer ogen en oren\" isCodable=\"true\"/>"
           "</Codes></CodeBook>\n"
           "  <Sources>\n"
           "    <TextSource guid=\"22222222-2222-2222-2222-222222222222\" name=\"s\" plainTextPath=\"" + path + "\">\n"
           "      <PlainTextSelection guid=\"33333333-3333-3333-3333-333333333333\" startPosition=\"0\" endPosition=\"4\">\n"
           "        <Coding guid=\"44444444-4444-4444-4444-444444444444\">"
           "<CodeRef targetGUID=\"11111111-1111-1111-1111-111111111111\"/></Coding>\n"
           "      </PlainTextSelection>\n"
           "    </TextSource>\n"
           "  </Sources>\n"
           "</Project>\n";
}

std::string wordDocument(const std::string& paragraph) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:body><w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p></w:body></w:document>";
}

std::string chatText() {
    return "12/03/2018, 20:15 - deelnemer 1: Er is ingebroken aan de Dorpsstraat!\n"
           "12/03/2018, 20:17 - deelnemer 2: Politie is gebeld.\n"
           "12/03/2018, 20:19 - deelnemer 1: Dank je.\n";
}

}  // namespace rw::hostile
