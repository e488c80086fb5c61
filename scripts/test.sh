#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: install, build, run every test but benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
bash scripts/setup-debian.sh
installed=$SECONDS
bash scripts/build.sh
built=$SECONDS
status=0
(cd build && ctest --output-on-failure --label-exclude bench --timeout 600 "$@") || status=$?
echo "test command: set-up $((installed - start)) s, build $((built - installed)) s, tests $((SECONDS - built)) s"
exit $status
