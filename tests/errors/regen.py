"""Rewrite the `.out` snapshots of the error corpus from what bote prints now.

Run it after deliberately rewording a message, then read `git diff tests/errors`
before committing:

    .venv/bin/python tests/errors/regen.py            # every case
    .venv/bin/python tests/errors/regen.py unknown-unit/bare-b dimension/add

A case marked `# xfail:` records what bote prints today (the wrong output);
once the bug is fixed, drop the `# xfail:` line and regenerate.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, cases, run_check


def main(argv: list[str]) -> int:
    wanted = set(argv)
    chosen = [c for c in cases() if not wanted or c.id in wanted]
    unknown = wanted - {c.id for c in chosen}
    if unknown:
        print(f"no such case: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    changed = 0
    for case in chosen:
        stderr = run_check(case.rel).stderr.decode("utf-8", "replace")
        old = case.snapshot.read_bytes().decode("utf-8") if case.snapshot.exists() else None
        if stderr != old:
            case.snapshot.write_bytes(stderr.encode("utf-8"))
            changed += 1
            print(f"{'updated' if old is not None else 'created'} {case.snapshot.relative_to(ROOT)}")
    print(f"{len(chosen)} cases, {changed} snapshots written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
