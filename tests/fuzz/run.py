"""`make fuzz`: a long fuzzing run, and how the README's figures are measured.

    .venv/bin/python tests/fuzz/run.py --grammar 100000 --mutated 100000 --markdown 10000

Prints, per family, the programs checked, how many were distinct, and how
each ended (ok, bote diagnostic, internal error, hang, memory blow-up,
worker crash) with the time taken, and how many figures of the valid ones
`bote explain` explained; then each distinct bug with its input
minimized and its traceback. The failing inputs are also written to --out.
Exit status 1 when any program failed. One worker process: the run uses one
core (plus Hypothesis drawing in this one).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tabulate import tabulate

from fuzz.campaign import HEADERS, fuzz
from fuzz.harness import MEMORY_LIMIT, TIME_LIMIT, Worker, minimal_failure
from fuzz.programs import FILE_NAMES


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--grammar", type=int, default=1000, help="programs drawn from the grammar")
    parser.add_argument("--mutated", type=int, default=1000, help="mutated examples")
    parser.add_argument("--markdown", type=int, default=100, help="Markdown docs")
    parser.add_argument("--seed", type=int, default=0, help="first Hypothesis seed (each batch takes the next)")
    parser.add_argument("--minimize-seconds", type=float, default=120.0, help="time to minimize each bug")
    parser.add_argument("--out", type=Path, default=Path("build/fuzz"), help="where failing inputs are written")
    args = parser.parse_args(argv)

    def progress(tally) -> None:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(tally.outcomes.items()))
        print(f"  {tally.family}: {tally.programs} programs, {counts} ({tally.seconds:.0f} s)",
              file=sys.stderr, flush=True)

    print(f"bote fuzz: time limit {TIME_LIMIT:g} s, address space {MEMORY_LIMIT >> 20} MiB per program, "
          f"seed {args.seed}", flush=True)
    tallies = []
    with Worker() as worker:
        for family, n in [("grammar", args.grammar), ("mutated", args.mutated), ("markdown", args.markdown)]:
            if n > 0:
                tallies.append(fuzz(family, n, worker, args.seed, progress))
        print(tabulate([t.row() for t in tallies], HEADERS, tablefmt="github"), flush=True)
        for t in tallies:
            kinds = ", ".join(f"{kind} {count}" for kind, count in t.diagnostics.most_common())
            print(f"{t.family} diagnostics by kind: {kinds}")
            print(f"{t.family}: {t.explained} figures explained (text and JSON) in {t.outcomes['ok']} valid "
                  f"programs, {t.refused} refused")
        bugs = [(t.family, bug, text, outcome) for t in tallies for bug, (text, outcome) in t.failures.items()]
        args.out.mkdir(parents=True, exist_ok=True)
        found = []
        for k, (family, bug, text, outcome) in enumerate(bugs, 1):
            started = time.monotonic()
            small = minimal_failure(worker, text, FILE_NAMES[family], outcome, args.minimize_seconds)
            again = worker.run(small, FILE_NAMES[family])
            # A failure that does not come back (a hang on a busy machine) says so rather than print nothing.
            detail = again.detail.rstrip() if again.failed else \
                f"(did not fail again: {again.kind}; the run saw: {outcome.detail.rstrip()})"
            print(f"\n## {k}. {bug} ({family}; minimized in {time.monotonic() - started:.0f} s)\n"
                  f"input: {small!r}\n{detail}", flush=True)
            found.append({"family": family, "bug": bug, "input": text, "minimal": small, "detail": again.detail})
            (args.out / f"{k}-{family}.{'md' if FILE_NAMES[family].endswith('.md') else 'bote'}").write_text(
                small, encoding="utf-8", errors="surrogatepass")
        summary = {"seed": args.seed, "families": [dict(zip(HEADERS, t.row())) for t in tallies], "bugs": found}
        (args.out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    total = sum(t.programs for t in tallies)
    failed = sum(t.outcomes[k] for t in tallies for k in ("internal", "hang", "memory", "crash"))
    print(f"\n{total} programs, {failed} failed, {len(bugs)} distinct bugs; inputs in {args.out}/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
