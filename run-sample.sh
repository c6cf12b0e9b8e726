#!/usr/bin/env bash
# Installs, builds and runs Realist Workbench on the bundled Rotterdam study: the editor where a
# display is available, the command-line summary (check and stats) where none is.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-and-build
sample=samples/rotterdam-digitale-buurtpreventie.realist
editor=build/app/gui/realist-workbench
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$editor" ]; then
  exec "$editor" "$sample"
fi
echo
echo "(no display: showing the command-line summary; the editor is $editor)"
echo
echo "== realist check $sample"
# Exit code 1 means "the theory breaks somewhere": that is the finding, not a failure.
build/app/cli/realist check "$sample" || [ $? -eq 1 ]
echo
echo "== realist stats $sample"
build/app/cli/realist stats "$sample"
