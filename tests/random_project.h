#pragma once
// Random but valid projects for property tests of the file format.

#include <cstdint>

#include "model/core/project.h"

namespace rw::test {

// Returns a valid project made from `seed`: several theories, conditions, cases with typed values,
// verdicts with evidence, and text with markup characters, accents, emoji and line breaks.
Project randomProject(std::uint32_t seed);

}  // namespace rw::test
