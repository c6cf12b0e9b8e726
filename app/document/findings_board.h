#pragma once
// The findings the Findings pane shows, for the other views to read instead of checking again:
// the diagram's highlight marks what the list lists. Published on the UI thread, read by the
// views' background jobs.

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "app/document/listener_list.h"
#include "model/checks/finding_list.h"

namespace rw::document {

struct PublishedFindings {
    std::string theoryId;  // the theory checked
    FindingList findings;
};

class FindingsBoard {
public:
    // Makes these the findings every view reads and tells the listeners.
    void publish(PublishedFindings published);
    // Returns the latest findings of this theory; nullptr when none were published for it.
    // A job may read findings older than its snapshot: the next publish asks it again.
    std::shared_ptr<const PublishedFindings> latest(const std::string& theoryId) const;

    // Returns a token for removeListener. Listeners are called on the thread that publishes.
    int addListener(std::function<void()> listener) { return m_listeners.add(std::move(listener)); }
    void removeListener(int token) { m_listeners.remove(token); }

private:
    mutable std::mutex m_lock;
    std::shared_ptr<const PublishedFindings> m_latest;
    ListenerList<> m_listeners;
};

}  // namespace rw::document
