"""Remedies with numbers: where bote can compute what a remedy buys, the
risk's remedy says it. Each figure comes from evaluating the file again with
the change applied (a `--set`, the machinery of variants), never from a
separate formula:

- `cannot-scale`: `scaling = horizontal` on the component, and the instances
  it then needs: the number of shards; and the lowest whole-percent hit rate
  of a cache put in front of it (the file evaluated with every edge into it,
  and the load set on it, carrying the misses only) at which one instance
  serves its load.
- `synchronized-clients`: `jitter = 100%` on the polled component, and the
  peak it then takes.
- `rate-limit`: the fewest requests to batch into one call (`-> maps batch k`), found by
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


def _shard_or_cache(risk: Risk, c: ComponentResult, evaluate: Callable) -> str | None:
    """`shard it N ways ... or put a cache with hit_rate ≥ H% in front`: N the
    instances the file evaluated with `scaling = horizontal` gives it, H the
    smallest whole percent at which the file with a cache of that hit rate in
    front no longer has the risk (none when even 99% leaves it)."""
    try:
        again = evaluate(Overrides((f"{c.name}.scaling=horizontal",)))
    except BoteError:
        return None   # the change does not hold for this file: keep the remedy's words
    after = next((x for x in again.components if x.name == c.name), None)
    if after is None or after.sizing is None:
        return None
    # With ranges the risk may stand only in the tail that size_at accepts,
    # where one instance serves the sized load: shard for the samples it
    # stands in (the count its message gives), never "1 ways".
    shards = max(at_percentile(after.sizing.needed, after.sizing.size_at), int(risk.figures.get("needed_for_load", 0)))

    def passes(n: int) -> bool:   # n - 1 is the hit rate in percent: 1 is no cache, today's risk
        return not _still_has(evaluate, lambda program: cached_in_front(program, c.name, Fraction(n - 1, 100)),
                              c.name, risk.kind)
    found = smallest_passing(passes, 1, 100)
    cache = f" or put a cache with hit_rate ≥ {found - 1}% in front" if found is not None else ""
    return (f"shard it {shards} ways (with scaling = horizontal it needs {shards} instances){cache}; "
            "else batch the writes, or put a queue in front to smooth them")


def _still_has(evaluate: Callable, change: Callable, name: str, kind: str) -> bool:
    """Whether the file evaluated with `change` still has the risk (or no
    longer holds at all)."""
    try:
        again = evaluate(change)
    except BoteError:
        return True
    after = next((x for x in again.components if x.name == name), None)
    return after is None or any(r.kind == kind for r in after.risks)


def _jitter(risk: Risk, before: ComponentResult, after: ComponentResult) -> str:
    return (f"add random jitter to the poll schedule: jitter = 100% cuts the peak from "
            f"{format_number(typical(before.load.magnitude), unit=True)} to "
            f"{format_number(typical(after.load.magnitude), unit=True)} req/s")


REMEDIES["synchronized-clients"] = (lambda name: f"{name}.jitter=100%", _jitter)


#: The most requests bote tries batching into one call.
MAX_BATCH = 1 << 20
#: Remedies get their numbers in files of up to this many components, and
#: from at most this many evaluations in all: each is the whole file again,
#: and no input may make a check take minutes.
MAX_COMPONENTS = 100
MAX_EVALUATIONS = 64


def _batch(risk: Risk, c: ComponentResult, evaluate: Callable) -> str | None:
    """`batch ≥ k requests per call (`-> maps batch k`) to stay under its
    limit`: the smallest k at which the file, evaluated with every edge into
    the third party batching k requests into one call (`bote.model.batching`),
    no longer has the risk; None with ranges, or when no k up to MAX_BATCH
    does."""
    if not isinstance(c.load.magnitude, Fraction):
        return None

    def passes(k: int) -> bool:
        return not _still_has(evaluate, lambda program: batched_into(program, c.name, k), c.name, risk.kind)
    hi = smallest_passing(passes, 1, MAX_BATCH)   # 1 is today's load, which fails
    if hi is None:
        return None
    ceiling = c.kind_model.max_utilization if c.kind_model is not None else None
    within = f"{format_percent(ceiling)} of its limit" if ceiling is not None else "its limit"
    return (f"batch ≥ {hi} requests per call (`-> {c.name} batch {hi}`) to stay within {within}, put a queue in "
            "front and smooth the calls to its limit, or cache its responses; else negotiate a higher limit")


def batched_into(program: nodes.Program, target: str, k: int) -> nodes.Program:
    """The program with every edge into `target` batching `k` requests into
    one (`-> target batch k`, in place of any batch it had)."""
    def batched(edge: nodes.Edge) -> nodes.Edge:
        return edge if edge.target != target else replace(edge, batch=nodes.Number(Fraction(k), str(k),
                                                                                      edge.target_span))
    statements = tuple(replace(s, edges=tuple(batched(e) for e in s.edges)) if isinstance(s, nodes.Flow) else s
                       for s in program.statements)
    return replace(program, statements=statements)


def scaled_into(program: nodes.Program, target: str, share: Fraction) -> nodes.Program:
    """The program with every edge into `target` carrying `share` of what it
    did (1/k: k requests batched into one call)."""
    def scaled(edge: nodes.Edge) -> nodes.Edge:
        if edge.target != target:
            return edge
        return replace(edge, multiplier=_times(edge.multiplier, share, edge.target_span))
    statements = tuple(replace(s, edges=tuple(scaled(e) for e in s.edges)) if isinstance(s, nodes.Flow) else s
                       for s in program.statements)
    return replace(program, statements=statements)


def cached_in_front(program: nodes.Program, target: str, hit_rate: Fraction) -> nodes.Program:
    """The program with a cache of `hit_rate` in front of `target`: only the
    misses reach it, along every edge into it and of a `load` set on it."""
    misses = 1 - hit_rate
    program = scaled_into(program, target, misses)

    def missed(s):
        if not isinstance(s, nodes.Component) or s.name != target:
            return s
        return replace(s, properties=tuple(replace(p, expr=_times(p.expr, misses, p.span)) if p.name == "load" else p
                                           for p in s.properties))
    return replace(program, statements=tuple(missed(s) for s in program.statements))


def _times(expr: nodes.Expr | None, share: Fraction, span) -> nodes.Expr:
    factor = nodes.Number(share, str(share), span)
    return factor if expr is None else nodes.Binary("*", expr, factor, span)


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


#: A risk kind -> the remedy found by evaluating the file with changes tried
#: (or None, to keep the remedy's words).
SEARCHED: dict[str, Callable[[Risk, ComponentResult, Callable], str | None]] = {
    "cannot-scale": _shard_or_cache,
    "rate-limit": _batch,
}


class _OutOfBudget(Exception):
    pass


def _quantify(report: FileReport, evaluate: Callable) -> None:
    changed: dict[int, Risk] = {}
    for c in report.components:
        for risk in c.risks:
            if risk.kind in SEARCHED and risk.component is not None:
                remedy = SEARCHED[risk.kind](risk, c, evaluate)
                if remedy is not None:
                    changed[id(risk)] = replace(risk, remedy=remedy)
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


__all__ = ["REMEDIES", "SEARCHED", "quantify"]
