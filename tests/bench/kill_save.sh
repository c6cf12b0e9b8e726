#!/usr/bin/env bash
# Kills a save 200 times at random moments (tests/bench/kill_save_driver.cpp says what is checked)
# and prints the summary; exits 1 if any trial left a corrupt or stray file.
# Usage: tests/bench/kill_save.sh [BUILD_DIR] [TRIALS]   (default: build 200)
set -euo pipefail
build=${1:-build}
trials=${2:-200}
exec "$build/tests/bench/kill_save_driver" --writer "$build/tests/bench/kill_save_writer" \
  --trials "$trials" --nodes 1500 --cases 60 --seed "${KILL_SAVE_SEED:-1}"
