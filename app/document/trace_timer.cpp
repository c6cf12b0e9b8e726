#include "app/document/trace_timer.h"

#include <cstdio>
#include <cstdlib>

namespace rw::document {

bool TraceTimer::enabled() {
    static const bool on = std::getenv("REALIST_TRACE") != nullptr;
    return on;
}

TraceTimer::~TraceTimer() {
    if (!enabled()) return;
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start).count();
    std::fprintf(stderr, "trace: %s %.1f ms\n", m_what, ms);
}

}  // namespace rw::document
