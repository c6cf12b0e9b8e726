#!/usr/bin/env bash
# Installs, builds and runs every test of Realist Workbench, then the hardening run: the same
# tests under AddressSanitizer and UndefinedBehaviorSanitizer, and the fuzz targets for a short
# while (.ci/sanitize-and-fuzz). REALIST_SKIP_HARDENING=1 leaves the hardening run out.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-and-build
ctest --test-dir build --output-on-failure -j"$(nproc)"
if [[ ${REALIST_SKIP_HARDENING:-0} != 1 ]]; then
  .ci/sanitize-and-fuzz
fi
