#pragma once
// Solving a prime implicant chart exactly: Petrick's method, which lists every cover with the
// fewest rows, so equally short models are all shown rather than one picked silently.

#include <cstdint>
#include <vector>

namespace rw {

struct CoverOptions {
    std::size_t maxCovers = 64;          // how many covers to list
    std::uint64_t maxCount = 100'000;    // covers counted in one inseparable part before counting
                                         // stops (the count is then a lower bound)
    std::uint64_t maxSteps = 400'000;    // work before giving up (a second or two at most)
};

struct CoverResult {
    std::vector<int> essential;            // rows every minimal cover holds, ascending
    std::vector<std::vector<int>> covers;  // each ascending; at most maxCovers
    std::uint64_t coverCount = 0;          // how many minimal covers exist (saturates)
    bool countExact = true;                // false: coverCount is a lower bound (maxCount reached)
    int size = 0;                          // rows in each minimal cover
    bool complete = true;                  // false when the step budget ran out (then nothing is listed)
};

// `rows[r]` lists the columns (0 .. columnCount-1) that row r covers. Returns every cover with the
// fewest rows; a column no row covers makes the result empty with coverCount 0. Rows a column
// cannot do without are taken first, and what is left is split into independent parts whose
// minimal covers combine freely, which keeps large sparse charts tractable; large dense charts
// can exhaust maxSteps, and then `complete` is false rather than a model being guessed.
CoverResult minimalCovers(const std::vector<std::vector<int>>& rows, int columnCount,
                          const CoverOptions& options = {});

}  // namespace rw
