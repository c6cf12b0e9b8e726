// The built-in transcript importer: a .txt or .md transcript becomes a source with its
// (pseudonymised) text embedded and one informant per speaker.

#include <filesystem>

#include "model/chat/text_input.h"
#include "model/chat/transcript.h"
#include "model/core/ids.h"
#include "model/edit/edits.h"
#include "model/plugins/import_step.h"
#include "model/plugins/plugin_manager.h"

namespace rw {
namespace {

constexpr std::uint64_t kMaxTranscriptBytes = std::uint64_t{32} << 20;  // far beyond any interview

class TranscriptImporter : public Importer {
public:
    std::string name() const override { return "transcript"; }
    std::string description() const override {
        return "interview or focus-group transcript with speaker turns (Naam: …, [Interviewer] …, I: / R:)";
    }
    std::vector<std::string> extensions() const override { return {"txt", "md"}; }

    ImportResult import(const ImportRequest& request, const Project& project) const override {
        ImportResult result;
        // Reading and parsing are one go each; progress can only be told between them.
        auto goOn = [&result, &request](double done) {
            if (!request.progress || request.progress(done)) return true;
            result.error = request.path + ": cancelled";
            return false;
        };
        if (!goOn(0.0)) return result;
        std::string text;
        if (!readTextInput(request.path, kMaxTranscriptBytes, text, result.error)) return result;
        TranscriptOptions options;
        options.language = project.language;
        options.keepNames = importOption(request, "names") == "keep";
        ChatRoleMap roles;
        if (std::string path = importOption(request, "roles"); !path.empty()) {
            if (!roles.load(path, result.error)) return result;
            options.roles = &roles;
        }
        if (!goOn(0.3)) return result;
        Transcript transcript = parseTranscript(text, options);
        if (!goOn(0.8)) return result;
        if (transcript.turns.empty()) {
            result.error = request.path + ":1: no speaker turns found (expected lines like \"Naam: …\", "
                                          "\"[Interviewer] …\" or \"I: …\")";
            return result;
        }
        int respondents = 0;
        for (const auto& [speaker, role] : transcript.roles) respondents += role != "interviewer";
        std::string kind = importOption(request, "kind");
        Source source;
        source.kind = kind == "focus-group" || (kind.empty() && respondents > 2) ? SourceKind::FocusGroup
                                                                                 : SourceKind::Interview;
        std::filesystem::path file(request.path);
        source.title = file.stem().string();
        source.file = file.filename().string();
        source.text = transcript.text;
        source.id = uniqueId(slugify(source.title), [&](const std::string& id) { return project.findSource(id) != nullptr; });

        ImportStep step(project, "Import transcript " + source.file);
        step.add(edits::addSource(step.scratch(), source));
        for (const std::string& speaker : transcript.speakers) {
            const std::string& role = transcript.roles[speaker];
            if (role == "interviewer") continue;
            Informant informant{uniqueId(source.id + "-" + slugify(speaker),
                                         [&](const std::string& id) { return step.scratch().findInformant(id) != nullptr; }),
                                role, request.caseId, "speaker \"" + speaker + "\" in " + source.file};
            if (!step.add(edits::addInformant(step.scratch(), informant))) {
                result.error = request.path + ": cannot add informant " + informant.id;
                return result;
            }
        }
        result.command = step.finish();
        result.notes.push_back(source.file + ": " + std::to_string(transcript.speakers.size()) + " speakers, " +
                               std::to_string(transcript.turns.size()) + " turns, source \"" + source.id + "\"" +
                               (options.keepNames ? " (names kept)" : " (names pseudonymised)"));
        return result;
    }
};

}  // namespace

std::unique_ptr<Importer> makeTranscriptImporter() { return std::make_unique<TranscriptImporter>(); }

}  // namespace rw
