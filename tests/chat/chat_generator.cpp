#include "tests/chat/chat_generator.h"

#include <cstdio>
#include <random>

namespace rw::testing {

namespace {

constexpr const char* kFirstNames[] = {
    "Jan", "Piet", "Fatima", "Mohamed", "Sanne", "Emre", "Zoë", "Jürgen", "Ilse", "Ayşe", "Kees", "Naima",
    "Priya", "Daan", "Sven", "Noor", "Bram", "Lotte", "Youssef", "Esther", "Ruben", "Malika", "Joost", "Anouk",
};
constexpr const char* kLastNames[] = {
    "de Vries", "Jansen", "El Amrani", "Bakker", "Yılmaz", "van den Berg", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "Bouzid", "Kaya", "van Dijk", "Hendriks", "Dekker", "Brouwer", "ter Horst",
};
constexpr const char* kWords[] = {
    "verdachte", "auto", "bij", "de", "garage", "staat", "al", "een", "uur", "met", "draaiende", "motor",
    "iemand", "gezien", "politie", "gebeld", "fiets", "gestolen", "hek", "open", "buurman", "graag",
    "dank", "voor", "melding", "wijkagent", "komt", "kijken", "container", "vol", "lamp", "kapot",
    "straat", "avond", "morgen", "zag", "twee", "jongens", "lopen", "achter", "huizen", "oké", "top",
    "🚓", "👍", "🙏", "😊", "‼️", "om", "22:15", "nummer", "12", "14010", "112", "2018", "is", "weer",
};

std::string phoneOf(std::mt19937& random) {
    std::uniform_int_distribution<int> digit(0, 9);
    std::string number = "+31 6 ";
    for (int i = 0; i < 8; ++i) number += static_cast<char>('0' + digit(random));
    return number;
}

// The number written the way a neighbour types it into a message.
std::string localFormOf(const std::string& phone, int form) {
    std::string digits = phone.substr(6);
    switch (form % 3) {
    case 0: return "06-" + digits;
    case 1: return "06 " + digits.substr(0, 4) + " " + digits.substr(4);
    default: return "0031 6 " + digits;
    }
}

struct Clock {
    int year = 2018, month = 1, day = 1, hour = 8, minute = 0, second = 0;
    void advance(std::mt19937& random) {
        second += std::uniform_int_distribution<int>(1, 59)(random);
        minute += std::uniform_int_distribution<int>(0, 40)(random) + second / 60;
        second %= 60;
        hour += minute / 60;
        minute %= 60;
        day += hour / 24;
        hour %= 24;
        if (day > 28) day = 1, ++month;
        if (month > 12) month = 1, ++year;
    }
};

std::string header(ChatStyle style, const Clock& c) {
    char buffer[64];
    int hour12 = c.hour % 12 == 0 ? 12 : c.hour % 12;
    const char* half = c.hour < 12 ? "AM" : "PM";
    switch (style) {
    case ChatStyle::AndroidNl:
        std::snprintf(buffer, sizeof buffer, "%02d-%02d-%04d %02d:%02d - ", c.day, c.month, c.year, c.hour, c.minute);
        break;
    case ChatStyle::AndroidUs12h:
        std::snprintf(buffer, sizeof buffer, "%d/%d/%02d, %d:%02d %s - ", c.month, c.day, c.year % 100, hour12, c.minute, half);
        break;
    case ChatStyle::IosNl:
        std::snprintf(buffer, sizeof buffer, "[%02d-%02d-%02d %02d:%02d:%02d] ", c.day, c.month, c.year % 100, c.hour,
                      c.minute, c.second);
        break;
    case ChatStyle::IosEn12hNnbsp:
        std::snprintf(buffer, sizeof buffer, "[%d/%d/%02d, %d:%02d:%02d\xE2\x80\xAF%s] ", c.month, c.day, c.year % 100,
                      hour12, c.minute, c.second, half);
        break;
    }
    return buffer;
}

bool isIos(ChatStyle style) { return style == ChatStyle::IosNl || style == ChatStyle::IosEn12hNnbsp; }

}  // namespace

GeneratedChat generateChat(const GeneratorOptions& options) {
    std::mt19937 random(options.seed);
    GeneratedChat chat;
    chat.text.reserve(static_cast<std::size_t>(options.messages) * 110);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    // Every fifth person is known only by a phone number, as when the exporter has not saved them.
    std::vector<std::string> people;
    std::vector<std::string> phones;
    for (int i = 0; i < options.people; ++i) {
        std::string phone = phoneOf(random);
        phones.push_back(phone);
        chat.phones.push_back(phone);
        if (i % 5 == 4) {
            people.push_back(isIos(options.style) ? "\xE2\x80\xAA" + phone + "\xE2\x80\xAC" : phone);
            chat.names.push_back(phone);
        } else {
            std::string name = std::string(kFirstNames[i % std::size(kFirstNames)]) + " " +
                               kLastNames[(i * 7 + options.seed) % std::size(kLastNames)];
            if (i % 7 == 3) name += " 🌷";
            people.push_back(name);
            chat.names.push_back(name);
        }
    }
    const char* newline = options.style == ChatStyle::IosNl ? "\r\n" : "\n";
    const std::string mark = isIos(options.style) ? "\xE2\x80\x8E" : "";
    const std::string group = "Buurtpreventie Oost";
    Clock clock;
    auto systemLine = [&](const std::string& text) {
        chat.text += header(options.style, clock);
        if (isIos(options.style)) chat.text += group + ": " + mark;
        chat.text += text;
        chat.text += newline;
        ++chat.messages;
    };
    systemLine(options.style == ChatStyle::AndroidUs12h || options.style == ChatStyle::IosEn12hNnbsp
                   ? "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."
                   : "Berichten en gesprekken zijn end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.");
    bool english = options.style == ChatStyle::AndroidUs12h || options.style == ChatStyle::IosEn12hNnbsp;
    systemLine(english ? people[0] + " created group \"" + group + "\"" : people[0] + " heeft de groep \"" + group + "\" aangemaakt");
    for (std::size_t i = 1; i < people.size(); i += 3) {
        std::string list = people[i];
        if (i + 1 < people.size()) list += ", " + people[i + 1];
        if (i + 2 < people.size()) list += (english ? " and " : " en ") + people[i + 2];
        systemLine(english ? people[0] + " added " + list : people[0] + " heeft " + list + " toegevoegd");
    }
    while (chat.messages < options.messages) {
        clock.advance(random);
        int who = pick(static_cast<int>(people.size()));
        int roll = pick(1000);
        if (roll < 3) {
            systemLine(english ? people[who] + " left" : people[who] + " heeft de groep verlaten");
            continue;
        }
        chat.text += header(options.style, clock);
        chat.text += people[who];
        chat.text += ": ";
        ++chat.messages;
        if (roll < 50) {
            chat.text += isIos(options.style) ? mark + (english ? "image omitted" : "afbeelding weggelaten")
                                              : (english ? "<Media omitted>" : "<Media weggelaten>");
            chat.text += newline;
            continue;
        }
        int words = 4 + pick(14);
        for (int w = 0; w < words; ++w) {
            if (w > 0) chat.text += ' ';
            chat.text += kWords[pick(static_cast<int>(std::size(kWords)))];
        }
        int other = pick(static_cast<int>(people.size()));
        const std::string& otherName = chat.names[other];
        switch (pick(12)) {
        case 0: chat.text += " @\xE2\x81\xA8" + otherName + "\xE2\x81\xA9"; break;  // a saved contact
        case 1: {
            std::string digits;
            for (char c : phones[other])
                if (c >= '0' && c <= '9') digits += c;
            chat.text += " @" + digits;  // a contact the exporter has not saved
            break;
        }
        case 2: chat.text += ", toch " + otherName.substr(0, otherName.find(' ')) + "?"; break;
        case 3: chat.text += " (" + otherName + ")"; break;
        case 4: {
            std::string local = localFormOf(phones[other], pick(3));
            chat.phones.push_back(local);
            chat.text += " bel " + local;
            break;
        }
        case 5: chat.text += std::string(newline) + "groet," + newline + otherName; break;
        default: break;
        }
        chat.text += newline;
    }
    return chat;
}

}  // namespace rw::testing
