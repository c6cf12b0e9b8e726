#pragma once
// Quoting an argument for /bin/sh, for the tests that run the real binaries through std::system.

#include <string>

namespace rw::test {

inline std::string shellQuote(const std::string& arg) {
    std::string quoted = "'";
    for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace rw::test
