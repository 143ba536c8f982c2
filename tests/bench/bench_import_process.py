#!/usr/bin/env python3
"""The whole `thidua-cli import people` process beside openpyxl merely reading the same file (issue 12, point 8).

Generates one 3,000-row student list as .xlsx (BenchRosterImport --build), then runs, in turn and RUNS times each:
  - `thidua-cli --db NEW.sqlite import people FILE --year 2024-2025`, into a new database file each time (the
    process starts, reads, checks, creates the school file and writes every person in one transaction);
  - `python3 -c "openpyxl.load_workbook(FILE, read_only=True)"` and every cell of every row read (values_only).
Both are timed as whole processes: wall-clock time, and CPU time (user + system) of the process, which a loaded
machine inflates less. Prints medians. Goal: the import under 0.3 s and faster than openpyxl. Never fails on time.

    bench_import_process.py --cli build/release/app/thidua-cli \
        --generator build/release/tests/bench/BenchRosterImport [--rows 3000] [--runs 9] [--python /usr/bin/python3]
(or `cmake --build --preset release --target bench_import_process`). Needs openpyxl (Debian: python3-openpyxl).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

READ = """
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
cells = 0
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        cells += len(row)
print(cells)
"""


def timed(command):
    """Wall and CPU seconds of one child process; raises when it fails."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    out = child.stdout.read().decode(errors="replace")
    err = child.stderr.read().decode(errors="replace")
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({child.returncode}):\n{out}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--generator", required=True, help="BenchRosterImport (writes the list with --build)")
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--python", default="/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable)
    args = parser.parse_args()

    probe = subprocess.run([args.python, "-c", "import openpyxl; print(openpyxl.__version__)"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        raise SystemExit(f"{args.python} has no openpyxl (apt-get install python3-openpyxl)")

    with tempfile.TemporaryDirectory() as work:
        book = os.path.join(work, "roster.xlsx")
        subprocess.run([args.generator, "--build", book, str(args.rows)], check=True)
        print(f"{args.rows} rows, {os.path.getsize(book) // 1024} KiB .xlsx; openpyxl {probe.stdout.strip()}; "
              f"{args.runs} runs each, taking turns")
        cli_wall, cli_cpu, py_wall, py_cpu = [], [], [], []
        summary = ""
        for run in range(args.runs):
            db = os.path.join(work, f"school{run}.sqlite")
            wall, cpu, out = timed([args.cli, "--db", db, "import", "people", book, "--year", "2024-2025"])
            cli_wall.append(wall)
            cli_cpu.append(cpu)
            summary = out.strip().splitlines()[-1]
            wall, cpu, _ = timed([args.python, "-c", READ, book])
            py_wall.append(wall)
            py_cpu.append(cpu)

    def line(name, wall, cpu):
        return (f"{name:<34} wall {statistics.median(wall):6.3f} s (min {min(wall):.3f})"
                f"   cpu {statistics.median(cpu):6.3f} s (min {min(cpu):.3f})")

    print(line("thidua-cli import people", cli_wall, cli_cpu) + f"   [{summary}]")
    print(line("openpyxl read_only, every cell", py_wall, py_cpu))
    ratio = statistics.median(cli_wall) / statistics.median(py_wall)
    print(f"import / openpyxl: {ratio:.2f} (wall), "
          f"{statistics.median(cli_cpu) / statistics.median(py_cpu):.2f} (cpu)")
    met = statistics.median(cli_wall) < 0.3 and ratio < 1
    print(f"goal: import under 0.3 s and faster than openpyxl: {'met' if met else 'MISSED'}"
          f" (load average {os.getloadavg()[0]:.1f}: wall times grow with the machine's load)")


if __name__ == "__main__":
    main()
