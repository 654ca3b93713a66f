"""A fuzzing run: programs of one family drawn by Hypothesis, each checked by
the worker, the outcomes counted and the failures kept (the shortest input
of each distinct bug)."""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field

from hypothesis import HealthCheck, Phase, given, seed, settings

from .harness import OUTCOMES, Outcome, Worker
from .programs import FILE_NAMES, STRATEGIES

#: Hypothesis keeps what it has drawn to steer later draws: a long run is cut
#: into batches of this many programs, each with its own seed, so memory stays flat.
BATCH = 500


@dataclass
class Tally:
    family: str
    programs: int = 0
    outcomes: Counter = field(default_factory=Counter)
    distinct: set = field(default_factory=set)       # hashes of the programs seen
    failures: dict = field(default_factory=dict)     # bug -> (shortest input, its Outcome)
    diagnostics: Counter = field(default_factory=Counter)  # kind of the first error -> programs
    explained: int = 0                               # figures `bote explain` explained
    refused: int = 0                                 # figures it refused with a BoteError
    seconds: float = 0.0

    def add(self, text: str, outcome: Outcome) -> None:
        self.programs += 1
        self.outcomes[outcome.kind] += 1
        self.distinct.add(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest())
        if outcome.kind == "diagnostic":
            self.diagnostics[outcome.detail] += 1
        self.explained += outcome.explained
        self.refused += outcome.refused
        if outcome.failed:
            kept = self.failures.get(outcome.bug)
            if kept is None or len(text) < len(kept[0]):
                self.failures[outcome.bug] = (text, outcome)

    def row(self) -> list:
        return [self.family, self.programs, len(self.distinct), *(self.outcomes[k] for k in OUTCOMES),
                f"{self.seconds:.0f} s"]


HEADERS = ["family", "programs", "distinct", *OUTCOMES, "time"]


def draw(family: str, n: int, first_seed: int, body, *, shrink: bool = False) -> None:
    """Call `body(text)` on `n` programs of `family` drawn with seeds from
    `first_seed` on (deterministic: the same seed draws the same programs)."""
    strategy = STRATEGIES[family]()
    phases = [Phase.generate, Phase.shrink] if shrink else [Phase.generate]
    for batch, start in enumerate(range(0, n, BATCH)):
        @seed(first_seed + batch)
        @settings(max_examples=min(BATCH, n - start), database=None, deadline=None, phases=phases,
                  suppress_health_check=list(HealthCheck), print_blob=False, report_multiple_bugs=False)
        @given(strategy)
        def one(text: str) -> None:
            body(text)
        one()


def fuzz(family: str, n: int, worker: Worker, first_seed: int = 0, progress=None) -> Tally:
    """Check `n` programs of `family`; never stops at a failure."""
    tally = Tally(family)
    started = time.monotonic()
    name = FILE_NAMES[family]

    def body(text: str) -> None:
        tally.add(text, worker.run(text, name))
        if progress is not None and tally.programs % 500 == 0:
            tally.seconds = time.monotonic() - started
            progress(tally)

    draw(family, n, first_seed, body)
    tally.seconds = time.monotonic() - started
    return tally
