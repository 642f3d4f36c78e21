#!/usr/bin/python3
"""Benchmark 4c: a 1 000 000-row worksheet through otklik's XLSX layer
(bench-xlsx) and through Python XlsxWriter (rows.py), both in constant-memory
mode, same rows from the same seed.

  run.py --bench-xlsx BINARY [--rows 1000000] [--runs 5] [--seed 7]

Each writer runs once to warm up, then --runs times. Per run: the process's
wall time and the write time it reports (workbook opened to closed; the rows
are generated before in both). Then both files are opened and compared cell
by cell (same_cells.py). Prints the medians and the ratio python/otklik of
the write times (target: at least 3); PASS or FAIL, exit status non-zero
only when something broke.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = 3.0


def run_once(command):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    found = re.search(r"^write ([0-9.]+) s$", done.stdout, re.M)
    if done.returncode != 0 or not found:
        sys.stderr.write(done.stdout + done.stderr)
        sys.exit("bench: %s failed" % " ".join(command))
    return wall, float(found.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench-xlsx", required=True)
    parser.add_argument("--rows", type=int, default=1000000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="otklik-bench-xlsx-")
    try:
        files = {"otklik": os.path.join(work, "otklik.xlsx"),
                 "xlsxwriter": os.path.join(work, "xlsxwriter.xlsx")}
        commands = {
            "otklik": [os.path.abspath(args.bench_xlsx), files["otklik"]],
            "xlsxwriter": [sys.executable, os.path.join(HERE, "rows.py"), files["xlsxwriter"]],
        }
        walls = {name: [] for name in commands}
        writes = {name: [] for name in commands}
        for name, command in commands.items():
            command = command + [str(args.rows), str(args.seed)]
            print("%s: warm-up" % name, flush=True)
            run_once(command)
            for run in range(1, args.runs + 1):
                wall, write = run_once(command)
                walls[name].append(wall)
                writes[name].append(write)
                print("%s: run %d: process %.2f s, write %.2f s" % (name, run, wall, write),
                      flush=True)
        subprocess.run([sys.executable, os.path.join(HERE, "same_cells.py"), files["otklik"],
                        files["xlsxwriter"]], check=True)
        for name, path in files.items():
            print("%s: %s, %.1f MB" % (name, os.path.basename(path), os.path.getsize(path) / 1e6))
        wall = {name: statistics.median(v) for name, v in walls.items()}
        write = {name: statistics.median(v) for name, v in writes.items()}
        ratio = write["xlsxwriter"] / write["otklik"]
        print("median write: otklik %.2f s, XlsxWriter %.2f s; python/otklik %.2f (target >= %.1f)"
              % (write["otklik"], write["xlsxwriter"], ratio, TARGET))
        print("median process: otklik %.2f s, XlsxWriter %.2f s; python/otklik %.2f "
              "(includes generating the rows)"
              % (wall["otklik"], wall["xlsxwriter"], wall["xlsxwriter"] / wall["otklik"]))
        print("%s: python/otklik %.2f, target %.1f" % ("PASS" if ratio >= TARGET else "FAIL", ratio,
                                                       TARGET))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
