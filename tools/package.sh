#!/usr/bin/env bash
# Builds agendum as users package it: a Release build (warnings are errors here too) in
# build-release/ (or $1), and the Debian package from it. Prints the .deb's path.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build-release}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAGENDUM_TESTS=OFF >/dev/null
cmake --build "$build_dir" -j"$(nproc)" >&2
rm -f "$build_dir"/agendum_*.deb
(cd "$build_dir" && cpack -G DEB >&2)
ls "$build_dir"/agendum_*.deb
