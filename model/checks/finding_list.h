#pragma once
// A list of findings that is cheap to copy: it points into shared, unchanging parts (one per
// rule and case, node or link, as a CheckSession keeps them), so a recheck that reran one part
// hands the editor a new list without copying the other findings.

#include <cstddef>
#include <memory>
#include <vector>

#include <boost/iterator/indirect_iterator.hpp>

#include "model/checks/finding.h"

namespace rw {

class FindingList {
public:
    using Part = std::shared_ptr<const std::vector<Finding>>;
    using const_iterator = boost::indirect_iterator<std::vector<const Finding*>::const_iterator>;

    FindingList() = default;
    explicit FindingList(std::vector<Finding> findings);

    // Appends the findings of `part` for which keep(finding) holds; the list keeps the part alive.
    template <class Keep>
    void append(const Part& part, Keep keep) {
        if (!part) return;
        std::size_t before = m_order.size();
        for (const Finding& finding : *part)
            if (keep(finding)) m_order.push_back(&finding);
        if (m_order.size() != before) m_parts.push_back(part);
    }

    std::size_t size() const { return m_order.size(); }
    bool empty() const { return m_order.empty(); }
    const Finding& operator[](std::size_t i) const { return *m_order[i]; }
    const Finding& front() const { return *m_order.front(); }
    const_iterator begin() const { return const_iterator(m_order.begin()); }
    const_iterator end() const { return const_iterator(m_order.end()); }
    // Returns a copy of the findings, for callers that keep or change them.
    std::vector<Finding> toVector() const;

private:
    std::vector<Part> m_parts;
    std::vector<const Finding*> m_order;
};

}  // namespace rw
