#!/usr/bin/env bash
# Runs one fuzz target for ctest (tests/fuzz/CMakeLists.txt).
#   regress: every input once — the seeds from the repository, the committed corpus and every
#            crash kept in regressions/ — and fails on the first that crashes, leaks or hangs.
#   fuzz:    fuzzes for SECONDS from those inputs; new inputs go to WORK/found/TARGET, a crash to
#            WORK/crashes/TARGET-crash-… (copy it into regressions/TARGET/ once fixed).
# Usage: run-target.sh regress|fuzz BINARY TARGET DICTIONARY WORK SECONDS
set -euo pipefail
mode=$1 binary=$2 target=$3 dictionary=$4 work=$5 seconds=$6
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)

# Seeds per mode: ctest runs a target's two tests at once, and each empties its folder first.
"$here/gather-seeds.sh" "$target" "$source_dir" "$work/seeds/$mode/$target"
inputs=("$work/seeds/$mode/$target")
for folder in "$here/corpus/$target" "$here/regressions/$target"; do
  [[ -d $folder ]] && inputs+=("$folder")
done

source "$source_dir/tests/sanitizers/env.sh"
limits=(-timeout=10 -rss_limit_mb=2048 -dict="$dictionary")

case $mode in
  regress)
    mapfile -d '' files < <(find "${inputs[@]}" -type f -not -name 'README*' -print0 | sort -z)
    echo "$target: ${#files[@]} inputs"
    exec "$binary" "${limits[@]}" "${files[@]}" ;;
  fuzz)
    found=$work/found/$target
    mkdir -p "$found" "$work/crashes"
    exec "$binary" "${limits[@]}" -max_total_time="$seconds" -print_final_stats=1 \
      -artifact_prefix="$work/crashes/$target-" "$found" "${inputs[@]}" ;;
  *)
    echo "run-target.sh: regress or fuzz, not $mode" >&2
    exit 2 ;;
esac
