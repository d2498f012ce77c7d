#!/usr/bin/python3
"""Scores agendum on a folder of real PDFs that holds hand-checked facts (expected.json).

    /usr/bin/python3 bench/score_corpus.py --agendum build/agendum DIR [--floor 0.85]
        [--kind-floor 0.80] [--scan-floor 0.75] [--cache DIR] [--page-cache DIR] [--json OUT] [-j N] [-v]

expected.json is {"docs": {"<pdf name without .pdf>": [check, ...]}} (or one
NAME.expected.json holding NAME.pdf's list of checks); a check is
[kind, match, expect]. `match` picks the first record of that kind, in packet order, that fits;
`expect` lists facts, one point each, plus one point for the record being found at all. The
format is the one the corpus's README states; this script is its reading of it.

Beyond the corpus README's kinds, `market_comparison` checks a row of a compensation study's
market table (Packet.market_comparisons): `match` on `classification` (normalised as above)
and `measure` (exact: "base_salary", "total_compensation", ...); facts `percent_vs_market`
(within 0.05, or null), `comparators`, `note` (normalised, or null) and `measure`.

Prints accuracy per document and per record kind, born-digital and scanned apart, and exits 1
when the overall share, any kind's share or the scanned share is under its floor, or when a
document that holds a record of a known kind ends in exit 11 ("nothing recognised").
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import time

KINDS = ("resolution", "class_spec", "pay_range", "market_comparison", "agenda", "packet")
LIST_OF = {"resolution": "resolutions", "class_spec": "class_specs", "pay_range": "pay_ranges",
           "market_comparison": "market_comparisons"}


def normalise(text):
    """Lower case, every run of characters other than letters and digits one space."""
    return re.sub(r"[^0-9a-z]+", " ", str(text).lower()).strip()


def squeeze(text):
    """Without spaces and punctuation: how `range` is compared."""
    return re.sub(r"[^0-9a-z]+", "", str(text).lower())


def flatten(value):
    """Every string inside a field (lists of items, dates, nested objects), joined."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        return " ".join(flatten(v) for v in value)
    if isinstance(value, dict):
        return " ".join(flatten(v) for v in value.values())
    return str(value)


def fits(record, match):
    for key, wanted in match.items():
        if key == "range":
            if record.get("range") is None or squeeze(record["range"]) != squeeze(wanted):
                return False
        elif key in ("title", "classification"):
            if record.get(key) is None or normalise(record[key]) != normalise(wanted):
                return False
        elif key.endswith("_contains"):
            field = key[: -len("_contains")]
            if normalise(wanted) not in normalise(flatten(record.get(field))):
                return False
        elif key == "number":
            if record.get("number") is None or squeeze(record["number"]) != squeeze(wanted):
                return False
        else:
            if record.get(key) != wanted:
                return False
    return True


def find_record(packet, kind, match):
    if kind == "packet":
        return packet
    if kind == "agenda":
        return packet.get("agenda")
    for record in packet.get(LIST_OF[kind], []) or []:
        if fits(record, match):
            return record
    return None


def vote_count(record, side):
    vote = record.get("vote")
    if not isinstance(vote, dict):
        return None
    if isinstance(vote.get(f"{side}_count"), int):
        return vote[f"{side}_count"]
    names = vote.get(side)
    return len(names) if isinstance(names, list) else None


def fact_holds(packet, record, key, wanted, valid):
    """One expected fact against the record (or the packet, for packet-level facts)."""
    if key in ("adopted_date", "effective_date", "date"):
        got = record.get(key)
        if isinstance(got, dict):
            got = got.get("date")
        return got == wanted
    if key in ("ayes", "noes", "absent", "abstain"):
        return vote_count(record, key) == wanted
    if key == "signatory":
        return any(wanted.lower() in (s.get("name") or "").lower() for s in record.get("signatories") or [])
    if key == "recitals":
        return len(record.get("recitals") or []) == wanted
    if key in ("min", "max"):
        got = record.get(key)
        return isinstance(got, (int, float)) and abs(got - wanted) < 0.005
    if key == "percent_vs_market":
        got = record.get(key)
        if wanted is None or got is None:
            return got is None and wanted is None
        return isinstance(got, (int, float)) and abs(got - wanted) < 0.05
    if key == "steps":
        return len(record.get("steps") or []) == wanted
    if key == "salary_count":
        return len(record.get("salary") or []) == wanted
    if key == "items_min":
        return len(record.get("items") or []) >= wanted
    if key == "ocr_pages_min":
        return sum(1 for p in packet.get("pages", []) if p.get("method") == "ocr") >= wanted
    if key == "documents_min":
        return len(packet.get("documents") or []) >= wanted
    if key == "resolutions_exactly":
        real = [r for r in packet.get("resolutions") or [] if r.get("status") != "referenced"]
        return len(real) == wanted
    if key == "mentions_resolution":
        return any(squeeze(r.get("number") or "") == squeeze(wanted) for r in packet.get("resolutions") or [])
    if key == "no_adopted_resolution":
        adopted = any(r.get("status") == "adopted" for r in packet.get("resolutions") or [])
        return adopted != wanted
    if key == "valid":
        return valid == wanted
    if key.endswith("_contains"):
        field = key[: -len("_contains")]
        return normalise(wanted) in normalise(flatten(record.get(field)))
    got = record.get(key)
    if wanted is None or got is None:
        return got is None and wanted is None
    return normalise(flatten(got)) == normalise(flatten(wanted))


def load_expected(folder):
    """expected.json ({"docs": {name: checks}}) and/or one NAME.expected.json (checks) per PDF."""
    expected = {}
    whole = os.path.join(folder, "expected.json")
    if os.path.exists(whole):
        expected.update(json.load(open(whole))["docs"])
    for entry in sorted(os.listdir(folder)):
        if entry.endswith(".expected.json"):
            expected[entry[: -len(".expected.json")]] = json.load(open(os.path.join(folder, entry)))
    return expected


def run_agendum(agendum, pdf, out_json, page_cache):
    start = time.perf_counter()
    command = [agendum, "extract", pdf, "-o", out_json]
    if page_cache:
        command += ["--page-cache", page_cache]
    result = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    valid = False
    if os.path.exists(out_json):
        check = subprocess.run([agendum, "validate", out_json], capture_output=True, text=True)
        valid = check.returncode == 0
    return result.returncode, result.stderr.strip(), seconds, valid


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--agendum", default="build/agendum")
    parser.add_argument("--floor", type=float, default=0.0, help="least share of all facts")
    parser.add_argument("--kind-floor", type=float, default=0.0, help="least share per record kind")
    parser.add_argument("--scan-floor", type=float, default=0.0, help="least share on scanned documents")
    parser.add_argument("--born-floor", type=float, default=0.0, help="least share on born-digital documents")
    parser.add_argument("--cache", help="keep packets here and reuse them (for re-scoring)")
    parser.add_argument("--reuse", action="store_true", help="score the packets in --cache without running")
    parser.add_argument("--page-cache", help="agendum's page cache folder: OCR each scan once across runs")
    parser.add_argument("--json", help="write the scores here")
    parser.add_argument("--only", help="score only documents whose name contains this")
    parser.add_argument("-j", type=int, default=1, help="documents run side by side")
    parser.add_argument("-v", action="store_true", help="print every missed fact")
    parser.add_argument("--tolerate-unrecognised", action="store_true",
                        help="do not fail when a document holding a known record ends in exit 11")
    args = parser.parse_args()

    expected = load_expected(args.folder)
    names = sorted(n for n in expected if not args.only or args.only in n)
    if not names:
        print(f"no documents with expected facts in {args.folder}")
        return 0
    cache = args.cache or tempfile.mkdtemp(prefix="agendum-score-")
    os.makedirs(cache, exist_ok=True)
    agendum = os.path.abspath(args.agendum)

    def extract(name):
        pdf = os.path.join(args.folder, name + ".pdf")
        out_json = os.path.join(cache, name + ".json")
        meta_path = os.path.join(cache, name + ".meta.json")
        if args.reuse and os.path.exists(meta_path):
            return name, json.load(open(meta_path))
        if not os.path.exists(pdf):
            meta = {"exit": 3, "stderr": "missing", "seconds": 0, "valid": False}
        else:
            if os.path.exists(out_json):
                os.remove(out_json)
            code, stderr, seconds, valid = run_agendum(agendum, pdf, out_json, args.page_cache)
            meta = {"exit": code, "stderr": stderr, "seconds": round(seconds, 2), "valid": valid}
        json.dump(meta, open(meta_path, "w"))
        return name, meta

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        metas = dict(pool.map(extract, names))

    totals = {}  # (group, key) -> [got, of]
    def add(group, key, got, of):
        cell = totals.setdefault((group, key), [0, 0])
        cell[0] += got
        cell[1] += of

    failures = []
    per_doc = {}
    print(f"{'document':<66} {'exit':>4} {'sec':>6} {'facts':>7}  share")
    for name in names:
        meta = metas[name]
        packet = {}
        path = os.path.join(cache, name + ".json")
        if os.path.exists(path):
            try:
                packet = json.load(open(path))
            except ValueError:
                packet = {}
        scanned = any(p.get("method") == "ocr" for p in packet.get("pages", [])) or name.endswith("_scan")
        form = "scanned" if scanned else "born-digital"
        got_doc = of_doc = 0
        misses = []
        holds_known = False
        for kind, match, expect in expected[name]:
            if kind != "packet":
                holds_known = True
            record = find_record(packet, kind, match)
            points = 1 + len(expect)
            got = 0
            if record is not None:
                got = 1
                for key, wanted in expect.items():
                    if fact_holds(packet, record, key, wanted, meta["valid"]):
                        got += 1
                    else:
                        shown = record.get(key) if key in record else "-"
                        misses.append(f"{kind} {json.dumps(match)}: {key} expected {json.dumps(wanted)}, got {json.dumps(shown)[:80]}")
            else:
                misses.append(f"{kind} {json.dumps(match)}: not found")
            got_doc += got
            of_doc += points
            for group in ("all", form):
                add(group, kind, got, points)
        if holds_known and meta["exit"] == 11 and not args.tolerate_unrecognised:
            failures.append(f"{name}: exit 11 (nothing recognised) although it holds a known record")
        per_doc[name] = {"exit": meta["exit"], "got": got_doc, "of": of_doc, "form": form, "misses": misses}
        print(f"{name:<66} {meta['exit']:>4} {meta['seconds']:>6.1f} {got_doc:>3}/{of_doc:<3}  {got_doc / of_doc:.2f}")
        if args.v:
            for miss in misses:
                print(f"      - {miss}")

    def share(group, kinds=KINDS):
        got = sum(totals.get((group, k), [0, 0])[0] for k in kinds)
        of = sum(totals.get((group, k), [0, 0])[1] for k in kinds)
        return got, of

    print()
    print(f"{'kind':<18} {'all':>14} {'born-digital':>14} {'scanned':>14}")
    kind_shares = {}
    for kind in KINDS:
        cells = []
        for group in ("all", "born-digital", "scanned"):
            got, of = totals.get((group, kind), [0, 0])
            cells.append(f"{got}/{of} {got / of:.2f}" if of else "-")
        got, of = totals.get(("all", kind), [0, 0])
        if of:
            kind_shares[kind] = got / of
        print(f"{kind:<18} {cells[0]:>14} {cells[1]:>14} {cells[2]:>14}")
    overall = share("all")
    scanned = share("scanned")
    born = share("born-digital")
    print(f"{'overall':<18} {overall[0]}/{overall[1]} {overall[0] / overall[1]:.2f}"
          f"   born-digital {born[0]}/{born[1]}" + (f" {born[0] / born[1]:.2f}" if born[1] else "")
          + f"   scanned {scanned[0]}/{scanned[1]}" + (f" {scanned[0] / scanned[1]:.2f}" if scanned[1] else ""))

    if overall[0] / overall[1] < args.floor:
        failures.append(f"overall {overall[0] / overall[1]:.2f} < floor {args.floor}")
    for kind, value in kind_shares.items():
        if value < args.kind_floor:
            failures.append(f"{kind} {value:.2f} < kind floor {args.kind_floor}")
    if born[1] and born[0] / born[1] < args.born_floor:
        failures.append(f"born-digital {born[0] / born[1]:.2f} < born-digital floor {args.born_floor}")
    if scanned[1] and scanned[0] / scanned[1] < args.scan_floor:
        failures.append(f"scanned {scanned[0] / scanned[1]:.2f} < scan floor {args.scan_floor}")
    if args.json:
        json.dump({"documents": per_doc, "kinds": kind_shares,
                   "overall": overall[0] / overall[1]}, open(args.json, "w"), indent=1)
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
