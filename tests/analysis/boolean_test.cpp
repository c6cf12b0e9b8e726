// Quine–McCluskey: prime implicants against hand-worked tables and against brute force.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "model/analysis/analysis_boolean.h"

namespace rw {
namespace {

std::vector<std::string> formatted(const std::vector<Implicant>& primes, const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (const Implicant& p : primes) out.push_back(formatImplicant(p, names));
    return out;
}

const std::vector<std::string> kAbc = {"A", "B", "C"};

// The textbook example of Petrick's method: f(A,B,C) = Σm(0,1,2,5,6,7) has six prime
// implicants, each of two literals, and no essential one.
TEST(PrimeImplicants, CyclicFunctionHasSixPrimes) {
    std::vector<Implicant> primes = primeImplicants(3, {0, 1, 2, 5, 6, 7}, {});
    EXPECT_THAT(formatted(primes, kAbc),
                ::testing::ElementsAre("A*B", "A*C", "~A*~B", "~A*~C", "B*~C", "~B*C"));
}

// Hand-worked: f = Σm(1,3,5,7) is C alone; adding m(6) keeps C and gains A*B.
TEST(PrimeImplicants, MergesAcrossLevels) {
    EXPECT_THAT(formatted(primeImplicants(3, {1, 3, 5, 7}, {}), kAbc), ::testing::ElementsAre("C"));
    EXPECT_THAT(formatted(primeImplicants(3, {1, 3, 5, 6, 7}, {}), kAbc), ::testing::ElementsAre("C", "A*B"));
}

// Don't cares widen the primes but a prime made only of don't cares is dropped.
TEST(PrimeImplicants, DontCaresWidenButNeverStandAlone) {
    // on = {7} (A*B*C), dc = {6 (A*B*~C), 3 (~A*B*C)}: primes A*B and B*C.
    std::vector<Implicant> primes = primeImplicants(3, {7}, {6, 3});
    EXPECT_THAT(formatted(primes, kAbc), ::testing::ElementsAre("A*B", "B*C"));
    // dc = {0}: far from 7, so it adds nothing.
    EXPECT_THAT(formatted(primeImplicants(3, {7}, {0}), kAbc), ::testing::ElementsAre("A*B*C"));
}

TEST(PrimeImplicants, EverythingTrueIsTheEmptyTerm) {
    std::vector<Implicant> primes = primeImplicants(2, {0, 3}, {1, 2});
    ASSERT_EQ(primes.size(), 1u);
    EXPECT_EQ(primes[0].literals(), 0);
    EXPECT_EQ(formatImplicant(primes[0], {"A", "B"}), "1");
    EXPECT_TRUE(primeImplicants(3, {}, {1, 2}).empty());
}

TEST(Implicant, FormatsConditionsInOrderWithTildeForAbsence) {
    // Condition 0 is the most significant bit.
    Implicant term{conditionBit(0, 4) | conditionBit(3, 4), conditionBit(0, 4) | conditionBit(1, 4) | conditionBit(3, 4)};
    EXPECT_EQ(formatImplicant(term, {"DEV", "URB", "LIT", "STB"}), "DEV*~URB*STB");
    EXPECT_TRUE(term.covers(0b1001));
    EXPECT_TRUE(term.covers(0b1011));
    EXPECT_FALSE(term.covers(0b1101));
    EXPECT_EQ(formatConfiguration(0b1001, 4), "1001");
}

TEST(Implicant, DisplayOrderIsFewerLiteralsThenPresentAbsentFree) {
    std::vector<std::string> names = {"A", "B"};
    Implicant a{0b10, 0b10};     // A
    Implicant notA{0b00, 0b10};  // ~A
    Implicant b{0b01, 0b01};     // B
    Implicant ab{0b11, 0b11};    // A*B
    EXPECT_TRUE(displayBefore(a, notA, 2));
    EXPECT_TRUE(displayBefore(notA, b, 2));
    EXPECT_TRUE(displayBefore(b, ab, 2));
    EXPECT_FALSE(displayBefore(ab, a, 2));
}

// Property: for random functions of up to five conditions, the primes are exactly the maximal
// cubes inside on ∪ dc that touch on, found by trying every cube.
TEST(PrimeImplicants, MatchBruteForceOnRandomFunctions) {
    std::mt19937 random(6);
    for (int trial = 0; trial < 400; ++trial) {
        int n = 1 + trial % 5;
        std::uint32_t size = 1u << n;
        std::vector<std::uint32_t> on, dc;
        std::vector<int> value(size);  // 0 off, 1 on, 2 don't care
        for (std::uint32_t m = 0; m < size; ++m) {
            value[m] = static_cast<int>(random() % 3);
            if (value[m] == 1) on.push_back(m);
            if (value[m] == 2) dc.push_back(m);
        }
        auto inside = [&](const Implicant& cube) {
            for (std::uint32_t m = 0; m < size; ++m)
                if (cube.covers(m) && value[m] == 0) return false;
            return true;
        };
        auto touchesOn = [&](const Implicant& cube) {
            for (std::uint32_t m : on)
                if (cube.covers(m)) return true;
            return false;
        };
        std::set<std::pair<std::uint32_t, std::uint32_t>> expected;
        for (std::uint32_t care = 0; care < size; ++care)
            for (std::uint32_t bits = 0; bits < size; ++bits) {
                if ((bits & ~care) != 0) continue;
                Implicant cube{bits, care};
                if (!inside(cube) || !touchesOn(cube)) continue;
                bool maximal = true;
                for (int j = 0; j < n && maximal; ++j) {
                    std::uint32_t bit = 1u << j;
                    if (care & bit) maximal = !inside({bits & ~bit, care & ~bit});
                }
                if (maximal) expected.insert({bits, care});
            }
        std::set<std::pair<std::uint32_t, std::uint32_t>> actual;
        for (const Implicant& p : primeImplicants(n, on, dc)) actual.insert({p.bits, p.care});
        ASSERT_EQ(actual, expected) << "trial " << trial << ", n = " << n;
    }
}

}  // namespace
}  // namespace rw
