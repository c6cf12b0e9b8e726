#include "plugins/refi-qda/description_fields.h"

namespace rw::qda {

void addField(std::string& description, const std::string& key, const std::string& value) {
    if (value.empty()) return;
    if (!description.empty()) description += '\n';
    description += key + ": " + value;
}

std::string DescriptionFields::operator[](const std::string& key) const {
    auto found = fields.find(key);
    return found == fields.end() ? std::string() : found->second;
}

DescriptionFields readFields(std::string_view description, std::initializer_list<std::string_view> keys) {
    DescriptionFields read;
    std::string* current = &read.text;
    while (!description.empty()) {
        std::size_t end = description.find('\n');
        std::string_view line = description.substr(0, end);
        description = end == std::string_view::npos ? std::string_view() : description.substr(end + 1);
        std::string_view key;
        for (std::string_view candidate : keys)
            if (line.size() >= candidate.size() + 2 && line.starts_with(candidate) && line.substr(candidate.size(), 2) == ": ")
                key = candidate;
        if (!key.empty()) {
            current = &read.fields[std::string(key)];
            *current = line.substr(key.size() + 2);
            continue;
        }
        if (current != &read.text || !current->empty()) *current += '\n';
        *current += line;
    }
    return read;
}

}  // namespace rw::qda
