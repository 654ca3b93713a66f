#!/usr/bin/env python3
"""Paired benchmark of the parser alone: `bote.language.parse.parse` of the
generated big file (10,000 bindings + 1,000 components, 14,862 lines) in this
checkout against another bote's sources, A B A B ...  (`bench/versus.py`
times the whole `bote.evaluate()`; this isolates the parse stage.)

    git archive OLD src grammar | tar -x -C /tmp/old
    .venv/bin/python bench/parse_versus.py /tmp/old [--runs 9]

Each run is a fresh process with this interpreter and the side's `src`
first on the path: one warm-up parse, then the CPU time of the best of three
parses, with the cyclic garbage collector paused as `bote.evaluate()` pauses
it.  Prints each side's median and the median of the per-pair ratios.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_TIMED = """
import gc, sys, time
sys.path.insert(0, {bench!r})
import generate
from bote.language import parse
text = generate.big_program(10_000, 1_000)
parse.parse("x = 1 ms\\n", "warm-up.bote")
parse.parse(text, "bench.bote")
best = None
for _ in range(3):
    gc.collect()
    gc.disable()
    t0 = time.process_time()
    parse.parse(text, "bench.bote")
    t = time.process_time() - t0
    gc.enable()
    best = t if best is None else min(best, t)
print(best)
"""


def timed(src: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", _TIMED.format(bench=str(HERE))], env=env,
                          capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", help="the other bote's source tree (with src/ and grammar/)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    sides = {"this": ROOT / "src", "other": Path(args.other) / "src"}
    times: dict[str, list[float]] = {k: [] for k in sides}
    for _ in range(args.runs):
        for k, src in sides.items():
            times[k].append(timed(src))
    ratio = statistics.median(a / b for a, b in zip(times["this"], times["other"]))
    print(f"{args.runs} paired runs; parse of the 14,862-line generated file, CPU, best of 3 in each process")
    print(f"- this {statistics.median(times['this']) * 1000:.0f} ms, "
          f"other {statistics.median(times['other']) * 1000:.0f} ms, ratio {ratio:.2f}")


if __name__ == "__main__":
    main()
