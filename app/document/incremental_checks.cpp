#include "app/document/incremental_checks.h"

#include <utility>

namespace rw::document {

std::string IncrementalChecks::caseOnlyChangedBy(const Change& change) {
    bool ofOneCase = change.scope == Change::Scope::Verdict || change.scope == Change::Scope::Evidence ||
                     change.scope == Change::Scope::Attribute;
    return ofOneCase ? change.caseId : std::string();  // an attribute's definition has no case
}

void IncrementalChecks::note(const std::set<std::string>& cases, bool everything) {
    m_changedCases.insert(cases.begin(), cases.end());
    m_changedAll = m_changedAll || everything;
}

FindingList IncrementalChecks::check(std::shared_ptr<const Project> snapshot,
                                              std::shared_ptr<const SourceTexts> texts, const CheckOptions& options) {
    CheckOptions withTexts = options;
    withTexts.sourceTexts = texts.get();
    bool sameSetting = m_session && texts == m_texts && options.theoryId == m_theoryId;
    bool changedAll = std::exchange(m_changedAll, true);  // stays so if a rule throws: the next run is whole
    bool rechecked = sameSetting && !changedAll &&
                     m_session->recheckCases(*snapshot, {m_changedCases.begin(), m_changedCases.end()});
    if (!rechecked) {
        m_session = std::make_unique<CheckSession>(*snapshot, withTexts);
        ++m_wholeRuns;
    }
    // The session now reads `snapshot`; the copy it read before may go.
    m_project = std::move(snapshot);
    m_texts = std::move(texts);
    m_theoryId = options.theoryId;
    m_changedCases.clear();
    m_changedAll = false;
    return m_session->findings();
}

}  // namespace rw::document
