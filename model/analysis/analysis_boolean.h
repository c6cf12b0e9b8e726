#pragma once
// Boolean minimisation for crisp-set QCA: configurations, implicants and exact Quine–McCluskey.
// A configuration of n conditions is an integer whose most significant of n bits is the first
// condition, so "configuration + 1" is the row number QCA software prints.

#include <cstdint>
#include <string>
#include <vector>

namespace rw {

// At most this many conditions: the minimisation sweeps all 3^n implicants once.
constexpr int kMaxConditions = 16;

// A conjunction of literals: `care` marks the conditions that appear, `bits` their values.
struct Implicant {
    std::uint32_t bits = 0;
    std::uint32_t care = 0;

    // Returns true when the configuration lies in the implicant.
    bool covers(std::uint32_t configuration) const { return (configuration & care) == bits; }
    // Returns the number of literals.
    int literals() const;
    bool operator==(const Implicant&) const = default;
};

// Returns the bit of condition `index` (0 = first) among `conditionCount` conditions.
inline std::uint32_t conditionBit(int index, int conditionCount) {
    return std::uint32_t{1} << (conditionCount - 1 - index);
}

// Returns every prime implicant of the function that is true on `on`, may be anything on
// `dontCare` and is false elsewhere, keeping those that cover at least one configuration of `on`;
// in display order (see displayBefore). Returns an empty list when `on` is empty.
std::vector<Implicant> primeImplicants(int conditionCount, const std::vector<std::uint32_t>& on,
                                       const std::vector<std::uint32_t>& dontCare);

// Display order of terms: fewer literals first, then condition by condition a present literal
// before an absent one before no literal (the order QCA software prints them in).
bool displayBefore(const Implicant& a, const Implicant& b, int conditionCount);

// Returns the term in QCA notation, conditions in order: "A*~B*C"; "1" when it has no literal.
std::string formatImplicant(const Implicant& implicant, const std::vector<std::string>& names);

// Returns the configuration as 0/1 digits, first condition first: "1011".
std::string formatConfiguration(std::uint32_t configuration, int conditionCount);

}  // namespace rw
