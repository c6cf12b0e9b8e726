#pragma once
// "Key: value" lines at the end of a REFI-QDA Description: how our export keeps what a QDA program
// has no field for (a node's id, a quote's stance …) where people read it and our importer takes
// it back (docs/refi-qda.md).

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

namespace rw::qda {

// Appends "key: value" on a line of its own; nothing when `value` is empty.
void addField(std::string& description, const std::string& key, const std::string& value);

struct DescriptionFields {
    std::string text;                           // what comes before the first field
    std::map<std::string, std::string> fields;  // key → value (a value may go on over several lines)

    // Returns the value of `key`, or "".
    std::string operator[](const std::string& key) const;
};

// Splits `description` at the lines that start with one of `keys` and ": "; a line that does not
// continues the value before it, so a multi-line note comes back whole.
DescriptionFields readFields(std::string_view description, std::initializer_list<std::string_view> keys);

}  // namespace rw::qda
