#pragma once
// A large, realistic-looking project for latency measurements: one theory of `nodes` nodes in
// layers (interventions → contexts/mechanisms → outcomes, side effects), about two links per
// node, and `cases` cases that tick four fifths of the nodes, each tick with one to three quotes of
// 100–400 characters.

#include <cstdint>

#include "model/core/project.h"

namespace rw::gui::test {

// Returns the project; the same arguments give the same project.
Project largeProject(int nodes, int cases, std::uint32_t seed = 7);

}  // namespace rw::gui::test
