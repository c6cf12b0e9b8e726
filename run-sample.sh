#!/usr/bin/env bash
# Installs, builds and runs Realist Workbench on the bundled Rotterdam study.
set -euo pipefail
cd "$(dirname "$0")"
.ci/install-and-build
sample=samples/rotterdam-digitale-buurtpreventie.realist
echo
echo "== realist check $sample"
# Exit code 1 means "the theory breaks somewhere": that is the finding, not a failure.
build/app/cli/realist check "$sample" || [ $? -eq 1 ]
echo
echo "== realist stats $sample"
build/app/cli/realist stats "$sample"
