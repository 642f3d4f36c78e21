#!/usr/bin/python3
"""Benchmark 4a: N Markdown pages through otklik and through Hugo.

  run.py --otklik BINARY [--pages 10000] [--runs 5] [--seed 7] [--keep DIR] [--out-dir DIR]

Both tools get the same content/ (the repo's sample pages plus N generated
news pages, bench/markdown/gen_pages.py); otklik reads the sample data/,
templates/ and otklik.yaml of the repo, Hugo the layout of bench/markdown/hugo
with otklik's stylesheet, both with every page also in the version for the
visually impaired (vi/). Each tool runs once to warm the caches, then --runs
times into an emptied output folder in --out-dir (default: /dev/shm, a tmpfs,
when it has room, so that the figures are the tools' and not the disk's; with
--keep the sites stay there too); the medians of wall time and of CPU time
(user + system of the process and its children) are printed, with otklik's
own stage times (its progress lines) and the pages each tool wrote.
Prints PASS when Hugo's median wall time is at least twice otklik's; exits
non-zero only when something broke (a build failed, too few pages).
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TARGET = 2.0


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, out_dir, cwd):
    """Runs `command` into an emptied `out_dir`: (wall s, CPU s, stderr)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    cpu = cpu_seconds()
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        sys.exit("bench: %s failed with status %d" % (command[0], done.returncode))
    return wall, cpu_seconds() - cpu, done.stderr


def html_files(folder):
    count = 0
    for _, _, files in os.walk(folder):
        count += sum(1 for f in files if f.endswith(".html"))
    return count


def prepare(work, pages, seed):
    """The two projects: work/otklik/content and work/hugo (config, layouts, static, content)."""
    otklik_content = os.path.join(work, "otklik", "content")
    hugo = os.path.join(work, "hugo")
    shutil.copytree(os.path.join(ROOT, "content"), otklik_content)
    shutil.copytree(os.path.join(HERE, "hugo"), hugo)
    subprocess.run([sys.executable, os.path.join(HERE, "gen_pages.py"), "--pages", str(pages),
                    "--seed", str(seed), "--out", otklik_content], check=True)
    shutil.copytree(otklik_content, os.path.join(hugo, "content"))
    shutil.copytree(os.path.join(ROOT, "templates", "assets"),
                    os.path.join(hugo, "static", "assets"))
    return otklik_content, hugo


def output_folder(args, work):
    """Where the sites go. A tmpfs by default: on an ext4 file system without
    a journal (this bench's VMs), creating files soon after deleting others
    makes the kernel skip each recently deleted inode one by one
    (find_inode_bit, recently_deleted), which grows with the square of the
    files and measured the disk rather than the tools (bench/README.md)."""
    if args.out_dir:
        os.makedirs(args.out_dir, exist_ok=True)
        return tempfile.mkdtemp(prefix="otklik-bench-md-out-", dir=args.out_dir)
    shm = "/dev/shm"
    if os.path.isdir(shm) and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 1 << 30:
        return tempfile.mkdtemp(prefix="otklik-bench-md-out-", dir=shm)
    return work


def stage_times(stderr):
    """otklik's progress lines: "otklik: rendering pages: done in 21.6 s"."""
    return {m.group(1): float(m.group(2))
            for m in re.finditer(r"^otklik: (.+): done in ([0-9.]+) s$", stderr, re.M)}


def median(values):
    return statistics.median(values)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--otklik", required=True)
    parser.add_argument("--hugo", default="hugo")
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", help="build in this folder and leave it (default: a temp folder)")
    parser.add_argument("--out-dir", help="write the two sites here (default: /dev/shm if it has "
                        "1 GB free, else the build folder)")
    args = parser.parse_args()

    work = args.keep or tempfile.mkdtemp(prefix="otklik-bench-md-")
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
    out_dir = work
    try:
        content, hugo = prepare(work, args.pages, args.seed)
        out_dir = output_folder(args, work)
        print("output folder: %s" % out_dir, flush=True)
        otklik_out = os.path.join(out_dir, "otklik-site")
        hugo_out = os.path.join(out_dir, "hugo-site")
        tools = {
            "otklik": ([os.path.abspath(args.otklik), "build", "--data", "data", "--content",
                        content, "--templates", "templates", "--config", "otklik.yaml", "--out",
                        otklik_out], otklik_out, ROOT),
            "hugo": ([args.hugo, "--quiet", "--source", hugo, "--destination", hugo_out],
                     hugo_out, hugo),
        }
        results = {name: {"wall": [], "cpu": [], "stages": []} for name in tools}
        for name, (command, out, cwd) in tools.items():
            print("%s: warm-up" % name, flush=True)
            timed(command, out, cwd)
            for run in range(1, args.runs + 1):
                wall, cpu, stderr = timed(command, out, cwd)
                results[name]["wall"].append(wall)
                results[name]["cpu"].append(cpu)
                results[name]["stages"].append(stage_times(stderr))
                print("%s: run %d: wall %.2f s, CPU %.2f s" % (name, run, wall, cpu), flush=True)
        report(args, results, otklik_out, hugo_out)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
            if out_dir != work:
                shutil.rmtree(out_dir, ignore_errors=True)


def report(args, results, otklik_out, hugo_out):
    news = {"otklik": html_files(os.path.join(otklik_out, "news")),
            "hugo": html_files(os.path.join(hugo_out, "news"))}
    total = {"otklik": html_files(otklik_out), "hugo": html_files(hugo_out)}
    vi_news = {"otklik": html_files(os.path.join(otklik_out, "vi", "news")),
               "hugo": html_files(os.path.join(hugo_out, "vi", "news"))}
    print()
    print("pages written: otklik %d HTML files (%d news pages + %d vi/ versions), "
          "Hugo %d HTML files (%d news pages + %d vi/ versions)"
          % (total["otklik"], news["otklik"], vi_news["otklik"], total["hugo"], news["hugo"],
             vi_news["hugo"]))
    stages = results["otklik"]["stages"]
    if stages and stages[0]:
        print("otklik stages (median of %d runs):" % len(stages))
        for stage in stages[0]:
            print("  %-22s %7.2f s" % (stage, median([s.get(stage, 0.0) for s in stages])))
    wall = {name: median(r["wall"]) for name, r in results.items()}
    cpu = {name: median(r["cpu"]) for name, r in results.items()}
    ratio = wall["hugo"] / wall["otklik"]
    print("median wall: otklik %.2f s, Hugo %.2f s; hugo/otklik %.2f (target >= %.1f)"
          % (wall["otklik"], wall["hugo"], ratio, TARGET))
    print("median CPU:  otklik %.2f s, Hugo %.2f s; hugo/otklik %.2f"
          % (cpu["otklik"], cpu["hugo"], cpu["hugo"] / cpu["otklik"]))
    for name in ("otklik", "hugo"):
        if news[name] < args.pages or vi_news[name] < args.pages:  # the default is 10 000
            sys.exit("bench: %s wrote %d news pages (%d HTML files); expected %d"
                     % (name, news[name], total[name], args.pages))
    print("%s: hugo/otklik %.2f, target %.1f" % ("PASS" if ratio >= TARGET else "FAIL", ratio,
                                                 TARGET))


if __name__ == "__main__":
    main()
