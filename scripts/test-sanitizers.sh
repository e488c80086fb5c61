#!/usr/bin/env bash
# The test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitizers/);
# any finding fails the run. CI runs it after the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake -S . -B build-sanitizers -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTRIGGERDESK_SANITIZE=address,undefined >/dev/null
cmake --build build-sanitizers --parallel "${JOBS:-2}"
# A small quarantine: freed memory comes back soon, so the tests' memory bounds still mean something.
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:quarantine_size_mb=8:thread_local_quarantine_size_kb=64
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd build-sanitizers
ctest --output-on-failure --label-exclude bench --timeout 900 "$@"
