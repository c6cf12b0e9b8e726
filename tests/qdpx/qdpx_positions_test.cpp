// How a REFI-QDA file counts its positions, and that every selection lands on exactly the text it
// covers: the programs we know by their origin, the decision from the text (word boundaries,
// selection names, impossible positions), and a property test over generated texts with
// characters outside the BMP, CR LF line ends and byte order marks, written in every reading.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <iostream>
#include <random>

#include "model/core/source_text.h"
#include "plugins/refi-qda/position_reading.h"
#include "plugins/refi-qda/qdpx_import.h"
#include "tests/qdpx/qdpx_files.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::HasSubstr;
using qda::PositionUnit;

TEST(QdaOrigins, TheProgramsWeKnow) {
    struct Row {
        const char* origin;
        std::optional<PositionUnit> unit;
    };
    const Row rows[] = {
        {"NVivo 14", PositionUnit::Utf16},
        {"NVivo for Windows 12.6", PositionUnit::Utf16},
        {"NVivo 12 For Mac", PositionUnit::Utf16},
        {"ATLAS.ti Win 23.4.0", PositionUnit::Utf16},
        {"ATLAS.ti Windows 9", PositionUnit::Utf16},
        {"ATLAS.ti 23.2", std::nullopt},  // no platform: decided from the text
        {"ATLAS.ti Mac 22.1", std::nullopt},
        {"ATLAS.ti Winter edition", std::nullopt},  // "Win" as a word only
        {"qc 1.4.2", PositionUnit::CodePoints},
        {"qc", PositionUnit::CodePoints},
        {"QCAmap 1.2", std::nullopt},
        {"qc project", std::nullopt},
        {"Realist Workbench 0.1.0", PositionUnit::CodePoints},
        {"MAXQDA 2022 (Release 22.8.0)", std::nullopt},
        {"QualCoder 3.6", std::nullopt},
        {"", std::nullopt},
    };
    for (const Row& row : rows) {
        std::optional<qda::KnownProgram> program = qda::programOf(row.origin);
        EXPECT_EQ(program.has_value(), row.unit.has_value()) << row.origin;
        if (program && row.unit) {
            EXPECT_EQ(program->unit, *row.unit) << row.origin;
        }
    }
    EXPECT_EQ(qda::parsePositionUnit("utf16"), PositionUnit::Utf16);
    EXPECT_EQ(qda::parsePositionUnit("codepoints"), PositionUnit::CodePoints);
    EXPECT_EQ(qda::parsePositionUnit("UTF-16"), std::nullopt);
}

qda::SourceText textOf(const std::string& raw) {
    std::size_t bad = 0;
    std::optional<qda::SourceText> text = qda::SourceText::from(raw, bad);
    EXPECT_TRUE(text) << raw;
    return text ? *text : *qda::SourceText::from("", bad);
}

// One text and its selections, ready for decidePositions.
struct Decided {
    qda::SourceText text;
    std::vector<std::string> names;
    std::vector<qda::PositionedSpan> spans;

    Decided(const std::string& raw, std::vector<std::pair<long, long>> positions, std::vector<std::string> selectionNames = {})
        : text(textOf(raw)), names(std::move(selectionNames)) {
        names.resize(positions.size());
        for (std::size_t i = 0; i < positions.size(); ++i) spans.push_back({positions[i].first, positions[i].second, names[i]});
    }
    qda::PositionDecision decide(std::string_view origin, std::optional<PositionUnit> forced = {}) const {
        return qda::decidePositions({{&text, spans}}, origin, forced);
    }
};

// "😀😀 één twee drie vier": as code points "één" is 3-6, as UTF-16 5-8.
const std::string kTwoEmoji = "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 \xC3\xA9\xC3\xA9n twee drie vier";

TEST(QdaPositionDecision, WordBoundariesTellTheUnitApart) {
    Decided asCodePoints(kTwoEmoji, {{3, 6}, {7, 11}, {12, 16}});
    qda::PositionDecision decision = asCodePoints.decide("");
    EXPECT_EQ(decision.reading.unit, PositionUnit::CodePoints);
    EXPECT_EQ(decision.note, "positions: read as code points, which fit the text best: 3 of 3 selections start and end "
                             "on word boundaries; as UTF-16 code units: 0, 1 past the end or inside a character");
    Decided asUtf16(kTwoEmoji, {{5, 8}, {9, 13}, {14, 18}});
    decision = asUtf16.decide("MAXQDA 2022 (Release 22.8.0)");
    EXPECT_EQ(decision.reading.unit, PositionUnit::Utf16);
    EXPECT_THAT(decision.note, HasSubstr("positions: read as UTF-16 code units, which fit the text best: 3 of 3"));
    EXPECT_THAT(decision.note, HasSubstr("(origin \"MAXQDA 2022 (Release 22.8.0)\" names no program whose counting we know)"));
}

TEST(QdaPositionDecision, TheOriginDecidesUnlessTheFileProvesItWrong) {
    // NVivo counts UTF-16: even where the words would fit code points better, the origin decides.
    Decided asCodePoints(kTwoEmoji, {{7, 11}, {12, 16}});
    qda::PositionDecision decision = asCodePoints.decide("NVivo 14");
    EXPECT_EQ(decision.reading.unit, PositionUnit::Utf16);
    EXPECT_THAT(decision.warnings, ::testing::IsEmpty());
    // But not where a selection would end inside a character (3-6 read as UTF-16 is fine; 1-2 is not).
    Decided impossible(kTwoEmoji, {{1, 2}, {3, 6}});
    decision = impossible.decide("NVivo 14");
    EXPECT_EQ(decision.reading.unit, PositionUnit::CodePoints);
    ASSERT_EQ(decision.warnings.size(), 1u);
    EXPECT_EQ(decision.warnings[0], "origin \"NVivo 14\" says NVivo counts UTF-16 code units, but this file's selections fit "
                                 "code points; read as code points (give --positions to choose)");
    // Nor where the selections' names say otherwise.
    Decided named(kTwoEmoji, {{7, 16}, {12, 16}}, {"twee drie...", ""});
    decision = named.decide("NVivo 14");
    EXPECT_EQ(decision.reading.unit, PositionUnit::CodePoints);
    EXPECT_EQ(decision.warnings.size(), 1u);
    // --positions is the user's word.
    decision = named.decide("NVivo 14", PositionUnit::Utf16);
    EXPECT_EQ(decision.reading.unit, PositionUnit::Utf16);
    EXPECT_EQ(decision.note, "positions: read as UTF-16 code units (--positions)");
}

TEST(QdaPositionDecision, ReadingsThatAgreeAreSaidToAgree) {
    Decided plain("Geen emoji hier, alleen tekst.", {{0, 4}, {5, 10}});
    EXPECT_EQ(plain.decide("NVivo 14").note, "positions: code points and UTF-16 code units agree in this file (no "
                                             "character outside the Basic Multilingual Plane before a position)");
    // An emoji after the last position changes nothing.
    Decided late("Geen emoji voor de selectie \xF0\x9F\x98\x80", {{0, 4}});
    EXPECT_THAT(late.decide("").note, HasSubstr("agree"));
}

TEST(QdaPositionDecision, ACrLfCountedAsOneIsToldFromTheText) {
    // "Eerste regel\r\nTweede regel\r\nDerde regel": counting CR LF as one, "Derde" is 26-31.
    Decided text("Eerste regel\r\nTweede regel\r\nDerde regel", {{13, 19}, {26, 31}});
    qda::PositionDecision decision = text.decide("");
    EXPECT_TRUE(decision.reading.crlfAsOne);
    EXPECT_THAT(decision.note, HasSubstr("; a CR LF line end counted as one character"));
}

// ---------------------------------------------------------------------------------------------
// The property: a generated .qde in any reading imports with every quote exactly the text it covers.

struct Generated {
    std::u32string raw;                            // the program's text, code points, without BOM
    std::vector<std::pair<long, long>> spans;      // selections in code points of `raw`
};

std::string utf8(std::u32string_view text) {
    std::string out;
    for (char32_t c : text) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// Words of letters (Latin with and without accents, Greek, CJK), emoji on their own (some with
// a variation selector), separated by spaces, LF or CR LF; selections from the start of one
// token to the end of a later one, as a person selects.
Generated generate(std::mt19937& random) {
    static const std::u32string kLetters = U"abcdefghijklmnopqrstuvwxyzéëüçøαβγ中文字";
    static const std::u32string kEmoji = U"😀👍🏘📱🚨🤝👀🛡";
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
    Generated g;
    std::vector<std::pair<long, long>> tokens;
    std::size_t count = 5 + pick(40);
    for (std::size_t t = 0; t < count; ++t) {
        if (t > 0) {
            std::size_t separator = pick(10);
            g.raw += separator < 7 ? U" " : separator < 9 ? U"\r\n" : U"\n";
        }
        long start = static_cast<long>(g.raw.size());
        if (pick(4) == 0) {
            g.raw += kEmoji[pick(kEmoji.size())];
            if (pick(3) == 0) g.raw += U'\uFE0F';
        } else {
            for (std::size_t i = 0, n = 2 + pick(8); i < n; ++i) g.raw += kLetters[pick(kLetters.size())];
        }
        tokens.push_back({start, static_cast<long>(g.raw.size())});
    }
    for (std::size_t s = 0, n = 1 + pick(6); s < n; ++s) {
        std::size_t first = pick(tokens.size());
        std::size_t last = first + pick(std::min<std::size_t>(4, tokens.size() - first));
        g.spans.push_back({tokens[first].first, tokens[last].second});
    }
    return g;
}

// The program's count of the first `n` code points of `raw` under a reading.
long programPosition(const std::u32string& raw, long n, qda::PositionReading reading) {
    long position = 0;
    for (long i = 0; i < n; ++i) {
        if (reading.crlfAsOne && raw[static_cast<std::size_t>(i)] == U'\r' && i + 1 < static_cast<long>(raw.size()) &&
            raw[static_cast<std::size_t>(i) + 1] == U'\n')
            continue;
        position += reading.unit == PositionUnit::Utf16 && raw[static_cast<std::size_t>(i)] > 0xFFFF ? 2 : 1;
    }
    return position;
}

std::string qdeFor(const Generated& g, qda::PositionReading reading, const std::string& origin) {
    std::string qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"";
    if (!origin.empty()) qde += " origin=\"" + origin + "\"";
    qde += ">\n<CodeBook><Codes><Code guid=\"c1\" name=\"Meer ogen en oren\" isCodable=\"true\"/></Codes></CodeBook>\n"
           "<Sources><TextSource guid=\"s1\" name=\"Tekst\" plainTextPath=\"internal://s1.txt\">\n";
    for (std::size_t i = 0; i < g.spans.size(); ++i)
        qde += "<PlainTextSelection guid=\"x" + std::to_string(i) + "\" startPosition=\"" +
               std::to_string(programPosition(g.raw, g.spans[i].first, reading)) + "\" endPosition=\"" +
               std::to_string(programPosition(g.raw, g.spans[i].second, reading)) + "\"><Coding guid=\"k" +
               std::to_string(i) + "\"><CodeRef targetGUID=\"c1\"/></Coding></PlainTextSelection>\n";
    return qde + "</TextSource></Sources>\n</Project>\n";
}

std::string covered(const Generated& g, std::size_t i) {
    std::string text = utf8(std::u32string_view(g.raw).substr(static_cast<std::size_t>(g.spans[i].first),
                                                              static_cast<std::size_t>(g.spans[i].second - g.spans[i].first)));
    for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at)) text.erase(at, 1);
    return text;
}

const char* const kCannotTell = "the text does not tell how this file counts positions";

class QdaPositionProperty : public ::testing::Test {
protected:
    // Imports the generated text written in `reading` and checks every quote; returns false,
    // checking nothing, when the import said that the text cannot tell the readings apart and
    // `mayBeUntold`.
    bool check(const Generated& g, qda::PositionReading reading, const std::string& origin,
               std::map<std::string, std::string> options, bool withBom, const std::string& what, bool mayBeUntold = false) {
        fs::path path = scratch / "generated.qdpx";
        std::string text = (withBom ? "\xEF\xBB\xBF" : "") + utf8(g.raw);
        EXPECT_TRUE(test::writeZip(path, {{"project.qde", qdeFor(g, reading, origin)}, {"sources/s1.txt", text}}));
        ImportResult result = qda::importQdpx({path.string(), "tide", std::move(options), {}}, target);
        EXPECT_TRUE(result) << what << ": " << result.error;
        if (!result) return true;
        bool untold = std::any_of(result.notes.begin(), result.notes.end(),
                                  [](const std::string& note) { return note.find(kCannotTell) != std::string::npos; });
        EXPECT_TRUE(mayBeUntold || !untold) << what << ": " << result.notes.back();
        if (untold) return false;
        Project project = target;
        result.command->redo(project);
        const Verdict* verdict = project.findCase("tide")->findVerdict("eyes");
        EXPECT_NE(verdict, nullptr) << what;
        if (!verdict) return true;
        EXPECT_EQ(verdict->evidence.size(), g.spans.size()) << what;
        if (verdict->evidence.size() != g.spans.size()) return true;
        const Source& source = project.sources.back();
        for (std::size_t i = 0; i < g.spans.size(); ++i) {
            const Evidence& e = verdict->evidence[i];
            EXPECT_EQ(e.quote, covered(g, i)) << what << ", selection " << i << "\n" << result.notes[1];
            EXPECT_EQ(textAt(source.text, e.ref.location), e.quote) << what << ", selection " << i;
        }
        return true;
    }

    test::ScratchDir scratch;
    Project target = test::targetProject();
};

TEST_F(QdaPositionProperty, EverySelectionLandsOnTheTextItCoversInEveryReading) {
    std::mt19937 random(20240611);  // fixed: the same texts on every run
    int imports = 0, untold = 0;
    for (int round = 0; round < 60; ++round) {
        Generated g = generate(random);
        bool bom = round % 3 == 0;
        std::string what = "round " + std::to_string(round);
        // The program's own origin, the user's --positions without an origin, and nothing but the
        // text. Line ends are never named by an origin, so every import may find them untold.
        struct Way {
            qda::PositionReading reading;
            std::string origin;
            std::map<std::string, std::string> options;
            std::string what;
        };
        const std::vector<Way> ways = {
            {{PositionUnit::Utf16, false}, "NVivo 14", {}, "NVivo"},
            {{PositionUnit::CodePoints, false}, "qc 1.4.2", {}, "qc"},
            {{PositionUnit::Utf16, false}, "", {{"positions", "utf16"}}, "--positions utf16"},
            {{PositionUnit::CodePoints, false}, "", {{"positions", "codepoints"}}, "--positions codepoints"},
            {{PositionUnit::CodePoints, false}, "", {}, "from the text, code points"},
            {{PositionUnit::CodePoints, true}, "", {}, "from the text, code points, CR LF as one"},
            {{PositionUnit::Utf16, false}, "", {}, "from the text, UTF-16"},
            {{PositionUnit::Utf16, true}, "", {}, "from the text, UTF-16, CR LF as one"},
        };
        for (const Way& way : ways) {
            ++imports;
            if (!check(g, way.reading, way.origin, way.options, bom, what + ", " + way.what, true)) ++untold;
        }
    }
    // Where the text cannot tell, the import says so (a warning) instead of guessing silently;
    // that may happen, but rarely, for texts that read like these.
    EXPECT_LE(untold * 20, imports) << untold << " of " << imports << " imports could not tell";
    std::cout << "generated imports: " << imports << ", quotes checked in " << imports - untold
              << ", told untold (a warning, no quote checked): " << untold << "\n";
}

// Selection names that are the start of their text, and one that is not: a warning with its place.
TEST_F(QdaPositionProperty, ANameThatIsNotItsTextIsAWarning) {
    const std::string qde =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\" origin=\"MAXQDA 2022\">\n"
        "<CodeBook><Codes><Code guid=\"c1\" name=\"Veiligheid\" isCodable=\"true\"/></Codes></CodeBook>\n"
        "<Sources><TextSource guid=\"s1\" name=\"Tekst\"><PlainTextContent>Eerst dit stuk. Dan een tweede stuk. En een "
        "derde.</PlainTextContent>\n"
        "<PlainTextSelection guid=\"x1\" name=\"Eerst dit...\" startPosition=\"0\" endPosition=\"15\"><Coding guid=\"k1\">"
        "<CodeRef targetGUID=\"c1\"/></Coding></PlainTextSelection>\n"
        "<PlainTextSelection guid=\"x2\" name=\"Dan een tweede...\" startPosition=\"16\" endPosition=\"36\"><Coding guid=\"k2\">"
        "<CodeRef targetGUID=\"c1\"/></Coding></PlainTextSelection>\n"
        "<PlainTextSelection guid=\"x3\" name=\"Iets anders...\" startPosition=\"37\" endPosition=\"50\"><Coding guid=\"k3\">"
        "<CodeRef targetGUID=\"c1\"/></Coding></PlainTextSelection>\n"
        "</TextSource></Sources>\n</Project>\n";
    fs::path path = scratch / "names.qde";
    test::spit(path, qde);
    ImportResult result = qda::importQdpx({path.string(), "tide", {}, {}}, target);
    ASSERT_TRUE(result) << result.error;
    EXPECT_THAT(result.notes, Contains("warning: " + path.string() +
                                       ":7:1: the selection is named \"Iets anders...\", but its text reads \"En een derde.\""));
}

}  // namespace
}  // namespace rw
