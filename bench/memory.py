#!/usr/bin/python3
"""Peak memory of `agendum extract` against packet length: it must not grow with the pages.

Builds packets of 50, 500 and 5000 pages (or the --pages given), one file each, with pdfunite from repeated
copies of one real 8-page agenda in ../shared/corpus when that is present, else of the bundled
samples, runs `agendum extract --ocr never -j 1` on each (the packet written to a file in a
temporary folder), and prints pages, seconds, peak RSS (the kernel's rusage of the child) and
the ratio of each peak to the smallest packet's. The exit code is 1 when the largest packet's
peak is more than --target times the smallest's (issue 13: 1.2).
Run: /usr/bin/python3 bench/memory.py [--agendum build/agendum] [--pages 50 500 5000].
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_PACKET = os.path.join(ROOT, "..", "shared", "corpus", "real",
                             "ranchopalosverdes_ca_cc_agenda_2022-12-06.pdf")


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return next(int(l.split()[1]) for l in out.splitlines() if l.startswith("Pages:"))


def sources():
    if os.path.exists(SHARED_PACKET):
        return [SHARED_PACKET]
    # Text-layer samples only: --ocr never would leave a scan's pages empty.
    return [p for p in sorted(glob.glob(os.path.join(ROOT, "samples", "*.pdf")))
            if not any(word in os.path.basename(p) for word in ("scan", "mixed", "sealbeach"))]


def build_packet(inputs, pages_wanted, target, workdir):
    """Repeats the inputs until the packet has at least pages_wanted pages. Long packets are
    united in stages (pdfunite of a few hundred files at a time), so no command line runs long."""
    counts = {pdf: page_count(pdf) for pdf in inputs}
    chosen, total = [], 0
    while total < pages_wanted:
        for pdf in inputs:
            chosen.append(pdf)
            total += counts[pdf]
            if total >= pages_wanted:
                break
    level = 0
    while len(chosen) > 200:
        grouped = []
        for start in range(0, len(chosen), 100):
            part = os.path.join(workdir, f"part-{level}-{start}.pdf")
            subprocess.run(["pdfunite", *chosen[start:start + 100], part], check=True)
            grouped.append(part)
        chosen, level = grouped, level + 1
    if len(chosen) == 1:
        shutil.copyfile(chosen[0], target)
    else:
        subprocess.run(["pdfunite", *chosen, target], check=True)
    return total


def measure(agendum, pdf, pages, output):
    """Returns (seconds, peak RSS in MiB) of one extract of pages 1..pages."""
    command = [agendum, "extract", pdf, "--pages", f"1-{pages}", "--ocr", "never", "-j", "1",
               "-o", output]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 11):  # 11: no records, which a packet of other documents may give
        sys.exit(f"{' '.join(command)} failed ({code}): {stderr}")
    return seconds, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--agendum", default=os.path.join(ROOT, "build", "agendum"))
    parser.add_argument("--pages", type=int, nargs="+", default=[50, 500, 5000])
    parser.add_argument("--target", type=float, default=1.2)
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="agendum-memory-")
    try:
        inputs = sources()
        print("source: " + ", ".join(os.path.relpath(p, ROOT) for p in inputs))
        print(f"{'pages':>6s} {'seconds':>9s} {'peak MiB':>9s} {'ratio':>7s}")
        sizes = sorted(args.pages)
        smallest = None
        for pages in sizes:
            # A file of its own per size: a 50-page run is not handed a 5000-page file's
            # cross-reference table.
            packet = os.path.join(workdir, f"packet-{pages}.pdf")
            build_packet(inputs, pages, packet, workdir)
            seconds, peak = measure(args.agendum, packet, pages, os.path.join(workdir, "out.json"))
            smallest = smallest or peak
            print(f"{pages:6d} {seconds:9.2f} {peak:9.1f} {peak / smallest:6.2f}x", flush=True)
            os.remove(packet)
        ratio = peak / smallest
        print(f"peak memory {sizes[-1]} pages / {sizes[0]} pages: {ratio:.2f}x "
              f"(target <= {args.target}x)")
        return 0 if ratio <= args.target else 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
