#pragma once
// GUIDs for the objects of an exported REFI-QDA project that stay the same from one export to the
// next: name-based UUIDs (RFC 4122 version 5, SHA-1 by libgcrypt) of the project's own ids, so
// that exporting an unchanged project twice gives the same bytes and a QDA program that imports
// a second export recognises the codes, cases and sources it already has.

#include <array>
#include <string>
#include <string_view>

namespace rw::qda {

using Uuid = std::array<unsigned char, 16>;

// Returns the version-5 UUID of `name` in the namespace `space`.
Uuid nameBasedUuid(const Uuid& space, std::string_view name);

// Returns the UUID as QDA programs write GUIDs: upper-case hex in 8-4-4-4-12 groups, no braces.
std::string guidText(const Uuid& uuid);

// Makes the GUIDs of one exported project: the project's namespace is derived from a fixed one and
// the project's title and creation date, so that two projects that share ids (two studies made
// from the same template) do not share GUIDs.
class GuidMaker {
public:
    GuidMaker(std::string_view projectTitle, std::string_view projectCreated);
    // Returns the GUID of the object called `name` ("case:north", "evidence:north-eyes-1").
    std::string operator()(std::string_view name) const;

private:
    Uuid m_space;
};

}  // namespace rw::qda
