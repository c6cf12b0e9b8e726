#include "model/chat/edits_coding.h"

#include <algorithm>
#include <optional>
#include <set>

#include "model/core/translate.h"
#include "model/edit/refusals.h"

namespace rw::edits {
namespace {

// Replaces a source's codings; undo and redo are the same swap.
class SetCodings : public Command {
public:
    SetCodings(std::string sourceId, std::vector<Coding> codings, std::string caseId)
        : m_sourceId(std::move(sourceId)), m_other(std::move(codings)), m_caseId(std::move(caseId)) {}

    void redo(Project& project) override { swap(project); }
    void undo(Project& project) override { swap(project); }
    std::string text() const override { return tr("Set codings"); }
    Change change() const override { return Change{Change::Scope::Case, {}, m_sourceId, m_caseId}; }

private:
    void swap(Project& project) {
        auto it = std::find_if(project.sources.begin(), project.sources.end(),
                               [&](const Source& s) { return s.id == m_sourceId; });
        if (it != project.sources.end()) std::swap(it->codings, m_other);
    }

    std::string m_sourceId;
    std::vector<Coding> m_other;
    std::string m_caseId;
};

// The cases whose counts the codings count in: those of the old and of the new codings.
std::set<std::string> casesOf(const std::vector<Coding>& before, const std::vector<Coding>& after) {
    std::set<std::string> ids;
    for (const Coding& coding : before) ids.insert(coding.caseId);
    for (const Coding& coding : after) ids.insert(coding.caseId);
    ids.erase(std::string());
    return ids;
}

// One step: the new codings, and a recount of every case whose counts followed its codings.
CommandPtr codingStep(const Project& project, const Source& source, std::vector<Coding> codings, std::string text) {
    if (codings == source.codings) return refuse(tr("The messages are coded so already: nothing changes."));
    std::set<std::string> cases = casesOf(source.codings, codings);
    auto step = std::make_unique<CompoundCommand>(std::move(text));
    std::vector<std::string> following;
    for (const std::string& caseId : cases)
        if (const Case* c = project.findCase(caseId); c && countsFollowCodings(project, *c)) following.push_back(caseId);
    // The recount looks at the project as it will be (a copy, only when a case follows); the
    // step itself stays unapplied.
    std::optional<Project> scratch;
    if (!following.empty()) {
        scratch = project;
        for (Source& s : scratch->sources)
            if (s.id == source.id) s.codings = codings;
    }
    step->addApplied(std::make_unique<SetCodings>(source.id, std::move(codings), cases.size() == 1 ? *cases.begin() : ""));
    for (const std::string& caseId : following) {
        const Case* before = project.findCase(caseId);
        MessageCounts recounted = recountedMessages(*scratch, *scratch->findCase(caseId));
        if (recounted != before->messages) step->addApplied(setMessages(*scratch, caseId, recounted));
    }
    return step;
}

// Returns the refusal when `sourceId` is no chat history to code, or an empty edit when it is one.
Edit notAChat(const Project& project, const std::string& sourceId) {
    const Source* source = project.findSource(sourceId);
    if (!source) return missing(Thing::Source, sourceId);
    if (source->kind != SourceKind::ChatHistory)
        return refuse(fill(tr("The source {1} is not a chat history: only chat messages are coded."), {sourceId}));
    return {};
}

// Returns why no message can be picked by these indices, or "" when they can.
std::string whyNotPicked(const std::vector<int>& indices, const std::vector<const SourceMessage*>& picked) {
    if (indices.empty()) return tr("No message is selected.");
    if (picked.empty()) return tr("A selected message is not in the chat any more.");
    return {};
}

// Returns the codings without those of the given messages (category codings on their lines).
std::vector<Coding> withoutCodingsOf(const Project& project, const Source& source,
                                     const std::vector<const SourceMessage*>& messages) {
    std::vector<Coding> kept;
    for (const Coding& coding : source.codings) {
        bool onOne = project.findCategory(coding.code) &&
                     std::any_of(messages.begin(), messages.end(), [&](const SourceMessage* m) {
                         return coding.location.lineBegin >= m->location.lineBegin &&
                                coding.location.lineBegin <= m->location.lineEnd;
                     });
        if (!onOne) kept.push_back(coding);
    }
    return kept;
}

// Returns the messages with these indices, or an empty list when one does not exist.
std::vector<const SourceMessage*> pick(const std::vector<SourceMessage>& all, const std::vector<int>& indices) {
    std::vector<const SourceMessage*> picked;
    for (int index : indices) {
        if (index < 0 || static_cast<std::size_t>(index) >= all.size()) return {};
        picked.push_back(&all[static_cast<std::size_t>(index)]);
    }
    return picked;
}

}  // namespace

CommandPtr codeMessages(const Project& project, const std::string& sourceId, const std::vector<int>& messages,
                        const std::string& categoryId, const std::string& caseId) {
    if (Edit refused = notAChat(project, sourceId); !refused.refusal().empty()) return refused;
    const Source* source = project.findSource(sourceId);
    const Category* category = project.findCategory(categoryId);
    if (!category) return missing(Thing::Category, categoryId);
    std::string owner = caseId.empty() ? caseOfSource(project, *source) : caseId;
    if (!owner.empty() && !project.findCase(owner)) return missing(Thing::Case, owner);
    std::vector<SourceMessage> all = findMessages(source->text);
    std::vector<const SourceMessage*> picked = pick(all, messages);
    if (std::string why = whyNotPicked(messages, picked); !why.empty()) return refuse(why);
    if (std::any_of(picked.begin(), picked.end(), [](const SourceMessage* m) { return m->system; }))
        return refuse(tr("A message from the app itself (someone joined or left) is not coded."));
    std::vector<Coding> codings = withoutCodingsOf(project, *source, picked);
    std::set<int> done;
    for (const SourceMessage* message : picked)
        if (done.insert(message->index).second) codings.push_back(codingFor(*message, categoryId, owner));
    sortCodingsByPlace(codings);
    std::string label = category->label.empty() ? category->id : category->label;
    std::string text = picked.size() == 1 ? fill(tr("Code message as {1}"), {label})
                                          : fill(tr("Code {1} messages as {2}"), {std::to_string(done.size()), label});
    return codingStep(project, *source, std::move(codings), std::move(text));
}

CommandPtr uncodeMessages(const Project& project, const std::string& sourceId, const std::vector<int>& messages) {
    if (Edit refused = notAChat(project, sourceId); !refused.refusal().empty()) return refused;
    const Source* source = project.findSource(sourceId);
    std::vector<SourceMessage> all = findMessages(source->text);
    std::vector<const SourceMessage*> picked = pick(all, messages);
    if (std::string why = whyNotPicked(messages, picked); !why.empty()) return refuse(why);
    std::string text = picked.size() == 1 ? tr("Uncode message")
                                          : fill(tr("Uncode {1} messages"), {std::to_string(picked.size())});
    return codingStep(project, *source, withoutCodingsOf(project, *source, picked), std::move(text));
}

CommandPtr autoCodeSource(const Project& project, const std::string& sourceId, const AutoCodeOptions& options) {
    if (Edit refused = notAChat(project, sourceId); !refused.refusal().empty()) return refused;
    const Source* source = project.findSource(sourceId);
    if (!options.caseId.empty() && !project.findCase(options.caseId)) return missing(Thing::Case, options.caseId);
    AutoCodeResult result = autoCode(project, *source, options);
    std::string title = source->title.empty() ? source->id : source->title;
    return codingStep(project, *source, std::move(result.codings), fill(tr("Auto-code {1}"), {title}));
}

CommandPtr recountMessages(const Project& project, const std::string& caseId) {
    const Case* c = project.findCase(caseId);
    if (!c) return missing(Thing::Case, caseId);
    MessageCounts recounted = recountedMessages(project, *c);
    if (recounted == c->messages) return refuse(tr("The message counts agree with the codings already: nothing changes."));
    auto step = std::make_unique<CompoundCommand>(fill(tr("Recount messages of {1}"), {c->displayName()}));
    step->addApplied(setMessages(project, caseId, recounted));
    return step;
}

}  // namespace rw::edits
