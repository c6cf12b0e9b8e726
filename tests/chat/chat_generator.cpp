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

constexpr const char* kCyrillicFirstNames[] = {"Ольга", "Иван", "Мария", "Пётр", "Анна", "Сергей", "Елена", "Дмитрий"};
constexpr const char* kCyrillicLastNames[] = {"Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Соколов"};
constexpr const char* kJapaneseFirstNames[] = {"健太", "花子", "翔太", "美咲", "大輔", "由美", "拓也", "愛"};
constexpr const char* kJapaneseLastNames[] = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤"};

// A chat's system lines and media marker in its language; {a} is the actor, {g} the group, {l} a list.
struct Phrases {
    std::string encryption, created, added, left, media, listAnd, listComma;
};

const Phrases& phrasesOf(ChatStyle style) {
    static const Phrases dutch{"Berichten en gesprekken zijn end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.",
                               "{a} heeft de groep \"{g}\" aangemaakt", "{a} heeft {l} toegevoegd", "{a} heeft de groep verlaten",
                               "<Media weggelaten>", " en ", ", "};
    static const Phrases english{"Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
                                 "{a} created group \"{g}\"", "{a} added {l}", "{a} left", "<Media omitted>", " and ", ", "};
    static const Phrases russian{"Сообщения и звонки защищены сквозным шифрованием. Третьи лица, включая WhatsApp, не могут прочитать ваши сообщения.",
                                 "{a} создал(-а) группу \"{g}\"", "{a} добавил(-а) {l}", "{a} покинул(-а) группу",
                                 "<Без медиафайлов>", " и ", ", "};
    static const Phrases japanese{"メッセージと通話はエンドツーエンド暗号化されています。", "",
                                  "{a}が{l}を追加しました", "{a} が退出", "画像は含まれていません", "、", "、"};
    static const Phrases arabic{"الرسائل والمكالمات مشفرة تمامًا بين الطرفين، بحيث لا يستطيع أحد خارج هذه الدردشة قراءتها.",
                                "{a} أنشأ مجموعة \"{g}\"", "{a} أضاف {l}", "{a} غادر", "<تم استبعاد الوسائط>", " و", "، "};
    static const Phrases vietnamese{"Tin nhắn và cuộc gọi được mã hóa đầu cuối. Những người bên ngoài cuộc trò chuyện này sẽ không đọc được.",
                                    "{a} đã tạo nhóm \"{g}\"", "{a} đã thêm {l} vào nhóm", "{a} đã rời nhóm",
                                    "đã bỏ qua hình ảnh", " và ", ", "};
    switch (style) {
    case ChatStyle::AndroidUs12h:
    case ChatStyle::IosEn12hNnbsp: return english;
    case ChatStyle::AndroidRu: return russian;
    case ChatStyle::IosJaEra: return japanese;
    case ChatStyle::AndroidArDigits: return arabic;
    case ChatStyle::IosViTimeFirst: return vietnamese;
    default: return dutch;
    }
}

std::string fillIn(std::string pattern, const std::string& actor, const std::string& other) {
    for (const char* key : {"{a}", "{g}", "{l}"}) {
        std::size_t at = pattern.find(key);
        if (at != std::string::npos) pattern.replace(at, 3, key[1] == 'a' ? actor : other);
    }
    return pattern;
}

std::string arabicDigits(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c >= '0' && c <= '9') out += std::string("\xD9") + static_cast<char>(0xA0 + (c - '0'));
        else out += c;
    }
    return out;
}

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
    case ChatStyle::AndroidRu:
        std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d, %02d:%02d - ", c.day, c.month, c.year, c.hour, c.minute);
        break;
    case ChatStyle::IosJaEra:
        // Heisei until 2018 (H30), Reiwa after (R1 = 2019).
        std::snprintf(buffer, sizeof buffer, "[%d/%d/%c%d, %02d:%02d:%02d] ", c.month, c.day, c.year <= 2018 ? 'H' : 'R',
                      c.year <= 2018 ? c.year - 1988 : c.year - 2018, c.hour, c.minute, c.second);
        break;
    case ChatStyle::AndroidArDigits: {
        std::snprintf(buffer, sizeof buffer, "%d/%d/%04d", c.day, c.month, c.year);
        std::string date = arabicDigits(buffer);
        std::snprintf(buffer, sizeof buffer, "%d:%02d", hour12, c.minute);
        return "\xE2\x80\x8F" + date + "\xD8\x8C " + arabicDigits(buffer) + (c.hour < 12 ? " \xD8\xB5" : " \xD9\x85") + " - ";
    }
    case ChatStyle::IosViTimeFirst:
        std::snprintf(buffer, sizeof buffer, "[%02d:%02d:%02d, %d/%d/%02d] ", c.hour, c.minute, c.second, c.month, c.day,
                      c.year % 100);
        break;
    }
    return buffer;
}

bool isIos(ChatStyle style) {
    return style == ChatStyle::IosNl || style == ChatStyle::IosEn12hNnbsp || style == ChatStyle::IosJaEra ||
           style == ChatStyle::IosViTimeFirst;
}

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
            if (options.style == ChatStyle::AndroidRu)
                name = std::string(kCyrillicFirstNames[i % std::size(kCyrillicFirstNames)]) + " " +
                       kCyrillicLastNames[(i * 7 + options.seed) % std::size(kCyrillicLastNames)];
            if (options.style == ChatStyle::IosJaEra)
                name = std::string(kJapaneseLastNames[(i * 7 + options.seed) % std::size(kJapaneseLastNames)]) + " " +
                       kJapaneseFirstNames[i % std::size(kJapaneseFirstNames)];
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
    const Phrases& phrases = phrasesOf(options.style);
    bool english = &phrases == &phrasesOf(ChatStyle::AndroidUs12h);
    systemLine(phrases.encryption);
    if (!phrases.created.empty()) systemLine(fillIn(phrases.created, people[0], group));  // none known in Japanese
    for (std::size_t i = 1; i < people.size(); i += 3) {
        std::string list = people[i];
        if (i + 1 < people.size()) list += phrases.listComma + people[i + 1];
        if (i + 2 < people.size()) list += phrases.listAnd + people[i + 2];
        systemLine(fillIn(phrases.added, people[0], list));
    }
    while (chat.messages < options.messages) {
        clock.advance(random);
        int who = pick(static_cast<int>(people.size()));
        int roll = pick(1000);
        if (roll < 3) {
            systemLine(fillIn(phrases.left, people[who], ""));
            continue;
        }
        chat.text += header(options.style, clock);
        chat.text += people[who];
        chat.text += ": ";
        ++chat.messages;
        if (roll < 50) {
            if (isIos(options.style) && (options.style == ChatStyle::IosNl || english))
                chat.text += mark + (english ? "image omitted" : "afbeelding weggelaten");
            else
                chat.text += (isIos(options.style) ? mark : "") + phrases.media;
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
