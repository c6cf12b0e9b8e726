#pragma once
// The findings of the editor's snapshots, kept up to date across edits: after an edit of some
// cases' ticks, evidence or values only those cases are checked again (CheckSession in
// model/checks/checks.h); after any other edit, the whole project. For the findings worker: one
// thread at a time, so it needs no lock.

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model/checks/checks.h"
#include "model/edit/command.h"

namespace rw::document {

class IncrementalChecks {
public:
    // Returns the case an edit changed when it changed nothing but that case's ticks, evidence or
    // values; empty when it may have changed more (the theory, the sources, a case added or removed).
    static std::string caseOnlyChangedBy(const Change& change);

    // Notes the edits made since the last check: these cases, or everything.
    void note(const std::set<std::string>& cases, bool everything);
    // Returns the findings of `snapshot` (kept alive here until the next check), rechecking only
    // what the noted edits can have changed.
    FindingList check(std::shared_ptr<const Project> snapshot, std::shared_ptr<const SourceTexts> texts,
                               const CheckOptions& options);
    // How many checks ran over the whole project (for tests).
    int wholeRuns() const { return m_wholeRuns; }

private:
    std::shared_ptr<const Project> m_project;  // what m_session checks
    std::shared_ptr<const SourceTexts> m_texts;
    std::string m_theoryId;
    std::unique_ptr<CheckSession> m_session;
    std::set<std::string> m_changedCases;
    bool m_changedAll = true;
    int m_wholeRuns = 0;
};

}  // namespace rw::document
