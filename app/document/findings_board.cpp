#include "app/document/findings_board.h"

#include <utility>

namespace rw::document {

void FindingsBoard::publish(PublishedFindings published) {
    auto shared = std::make_shared<const PublishedFindings>(std::move(published));
    {
        std::lock_guard<std::mutex> hold(m_lock);
        m_latest = std::move(shared);
    }
    m_listeners.call();
}

std::shared_ptr<const PublishedFindings> FindingsBoard::latest(const std::string& theoryId) const {
    std::lock_guard<std::mutex> hold(m_lock);
    return m_latest && m_latest->theoryId == theoryId ? m_latest : nullptr;
}

}  // namespace rw::document
