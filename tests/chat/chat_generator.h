#pragma once
// Generates WhatsApp chat exports for tests and the benchmark: invented people (some known only by
// a phone number), system lines, mentions, names and phone numbers inside messages, multi-line
// messages, media markers and emoji, in a chosen layout. Deterministic for a given seed.

#include <string>
#include <vector>

namespace rw::testing {

enum class ChatStyle {
    AndroidNl,      // 22-11-2018 12:29 - Name: text
    AndroidUs12h,   // 11/22/18, 12:29 PM - Name: text
    IosNl,          // [22-11-18 12:29:05] Name: text (CRLF, direction marks)
    IosEn12hNnbsp,  // [11/22/18, 12:29:05 PM] Name: text (narrow no-break space)
    AndroidRu,      // 22.11.2018, 12:29 - Имя: text (Cyrillic names, Russian system lines)
    IosJaEra,       // [11/22/R4, 12:29:05] 名前: text (Japanese era years, Japanese names)
    AndroidArDigits,  // ٢٢/١١/٢٠١٨، ١٢:٢٩ م - Name: text (Arabic-Indic digits, Arabic system lines)
    IosViTimeFirst,   // [12:29:05, 11/22/18] Name: text (time before date, Vietnamese system lines)
};

struct GeneratorOptions {
    long messages = 1000;
    int people = 25;
    unsigned seed = 1;
    ChatStyle style = ChatStyle::AndroidNl;
};

struct GeneratedChat {
    std::string text;
    std::vector<std::string> names;   // every person's name as the export writes it
    std::vector<std::string> phones;  // the phone numbers written anywhere, as written
    long messages = 0;                // headers written, system lines included
};

// Returns a chat export of `options.messages` messages.
GeneratedChat generateChat(const GeneratorOptions& options);

}  // namespace rw::testing
