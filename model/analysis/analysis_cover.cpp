#include "model/analysis/analysis_cover.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <numeric>

namespace rw {
namespace {

// Counts bits inline: without a -mpopcnt build, std::popcount becomes a call into libgcc, and
// counting is most of what the search does.
inline int bitCount(std::uint64_t w) {
    w = w - ((w >> 1) & 0x5555555555555555ull);
    w = (w & 0x3333333333333333ull) + ((w >> 2) & 0x3333333333333333ull);
    w = (w + (w >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return static_cast<int>((w * 0x0101010101010101ull) >> 56);
}

// A fixed-size set of small integers, one bit each.
class BitSet {
public:
    explicit BitSet(std::size_t size = 0) : m_words((size + 63) / 64, 0) {}

    void set(int i) { m_words[static_cast<std::size_t>(i) / 64] |= bit(i); }
    void reset(int i) { m_words[static_cast<std::size_t>(i) / 64] &= ~bit(i); }
    bool test(int i) const { return m_words[static_cast<std::size_t>(i) / 64] & bit(i); }
    bool any() const {
        return std::any_of(m_words.begin(), m_words.end(), [](std::uint64_t w) { return w != 0; });
    }
    int count() const {
        int n = 0;
        for (std::uint64_t w : m_words) n += bitCount(w);
        return n;
    }
    // Returns the size of this ∩ other without building it.
    int countAnd(const BitSet& other) const {
        int n = 0;
        for (std::size_t i = 0; i < m_words.size(); ++i) n += bitCount(m_words[i] & other.m_words[i]);
        return n;
    }
    bool intersects(const BitSet& other) const {
        for (std::size_t i = 0; i < m_words.size(); ++i)
            if (m_words[i] & other.m_words[i]) return true;
        return false;
    }
    // Returns true when (this ∩ mask) ⊆ other.
    bool subsetWithin(const BitSet& other, const BitSet& mask) const {
        for (std::size_t i = 0; i < m_words.size(); ++i)
            if (m_words[i] & mask.m_words[i] & ~other.m_words[i]) return false;
        return true;
    }
    bool equalWithin(const BitSet& other, const BitSet& mask) const {
        for (std::size_t i = 0; i < m_words.size(); ++i)
            if ((m_words[i] ^ other.m_words[i]) & mask.m_words[i]) return false;
        return true;
    }
    void removeAll(const BitSet& other) {
        for (std::size_t i = 0; i < m_words.size(); ++i) m_words[i] &= ~other.m_words[i];
    }
    void keepOnly(const BitSet& other) {
        for (std::size_t i = 0; i < m_words.size(); ++i) m_words[i] &= other.m_words[i];
    }
    template <typename Fn>
    void forEach(Fn fn) const {
        for (std::size_t i = 0; i < m_words.size(); ++i)
            for (std::uint64_t w = m_words[i]; w; w &= w - 1) fn(static_cast<int>(i * 64 + static_cast<std::size_t>(std::countr_zero(w))));
    }

private:
    static std::uint64_t bit(int i) { return std::uint64_t{1} << (static_cast<unsigned>(i) % 64); }
    std::vector<std::uint64_t> m_words;
};

std::uint64_t saturatingProduct(std::uint64_t a, std::uint64_t b) {
    if (a == 0 || b == 0) return 0;
    if (a > std::numeric_limits<std::uint64_t>::max() / b) return std::numeric_limits<std::uint64_t>::max();
    return a * b;
}

std::uint64_t saturatingSum(std::uint64_t a, std::uint64_t b) {
    return a > std::numeric_limits<std::uint64_t>::max() - b ? std::numeric_limits<std::uint64_t>::max() : a + b;
}

constexpr int kNoCover = std::numeric_limits<int>::max() / 2;

// Every minimum cover of some columns: their size, how many there are, the first few.
struct Covers {
    int size = kNoCover;
    std::uint64_t count = 0;
    bool countExact = true;
    std::vector<std::vector<int>> listed;
};

// The search over the whole chart. Both questions, "how few rows?" and "which covers of that
// size?", are answered recursively: rows that some column cannot do without are taken, columns
// implied by others are dropped, and what is left splits into independent parts whose sizes add
// and whose covers combine freely. Only then is one column branched on. A row tried for a column
// is left out of the later branches, so every cover is reached once. Dominated rows may be
// dropped while looking for the size, never while listing: a dominated row can still belong to an
// equally small cover.
class CoverSearch {
public:
    CoverSearch(const std::vector<std::vector<int>>& rows, int columnCount, const CoverOptions& options)
        : m_options(options) {
        int rowCount = static_cast<int>(rows.size());
        m_rowCols.assign(rows.size(), BitSet(static_cast<std::size_t>(columnCount)));
        m_colRows.assign(static_cast<std::size_t>(columnCount), BitSet(rows.size()));
        for (int r = 0; r < rowCount; ++r)
            for (int c : rows[static_cast<std::size_t>(r)]) {
                m_rowCols[static_cast<std::size_t>(r)].set(c);
                m_colRows[static_cast<std::size_t>(c)].set(r);
            }
        m_all.rows = BitSet(rows.size());
        m_all.cols = BitSet(static_cast<std::size_t>(columnCount));
        for (int r = 0; r < rowCount; ++r) m_all.rows.set(r);
        for (int c = 0; c < columnCount; ++c) m_all.cols.set(c);
    }

    // Returns every minimum cover of the chart.
    Covers solve() { return allMinimum(m_all); }
    bool complete() const { return m_complete; }

private:
    struct State {
        BitSet rows;  // rows still available
        BitSet cols;  // columns still to cover
    };

    // Charges the work a node costs: a step for a small node, more for the scans and the quadratic
    // dominance checks of a large one, so that the budget bounds time rather than nodes.
    bool tick(const State& s) {
        std::uint64_t rows = static_cast<std::uint64_t>(s.rows.count()), cols = static_cast<std::uint64_t>(s.cols.count());
        std::uint64_t rowWords = rows / 64 + 1, colWords = cols / 64 + 1;
        m_steps += 1 + (rows * colWords + cols * rowWords) / 8 + (rows * rows * colWords + cols * cols * rowWords) / 20000;
        if (m_steps > m_options.maxSteps) m_complete = false;
        return m_complete;
    }

    int available(const State& s, int c) const { return m_colRows[static_cast<std::size_t>(c)].countAnd(s.rows); }

    void take(State& s, int r) const {
        s.cols.removeAll(m_rowCols[static_cast<std::size_t>(r)]);
        s.rows.reset(r);
    }

    // Takes the rows some column cannot do without. Returns false when a column has no row left.
    bool takeForcedRows(State& s, std::vector<int>& taken) const {
        for (bool again = true; again;) {
            again = false;
            int missing = -1, forced = -1;
            s.cols.forEach([&](int c) {
                if (missing >= 0 || forced >= 0) return;
                int n = available(s, c);
                if (n == 0) missing = c;
                if (n == 1) forced = c;
            });
            if (missing >= 0) return false;
            if (forced < 0) break;
            BitSet rows = m_colRows[static_cast<std::size_t>(forced)];
            rows.keepOnly(s.rows);
            rows.forEach([&](int r) {
                take(s, r);
                taken.push_back(r);
            });
            again = true;
        }
        return true;
    }

    // Drops a column whose available rows include those of another column: covering the other
    // one covers it. Of two equal columns the later one goes.
    bool dropDominatedColumns(State& s) const {
        std::vector<std::pair<int, int>> cols;  // (available rows, column), fewest first
        s.cols.forEach([&](int c) { cols.push_back({available(s, c), c}); });
        std::sort(cols.begin(), cols.end());
        bool changed = false;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            int b = cols[i].second;
            const BitSet& rb = m_colRows[static_cast<std::size_t>(b)];
            for (std::size_t j = 0; j < i; ++j) {
                int a = cols[j].second;
                if (!s.cols.test(a)) continue;
                if (m_colRows[static_cast<std::size_t>(a)].subsetWithin(rb, s.rows)) {
                    s.cols.reset(b);
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    // Drops a row whose columns another row covers too; of two equal rows the later one goes.
    bool dropDominatedRows(State& s) const {
        std::vector<std::pair<int, int>> rows;  // (-columns covered, row), most first
        s.rows.forEach([&](int r) { rows.push_back({-m_rowCols[static_cast<std::size_t>(r)].countAnd(s.cols), r}); });
        std::sort(rows.begin(), rows.end());
        bool changed = false;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            int r = rows[i].second;
            bool dominated = rows[i].first == 0;
            const BitSet& cr = m_rowCols[static_cast<std::size_t>(r)];
            for (std::size_t j = 0; j < i && !dominated; ++j) {
                int q = rows[j].second;
                dominated = s.rows.test(q) && cr.subsetWithin(m_rowCols[static_cast<std::size_t>(q)], s.cols);
            }
            if (dominated) {
                s.rows.reset(r);
                changed = true;
            }
        }
        return changed;
    }

    // Splits the state into independent parts: columns joined by shared available rows.
    std::vector<State> components(const State& s) const {
        std::vector<int> cols;
        s.cols.forEach([&](int c) { cols.push_back(c); });
        std::vector<int> part(m_colRows.size(), -1);
        std::vector<State> parts;
        for (int start : cols) {
            if (part[static_cast<std::size_t>(start)] >= 0) continue;
            State p{BitSet(m_rowCols.size()), BitSet(m_colRows.size())};
            int id = static_cast<int>(parts.size());
            std::vector<int> stack{start};
            part[static_cast<std::size_t>(start)] = id;
            while (!stack.empty()) {
                int c = stack.back();
                stack.pop_back();
                p.cols.set(c);
                BitSet rows = m_colRows[static_cast<std::size_t>(c)];
                rows.keepOnly(s.rows);
                rows.forEach([&](int r) {
                    if (p.rows.test(r)) return;
                    p.rows.set(r);
                    BitSet next = m_rowCols[static_cast<std::size_t>(r)];
                    next.keepOnly(s.cols);
                    next.forEach([&](int d) {
                        if (part[static_cast<std::size_t>(d)] >= 0) return;
                        part[static_cast<std::size_t>(d)] = id;
                        stack.push_back(d);
                    });
                });
            }
            parts.push_back(std::move(p));
        }
        return parts;
    }

    // Columns that share no available row each need a row of their own.
    int lowerBound(const State& s) const {
        std::vector<std::pair<int, int>> order;
        s.cols.forEach([&](int c) { order.push_back({available(s, c), c}); });
        std::sort(order.begin(), order.end());
        BitSet used(m_rowCols.size());
        int bound = 0;
        for (const auto& entry : order) {
            BitSet rows = m_colRows[static_cast<std::size_t>(entry.second)];
            rows.keepOnly(s.rows);
            if (rows.intersects(used)) continue;
            ++bound;
            rows.forEach([&](int r) { used.set(r); });
        }
        return bound;
    }

    int branchColumn(const State& s) const {
        int best = -1, fewest = std::numeric_limits<int>::max();
        s.cols.forEach([&](int c) {
            int n = available(s, c);
            if (n < fewest) {
                fewest = n;
                best = c;
            }
        });
        return best;
    }

    // Rows to try for column c, those covering the most first (good covers are found early).
    std::vector<int> candidates(const State& s, int c) const {
        std::vector<std::pair<int, int>> rows;
        BitSet available = m_colRows[static_cast<std::size_t>(c)];
        available.keepOnly(s.rows);
        available.forEach([&](int r) { rows.push_back({-m_rowCols[static_cast<std::size_t>(r)].countAnd(s.cols), r}); });
        std::sort(rows.begin(), rows.end());
        std::vector<int> order;
        for (const auto& entry : rows) order.push_back(entry.second);
        return order;
    }

    // Returns the fewest rows that cover the state when that is below `bound`, else `bound`.
    int minimumSize(State s, int bound) {
        if (bound <= 0 || !tick(s)) return std::max(bound, 0);
        std::vector<int> taken;
        for (bool changed = true; changed;) {
            if (!takeForcedRows(s, taken)) return bound;
            changed = dropDominatedRows(s);
            changed = dropDominatedColumns(s) || changed;
        }
        int forced = static_cast<int>(taken.size());
        if (forced >= bound) return bound;
        if (!s.cols.any()) return forced;
        std::vector<State> parts = components(s);
        if (parts.size() > 1) {
            int total = forced;
            for (State& part : parts) {
                total += minimumSize(std::move(part), bound - total);
                if (total >= bound) return bound;
            }
            return total;
        }
        int lower = lowerBound(s);
        if (forced + lower >= bound) return bound;
        int best = bound - forced;  // look for fewer than this
        for (int r : candidates(s, branchColumn(s))) {
            if (best <= lower || !m_complete) break;
            State next = s;
            take(next, r);
            int size = 1 + minimumSize(std::move(next), best - 1);
            best = std::min(best, size);
            s.rows.reset(r);  // the later branches do without r: covers with r are done
        }
        return forced + best >= bound ? bound : forced + best;
    }

    // Returns every minimum cover of the state.
    Covers allMinimum(State s) {
        Covers result;
        if (!tick(s)) return result;
        std::vector<int> taken;
        if (!takeForcedRows(s, taken)) return result;
        dropDominatedColumns(s);
        int forced = static_cast<int>(taken.size());
        if (!s.cols.any()) return {forced, 1, true, {taken}};
        std::vector<State> parts = components(s);
        if (parts.size() > 1) {
            result = {forced, 1, true, {taken}};
            for (State& part : parts) {
                Covers covers = allMinimum(std::move(part));
                if (covers.count == 0) return {};
                result = combine(result, covers);
            }
            return result;
        }
        int size = minimumSize(s, static_cast<int>(m_rowCols.size()) + 1);
        if (size > static_cast<int>(m_rowCols.size())) return result;
        result = {forced + size, 0, true, {}};
        for (int r : candidates(s, branchColumn(s))) {
            if (!m_complete) return {};
            if (result.count >= m_options.maxCount) {
                result.countExact = false;
                break;
            }
            State next = s;
            take(next, r);
            s.rows.reset(r);
            // Covers through r exist only when the rest needs exactly size - 1 more rows.
            if (minimumSize(next, size) != size - 1) continue;
            Covers rest = allMinimum(std::move(next));
            result.count = saturatingSum(result.count, rest.count);
            result.countExact = result.countExact && rest.countExact;
            for (std::vector<int>& cover : rest.listed) {
                if (result.listed.size() >= m_options.maxCovers) break;
                cover.push_back(r);
                cover.insert(cover.end(), taken.begin(), taken.end());
                result.listed.push_back(std::move(cover));
            }
        }
        return result;
    }

    // Covers of two independent parts combine freely: sizes add, counts multiply.
    Covers combine(const Covers& a, const Covers& b) const {
        Covers both{a.size + b.size, saturatingProduct(a.count, b.count), a.countExact && b.countExact, {}};
        for (const std::vector<int>& x : a.listed)
            for (const std::vector<int>& y : b.listed) {
                if (both.listed.size() >= m_options.maxCovers) return both;
                std::vector<int> cover = x;
                cover.insert(cover.end(), y.begin(), y.end());
                both.listed.push_back(std::move(cover));
            }
        return both;
    }

    const CoverOptions& m_options;
    std::vector<BitSet> m_rowCols;
    std::vector<BitSet> m_colRows;
    State m_all;
    std::uint64_t m_steps = 0;
    bool m_complete = true;
};

}  // namespace

CoverResult minimalCovers(const std::vector<std::vector<int>>& rows, int columnCount, const CoverOptions& options) {
    CoverResult result;
    std::vector<int> coverers(static_cast<std::size_t>(columnCount), 0);
    std::vector<int> onlyRow(static_cast<std::size_t>(columnCount), -1);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (int c : rows[r]) {
            if (onlyRow[static_cast<std::size_t>(c)] == static_cast<int>(r)) continue;  // listed twice
            ++coverers[static_cast<std::size_t>(c)];
            onlyRow[static_cast<std::size_t>(c)] = static_cast<int>(r);
        }
    for (int c = 0; c < columnCount; ++c) {
        if (coverers[static_cast<std::size_t>(c)] == 0) return result;  // no cover exists
        if (coverers[static_cast<std::size_t>(c)] == 1) result.essential.push_back(onlyRow[static_cast<std::size_t>(c)]);
    }
    std::sort(result.essential.begin(), result.essential.end());
    result.essential.erase(std::unique(result.essential.begin(), result.essential.end()), result.essential.end());

    CoverSearch search(rows, columnCount, options);
    Covers covers = search.solve();
    if (!search.complete()) {
        result.complete = false;
        return result;
    }
    result.size = covers.size;
    result.coverCount = covers.count;
    result.countExact = covers.countExact;
    for (std::vector<int>& cover : covers.listed) {
        std::sort(cover.begin(), cover.end());
        result.covers.push_back(std::move(cover));
    }
    return result;
}

}  // namespace rw
