#!/usr/bin/env bash
# One command for a newcomer and for CI: install, build, run the whole test suite, then run
# it again built with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
jobs=$(nproc)

bash tools/build.sh build
ctest --test-dir build --output-on-failure -j"$jobs"

# Leaks inside third-party libraries (fontconfig, Tesseract's static tables) are not ours.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAGENDUM_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
# The headless-browser test drives a real Chromium against the server: it checks pages, not
# memory, and its browser is not built with the sanitizers.
ctest --test-dir build-asan --output-on-failure -j"$jobs" --label-exclude browser
