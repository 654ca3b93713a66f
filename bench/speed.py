"""Issue 17's start-up targets, in CPU time (user + system) of whole processes:

  - `bote check` on the largest example with a warm cache folder (the unit
    table and the grammar cached, the result not: `--no-cache`) within 0.5x
    of `python -c "import pint"`, and the estimate of bench/peers/ within
    1.5x of `qalc` on the same estimate (paired, when qalc is installed);
  - `bote --version` and `bote --help` import no evaluator (tests/test_imports.py
    checks that; here their cost);
  - a re-check of one unchanged example (a result-cache hit) within 1.2x of
    `python -c "import bote.cli"` (the interpreter plus the CLI's import);
  - a re-check of 200 unchanged files in one call under 0.3 s (wall).

Every Python process here runs with its bytecode cached (a temporary
PYTHONPYCACHEPREFIX), as a regular install has it.  Called by run.py
(`--only speed`).
"""
from __future__ import annotations

import shutil
import statistics
from pathlib import Path

import generate

PEERS = Path(__file__).resolve().parent / "peers"


def _cpu(result) -> float:
    return statistics.median(result.cpu)


def bench_speed(args, tmp: Path, warm_env: dict, summary: list, *, time_commands, bote_command, largest_example,
                validate, table, ms, verdict, PY: str) -> None:
    env = {k: v for k, v in warm_env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache-speed")
    bote = bote_command()
    example = str(largest_example())
    estimate = str(PEERS / "estimate.bote")
    small = tmp / "speed-small"
    small.mkdir()
    paths = generate.write_small_files(str(small), 200)
    print()
    print(validate([*bote, "check", estimate], env, "bench/peers/estimate.bote"))
    qalc = shutil.which("qalc")
    cases = [
        ("python -c pass", [PY, "-c", "pass"], env),
        ('python -c "import bote.cli"', [PY, "-c", "import bote.cli"], env),
        ('python -c "import pint"', [PY, "-c", "import pint"], env),
        ("bote --version", [*bote, "--version"], env),
        ("bote --help", [*bote, "--help"], env),
        ("bote check --no-cache, largest example", [*bote, "check", "--no-cache", example], env),
        ("bote check, largest example, unchanged (cached)", [*bote, "check", example], env),
        ("bote check --no-cache, peers/estimate.bote", [*bote, "check", "--no-cache", estimate], env),
        ("bote check, 200 small files, unchanged (cached)", [*bote, "check", *paths], env),
        ("bote check --no-cache, 200 small files", [*bote, "check", "--no-cache", *paths], env),
    ]
    if qalc:
        cases.append(("qalc -t -f peers/estimate.qalc", [qalc, "-t", "-f", str(PEERS / "estimate.qalc")], env))
    results = time_commands(cases, args.runs)
    by = {r.label: r for r in results}
    for r in results:
        r.note = f"CPU {ms(_cpu(r))} ms"
    table(f"0. issue 17 start-up (subprocess, {args.runs} runs + 1 warm-up, interleaved, bytecode cached)",
          [[r.label, str(len(r.times)), ms(r.median), ms(r.min), r.note] for r in results],
          ["benchmark", "runs", "median ms", "min ms", "note"])

    pint_ratio = _cpu(by["bote check --no-cache, largest example"]) / _cpu(by['python -c "import pint"'])
    summary.append(("check of the largest example (warm cache folder) <= 0.5x import pint, CPU",
                    f"{pint_ratio:.2f}x", pint_ratio <= 0.5))
    if qalc:
        q = _cpu(by["bote check --no-cache, peers/estimate.bote"]) / _cpu(by["qalc -t -f peers/estimate.qalc"])
        summary.append(("check of the peers' estimate <= 1.5x qalc, CPU", f"{q:.2f}x", q <= 1.5))
    else:
        print("   qalc is not installed (apt-get install qalc): the paired qalc row is skipped")
    hit = _cpu(by["bote check, largest example, unchanged (cached)"]) / _cpu(by['python -c "import bote.cli"'])
    summary.append(("re-check of one unchanged example <= 1.2x python + import of the CLI, CPU",
                    f"{hit:.2f}x", hit <= 1.2))
    many = by["bote check, 200 small files, unchanged (cached)"].median
    summary.append(("re-check of 200 unchanged files in one call < 0.3 s", f"{ms(many)} ms", many < 0.3))
    print(f"   bote check --no-cache / import pint (CPU): {pint_ratio:.2f}x; cached re-check / import bote.cli: "
          f"{hit:.2f}x; verdicts in the targets table ({verdict(pint_ratio <= 0.5)} for pint)")
