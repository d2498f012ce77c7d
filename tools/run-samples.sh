#!/usr/bin/env bash
# One command for a newcomer: install, build, and extract every bundled sample packet to
# out/<sample>.json (and the cleaned text to out/<sample>.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh build
mkdir -p out
status=0
for pdf in samples/*.pdf; do
  name=$(basename "$pdf" .pdf)
  code=0
  ./build/agendum extract "$pdf" -o "out/$name.json" || code=$?
  ./build/agendum text "$pdf" > "out/$name.txt" || true
  printf '%-40s exit %d\n' "$name" "$code"
  # 0 = clean, 1 = some pages failed (see diagnostics), 11 = nothing recognised.
  case $code in 0|1|11) ;; *) status=1 ;; esac
done
./build/agendum validate out/*.json
echo "packets written to out/"
exit $status
