"""Untrusted input: no program hangs bote, exhausts its memory or reaches its
"this is a bug in bote" path.

A short, seeded run of each fuzzing family (tests/fuzz/programs.py): every
program is checked in a worker process the way `bote check` (every format)
and `bote render --check` do, with a 5 s time limit and a 1 GiB address
space; a valid one is then explained, every figure (`bote explain`, text
and JSON), with a 5 s time limit of its own. A failure is shrunk by Hypothesis, minimized further, and printed
with its traceback. `make fuzz` is the long run; `-m "not fuzz"` leaves
this one out.
"""
from __future__ import annotations

import re

import pytest

from fuzz.campaign import draw
from fuzz.harness import Outcome, Worker, minimal_failure, minimize
from fuzz.programs import FILE_NAMES

pytestmark = pytest.mark.fuzz

#: Programs per family: a few hundred in all, well under a minute.
SHORT_RUN = {"grammar": 300, "mutated": 300, "markdown": 60}
SEED = 11


class BugInBote(Exception):
    """A program failed (Hypothesis shrinks it)."""


@pytest.fixture(scope="module")
def worker():
    with Worker() as w:
        yield w


@pytest.mark.parametrize("family", SHORT_RUN)
def test_no_program_hangs_blows_up_or_fails_inside_bote(family, worker):
    name = FILE_NAMES[family]
    failed: list[tuple[str, Outcome]] = []

    def check(text: str) -> None:
        outcome = worker.run(text, name)
        if outcome.failed:
            failed.append((text, outcome))
            raise BugInBote(outcome.bug)

    try:
        draw(family, SHORT_RUN[family], SEED, check, shrink=True)
    except Exception:
        if not failed:
            raise
    if failed:
        # Hypothesis replays its smallest failing example last.
        text, outcome = failed[-1]
        small = minimal_failure(worker, text, name, outcome, budget=60.0)
        again = worker.run(small, name)
        pytest.fail(f"{outcome.bug}\nminimal input: {small!r}\n(as drawn: {text!r})\n{again.detail}",
                    pytrace=False)


# ---- the harness itself ----------------------------------------------------------------

def test_the_worker_tells_each_outcome_apart(worker):
    assert worker.run("x = 1 GB\n").kind == "ok"
    diagnostic = worker.run("x = (\n")
    assert (diagnostic.kind, diagnostic.detail) == ("diagnostic", "syntax")
    assert worker.run("```bote\nx = 1 GB\n```\n", "doc.md").kind == "ok"
    assert worker.run("```bote\nx = 1 GB +\n```\n", "doc.md").kind == "diagnostic"


def test_a_valid_program_is_explained_figure_by_figure(worker):
    # x, y, and api's figures: a program without errors has each explained
    ok = worker.run("x = 1 GB\ny = x * 2\n")
    assert (ok.kind, ok.explained, ok.refused) == ("ok", 2, 0)
    many = worker.run("component api {\n  load = 1k req/s\n  capacity = 100 req/s\n}\n")
    assert many.kind == "ok" and many.explained > 20  # load, capacity, needed_for_load, instances, ...
    assert worker.run("x = (\n").explained == 0  # a file with errors is not explained
    with Worker(explain=False) as w:
        assert w.run("x = 1 GB\ny = x * 2\n").explained == 0


def test_a_hang_is_stopped_at_the_time_limit_and_the_worker_restarted():
    with Worker(time_limit=1.0) as w:
        assert w.probe("hang").kind == "hang"
        assert w.run("x = 1 GB\n").kind == "ok"
        assert w.restarts == 1


def test_memory_blow_ups_exceptions_and_deaths_are_failures(worker):
    memory = worker.probe("memory")
    assert (memory.kind, memory.signature) == ("memory", "MemoryError")
    internal = worker.probe("raise")
    assert internal.kind == "internal" and "KeyError: 'probe'" in internal.detail
    crash = worker.probe("die")
    assert (crash.kind, crash.signature) == ("crash", "killed by SIGSEGV")
    assert worker.run("x = 1 GB\n").kind == "ok"


def test_a_failing_input_is_minimized_to_what_makes_it_fail():
    text = "x = 1 GB\ny = 2 * (3 BAD 4)\nz = x\n"
    assert minimize(text, lambda t: "BAD" in t) == "BAD"
    assert minimize(text, lambda t: re.search(r"\(.*BAD.*\)", t) is not None) == "(BAD)"
