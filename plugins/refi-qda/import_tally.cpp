#include "plugins/refi-qda/import_tally.h"

#include "model/core/translate.h"

namespace rw::qda {
namespace {

std::string count(int n) { return std::to_string(n); }

}  // namespace

std::string summaryOf(const ImportTally& t, const std::string& file, const std::string& origin) {
    std::string summary =
        fill(tr("{1}: sources: {2} (with text: {3}); codes: {4}; selections: {5}; codings: {6} (made evidence: {7}, "
                "kept as codings: {8})"),
             {file, count(t.sources), count(t.sourcesWithText), count(t.codes), count(t.selections), count(t.codings),
              count(t.madeEvidence), count(t.keptAsCodings)});
    if (t.evidenceItems != t.madeEvidence)
        summary += "; " + fill(tr("evidence items: {1} (one per case a selection belongs to)"), {count(t.evidenceItems)});
    if (!origin.empty()) summary += " (" + fill(tr("written by {1}"), {origin}) + ")";
    return summary;
}

std::vector<std::string> detailsOf(const ImportTally& t) {
    std::vector<std::string> notes;
    for (const std::string& code : t.unmappedCodes)
        notes.push_back(fill(tr("code \"{1}\" matches no node (add a line \"{1} = node\" to a --map file); kept as codings"), {code}));
    for (const std::string& qdaCase : t.unmappedCases)
        notes.push_back(fill(tr("QDA case \"{1}\" matches no case in the project; its selections stayed codings"), {qdaCase}));
    if (t.withoutCase > 0)
        notes.push_back(fill(tr("coded selections that belong to no case, kept as codings (give --case to choose one): {1}"),
                             {count(t.withoutCase)}));
    if (int withoutText = t.pictures + t.recordings + t.pdfsWithoutText; withoutText > 0)
        notes.push_back(fill(tr("sources kept without text, because the file has no text of them: {1} (pictures: {2}, "
                                "recordings without a transcript: {3}, PDFs without a text version: {4})"),
                             {count(withoutText), count(t.pictures), count(t.recordings), count(t.pdfsWithoutText)}));
    if (t.pdfPageOnly > 0)
        notes.push_back(fill(tr("PDF selections kept with their page only (no text of their own, or text that is not once in "
                                "the PDF's text): {1}"),
                             {count(t.pdfPageOnly)}));
    if (t.pictureAreas > 0)
        notes.push_back(fill(tr("codings of picture areas kept as codings without a place in a text: {1}"), {count(t.pictureAreas)}));
    if (t.failedQuoteCheck > 0)
        notes.push_back(fill(tr("codings kept as codings, not evidence, because their quote failed the quote check (see the "
                                "warnings): {1}"),
                             {count(t.failedQuoteCheck)}));
    if (t.transcriptsLeftOut > 0)
        notes.push_back(fill(tr("transcripts left out (only the first of a recording is read): {1}"), {count(t.transcriptsLeftOut)}));
    if (t.notesKept > 0) notes.push_back(fill(tr("notes put on the evidence and codings they annotate: {1}"), {count(t.notesKept)}));
    if (int leftOut = t.notesOnSources + t.notesOnCodes + t.notesOnProject + t.notesElsewhere; leftOut > 0)
        notes.push_back(fill(tr("notes left out, because a project here has no note on them: {1} (on sources: {2}, codes: {3}, "
                                "the project: {4}, other things: {5})"),
                             {count(leftOut), count(t.notesOnSources), count(t.notesOnCodes), count(t.notesOnProject),
                              count(t.notesElsewhere)}));
    if (t.linksLeftOut > 0) notes.push_back(fill(tr("links between codes or selections left out: {1}"), {count(t.linksLeftOut)}));
    if (t.unknownSources > 0)
        notes.push_back(fill(tr("sources of kinds REFI-QDA does not know, left out (see the warnings): {1}"), {count(t.unknownSources)}));
    if (t.users > 0) notes.push_back(fill(tr("users in the file: {1} (their names are not stored)"), {count(t.users)}));
    return notes;
}

}  // namespace rw::qda
