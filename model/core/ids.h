#pragma once
// Readable, stable ids made from labels, so that files diff well in git.

#include <functional>
#include <string>
#include <string_view>

namespace rw {

// Returns a lower-case ASCII slug of `text` ("Toename heterdaadkracht" → "toename-heterdaadkracht");
// common accented letters lose their accent; returns "item" for text without letters or digits.
std::string slugify(std::string_view text);

// Returns `base`, or `base-2`, `base-3` … the first one for which `taken` is false.
std::string uniqueId(const std::string& base, const std::function<bool(const std::string&)>& taken);

}  // namespace rw
