#pragma once
// The project as the editor's background jobs see it. A job asks for the project on its own
// thread and gets a copy, made there and shared by every job until the next edit: copying a big
// project (50-200 ms at 1,000 nodes × 100 cases) never holds up the UI thread. The copy is taken
// one case at a time under a shared lock, so an edit waits for one case's copy at most; an edit
// made meanwhile makes the copy start again, so a copy never mixes two states.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <thread>

#include "model/core/project.h"

namespace rw::document {

class SnapshotSource {
public:
    explicit SnapshotSource(const Project& project) : m_project(&project) {}

    // Every change of the project holds this from before it starts until it is done
    // (UndoStack::setWriteGuard); it counts a new revision.
    std::unique_lock<std::shared_mutex> beginWrite();
    // Called when the project is gone: later requests get nullptr.
    void detach();

    // Returns the project as it is now (any thread), or nullptr once detached.
    std::shared_ptr<const Project> current() { return currentWithRevision().project; }
    // The same with the revision it is a copy of, which a job can compare with revision().
    struct Snapshot {
        std::shared_ptr<const Project> project;
        std::uint64_t revision = 0;
    };
    Snapshot currentWithRevision();
    // Returns the count of edits begun so far (any thread).
    std::uint64_t revision() const { return m_revision.load(); }

private:
    // A shared lock, taken only when no edit is waiting for the lock.
    std::shared_lock<std::shared_mutex> lockForReading();

    std::shared_mutex m_lock;
    const Project* m_project;                  // guarded by m_lock
    std::atomic<std::uint64_t> m_revision{0};  // changed only under m_lock held exclusively
    std::atomic<int> m_writersWaiting{0};      // a copier lets them in first (the lock itself
                                               // favours readers, and the copier locks again and again)
    std::mutex m_copyMutex;                    // one copier at a time; guards the cache
    std::shared_ptr<const Project> m_cached;
    std::uint64_t m_cachedRevision = UINT64_MAX;
};

}  // namespace rw::document
