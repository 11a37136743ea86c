#!/usr/bin/python3
"""Turns the benchmark's measurements into markdown: medians per job and size, then the targets of issue 5.

usage: table.py MEASUREMENTS.tsv STARTUP-SHOW.json [STARTUP-REPORT.json]
MEASUREMENTS.tsv has one line per run: job, size, wall seconds, peak RSS in KB.
"""
import json
import os
import statistics
import sys
from collections import defaultdict

SETSAFE_JOBS = ["validate", "import", "report"]
ORDER = ["cat", "commons-csv parse", "gzip -1 sheet xml", "validate", "import", "report",
         "pandas+xlsxwriter", "pandas+openpyxl"]


def rows_of(size):
    s = size.lower()
    return int(float(s[:-1]) * (1000 if s.endswith("k") else 1_000_000)) if s[-1] in "km" else int(s)


def main():
    runs = defaultdict(list)
    for line in open(sys.argv[1]):
        job, size, wall, rss = line.rstrip("\n").split("\t")
        runs[(job, size)].append((float(wall), int(rss)))
    sizes = sorted({s for _, s in runs}, key=rows_of)

    def med(job, size, what=0):
        r = runs.get((job, size))
        return statistics.median(x[what] for x in r) if r else None

    print("| job | rows | runs | median wall | min - max | median peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for size in sizes:
        for job in sorted({j for j, s in runs if s == size}, key=lambda j: ORDER.index(j) if j in ORDER else 99):
            r = runs[(job, size)]
            walls = [w for w, _ in r]
            print(f"| {job} | {size} | {len(r)} | {med(job, size):.2f} s | {min(walls):.2f} - {max(walls):.2f} s"
                  f" | {med(job, size, 1) / 1024:.0f} MB |")
    print()

    big = sizes[-1]
    targets = []

    def ratio(name, num, den, target, better, note=""):
        if num is None or den is None:
            targets.append((name, "not measured", f"{'>=' if better == 'higher' else '<='} {target}x", "-", note))
            return
        value = num / den
        met = value >= target if better == "higher" else value <= target
        sign = ">=" if better == "higher" else "<="
        targets.append((name, f"{value:.2f}x", f"{sign} {target}x", "met" if met else "MISSED", note))

    report = med("report", big)
    parse = med("commons-csv parse", big)
    gz = med("gzip -1 sheet xml", big)
    ratio(f"pandas+openpyxl / report ({big})", med("pandas+openpyxl", big), report, 10, "higher")
    ratio(f"pandas+xlsxwriter / report ({big})", med("pandas+xlsxwriter", big), report, 6, "higher")
    ratio(f"report / (parse + gzip -1 of sheet XML) ({big})", report,
          parse + gz if parse is not None and gz is not None else None, 2, "lower",
          f"floor {parse + gz:.2f} s" if parse is not None and gz is not None else "")
    ratio(f"validate / bare Commons CSV parse ({big})", med("validate", big), parse, 2, "lower",
          f"parse {parse:.2f} s" if parse is not None else "")
    rss = [(med(j, big, 1) / 1024, j) for j in SETSAFE_JOBS if (j, big) in runs]
    if rss:
        top, job = max(rss)
        targets.append((f"peak RSS of any setsafe command ({big})", f"{top:.0f} MB ({job})", "<= 700 MB",
                        "met" if top <= 700 else "MISSED", "max over commands of the median"))
    for path, name, target in [(sys.argv[2] if len(sys.argv) > 2 else None, "`show rust` cold", 0.5),
                               (sys.argv[3] if len(sys.argv) > 3 else None, "`report` on the reference data cold", 1.5)]:
        if path and os.path.exists(path):
            r = json.load(open(path))["results"][0]
            m = r["median"]
            targets.append((name, f"{m:.2f} s", f"<= {target} s", "met" if m <= target else "MISSED",
                            f"mean {r['mean']:.2f} s, {len(r['times'])} runs"))
        else:
            targets.append((name, "not measured", f"<= {target} s", "-", ""))

    print("| target | measured | target | | note |")
    print("|---|---:|---:|---|---|")
    for t in targets:
        print("| " + " | ".join(t) + " |")


if __name__ == "__main__":
    main()
