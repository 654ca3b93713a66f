#!/usr/bin/env python3
"""What installing bote costs: the runtime dependencies with and without
numpy, and a clean `make demo` against a plain `pip install` of them.

    python3 bench/install.py [--runs 3] [--only numpy,demo]

numpy: each run makes a fresh virtualenv and times `pip install` of
pyproject's runtime dependencies without numpy, then in another fresh
virtualenv with it (the two alternate, A B A B ..., so a noisy moment hits
both), and measures what the install added to site-packages.

demo: a clean `make demo` in a fresh copy of the working tree (the files
git tracks, as they are on disk, no `.venv`), against `python -m venv` plus
`pip install` of the runtime dependencies in a fresh folder, alternating.

Both use pip as this machine has it set up (its index and its cache: one
discarded warm-up round first, so every timed run finds the same wheels in
the cache). Prints the median of each and the median of the per-pair ratios.
Uses only the standard library; run it with any Python >= 3.11.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def runtime_dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower()


def _numpy_requirement() -> str:
    """numpy as pyproject names it (a runtime dependency or in an extra)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    every = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        every += extra
    return next(r for r in every if _name(r) == "numpy")


def _timed(argv: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _site_packages(venv: Path) -> Path:
    (site,) = venv.glob("lib/python*/site-packages")
    return site


def install_once(where: Path, requirements: list[str]) -> tuple[float, int]:
    """Seconds for `pip install` into a fresh virtualenv, and the bytes it added."""
    venv = where / "venv"
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    before = _size(_site_packages(venv))
    seconds = _timed([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *requirements])
    return seconds, _size(_site_packages(venv)) - before


def bench_numpy(runs: int, scratch: Path) -> None:
    without = [r for r in runtime_dependencies() if _name(r) != "numpy"]
    with_numpy = [*without, _numpy_requirement()]
    print(f"runtime set without numpy: {' '.join(without)}")
    print(f"with: {with_numpy[-1]}")
    install_once(scratch, with_numpy)      # warm-up: every wheel is in pip's cache from here on
    times: dict[str, list[float]] = {"without": [], "with": []}
    sizes: dict[str, int] = {}
    for _ in range(runs):
        for label, requirements in (("without", without), ("with", with_numpy)):
            seconds, added = install_once(scratch, requirements)
            times[label].append(seconds)
            sizes[label] = added
    ratios = [w / wo for w, wo in zip(times["with"], times["without"])]
    for label in ("without", "with"):
        print(f"  pip install, {label} numpy: median {statistics.median(times[label]):.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in times[label])}), "
              f"{sizes[label] / 1e6:.1f} MB in site-packages")
    print(f"  with / without: x{statistics.median(ratios):.2f} (median of the per-pair ratios)")


def _copy_tree(to: Path) -> None:
    """The files git tracks, as they are in the working tree (edits included)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    for name in listed.decode().split("\0"):
        source = ROOT / name
        if name and source.is_file():
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, to / name)


def bench_demo(runs: int, scratch: Path) -> None:
    requirements = runtime_dependencies()
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "VIRTUAL_ENV")}
    env["BOTE_CACHE_DIR"] = str(scratch / "bote-cache")   # a first run each time, like a new user's

    def demo() -> float:
        clone = scratch / "clone"
        shutil.rmtree(clone, ignore_errors=True)
        clone.mkdir()
        _copy_tree(clone)
        shutil.rmtree(scratch / "bote-cache", ignore_errors=True)
        start = time.perf_counter()
        subprocess.run(["make", "demo", f"PYTHON={sys.executable}"], cwd=clone, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start

    def plain() -> float:
        venv = scratch / "plain"
        shutil.rmtree(venv, ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *requirements],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start

    demo(), plain()   # warm-up
    times: dict[str, list[float]] = {"make demo": [], "venv + pip install": []}
    for _ in range(runs):
        times["make demo"].append(demo())
        times["venv + pip install"].append(plain())
    ratios = [d / p for d, p in zip(times["make demo"], times["venv + pip install"])]
    print(f"runtime dependencies: {' '.join(requirements)}")
    for label, values in times.items():
        print(f"  {label}: median {statistics.median(values):.2f} s (runs {', '.join(f'{t:.2f}' for t in values)})")
    print(f"  make demo / plain install: x{statistics.median(ratios):.2f} (median of the per-pair ratios)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="numpy,demo", help="numpy, demo (comma-separated)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bote-install-") as scratch:
        for name in args.only.split(","):
            print(f"== {name}")
            {"numpy": bench_numpy, "demo": bench_demo}[name](args.runs, Path(scratch))


if __name__ == "__main__":
    main()
