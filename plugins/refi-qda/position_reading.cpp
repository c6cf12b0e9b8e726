#include "plugins/refi-qda/position_reading.h"

#include <algorithm>
#include <array>

#include "model/core/translate.h"
#include "model/core/utf8_text.h"

namespace rw::qda {
namespace {

std::string lowerAscii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

bool hasWord(std::string_view lower, std::string_view word) {
    for (std::size_t at = lower.find(word); at != std::string_view::npos; at = lower.find(word, at + 1)) {
        bool before = at == 0 || !isWordCodePoint(static_cast<unsigned char>(lower[at - 1]));
        std::size_t end = at + word.size();
        bool after = end == lower.size() || !isWordCodePoint(static_cast<unsigned char>(lower[end]));
        if (before && after) return true;
    }
    return false;
}

bool blank(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == 0xA0 || c == 0x3000; }

// A code point that belongs to the character before it: a combining mark, a variation selector,
// a zero-width joiner, an emoji skin tone.
bool continuesCharacter(char32_t c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool betweenWords(const SourceText& text, long at) {
    if (at <= 0 || at >= text.characterCount()) return true;
    return !isWordCodePoint(text.at(at - 1)) || !isWordCodePoint(text.at(at));
}

bool insideCluster(const SourceText& text, long at) {
    if (at <= 0 || at >= text.characterCount()) return false;
    return continuesCharacter(text.at(at)) || text.at(at - 1) == 0x200D;
}

// Where a person starts a selection: between words, on no white space, not inside a character.
bool fitsStart(const SourceText& text, long at) {
    return at < text.characterCount() && !blank(text.at(at)) && betweenWords(text, at) && !insideCluster(text, at);
}

// Where a person ends one: between words, not after a space (a line break may come along), not
// inside a character.
bool fitsEnd(const SourceText& text, long at) {
    if (at <= 0) return false;
    char32_t last = text.at(at - 1);
    return last != ' ' && last != '\t' && last != 0xA0 && betweenWords(text, at) && !insideCluster(text, at);
}

// Runs of white space as one space, and no white space at either end.
std::string collapsed(std::string_view text) {
    std::string result;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !result.empty();
            continue;
        }
        if (space) result += ' ';
        space = false;
        result += c;
    }
    return result;
}

struct Candidate {
    PositionReading reading;
    int impossible = 0;  // selections past the end or with an end inside a character
    int onWords = 0;     // selections starting and ending where a person would (fitsStart, fitsEnd)
    int ends = 0;        // starts and ends that do
    int named = 0;       // selections whose text begins with the words of their name
    std::vector<long> mapped;  // our start and end of every selection (-1 when impossible)
};

Candidate score(const std::vector<PositionedText>& texts, PositionReading reading) {
    Candidate candidate{reading};
    for (const PositionedText& text : texts) {
        for (const PositionedSpan& span : text.spans) {
            MappedPosition start = text.text->map(span.start, reading);
            MappedPosition end = text.text->map(span.end, reading);
            if (start.status != MappedPosition::Status::Ok || end.status != MappedPosition::Status::Ok ||
                end.ours < start.ours) {
                ++candidate.impossible;
                candidate.mapped.insert(candidate.mapped.end(), {-1, -1});
                continue;
            }
            candidate.mapped.insert(candidate.mapped.end(), {start.ours, end.ours});
            bool startFits = !start.splitsLineEnd && fitsStart(*text.text, start.ours);
            bool endFits = !end.splitsLineEnd && fitsEnd(*text.text, end.ours);
            candidate.ends += (startFits ? 1 : 0) + (endFits ? 1 : 0);
            if (startFits && endFits) ++candidate.onWords;
            if (std::string witness = nameWitness(span.name); !witness.empty()) {
                if (beginsWith(text.text->slice(start.ours, end.ours), witness)) ++candidate.named;
            }
        }
    }
    return candidate;
}

// Better: fewer impossible selections, then more names borne out, then more selections that
// start and end where a person would, then more such starts and ends; ties keep the earlier
// candidate (code points before UTF-16, CR LF as two first).
bool better(const Candidate& a, const Candidate& b) {
    if (a.impossible != b.impossible) return a.impossible < b.impossible;
    if (a.named != b.named) return a.named > b.named;
    if (a.onWords != b.onWords) return a.onWords > b.onWords;
    return a.ends > b.ends;
}

const Candidate* best(const std::vector<Candidate>& candidates, std::optional<PositionUnit> unit) {
    const Candidate* found = nullptr;
    for (const Candidate& c : candidates)
        if ((!unit || c.reading.unit == *unit) && (!found || better(c, *found))) found = &c;
    return found;
}

const Candidate* find(const std::vector<Candidate>& candidates, PositionReading reading) {
    for (const Candidate& c : candidates)
        if (c.reading == reading) return &c;
    return nullptr;
}

std::string count(int n) { return std::to_string(n); }

std::string describeReading(PositionReading reading, bool lineEnds) {
    std::string text = describeUnit(reading.unit);
    if (lineEnds) text += " " + (reading.crlfAsOne ? tr("with a CR LF as one character") : tr("with a CR LF as two"));
    return text;
}

// "12 of 12 selections start and end on word boundaries" and what the other unit makes of them.
std::string evidenceFor(const Candidate& chosen, const Candidate& other, int total) {
    std::string text = fill(tr("{1} of {2} selections start and end on word boundaries"), {count(chosen.onWords), count(total)});
    if (chosen.named > 0) text += fill(tr(", {1} begin with the words of their names"), {count(chosen.named)});
    text += "; " + fill(tr("as {1}: {2}"), {describeUnit(other.reading.unit), count(other.onWords)});
    if (other.named > 0 || chosen.named > 0) text += fill(tr(", {1} names"), {count(other.named)});
    if (other.impossible > 0) text += fill(tr(", {1} past the end or inside a character"), {count(other.impossible)});
    return text;
}

}  // namespace

// Programs that name a selection by the start of its text (ATLAS.ti, MAXQDA) cut it with "..." or
// "…"; names of three characters or fewer say too little to tell readings apart.
std::string nameWitness(std::string_view name) {
    std::string text = collapsed(name);
    for (std::string_view cut : {std::string_view("..."), std::string_view("\xE2\x80\xA6")})
        if (text.ends_with(cut)) text.erase(text.size() - cut.size());
    text = collapsed(text);
    return text.size() > 3 ? text : std::string();
}

bool beginsWith(std::string_view covered, const std::string& witness) {
    std::string words = collapsed(covered);
    return !words.empty() && words.starts_with(witness);
}

// What we relied on (REFI-QDA 1.5 says positions count characters, and means code points):
// - NVivo, on Windows and on the Mac, is a .NET program, and .NET strings count UTF-16 code
//   units; its exports say so by their origin ("NVivo 14", "NVivo for Windows 12.6",
//   "NVivo 12 For Mac").
// - ATLAS.ti for Windows is a .NET program as well ("ATLAS.ti Win 23.4.0"). How ATLAS.ti for the
//   Mac counts we do not know, so an origin without "Win" is decided from the text.
// - qc, the Python coding tool ("qc 1.4.2"), computes its positions with Python's len(): code
//   points. Realist Workbench writes code points.
// - MAXQDA, QualCoder, Taguette and others: we found nothing reliable, so the text decides.
std::optional<KnownProgram> programOf(std::string_view origin) {
    std::string lower = lowerAscii(origin);
    if (lower.find("nvivo") != std::string::npos) return KnownProgram{"NVivo", PositionUnit::Utf16};
    if (lower.find("atlas.ti") != std::string::npos && (hasWord(lower, "win") || hasWord(lower, "windows")))
        return KnownProgram{"ATLAS.ti for Windows", PositionUnit::Utf16};
    if (lower == "qc" || (lower.starts_with("qc ") && lower.size() > 3 && lower[3] >= '0' && lower[3] <= '9'))
        return KnownProgram{"qc", PositionUnit::CodePoints};
    if (lower.starts_with("realist workbench")) return KnownProgram{"Realist Workbench", PositionUnit::CodePoints};
    return std::nullopt;
}

std::optional<PositionUnit> parsePositionUnit(std::string_view text) {
    if (text == "codepoints") return PositionUnit::CodePoints;
    if (text == "utf16") return PositionUnit::Utf16;
    return std::nullopt;
}

std::string describeUnit(PositionUnit unit) {
    return unit == PositionUnit::Utf16 ? tr("UTF-16 code units") : tr("code points");
}

PositionDecision decidePositions(const std::vector<PositionedText>& texts, std::string_view origin,
                                 std::optional<PositionUnit> forced) {
    std::vector<Candidate> candidates;
    for (PositionUnit unit : {PositionUnit::CodePoints, PositionUnit::Utf16})
        for (bool crlfAsOne : {false, true}) candidates.push_back(score(texts, {unit, crlfAsOne}));
    int total = 0;
    for (const PositionedText& text : texts) total += static_cast<int>(text.spans.size());

    std::optional<KnownProgram> program = programOf(origin);
    const Candidate* chosen = nullptr;
    PositionDecision decision;
    std::string why;
    if (forced) {
        chosen = best(candidates, forced);
        why = " " + tr("(--positions)");
    } else if (program) {
        chosen = best(candidates, program->unit);
        const Candidate* textual = best(candidates, std::nullopt);
        // The origin is our belief about a program; the file itself is evidence about this one.
        bool contradicted = (chosen->impossible > 0 && textual->impossible == 0) ||
                            (textual->impossible == 0 && textual->named > chosen->named);
        why = ", " + fill(tr("as {1} counts them (origin \"{2}\")"), {program->name, std::string(origin)});
        if (contradicted && textual->reading.unit != chosen->reading.unit) {
            const Candidate* given = chosen;
            chosen = textual;
            why = ", " + tr("which fit the text best") + ": " + evidenceFor(*chosen, *given, total);
            decision.warnings.push_back(fill(tr("origin \"{1}\" says {2} counts {3}, but this file's selections fit {4}; read as {4} "
                                       "(give --positions to choose)"),
                                    {std::string(origin), program->name, describeUnit(given->reading.unit),
                                     describeUnit(chosen->reading.unit)}));
        }
    } else {
        chosen = best(candidates, std::nullopt);
        PositionUnit other = chosen->reading.unit == PositionUnit::Utf16 ? PositionUnit::CodePoints : PositionUnit::Utf16;
        why = ", " + tr("which fit the text best") + ": " + evidenceFor(*chosen, *best(candidates, other), total);
        if (!origin.empty())
            why += " " + fill(tr("(origin \"{1}\" names no program whose counting we know)"), {std::string(origin)});
    }
    decision.reading = chosen->reading;
    // A reading that lands elsewhere and fits just as well (among those the origin or the user
    // left open): the text cannot tell, and the notes say so instead of guessing silently.
    std::optional<PositionUnit> open = forced ? forced : program && decision.warnings.empty() ? std::optional(program->unit) : std::nullopt;
    for (const Candidate& rival : candidates) {
        if ((open && rival.reading.unit != *open) || rival.mapped == chosen->mapped || better(*chosen, rival)) continue;
        bool lineEnds = rival.reading.crlfAsOne != chosen->reading.crlfAsOne;
        decision.warnings.push_back(fill(tr("the text does not tell how this file counts positions: read as {1} and as {2} its "
                                   "selections fit equally well; read as {1} (check the quotes, or give --positions)"),
                                {describeReading(chosen->reading, lineEnds), describeReading(rival.reading, lineEnds)}));
        break;
    }

    PositionReading otherUnit = chosen->reading;
    otherUnit.unit = otherUnit.unit == PositionUnit::Utf16 ? PositionUnit::CodePoints : PositionUnit::Utf16;
    PositionReading otherLineEnds = chosen->reading;
    otherLineEnds.crlfAsOne = !otherLineEnds.crlfAsOne;
    bool unitsAgree = find(candidates, otherUnit)->mapped == chosen->mapped;
    bool lineEndsAgree = find(candidates, otherLineEnds)->mapped == chosen->mapped;
    if (unitsAgree)
        decision.note = tr("positions: code points and UTF-16 code units agree in this file (no character outside the "
                           "Basic Multilingual Plane before a position)");
    else
        decision.note = fill(tr("positions: read as {1}"), {describeUnit(chosen->reading.unit)}) + why;
    if (!lineEndsAgree)
        decision.note += "; " + (chosen->reading.crlfAsOne ? tr("a CR LF line end counted as one character")
                                                           : tr("a CR LF line end counted as two characters"));
    return decision;
}

}  // namespace rw::qda
