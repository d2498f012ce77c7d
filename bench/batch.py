#!/usr/bin/python3
"""Batch throughput and memory: `agendum batch` at -j 1 and -j 2 against a shell loop of
`agendum extract` over the same mixed folder, and peak memory against folder size.

The mixed folder is the bundled samples (born-digital packets, scans, a mixed packet, a study
whose appendices are OCR'd). Pages per second count every page of the folder over the wall
time of the whole run. Peak memory is the largest sum of resident memory over the batch and
all its workers, sampled every 20 ms from /proc, for the folder and for a folder of `--copies`
times as many documents (the samples again, each made a distinct file by a trailing comment).
The exit code is 1 when a target is missed: -j 2 at least 1.8 times -j 1, and the larger
folder's peak memory within 1.2 times the smaller's (memory bounded by -j, not folder size).
Run: /usr/bin/python3 bench/batch.py [--agendum build/agendum] [--repeat 1] [--copies 3]
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next(int(line.split()[1]) for line in out.splitlines() if line.startswith("Pages:"))


def tree_rss_mb(root_pid):
    """Resident memory of a process and all its descendants, in MiB."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except OSError:
            continue
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
    return total / (1024 * 1024)


def run(command):
    """Runs a command to the end; returns (seconds, peak MiB of its process tree)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0.0]

    def sample():
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss_mb(process.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = process.wait()
    sampler.join()
    seconds = time.perf_counter() - start
    if code not in (0, 1, 11):
        sys.exit(f"{' '.join(command)} failed ({code})")
    return seconds, peak[0]


def best(make_command, repeat):
    results = [run(make_command(i)) for i in range(repeat)]
    return min(r[0] for r in results), max(r[1] for r in results)


def distinct_copies(pdfs, copies, folder):
    """`copies` of each PDF, each with other bytes (a comment after %%EOF), so none is a duplicate."""
    os.makedirs(folder)
    for copy in range(copies):
        for pdf in pdfs:
            with open(pdf, "rb") as f:
                data = f.read()
            name = f"{copy}-{os.path.basename(pdf)}"
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data + f"\n% copy {copy}\n".encode())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--agendum", default=os.path.join(ROOT, "build", "agendum"))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args()
    agendum = os.path.realpath(args.agendum)
    work = tempfile.mkdtemp(prefix="agendum-bench-batch-")
    try:
        samples = sorted(glob.glob(os.path.join(ROOT, "samples", "*.pdf")))
        folder = os.path.join(work, "mixed")
        distinct_copies(samples, 1, folder)
        pdfs = sorted(glob.glob(os.path.join(folder, "*.pdf")))
        pages = sum(page_count(pdf) for pdf in pdfs)
        out = lambda name, i: os.path.join(work, f"{name}-{i}")

        def shell_loop(i):
            os.makedirs(out("loop", i), exist_ok=True)
            script = 'for f in "$1"/*.pdf; do "$2" extract "$f" -o "$3/$(basename "$f").json" 2>/dev/null; done; true'
            return ["bash", "-c", script, "loop", folder, agendum, out("loop", i)]

        batch = lambda jobs, source, name: lambda i: [agendum, "batch", source, "--out", out(name, i), "-j", str(jobs),
                                                     "-q"]
        t_loop, m_loop = best(shell_loop, args.repeat)
        t_j1, m_j1 = best(batch(1, folder, "j1"), args.repeat)
        t_j2, m_j2 = best(batch(2, folder, "j2"), args.repeat)
        big = os.path.join(work, "bigger")
        distinct_copies(samples, args.copies, big)
        t_big, m_big = best(batch(2, big, "big"), 1)

        rows = [
            (f"shell loop of `agendum extract` (all cores each), {len(pdfs)} files", t_loop, pages / t_loop, m_loop),
            ("agendum batch -j 1", t_j1, pages / t_j1, m_j1),
            ("agendum batch -j 2", t_j2, pages / t_j2, m_j2),
            (f"agendum batch -j 2, {args.copies}x the files", t_big, args.copies * pages / t_big, m_big),
        ]
        print(f"mixed folder: {len(pdfs)} files, {pages} pages (samples/); machine: {os.cpu_count()} cores")
        print(f"{'run':62s} {'seconds':>8s} {'pages/s':>8s} {'peak MiB':>9s}")
        for name, seconds, rate, memory in rows:
            print(f"{name:62s} {seconds:8.1f} {rate:8.2f} {memory:9.0f}")
        speedup = t_j1 / t_j2
        over_loop = t_loop / t_j2
        memory_ratio = m_big / m_j2
        print()
        print(f"-j 2 over -j 1: {speedup:.2f}x (target >= 1.8x)")
        print(f"-j 2 over the shell loop: {over_loop:.2f}x")
        print(f"peak memory, {args.copies}x the files / the folder (-j 2): {m_big:.0f} / {m_j2:.0f} MiB = "
              f"{memory_ratio:.2f}x (target <= 1.2x)")
        missed = [name for name, met in (("speed-up", speedup >= 1.8), ("memory", memory_ratio <= 1.2)) if not met]
        print("targets missed: " + ", ".join(missed) if missed else "all targets met")
        return 1 if missed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
