#!/usr/bin/env bash
# One command for a newcomer and for CI: install, build, run the whole test suite, build and
# install the Debian package, then run the tests again built with AddressSanitizer and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
jobs=$(nproc)

bash tools/build.sh build
ctest --test-dir build --output-on-failure -j"$jobs"

# The Debian package: a Release build (warnings are errors there too), cpack -G DEB, installed
# with dpkg -i and run from where it installed, then removed (tools/check-deb.sh).
deb=$(bash tools/package.sh build-release)
bash tools/check-deb.sh "$deb"

# Leaks inside third-party libraries (fontconfig, Tesseract's static tables) are not ours.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAGENDUM_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
# The integration tests (whole batches, a Slurm cluster, the Kubernetes Jobs) drive the binary
# from outside; under the sanitizers they would only repeat the first pass, slower. The
# headless-browser test drives a real Chromium against the server: it checks pages, not
# memory, and its browser is not built with the sanitizers.
ctest --test-dir build-asan --output-on-failure -j"$jobs" --label-exclude "integration|browser"
