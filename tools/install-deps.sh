#!/usr/bin/env bash
# Installs what agendum needs to build, test and regenerate its samples, from Debian 12's
# packages. Run as root (or with sudo). Safe to run again: apt skips what is there.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config
  libpoppler-cpp-dev libpoppler-private-dev libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-osd
  libicu-dev libre2-dev nlohmann-json3-dev libvalijson-dev libcli11-dev libsqlite3-dev libssl-dev
  # jpeglib.h: libjpeg's warnings about damaged images become diagnostics (pipeline/pdf/library_messages.h)
  libjpeg-dev
  libgtest-dev
  # search and review: the review server (HTTP) and its page images (PNG); SQLite is above
  libcpp-httplib-dev libpng-dev
  # the review pages are tested in a real headless browser
  chromium
  # words for line-end hyphenation repair (joined only when the joined word is a word)
  wamerican
  # sample generation and the benchmark's reference tools
  python3-reportlab python3-pil python3-numpy poppler-utils tesseract-ocr fonts-dejavu-core
  # the .deb: cpack finds the binaries with file(1) and their library packages with dpkg-shlibdeps
  file dpkg-dev
  # batch on a cluster: tests/slurm_array_test.sh runs a real single-node Slurm; the
  # Kubernetes manifests are read by tests/k8s_indexed_job_test.py
  slurm-wlm munge python3-yaml
  # the samples are set in Liberation (tools/make_samples.py, tools/layouts)
  fonts-liberation
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
