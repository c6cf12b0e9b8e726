#!/usr/bin/env bash
# Times realist's chat parser against the npm package whatsapp-chat-parser@4.0.2 on the same
# generated export (1,000,000 messages, ~100 MB) and prints both speeds and their ratio.
# Run by hand (ctest never times anything):
#
#   cmake --build build --target chat_bench && tests/bench/chat_vs_npm.sh [BUILD_DIR] [MESSAGES]
#
# Both sides are timed from reading the file to having every message: chat_bench runs the whole
# parser (both passes); node runs readFileSync + parseString. CPU time is this process on one
# core (node's includes its garbage collector), so numbers hold when other work shares the machine.
set -euo pipefail

build=${1:-build}
messages=${2:-1000000}
bench="$build/tests/bench/chat_bench"
if [[ ! -x $bench ]]; then
  echo "chat_vs_npm.sh: $bench not found; build it first (cmake --build $build --target chat_bench)" >&2
  exit 2
fi
command -v npm >/dev/null && command -v node >/dev/null || { echo "chat_vs_npm.sh: needs node and npm" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bench" --write "$work/chat.txt" --messages "$messages"

echo "== realist (chat_bench, best of 3)"
ours=$("$bench" --input "$work/chat.txt" --repeat 3)
echo "$ours"

echo "== whatsapp-chat-parser@4.0.2 (node $(node --version), best of 3)"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund whatsapp-chat-parser@4.0.2 >/dev/null)
cat >"$work/time.mjs" <<'JS'
import { readFileSync, statSync } from 'node:fs';
import { parseString } from 'whatsapp-chat-parser';

const file = process.argv[2];
const megabytes = statSync(file).size / 1e6;
let best = null;
for (let run = 0; run < 3; ++run) {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const messages = parseString(readFileSync(file, 'utf8'));
  const cpu = process.cpuUsage(cpuStart);
  const wall = (performance.now() - wallStart) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (!best || cpuSeconds < best.cpuSeconds) best = { wall, cpuSeconds, count: messages.length };
}
console.log(`npm          ${best.count} messages, ${megabytes.toFixed(1)} MB: ` +
            `${(megabytes / best.cpuSeconds).toFixed(1)} MB/s CPU time (${best.cpuSeconds.toFixed(3)} s), ` +
            `${(megabytes / best.wall).toFixed(1)} MB/s wall (${best.wall.toFixed(3)} s); best of 3`);
JS
theirs=$(cd "$work" && node --max-old-space-size=8192 time.mjs "$work/chat.txt")
echo "$theirs"

# "…: 141.9 MB/s CPU time (0.720 s), 91.4 MB/s wall (1.118 s); …" → the two speeds.
speeds() { sed -E 's/.*: ([0-9.]+) MB\/s CPU time.*, ([0-9.]+) MB\/s wall.*/\1 \2/'; }
read -r npmCpu npmWall < <(echo "$theirs" | speeds)
echo "== ratio (realist / npm)"
while read -r line; do
  read -r cpu wall < <(echo "$line" | speeds)
  awk -v label="${line:0:12}" -v c="$cpu" -v w="$wall" -v nc="$npmCpu" -v nw="$npmWall" \
    'BEGIN { printf "%-12s %.1fx on CPU time, %.1fx on wall time\n", label, c / nc, w / nw }'
done <<<"$ours"
