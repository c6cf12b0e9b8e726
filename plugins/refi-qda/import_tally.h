#pragma once
// What became of everything a REFI-QDA file holds, counted as the import goes, and the notes
// that tell the user: what was kept, what was left out and why.

#include <set>
#include <string>
#include <vector>

namespace rw::qda {

struct ImportTally {
    int sources = 0;          // sources added
    int sourcesWithText = 0;  // of them with a text
    int pictures = 0, recordings = 0, pdfsWithoutText = 0;  // sources added without text
    int codes = 0;
    int selections = 0;        // every selection in the file: on texts, pages, pictures, recordings
    int codings = 0;           // selection × code, and codes on whole sources
    int madeEvidence = 0;      // codings that became evidence
    int evidenceItems = 0;     // evidence added (a coding in two cases gives two)
    int keptAsCodings = 0;     // codings kept as coded segments of their source
    int failedQuoteCheck = 0;  // of those, codings that were meant to be evidence
    int pdfPageOnly = 0;       // PDF selections kept with their page but no place in the text
    int pictureAreas = 0;      // codings of picture areas (kept as codings without a place)
    int transcriptsLeftOut = 0;
    int notesKept = 0;           // notes put on the evidence or coding they annotate
    int notesOnSources = 0;      // left out: a source has no note of its own here
    int notesOnCodes = 0;        // left out: neither has a code
    int notesOnProject = 0;      // left out: nor the project
    int notesElsewhere = 0;      // left out: notes linked to things we do not import
    int linksLeftOut = 0;        // Links between codes, selections …, not from a note
    int unknownSources = 0;
    int users = 0;
    std::set<std::string> unmappedCodes;
    std::set<std::string> unmappedCases;
    int withoutCase = 0;
};

// Returns the first note: "x.qdpx: sources: …; codes: …; selections: …; codings: … (…)".
std::string summaryOf(const ImportTally& tally, const std::string& file, const std::string& origin);

// Returns the notes on what was mapped to nothing, kept without a place or left out.
std::vector<std::string> detailsOf(const ImportTally& tally);

}  // namespace rw::qda
