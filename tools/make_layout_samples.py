#!/usr/bin/python3
"""Builds samples/layouts/: documents written for agendum in the layouts other agencies print
(class specs, pay schedules, agendas, minutes, resolutions), each with its expected facts.

Every module in tools/layouts/ (one per record kind) has `build(out_dir)`, which writes its
PDFs into out_dir and, beside each, `<name>.expected.json`: the checks bench/score_corpus.py
reads (the format of the real-document corpus: a list of [kind, match, expect]). The texts are
our own, written in the shape of what agencies publish; no real document's wording is copied.

    /usr/bin/python3 tools/make_layout_samples.py [--only MODULE]

Reproducible byte for byte (reportlab invariant mode, fixed seeds), like tools/make_samples.py,
whose fonts, rasterising and copier degradation it reuses for the scanned variants.
"""
import argparse
import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "samples" / "layouts"
sys.path.insert(0, str(ROOT / "tools"))

import make_samples  # noqa: E402  (fonts, rasterise, degrade, write_scan)


def write_expected(out_dir, name, checks):
    """checks: [[kind, match, expect], ...] for samples/layouts/<name>.pdf."""
    path = Path(out_dir) / f"{name}.expected.json"
    path.write_text(json.dumps(checks, indent=1, sort_keys=True) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="build only tools/layouts/<ONLY>.py")
    args = parser.parse_args()
    make_samples.register_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    for module_path in sorted((ROOT / "tools" / "layouts").glob("*.py")):
        if module_path.stem.startswith("_") or (args.only and module_path.stem != args.only):
            continue
        module = importlib.import_module(f"layouts.{module_path.stem}")
        module.build(OUT)
        print(f"{module_path.stem}: built")


if __name__ == "__main__":
    main()
