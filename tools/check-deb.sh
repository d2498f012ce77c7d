#!/usr/bin/env bash
# Installs an agendum .deb the way a user would (dpkg -i, then apt-get -f for what it
# depends on), runs it from where it installed, checks that its declared dependencies cover
# every shared library the binary loads (what makes it run on a clean Debian 12), and removes
# it again. Needs root. Usage: tools/check-deb.sh PACKAGE.deb
set -euo pipefail
deb=$(realpath "${1:?usage: check-deb.sh PACKAGE.deb}")
if [ "$(id -u)" != 0 ]; then
  echo "check-deb.sh: skipped: installing a package needs root"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
dpkg -i "$deb" >/dev/null || { apt-get update -qq && apt-get -f install -y -qq >/dev/null; }
trap 'dpkg -r agendum >/dev/null' EXIT
version=$(/usr/bin/agendum --version)
echo "check-deb.sh: installed $(basename "$deb"); /usr/bin/agendum --version: $version"
[ "$version" = "agendum $(dpkg-deb -f "$deb" Version)" ] || { echo "check-deb.sh: version mismatch"; exit 1; }
for file in /usr/share/man/man1/agendum.1.gz /usr/share/agendum/schemas/packet.schema.json \
            /usr/share/agendum/deploy/slurm/submit.sh; do
  [ -e "$file" ] || { echo "check-deb.sh: $file was not installed"; exit 1; }
done

# Every library the binary and its OCR module link (their DT_NEEDED entries) must come from a
# package the .deb depends on; what those libraries load in turn, their packages depend on.
module=$(dpkg -L agendum | grep '/agendum-ocr\.so$' || true)
[ -n "$module" ] || { echo "check-deb.sh: the OCR module agendum-ocr.so was not installed"; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/[ (].*//')
missing=0
checked=0
for object in /usr/bin/agendum "$module"; do
  needed=$(readelf -d "$object" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  for library in $(ldd "$object" | awk -v needed=" $(echo $needed) " 'index(needed, " " $1 " ") {print $3}'); do
    package=""
    # dpkg knows a file by the path its package installed (/lib or /usr/lib on merged /usr).
    for path in "$library" "$(realpath "$library")" "${library#/usr}" "/usr${library}"; do
      package=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$package" ] && break
    done
    checked=$((checked + 1))
    if ! grep -qx "$package" <<< "$depends"; then
      echo "check-deb.sh: $library (package ${package:-unknown}, for $object) is not among the dependencies"
      missing=1
    fi
  done
done
[ "$missing" = 0 ] && [ "$checked" -gt 0 ] || { echo "check-deb.sh: $checked linked libraries checked"; exit 1; }
echo "check-deb.sh: the $checked libraries agendum and its OCR module link come from its Depends: $(dpkg-deb -f "$deb" Depends)"
# It OCRs: a scanned sample page through the installed binary and the module it loads.
/usr/bin/agendum extract samples/carson_19-110_scan.pdf --pages 1 -o /tmp/agendum-deb-check.json
grep -q '"method": "ocr"' /tmp/agendum-deb-check.json || { echo "check-deb.sh: the installed binary did not OCR"; exit 1; }
# It runs: a sample packet through the installed binary.
/usr/bin/agendum extract samples/carson_19-110.pdf --ocr never -o /tmp/agendum-deb-check.json
/usr/bin/agendum validate /tmp/agendum-deb-check.json
rm -f /tmp/agendum-deb-check.json
