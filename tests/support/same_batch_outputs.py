#!/usr/bin/python3
"""Exit 0 when two agendum batch folders hold the same outputs, else say how they differ.

The same: records.jsonl and failures.jsonl as sets of lines (their order follows which worker
finished first), packets/ byte for byte, and summary.json's counts (not its timings).
Usage: same_batch_outputs.py DIR DIR
"""
import json
import os
import sys

SUMMARY_COUNTS = ("documents", "failures_by_stage", "records", "pages", "complete")


def outputs(folder):
    def lines(name):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            return sorted(f.read().splitlines())

    packets = {}
    for name in sorted(os.listdir(os.path.join(folder, "packets"))):
        with open(os.path.join(folder, "packets", name), "rb") as f:
            packets[name] = f.read()
    with open(os.path.join(folder, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    return {"records.jsonl": lines("records.jsonl"), "failures.jsonl": lines("failures.jsonl"),
            "packets": packets, "summary counts": {key: summary[key] for key in SUMMARY_COUNTS}}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    a, b = outputs(sys.argv[1]), outputs(sys.argv[2])
    differ = [part for part in a if a[part] != b[part]]
    for part in differ:
        print(f"{part} differ between {sys.argv[1]} and {sys.argv[2]}", file=sys.stderr)
    if not a["packets"]:
        print(f"{sys.argv[1]} holds no packets", file=sys.stderr)
        return 1
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
