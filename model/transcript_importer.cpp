// The built-in transcript importer: a .txt or .md transcript becomes a source with its
// (pseudonymised) text embedded and one informant per speaker.

#include <filesystem>

#include "model/atomic_file.h"
#include "model/edits.h"
#include "model/ids.h"
#include "model/plugin_manager.h"
#include "model/transcript.h"

namespace rw {
namespace {

constexpr std::uintmax_t kMaxTranscriptBytes = 32u << 20;  // far beyond any interview

class TranscriptImporter : public Importer {
public:
    std::string name() const override { return "transcript"; }
    std::string description() const override {
        return "interview or focus-group transcript with speaker turns (Naam: …, [Interviewer] …, I: / R:)";
    }
    std::vector<std::string> extensions() const override { return {"txt", "md"}; }

    ImportResult import(const ImportRequest& request, const Project& project) const override {
        ImportResult result;
        std::error_code error;
        if (std::filesystem::file_size(request.path, error) > kMaxTranscriptBytes && !error) {
            result.error = request.path + ": larger than 32 MB; not a transcript";
            return result;
        }
        std::string text, why;
        if (!readWholeFile(request.path, text, why)) {
            result.error = request.path + ": " + why;
            return result;
        }
        TranscriptOptions options;
        options.language = project.language;
        options.keepNames = option(request, "names") == "keep";
        ChatRoleMap roles;
        if (std::string path = option(request, "roles"); !path.empty()) {
            if (!roles.load(path, result.error)) return result;
            options.roles = &roles;
        }
        Transcript transcript = parseTranscript(text, options);
        if (transcript.turns.empty()) {
            result.error = request.path + ":1: no speaker turns found (expected lines like \"Naam: …\", "
                                          "\"[Interviewer] …\" or \"I: …\")";
            return result;
        }
        int respondents = 0;
        for (const auto& [speaker, role] : transcript.roles) respondents += role != "interviewer";
        std::string kind = option(request, "kind");
        Source source;
        source.kind = kind == "focus-group" || (kind.empty() && respondents > 2) ? SourceKind::FocusGroup
                                                                                 : SourceKind::Interview;
        std::filesystem::path file(request.path);
        source.title = file.stem().string();
        source.file = file.filename().string();
        source.text = transcript.text;
        source.id = uniqueId(slugify(source.title), [&](const std::string& id) { return project.findSource(id) != nullptr; });

        Project scratch = project;
        auto compound = std::make_unique<CompoundCommand>("Import transcript " + source.file);
        auto apply = [&](edits::CommandPtr command) {
            if (!command) return false;
            command->redo(scratch);
            compound->addApplied(std::move(command));
            return true;
        };
        apply(edits::addSource(scratch, source));
        for (const std::string& speaker : transcript.speakers) {
            const std::string& role = transcript.roles[speaker];
            if (role == "interviewer") continue;
            Informant informant{uniqueId(source.id + "-" + slugify(speaker),
                                         [&](const std::string& id) { return scratch.findInformant(id) != nullptr; }),
                                role, request.caseId, "speaker \"" + speaker + "\" in " + source.file};
            if (!apply(edits::addInformant(scratch, informant))) {
                result.error = request.path + ": cannot add informant " + informant.id;
                return result;
            }
        }
        compound->undo(scratch);
        result.command = std::move(compound);
        result.notes.push_back(source.file + ": " + std::to_string(transcript.speakers.size()) + " speakers, " +
                               std::to_string(transcript.turns.size()) + " turns, source \"" + source.id + "\"" +
                               (options.keepNames ? " (names kept)" : " (names pseudonymised)"));
        return result;
    }

private:
    static std::string option(const ImportRequest& request, const std::string& key) {
        auto it = request.options.find(key);
        return it == request.options.end() ? "" : it->second;
    }
};

}  // namespace

std::unique_ptr<Importer> makeTranscriptImporter() { return std::make_unique<TranscriptImporter>(); }

}  // namespace rw
