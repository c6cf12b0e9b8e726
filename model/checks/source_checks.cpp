// Checks of quotes and coded segments against the texts of their sources: every tick must be
// followable to the exact words behind it (model/checks/quote_check.h says what "exact" means).

#include "model/checks/checks.h"
#include "model/checks/quote_check.h"
#include "model/checks/source_texts.h"
#include "model/core/label_text.h"
#include "model/core/translate.h"

namespace rw {
namespace {

constexpr std::size_t kShownQuote = 120;  // characters of a quote in a message

std::string sourceName(const CheckContext& ctx, const std::string& sourceId) {
    const Source* source = ctx.project.findSource(sourceId);
    return source && !source->title.empty() ? "\"" + source->title + "\" (" + sourceId + ")" : sourceId;
}

// The quotes of one case's ticks.
void quoteMismatches(const CheckContext& ctx, std::size_t k, std::vector<Finding>& out) {
    if (!ctx.texts) return;
    const Case* c = ctx.cases[k];
    for (std::size_t i = 0; i < c->verdicts.size(); ++i) {
        const Verdict& verdict = c->verdicts[i];
        if (ctx.paths[k].vertexOfVerdict[i] < 0) continue;  // a node of another theory
        for (const Evidence& evidence : verdict.evidence) {
            const Utf8Index* text = evidence.ref.source.empty() ? nullptr : ctx.texts->find(evidence.ref.source);
            if (!text) continue;
            std::string why = quoteMismatch(*text, evidence.quote, evidence.ref.location);
            if (why.empty()) continue;
            out.push_back({.message = fill(tr("In {1}, the quote for {2} does not match source {3}: the quote is "
                                              "\"{4}\", but {5}."),
                                           {c->displayName(), ctx.label(verdict.node), sourceName(ctx, evidence.ref.source),
                                            capText(evidence.quote, kShownQuote), why}),
                           .nodes = {verdict.node},
                           .cases = {c->id}});
        }
    }
}

// The segments coded in the sources (they belong to the sources, not to the cases' ticks).
void codingMismatches(const CheckContext& ctx, std::vector<Finding>& out) {
    if (!ctx.texts) return;
    for (const Source& source : ctx.project.sources) {
        const Utf8Index* text = source.codings.empty() ? nullptr : ctx.texts->find(source.id);
        if (!text) continue;
        for (const Coding& coding : source.codings) {
            std::string why = locationMismatch(*text, coding.location);
            if (why.empty()) continue;
            Finding finding{.message = fill(tr("The segment coded \"{1}\" in source {2} does not fit its text: {3}."),
                                            {coding.code, sourceName(ctx, source.id), why})};
            if (!coding.caseId.empty()) finding.cases = {coding.caseId};
            out.push_back(std::move(finding));
        }
    }
}

void changedSources(const CheckContext& ctx, std::vector<Finding>& out) {
    if (!ctx.texts) return;
    for (const Source& source : ctx.project.sources) {
        if (ctx.texts->origin(source.id) != LoadedSourceText::Origin::Changed) continue;
        out.push_back({.message = fill(tr("The file {1} of source {2} is not the one its quotes were taken from (its "
                                          "SHA-256 differs from the one recorded), so its quotes were not checked."),
                                       {ctx.texts->path(source.id), sourceName(ctx, source.id)})});
    }
}

}  // namespace

void addSourceRules(std::vector<CheckRule>& rules) {
    // One code, two rules: the quotes of ticks per case, then the coded segments of the sources.
    const char* summary = "a quote that is not the text of its source where it says, or a coded segment outside its text";
    rules.push_back(eachCaseRule("RW-QUOTE-MISMATCH", Severity::Error, summary, quoteMismatches));
    rules.push_back(theoryRule({"RW-QUOTE-MISMATCH", Severity::Error, summary, codingMismatches}));
    rules.push_back(theoryRule({"RW-SOURCE-CHANGED", Severity::Warning,
                                "a source file that differs from the one its quotes were taken from", changedSources}));
}

}  // namespace rw
