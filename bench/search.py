#!/usr/bin/python3
"""Search and index speed: agendum index, search and serve over a 10,000-record output.

Writes a batch output folder (packets/<sha256>.json and records.jsonl) of synthetic packets
in the contract's shape, 20 records each (class specs, resolutions, pay ranges, agenda
items), with words drawn from a vocabulary of municipal text; indexes it with
`agendum index`; then times queries three ways: inside agendum (search --json reports its
own milliseconds), as a whole `agendum search` process, and as HTTP requests to
`agendum serve`. Queries include common words matching thousands of records, phrases,
prefixes, filters and hostile syntax. Prints the figures the README reports against the
targets (indexing >= 1,000 records/s; a query under 50 ms) and exits 1 when one is missed.
Run: /usr/bin/python3 bench/search.py [--agendum build/agendum] [--records 10000].
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECORDS_PER_PACKET = 20

AGENCIES = ["City of Alder", "City of Birchwood", "County of Cedar", "City of Dunmore", "City of Elm Grove",
            "Town of Fairhaven", "City of Glenmont", "City of Harbor", "City of Ironwood", "County of Juniper",
            "City of Kingsport", "City of Lakeview", "City of Maple Falls", "City of Northgate"]
LEVELS = ["Senior", "Associate", "Assistant", "Principal", "Lead", "Junior", "Chief", "Deputy", "Supervising"]
JOBS = ["Planner", "Civil Engineer", "Budget Analyst", "Records Clerk", "Signal Technician", "Librarian",
        "Accountant", "Building Inspector", "Systems Coordinator", "Arborist", "Paralegal", "Buyer",
        "Police Services Supervisor", "Park Ranger", "Water Treatment Operator", "Code Enforcement Officer",
        "Human Resources Analyst", "Deputy City Clerk", "Maintenance Worker", "Network Administrator"]
VERBS = ["Reviews", "Prepares", "Coordinates", "Inspects", "Maintains", "Analyzes", "Drafts", "Schedules",
         "Audits", "Trains", "Supervises", "Evaluates", "Recommends", "Investigates", "Monitors"]
OBJECTS = ["permit applications", "capital project budgets", "traffic signal timing", "council agenda reports",
           "procurement contracts", "library collections", "payroll records", "storm drain inspections",
           "tree planting programs", "public records requests", "zoning variances", "utility billing disputes",
           "grant applications", "fleet maintenance schedules", "emergency operations plans",
           "building plan checks", "water quality samples", "labor agreements", "election filings"]
UNITS = {"hourly": 2080, "biweekly": 26, "monthly": 12, "annual": 1}


def sentence(rng):
    return (f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} and {rng.choice(OBJECTS)} "
            f"for the {rng.choice(JOBS).lower()} section; {rng.choice(VERBS).lower()} {rng.choice(OBJECTS)}.")


def items(rng, count):
    return [{"text": sentence(rng), "area": None, "change": None} for _ in range(count)]


def date(rng):
    return f"{rng.randint(1995, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def pay_range(rng, index, classification):
    unit = rng.choice(list(UNITS))
    annual = rng.randint(38000, 190000)
    low, high = round(annual / UNITS[unit], 2), round(annual * 1.3 / UNITS[unit], 2)
    return {"id": f"pay-{index}", "classification": classification, "range": str(rng.randint(100, 900)),
            "unit": unit, "min": low, "max": high, "steps": [], "effective_date": date(rng),
            "context": "schedule", "document": "doc-2", "text": f"{classification} ${low:,.2f} - ${high:,.2f} {unit}",
            "pages": [2, 2]}


def packet(number, rng):
    agency = rng.choice(AGENCIES)
    sha = f"{number + 1:064x}"
    specs, pays, resolutions = [], [], []
    for i in range(8):
        title = f"{rng.choice(LEVELS)} {rng.choice(JOBS)}"
        specs.append({
            "id": f"spec-{i + 1}", "title": title, "title_as_printed": title.upper(), "jurisdiction": agency,
            "class_code": str(rng.randint(1000, 9999)), "bargaining_unit": None, "flsa": "exempt",
            "status": None, "salary": [], "definition": "Under general direction, " + sentence(rng),
            "distinguishing_characteristics": None, "supervision_received": None, "supervision_exercised": None,
            "duties": items(rng, 12), "other_duties": [], "knowledge": items(rng, 6), "skills": [],
            "abilities": items(rng, 5), "education_experience": "Graduation from college and two years of experience.",
            "licenses": [], "special_requirements": None, "career_ladder": None,
            "dates": [{"label": "Revised", "date": date(rng), "text": "revised"}], "other_sections": [],
            "competencies": [], "duplicate_of": None, "document": "doc-2", "pages": [3 + i, 3 + i]})
    for i in range(8):
        pays.append(pay_range(rng, i + 1, f"{rng.choice(LEVELS)} {rng.choice(JOBS)}"))
    for i in range(2):
        resolutions.append({
            "id": f"res-{i + 1}", "number": f"{rng.randint(1995, 2024)}-{rng.randint(1, 200)}",
            "jurisdiction": agency, "body": "City Council",
            "title": f"A RESOLUTION OF THE CITY COUNCIL APPROVING {rng.choice(OBJECTS).upper()}",
            "status": "adopted", "recitals": ["WHEREAS, " + sentence(rng) for _ in range(4)],
            "sections": [{"number": "1", "text": sentence(rng)}], "adopted_date": date(rng), "vote": None,
            "signatories": [], "references": [], "pay_ranges": [], "pages": [12 + i, 13 + i]})
    agenda = {"body": agency + " City Council", "meeting_type": "regular", "date": date(rng), "time": "18:00",
              "location": None, "members": [], "pages": [1, 1],
              "items": [{"number": str(i + 1), "section": "CONSENT CALENDAR",
                         "title": "Approve " + rng.choice(OBJECTS), "recommendation": sentence(rng),
                         "document": None} for i in range(2)]}
    return {"schema": "agendum/packet/v1",
            "source": {"file": f"archive/{agency.replace(' ', '_')}/packet-{number}.pdf", "sha256": sha,
                       "bytes": 100000 + number, "pages": 20, "producer": None, "title": None},
            "pages": [{"page": p, "method": "text", "quality": 0.95, "chars": 1800, "ocr_confidence": None,
                       "rotation": 0} for p in range(1, 21)],
            "documents": [{"id": "doc-1", "kind": "agenda", "title": "Agenda", "pages": [1, 1]},
                          {"id": "doc-2", "kind": "class_spec", "title": None, "pages": [2, 20]}],
            "agenda": agenda, "resolutions": resolutions, "class_specs": specs, "pay_ranges": pays,
            "diagnostics": []}


def write_output(folder, packets):
    os.makedirs(os.path.join(folder, "packets"), exist_ok=True)
    rng = random.Random(12)
    with open(os.path.join(folder, "records.jsonl"), "w") as records:
        for number in range(packets):
            value = packet(number, rng)
            sha = value["source"]["sha256"]
            with open(os.path.join(folder, "packets", sha + ".json"), "w") as out:
                json.dump(value, out)
            for kind, key in (("class_spec", "class_specs"), ("resolution", "resolutions"), ("pay_range", "pay_ranges")):
                for record in value[key]:
                    records.write(json.dumps({"kind": kind, "packet": sha, "file": value["source"]["file"], **record}) + "\n")


QUERIES = [
    ("common word (thousands of matches)", ["reviews"]),
    ("two common words", ["permit applications"]),
    ("phrase", ['"capital project budgets"']),
    ("prefix", ["budg*"]),
    ("title words", ["senior planner"]),
    ("rare words", ["election filings arborist"]),
    ("words + kind + agency", ["supervises", "--kind", "class_spec", "--agency", "harbor"]),
    ("pay over $150,000, no words", ["", "--kind", "pay_range", "--min-annual", "150000"]),
    ("words + dates", ["zoning", "--from", "2010", "--to", "2015-06"]),
    ("hostile syntax", ["\" NEAR( * '; DROP TABLE records; --"]),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--agendum", default=os.path.join(ROOT, "build", "agendum"))
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    agendum = os.path.abspath(args.agendum)
    packets = max(1, args.records // RECORDS_PER_PACKET)
    missed = []
    print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as work:
        out, db = os.path.join(work, "out"), os.path.join(work, "index.db")
        write_output(out, packets)

        start = time.perf_counter()
        indexed = subprocess.run([agendum, "index", out, "--db", db], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if indexed.returncode != 0:
            sys.exit(f"agendum index failed: {indexed.stderr}")
        records = packets * RECORDS_PER_PACKET
        rate = records / seconds
        start = time.perf_counter()
        subprocess.run([agendum, "index", out, "--db", db], capture_output=True, check=True)
        again = time.perf_counter() - start
        print(f"index: {records} records in {packets} packets, {seconds:.2f} s = {rate:,.0f} records/s "
              f"(target >= 1,000); re-index unchanged: {again:.2f} s; index file {os.path.getsize(db) / 2**20:.1f} MiB")
        if rate < 1000:
            missed.append("indexing rate")

        server = subprocess.Popen([agendum, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, text=True)
        url = server.stdout.readline().split(" at ")[1].split("/ ")[0]
        print(f"\n{'query':40s} {'records':>8s} {'in agendum':>11s} {'process':>9s} {'HTTP':>8s}   (best of {args.repeat}, ms)")
        slowest = 0.0
        try:
            for name, words in QUERIES:
                inside, whole, http = [], [], []
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    result = subprocess.run([agendum, "search", *words, "--json", "--db", db], capture_output=True, text=True)
                    whole.append((time.perf_counter() - start) * 1000)
                    if result.returncode != 0:
                        sys.exit(f"agendum search {words} failed: {result.stderr}")
                    report = json.loads(result.stdout)
                    inside.append(report["milliseconds"])
                    query = {"q": words[0]}
                    for flag, value in zip(words[1::2], words[2::2]):
                        query[flag.lstrip("-").replace("-", "_")] = value
                    start = time.perf_counter()
                    with urllib.request.urlopen(url + "/?" + urllib.parse.urlencode(query)) as response:
                        response.read()
                    http.append((time.perf_counter() - start) * 1000)
                slowest = max(slowest, min(inside), min(http))
                print(f"{name:40s} {report['total']:8d} {min(inside):11.1f} {min(whole):9.1f} {min(http):8.1f}")
        finally:
            server.terminate()
            server.wait()
        print(f"\nslowest query: {slowest:.1f} ms (target < 50 ms, in agendum and over HTTP)")
        if slowest >= 50:
            missed.append("query time")
    if missed:
        print("targets missed: " + ", ".join(missed))
        return 1
    print("all targets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
