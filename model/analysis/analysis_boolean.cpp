#include "model/analysis/analysis_boolean.h"

#include <algorithm>
#include <bit>

namespace rw {
namespace {

// A cube over n conditions is a base-3 number: digit j is 0 or 1 for a literal on configuration
// bit j, or 2 for no literal. Quine–McCluskey combines two cubes that differ in one 0/1 digit
// into the cube with a 2 there; done for every level at once, a cube is "present" (lies inside
// on ∪ don't-care) when its two halves along any 2-digit are, and both halves have smaller
// indices, so one sweep in index order decides it. A present cube is prime when no cube with one
// more 2 is present.

std::vector<std::uint32_t> powersOfThree(int n) {
    std::vector<std::uint32_t> powers(static_cast<std::size_t>(n) + 1, 1);
    for (int j = 1; j <= n; ++j) powers[static_cast<std::size_t>(j)] = powers[static_cast<std::size_t>(j - 1)] * 3;
    return powers;
}

std::uint32_t cubeOf(std::uint32_t configuration, const std::vector<std::uint32_t>& powers, int n) {
    std::uint32_t index = 0;
    for (int j = 0; j < n; ++j)
        if (configuration >> j & 1u) index += powers[static_cast<std::size_t>(j)];
    return index;
}

// Counts on in base 3.
void nextDigits(std::vector<std::uint8_t>& digits) {
    for (std::uint8_t& d : digits) {
        if (++d < 3) return;
        d = 0;
    }
}

}  // namespace

int Implicant::literals() const { return std::popcount(care); }

std::vector<Implicant> primeImplicants(int n, const std::vector<std::uint32_t>& on,
                                       const std::vector<std::uint32_t>& dontCare) {
    if (on.empty() || n < 0 || n > kMaxConditions) return {};
    std::vector<std::uint32_t> powers = powersOfThree(n);
    std::vector<std::uint8_t> present(powers[static_cast<std::size_t>(n)], 0);
    for (std::uint32_t m : on) present[cubeOf(m, powers, n)] = 1;
    for (std::uint32_t m : dontCare) present[cubeOf(m, powers, n)] = 1;

    std::vector<std::uint8_t> digits(static_cast<std::size_t>(n), 0);
    for (std::uint32_t index = 0; index < present.size(); ++index, nextDigits(digits)) {
        auto two = std::find(digits.begin(), digits.end(), std::uint8_t{2});
        if (two == digits.end()) continue;  // a configuration: set from the input
        std::uint32_t power = powers[static_cast<std::size_t>(two - digits.begin())];
        present[index] = present[index - 2 * power] && present[index - power];
    }

    std::vector<Implicant> primes;
    std::fill(digits.begin(), digits.end(), std::uint8_t{0});
    for (std::uint32_t index = 0; index < present.size(); ++index, nextDigits(digits)) {
        if (!present[index]) continue;
        Implicant prime;
        bool isPrime = true;
        for (int j = 0; j < n && isPrime; ++j) {
            std::uint8_t d = digits[static_cast<std::size_t>(j)];
            if (d == 2) continue;
            isPrime = !present[index + (2u - d) * powers[static_cast<std::size_t>(j)]];
            prime.care |= std::uint32_t{1} << j;
            if (d == 1) prime.bits |= std::uint32_t{1} << j;
        }
        if (!isPrime) continue;
        // A prime made of don't-cares only explains no observed case: it has no place in the chart.
        if (std::any_of(on.begin(), on.end(), [&](std::uint32_t m) { return prime.covers(m); }))
            primes.push_back(prime);
    }
    std::sort(primes.begin(), primes.end(),
              [n](const Implicant& a, const Implicant& b) { return displayBefore(a, b, n); });
    return primes;
}

bool displayBefore(const Implicant& a, const Implicant& b, int n) {
    if (a.literals() != b.literals()) return a.literals() < b.literals();
    auto rank = [](const Implicant& term, std::uint32_t bit) {
        if (!(term.care & bit)) return 2;
        return (term.bits & bit) ? 0 : 1;
    };
    for (int i = 0; i < n; ++i) {
        std::uint32_t bit = conditionBit(i, n);
        if (rank(a, bit) != rank(b, bit)) return rank(a, bit) < rank(b, bit);
    }
    return false;
}

std::string formatImplicant(const Implicant& implicant, const std::vector<std::string>& names) {
    int n = static_cast<int>(names.size());
    std::string text;
    for (int i = 0; i < n; ++i) {
        std::uint32_t bit = conditionBit(i, n);
        if (!(implicant.care & bit)) continue;
        if (!text.empty()) text += "*";
        if (!(implicant.bits & bit)) text += "~";
        text += names[static_cast<std::size_t>(i)];
    }
    return text.empty() ? "1" : text;
}

std::string formatConfiguration(std::uint32_t configuration, int n) {
    std::string digits;
    for (int i = 0; i < n; ++i) digits += (configuration & conditionBit(i, n)) ? '1' : '0';
    return digits;
}

}  // namespace rw
