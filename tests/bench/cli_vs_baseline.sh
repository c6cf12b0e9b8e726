#!/usr/bin/env bash
# Whole-process ratios of the CLI against the work it cannot avoid, on generated projects
# (model_bench --write: four fifths ticked, 1-3 quotes of 100-400 characters a tick):
#   realist validate            ÷ a bare pugixml parse of the same file (model_bench --peak parse)
#   realist fmt                 ÷ realist validate
#   realist render --view all   ÷ dot -Tsvg on the DOT realist exports for the same view
# Each pair runs alternately RUNS times; the medians are compared, so the ratios hold on a busy
# machine. Peak memory (max RSS) comes from /usr/bin/time.
#
# Usage: tests/bench/cli_vs_baseline.sh BUILD_DIR [RUNS] [SIZES...]   (sizes as NODESxCASES)
set -euo pipefail
build=${1:?usage: cli_vs_baseline.sh BUILD_DIR [RUNS] [SIZES...]}
runs=${2:-5}
shift $(( $# >= 2 ? 2 : 1 ))
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(300x30 1000x100)
realist=$build/app/cli/realist
bench=$build/tests/bench/model_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints "SECONDS MAX_RSS_KB" for one run of the command (the time to the microsecond).
measure() {
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$work/time" "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  local end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }') $(cat "$work/time")"
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Runs commands A and B alternately and prints "median-A median-B ratio peak-A peak-B".
pair() {
  local a=$1 b=$2
  : > "$work/a"; : > "$work/b"
  for ((i = 0; i < runs; i++)); do
    measure bash -c "$a" >> "$work/a"
    measure bash -c "$b" >> "$work/b"
  done
  local ta tb pa pb
  ta=$(cut -d' ' -f1 "$work/a" | median); tb=$(cut -d' ' -f1 "$work/b" | median)
  pa=$(cut -d' ' -f2 "$work/a" | median); pb=$(cut -d' ' -f2 "$work/b" | median)
  awk -v ta="$ta" -v tb="$tb" -v pa="$pa" -v pb="$pb" \
    'BEGIN { printf "%8.3f s %8.3f s   %5.2fx   peak %6.0f / %6.0f MiB (%.2fx)\n", ta, tb, ta / tb, pa / 1024, pb / 1024, pa / pb }'
}

for size in "${sizes[@]}"; do
  nodes=${size%x*} cases=${size#*x}
  file=$work/p$size.realist
  "$bench" --nodes "$nodes" --cases "$cases" --write "$file"
  "$realist" render "$file" --view all -o "$work/all.dot" > /dev/null
  echo "$nodes nodes x $cases cases ($(du -m "$file" | cut -f1) MB), medians of $runs alternating runs:"
  printf '  validate / bare parse   '; pair "'$realist' validate '$file'" "'$bench' --peak parse '$file'"
  cp "$file" "$work/fmt.realist"
  printf '  fmt / validate          '; pair "'$realist' fmt '$work/fmt.realist'" "'$realist' validate '$file'"
  printf '  render all / dot -Tsvg  '; pair "'$realist' render '$file' --view all -o '$work/all.svg'" "dot -Tsvg '$work/all.dot' -o '$work/dot.svg'"
done
