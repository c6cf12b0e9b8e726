#!/usr/bin/env bash
# Installs, builds and runs every test of Realist Workbench.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-and-build
ctest --test-dir build --output-on-failure -j"$(nproc)"
