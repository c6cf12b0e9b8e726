#include "model/checks/finding_list.h"

namespace rw {

FindingList::FindingList(std::vector<Finding> findings) {
    append(std::make_shared<const std::vector<Finding>>(std::move(findings)), [](const Finding&) { return true; });
}

std::vector<Finding> FindingList::toVector() const { return {begin(), end()}; }

}  // namespace rw
