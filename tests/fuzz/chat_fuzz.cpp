// The WhatsApp chat parser over any bytes, in memory, with the options a user can give (names
// kept or pseudonymised, each date order or inferred) chosen by the first byte. Every message
// it hands over has a real date and time and lines in file order. With bit 3 of the first byte
// the same text also goes through the whatsapp importer into the sample, as `realist import
// whatsapp` does, and an accepted chat must save, load back and undo exactly.

#include <string>

#include "model/chat/chat_parser.h"
#include "model/plugins/plugin_manager.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

class CheckingSink : public rw::ChatSink {
public:
    void message(const rw::ChatMessage& m) override {
        const rw::ChatDateTime& t = m.dateTime;
        if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.hour < 0 || t.hour > 23 || t.minute < 0 ||
            t.minute > 59 || t.second < 0 || t.second > 60)
            rw::fuzz::fail("a message dated " + t.iso());
        if (m.lineBegin < 1 || m.lineEnd < m.lineBegin || m.lineBegin <= m_lastLine)
            rw::fuzz::fail("a message on lines " + std::to_string(m.lineBegin) + "-" + std::to_string(m.lineEnd) +
                           " after one ending on line " + std::to_string(m_lastLine));
        m_lastLine = m.lineEnd;
        // Touch every byte of the views, so that a view into freed memory is caught here.
        for (std::string_view view : {m.author, m.role, m.text})
            for (char c : view) m_checksum += static_cast<unsigned char>(c);
    }
    long m_lastLine = 0;
    unsigned m_checksum = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rw;
    if (size == 0) return 0;
    ChatOptions options;
    options.names = data[0] & 1 ? ChatNames::Keep : ChatNames::Pseudonymize;
    switch ((data[0] >> 1) & 3) {
    case 1: options.dateOrder = DateOrder::Dmy; break;
    case 2: options.dateOrder = DateOrder::Mdy; break;
    case 3: options.dateOrder = DateOrder::Ymd; break;
    default: break;
    }
    std::string text(fuzz::bytesOf(data + 1, size - 1));
    std::unique_ptr<ChatInput> input = chatInputFromText("fuzz.txt", std::move(text), 2024);
    CheckingSink sink;
    ChatParseResult result = parseChat(*input, options, sink);
    if (!result && sink.m_lastLine != 0) fuzz::fail("a refused export delivered messages");
    if (data[0] & 8) {
        static const PluginManager manager;  // the built-in importers only
        static const Importer* importer = manager.registry().importer("whatsapp");
        if (!importer) fuzz::fail("no built-in whatsapp importer");
        const Project& sample = fuzz::sampleProject();
        std::string path = fuzz::writeInput(fuzz::bytesOf(data + 1, size - 1), "chat.txt");
        ImportRequest request{path, "BBO", {}, {}};
        if (options.names == ChatNames::Keep) request.options["names"] = "keep";
        fuzz::requireSoundImport(importer->import(request, sample), sample, path);
    }
    return 0;
}
