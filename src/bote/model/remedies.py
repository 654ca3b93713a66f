"""Remedies with numbers: where bote can compute what a remedy buys, the
risk's remedy says it. Each figure comes from evaluating the file again with
the change applied (a `--set`, the machinery of variants), never from a
separate formula:

- `cannot-scale`: `scaling = horizontal` on the component, and the instances
  it then needs: the number of shards.
- `synchronized-clients`: `jitter = 100%` on the polled component, and the
  peak it then takes.
- `rate-limit`: the fewest requests to batch into one call, found by
  evaluating the file with the third party's load divided by each count
  tried until its rate limit no longer trips (a doubling, then a bisection).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction

from bote.errors import BoteError
from bote.language import nodes
from bote.language.format import format_number, format_percent
from bote.language.overrides import Overrides
from bote.model.capacity import at_percentile
from bote.model.report import ComponentResult, FileReport
from bote.model.risks import Risk, typical
from bote.model.search import smallest_passing

#: A risk kind -> (the `--set` that applies its remedy, how the remedy reads
#: with the re-evaluated component).
REMEDIES: dict[str, tuple[Callable[[str], str], Callable[[Risk, ComponentResult, ComponentResult], str]]] = {}


def _cannot_scale(risk: Risk, before: ComponentResult, after: ComponentResult) -> str:
    assert after.sizing is not None
    shards = at_percentile(after.sizing.needed, after.sizing.size_at)
    return (f"shard it {shards} ways (with scaling = horizontal it needs {shards} instances), batch the writes, "
            "or put a queue in front to smooth them")


def _jitter(risk: Risk, before: ComponentResult, after: ComponentResult) -> str:
    return (f"add random jitter to the poll schedule: jitter = 100% cuts the peak from "
            f"{format_number(typical(before.load.magnitude), unit=True)} to "
            f"{format_number(typical(after.load.magnitude), unit=True)} req/s")


REMEDIES["cannot-scale"] = (lambda name: f"{name}.scaling=horizontal", _cannot_scale)
REMEDIES["synchronized-clients"] = (lambda name: f"{name}.jitter=100%", _jitter)


#: The most requests bote tries batching into one call.
MAX_BATCH = 1 << 20
#: Remedies get their numbers in files of up to this many components, and
#: from at most this many evaluations in all: each is the whole file again,
#: and no input may make a check take minutes.
MAX_COMPONENTS = 100
MAX_EVALUATIONS = 64


def _batch(risk: Risk, c: ComponentResult, evaluate: Callable) -> str | None:
    """`batch ≥ k requests per call to stay under its limit`: the smallest k at
    which the file, evaluated with every edge into the third party carrying
    1/k of its calls, no longer has the risk; None with ranges, or when no k
    up to MAX_BATCH does."""
    if not isinstance(c.load.magnitude, Fraction):
        return None

    def passes(k: int) -> bool:
        try:
            again = evaluate(lambda program: batched(program, c.name, k))
        except BoteError:
            return False
        after = next((x for x in again.components if x.name == c.name), None)
        return after is not None and not any(r.kind == risk.kind for r in after.risks)
    hi = smallest_passing(passes, 1, MAX_BATCH)   # 1 is today's load, which fails
    if hi is None:
        return None
    ceiling = c.kind_model.max_utilization if c.kind_model is not None else None
    within = f"{format_percent(ceiling)} of its limit" if ceiling is not None else "its limit"
    return (f"batch ≥ {hi} requests per call to stay within {within}, put a queue in front and smooth the calls "
            "to its limit, or cache its responses; else negotiate a higher limit")


def batched(program: nodes.Program, target: str, k: int) -> nodes.Program:
    """The program with every edge into `target` carrying 1/k of what it did:
    k requests batched into one call."""
    def scaled(edge: nodes.Edge) -> nodes.Edge:
        if edge.target != target:
            return edge
        span = edge.target_span
        one_in = nodes.Binary("/", edge.multiplier or nodes.Number(Fraction(1), "1", span),
                              nodes.Number(Fraction(k), str(k), span), span)
        return replace(edge, multiplier=one_in)
    statements = tuple(replace(s, edges=tuple(scaled(e) for e in s.edges)) if isinstance(s, nodes.Flow) else s
                       for s in program.statements)
    return replace(program, statements=statements)


def quantify(report: FileReport, evaluate: Callable) -> None:
    """Put the numbers into the remedies of `report`'s risks that have them.
    `evaluate(change)` evaluates the same file with a change applied: the
    `Overrides` of a `--set`, or a function of the parsed program."""
    if len(report.components) > MAX_COMPONENTS:
        return
    budget = [MAX_EVALUATIONS]

    def counted(change):
        if budget[0] <= 0:
            raise _OutOfBudget
        budget[0] -= 1
        return evaluate(change)
    try:
        _quantify(report, counted)
    except _OutOfBudget:
        return   # (the remedies found so far are dropped with the rest: the output never depends on a clock)


class _OutOfBudget(Exception):
    pass


def _quantify(report: FileReport, evaluate: Callable) -> None:
    changed: dict[int, Risk] = {}
    for c in report.components:
        for risk in c.risks:
            if risk.kind == "rate-limit" and risk.component is not None:
                batched = _batch(risk, c, evaluate)
                if batched is not None:
                    changed[id(risk)] = replace(risk, remedy=batched)
                continue
            if risk.kind not in REMEDIES or risk.component is None:
                continue
            option, text = REMEDIES[risk.kind]
            try:
                again = evaluate(Overrides((option(risk.component),)))
            except BoteError:
                continue  # the change does not hold for this file: keep the remedy's words
            after = next((x for x in again.components if x.name == c.name), None)
            if after is not None:
                changed[id(risk)] = replace(risk, remedy=text(risk, c, after))
    if not changed:
        return
    report.risks[:] = [changed.get(id(r), r) for r in report.risks]
    report.components[:] = [replace(c, risks=tuple(changed.get(id(r), r) for r in c.risks))
                            for c in report.components]


__all__ = ["REMEDIES", "quantify"]
