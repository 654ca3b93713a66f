"""What the risks of the kinds that are not request servers share: the
core's checks on a queue's brokers, lockstep polling on clients, the
assumed-load note, and how a kind's own risks (in its module: a queue's
backlog, a third party's rate limit) become notes in the tail `size_at`
accepts; the wording of durations and rates they use.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from bote.errors import Span
from bote.language.format import (
    format_duration,
    format_number,
    spread_text,
)
from bote.language.quantity import is_sampled
from bote.model.risks import (
    Risk,
    accepted,
)
from bote.uncertainty.sampling import DEFAULT_SIZE_AT

if TYPE_CHECKING:  # the kinds' modules import this one
    from bote.model.kinds.base import KindModel


def duration_text(seconds) -> str:
    """A duration in the unit a person would say: `45 s`, `8.75 min`,
    `3.5 h`, `2.1 day`."""
    from bote.language.format import _built_in_units, quantity_text
    from bote.language.quantity import Quantity
    if is_sampled(seconds):
        return spread_text(seconds, duration_text)
    seconds = float(seconds)
    if seconds == 0:
        return "0 s"
    if math.isinf(seconds) or seconds < 120:
        return format_duration(seconds)
    unit, _ = ("minute", 60) if seconds < 7200 else ("hour", 3600) if seconds < 172800 else ("day", 86400)
    return quantity_text(Quantity(seconds, (("time", 1),), ((unit, 1),)), _built_in_units(), fixed=True)


def _rate(x, what="req/s") -> str:
    return f"{format_number(x, unit=True)} {what}"


def risks_of(info, m: KindModel, assumed: bool, cold_load, size_at=DEFAULT_SIZE_AT,
             rate="req/s", own=None) -> tuple[Risk, ...]:
    """Every risk of a clients, queue or third-party component: the core's
    checks on a queue's brokers, lockstep polling on clients, the assumed
    load note, and the kind's own (`own(name, m, at, spans, default)`, a
    list of risks or None).  `rate`: the unit its load is shown in."""
    from bote.model.risks import ComponentFacts, assumed_load, synchronized_clients
    from bote.model.risks import check as server_checks
    name = info.node.name
    spans = {p: prop.name_span for p, prop in info.properties.items()}
    facts = ComponentFacts(name, m.sizing, info.node.name_span, assumed, polling=m.polling, spans=spans,
                           model=m.broker, cold_load=cold_load,
                           working_set=m.bytes_held if m.broker and "memory" in spans else None,
                           data=m.bytes_held if m.broker and "storage" in spans else None,
                           instances_span=spans.get("instances"), rate=rate)
    if m.broker is not None:
        found = server_checks(facts)
    else:
        found = [r for r in (synchronized_clients(facts), assumed_load(facts)) if r is not None]
    return tuple(found + check(name, m, spans, info.node.name_span, size_at, own))


def check(name: str, m: KindModel, spans: dict, default: Span | None, size_at=DEFAULT_SIZE_AT,
          own=None) -> list[Risk]:
    """The kind's own risks, each a note when it trips only in the tail
    `size_at` accepts."""
    at = lambda *props: next((spans[p] for p in props if p in spans), default)
    found = own(name, m, at, spans, default) if own is not None else []
    return [accepted(r, size_at) for r in found if r is not None]
