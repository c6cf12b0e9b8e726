#pragma once
// How a REFI-QDA file counts its startPosition / endPosition: decided once per file, from the
// user's --positions, else from the program its `origin` names, else from the text itself (the
// reading under which the selections land on character boundaries, inside the text, at word
// boundaries and on the words their names begin with).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plugins/refi-qda/source_text.h"

namespace rw::qda {

// A selection's positions as the file gives them, and its name (often the start of its text).
struct PositionedSpan {
    long start = 0;
    long end = 0;
    std::string_view name;
};

// One text and the selections on it.
struct PositionedText {
    const SourceText* text = nullptr;
    std::vector<PositionedSpan> spans;
};

struct PositionDecision {
    PositionReading reading;
    std::string note;                   // "positions: …", for the import notes
    // When the origin's reading had to give way to the text's, or the text cannot tell readings apart.
    std::vector<std::string> warnings;
};

// The program an origin names and the unit it counts in, as far as we know; nullopt when it
// names none we know.
struct KnownProgram {
    std::string name;  // "NVivo", "ATLAS.ti for Windows", …
    PositionUnit unit;
};
std::optional<KnownProgram> programOf(std::string_view origin);

// Returns "codepoints" or "utf16" as a unit, nullopt for anything else.
std::optional<PositionUnit> parsePositionUnit(std::string_view text);

// Decides how the file's positions are counted. `forced`: the user's --positions. The decision
// never picks a reading under which some selection is impossible (past the end, inside a
// character) when another reading has none.
PositionDecision decidePositions(const std::vector<PositionedText>& texts, std::string_view origin,
                                 std::optional<PositionUnit> forced);

// Returns the words a selection's name says its text begins with: the name less a final "..." or
// "…", white space runs as one space; "" when the name is too short to tell anything.
std::string nameWitness(std::string_view name);
// True when `covered` (a selection's text) begins with `witness` (runs of white space as one space).
bool beginsWith(std::string_view covered, const std::string& witness);

// Returns the reading's unit as the notes name it ("code points", "UTF-16 code units").
std::string describeUnit(PositionUnit unit);

}  // namespace rw::qda
