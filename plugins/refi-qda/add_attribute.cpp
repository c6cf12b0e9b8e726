#include "plugins/refi-qda/add_attribute.h"

namespace rw::qda {
namespace {

class AddAttributeDef : public Command {
public:
    explicit AddAttributeDef(AttributeDef attribute) : m_attribute(std::move(attribute)) {}
    void redo(Project& project) override { project.attributes.push_back(m_attribute); }
    void undo(Project& project) override {
        std::erase_if(project.attributes, [&](const AttributeDef& a) { return a.key == m_attribute.key; });
    }
    std::string text() const override { return "Add attribute \"" + m_attribute.label + "\""; }
    Change change() const override { return {Change::Scope::Project, {}, m_attribute.key, {}}; }

private:
    AttributeDef m_attribute;
};

}  // namespace

std::unique_ptr<Command> addAttributeDef(const Project& project, AttributeDef attribute) {
    if (attribute.key.empty() || project.findAttribute(attribute.key)) return nullptr;
    return std::make_unique<AddAttributeDef>(std::move(attribute));
}

}  // namespace rw::qda
