#pragma once
// The bytes that carry diagram results between the editor and its Graphviz helper process.
// Both ends are built from the same sources, so a plain native-endian stream is enough.

#include <cstdint>
#include <string>

#include "model/output/diagram.h"

namespace rw::document {

class WireWriter {
public:
    void u64(std::uint64_t v) { bytes(&v, sizeof v); }
    void f64(double v) { bytes(&v, sizeof v); }
    void flag(bool v) { u64(v ? 1 : 0); }
    void text(const std::string& s);
    void layout(const DiagramLayout& layout);
    const std::string& data() const { return m_data; }

private:
    void bytes(const void* p, std::size_t n) { m_data.append(static_cast<const char*>(p), n); }
    std::string m_data;
};

class WireReader {
public:
    explicit WireReader(const std::string& data) : m_data(data) {}
    std::uint64_t u64();
    double f64();
    bool flag() { return u64() != 0; }
    std::string text();
    DiagramLayout layout();
    // Returns true when everything was read and nothing was left over.
    bool complete() const { return m_ok && m_at == m_data.size(); }
    // Returns true once a read ran past the end (the rest reads as zeros and empties).
    bool failed() const { return !m_ok; }

private:
    bool bytes(void* p, std::size_t n);
    const std::string& m_data;
    std::size_t m_at = 0;
    bool m_ok = true;
};

}  // namespace rw::document
