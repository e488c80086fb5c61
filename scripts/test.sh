#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: install, build, run every test but benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
cd build
ctest --output-on-failure --label-exclude bench --timeout 600 "$@"
