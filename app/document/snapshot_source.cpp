#include "app/document/snapshot_source.h"

namespace rw::document {

// currentWithRevision() copies the project field by field; a field added to Project must be added there.
static_assert(sizeof(Project) == sizeof(std::string) + sizeof(Meta) + 7 * sizeof(std::vector<int>),
              "copy the new field of Project in SnapshotSource::currentWithRevision()");

std::unique_lock<std::shared_mutex> SnapshotSource::beginWrite() {
    ++m_writersWaiting;
    std::unique_lock lock(m_lock);
    --m_writersWaiting;
    ++m_revision;
    return lock;
}

std::shared_lock<std::shared_mutex> SnapshotSource::lockForReading() {
    while (m_writersWaiting.load() > 0) std::this_thread::yield();
    return std::shared_lock(m_lock);
}

void SnapshotSource::detach() {
    std::unique_lock lock(m_lock);
    m_project = nullptr;
}

SnapshotSource::Snapshot SnapshotSource::currentWithRevision() {
    std::lock_guard copying(m_copyMutex);
    for (;;) {
        auto copy = std::make_shared<Project>();
        std::uint64_t revision = 0;
        {
            auto lock = lockForReading();
            if (!m_project) return {};
            revision = m_revision.load();
            if (m_cached && m_cachedRevision == revision) return {m_cached, revision};
            // Everything but the cases at once: the cases are where a big project's bulk is.
            const Project& p = *m_project;
            copy->language = p.language;
            copy->meta = p.meta;
            copy->sources = p.sources;
            copy->informants = p.informants;
            copy->categories = p.categories;
            copy->attributes = p.attributes;
            copy->conditions = p.conditions;
            copy->theories = p.theories;
            copy->cases.reserve(p.cases.size());
        }
        bool intact = true;
        for (std::size_t i = 0;; ++i) {
            auto lock = lockForReading();
            if (!m_project) return {};
            if (m_revision.load() != revision) {
                intact = false;  // edited meanwhile: start again from the new state
                break;
            }
            if (i >= m_project->cases.size()) break;
            copy->cases.push_back(m_project->cases[i]);
        }
        if (!intact) continue;
        m_cached = std::move(copy);  // the previous copy is freed here, on this thread
        m_cachedRevision = revision;
        return {m_cached, revision};
    }
}

}  // namespace rw::document
