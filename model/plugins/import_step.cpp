#include "model/plugins/import_step.h"

namespace rw {

bool ImportStep::add(std::unique_ptr<Command> command) {
    if (!command) return false;
    command->redo(m_scratch);
    m_step->addApplied(std::move(command));
    ++m_count;
    return true;
}

std::unique_ptr<Command> ImportStep::finish() {
    m_step->undo(m_scratch);
    return std::move(m_step);
}

std::string importOption(const ImportRequest& request, const std::string& key) {
    auto it = request.options.find(key);
    return it == request.options.end() ? "" : it->second;
}

}  // namespace rw
