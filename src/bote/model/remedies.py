"""Remedies with numbers: where bote can compute what a remedy buys, the
risk's remedy says it. Each figure comes from evaluating the file again with
the change applied (a `--set`, the machinery of variants), never from a
separate formula:

- `cannot-scale`: `scaling = horizontal` on the component, and the instances
  it then needs: the number of shards.
- `synchronized-clients`: `jitter = 100%` on the polled component, and the
  peak it then takes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bote.errors import BoteError
from bote.language.format import format_number
from bote.language.overrides import Overrides
from bote.model.capacity import at_percentile
from bote.model.report import ComponentResult, FileReport
from bote.model.risks import Risk, typical

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


def quantify(report: FileReport, evaluate: Callable[[Overrides], FileReport]) -> None:
    """Put the numbers into the remedies of `report`'s risks that have them.
    `evaluate(overrides)` evaluates the same file with a change applied."""
    changed: dict[int, Risk] = {}
    for c in report.components:
        for risk in c.risks:
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
