#!/usr/bin/env python3
"""Paired benchmark of this checkout against another one (the commit before
a redesign): the start-up, big-file and Monte Carlo cases, run A B A B …
so that the ratio of each pair holds while the shared machine's speed
drifts.

    git worktree add /tmp/before <commit> && python3 -m venv /tmp/before/.venv \\
        && /tmp/before/.venv/bin/pip install -e /tmp/before
    .venv/bin/python bench/versus.py /tmp/before/.venv/bin/python [--runs 9]
    git archive OLD src grammar | tar -x -C /tmp/old    # or an earlier bote's sources alone:
    .venv/bin/python bench/versus.py /tmp/old [--runs 9]  # this interpreter, PYTHONPATH=/tmp/old/src

Each case is a fresh process. Start-up is `bote check --no-cache` of the
largest example with a warm cache folder (CPU time of the whole process);
so are the breaking point of the big file (`bote check --no-cache BIG
--tidal-wave`, issue 13) and `bote render --check` of an up-to-date doc of
4,000 blocks (issue 11); the big
file is `bote.evaluate()` of the generated 10,000 bindings + 1,000
components and the Monte Carlo case `bote.evaluate()` of the generated
1,000-binding file with ranges at 10,000 samples, both timed inside the
process (import and warm-up excluded). Prints each side's median and the
median of the per-pair ratios (this / other).
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_TIMED = """
import gc, sys, time
sys.path.insert(0, {bench!r})
import generate, bote
bote.evaluate(generate.small_program(0), "warm-up.bote")
bote.evaluate("x = 1 to 2", "warm-up.bote")
text = {make}
gc.collect()
t0 = time.perf_counter()
bote.evaluate(text, "bench.bote"{extra})
print(time.perf_counter() - t0)
"""

CASES = {
    "big file: evaluate() of 10,000 bindings + 1,000 components":
        ("generate.big_program(10_000, 1_000)", ""),
    "Monte Carlo: evaluate() of 1,000 bindings + 100 components, 10,000 samples":
        ("generate.uncertain_program(1_000, 100)", ", samples=10_000"),
}


def largest_example() -> Path:
    return max(ROOT.glob("examples/*.bote"), key=lambda p: len(p.read_text().splitlines()))


#: Whole `bote` commands (CPU of the process) on generated files: (label,
#: file name, the `generate` function and its sizes, the command's arguments).
COMMANDS = (
    ("breaking point: bote check --no-cache --tidal-wave of the big file, CPU",
     "big.bote", ("big_program", 10_000, 1_000), ["check", "--no-cache", "{file}", "--tidal-wave"]),
    ("doc: bote render --check of 4,000 blocks (up to date), CPU",
     "doc.md", ("design_doc", 4_000), ["render", "--check", "{file}"]),
)


def cpu_of(cmd: list[str], env: dict) -> float:
    """CPU seconds (user + system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timed(python: str, make: str, extra: str, env: dict) -> float:
    code = _TIMED.format(bench=str(HERE), make=make, extra=extra)
    done = subprocess.run([python, "-c", code], env=env, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other_python", help="the other checkout's virtualenv python")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    this = sys.executable
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "BOTE_CACHE_DIR": cache}
        envs = {"this": env, "other": env}
        other = args.other_python
        if Path(other).is_dir():   # a source tree: this interpreter, that tree's bote first on the path
            envs["other"] = {**env, "PYTHONPATH": str(Path(other) / "src")}
            other = this
        example = str(largest_example())
        sides = {"this": this, "other": other}
        for k, python in sides.items():   # warm the cache folder for both
            subprocess.run([python, "-m", "bote", "check", example], env=envs[k], capture_output=True, check=False)
        rows = []
        startup: dict[str, list[float]] = {k: [] for k in sides}
        for _ in range(args.runs):
            for k, python in sides.items():
                startup[k].append(cpu_of([python, "-m", "bote", "check", "--no-cache", example], envs[k]))
        rows.append((f"start-up: bote check --no-cache {Path(example).name}, CPU", startup))
        sys.path.insert(0, str(HERE))
        import generate
        for label, name, make, arguments in COMMANDS:
            path = Path(cache) / name
            function, *sizes = make
            path.write_text(getattr(generate, function)(*sizes))
            if name.endswith(".md"):   # render it once, so that --check finds it up to date
                subprocess.run([this, "-m", "bote", "render", str(path)], env=env, capture_output=True, check=False)
            command = [a.format(file=path) for a in arguments]
            times = {k: [] for k in sides}
            for _ in range(args.runs):
                for k, python in sides.items():
                    times[k].append(cpu_of([python, "-m", "bote", *command], envs[k]))
            rows.append((label, times))
        for label, (make, extra) in CASES.items():
            times = {k: [] for k in sides}
            for _ in range(args.runs):
                for k, python in sides.items():
                    times[k].append(timed(python, make, extra, envs[k]))
            rows.append((label, times))
    print(f"{args.runs} paired runs; medians in ms; ratio = median of this/other per pair")
    for label, t in rows:
        ratio = statistics.median(a / b for a, b in zip(t["this"], t["other"]))
        print(f"- {label}: this {statistics.median(t['this']) * 1000:.0f}, "
              f"other {statistics.median(t['other']) * 1000:.0f}, ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
