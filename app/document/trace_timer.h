#pragma once
// Measures a block of UI work and, when REALIST_TRACE is set in the environment, reports it on
// stderr ("trace: matrix rebuild 12.3 ms"). Costs one clock read otherwise.

#include <chrono>

namespace rw::document {

class TraceTimer {
public:
    // `what` must outlive the timer (a string literal).
    explicit TraceTimer(const char* what) : m_what(what), m_start(std::chrono::steady_clock::now()) {}
    ~TraceTimer();
    TraceTimer(const TraceTimer&) = delete;
    TraceTimer& operator=(const TraceTimer&) = delete;

    // Returns true when REALIST_TRACE is set.
    static bool enabled();

private:
    const char* m_what;
    std::chrono::steady_clock::time_point m_start;
};

}  // namespace rw::document
