"""Risk checks: one small function per way a component is likely to fail.

Each check looks at one component's sizing and returns a `Risk` (plain data:
kind, severity, message with the numbers that tripped it, a one-line remedy)
or None.  Nothing here prints.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .capacity import Sizing
from .errors import Span
from .format import format_bytes, format_number, format_percent

ERROR, WARNING, NOTE = "error", "warning", "note"


@dataclass(frozen=True, slots=True)
class Risk:
    component: str
    kind: str
    severity: str
    message: str
    remedy: str
    span: Span | None
    figures: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ComponentFacts:
    """What the checks need besides the sizing."""

    name: str
    sizing: Sizing
    span: Span | None
    load_assumed: bool
    working_set: object = None   # magnitudes in bytes, or None
    data: object = None
    instances_span: Span | None = None


def _rate(x) -> str:
    return f"{format_number(x)} req/s"


def overloaded(c: ComponentFacts) -> Risk | None:
    s = c.sizing
    if s.utilization is None or s.utilization < 1:
        return None
    serving = 1 if s.scaling == "single" else s.instances
    return Risk(c.name, "overloaded", ERROR,
                f"{c.name} is overloaded: {_rate(s.load)} offered, {_rate(s.capacity * serving)} of capacity "
                f"across {serving} instance{'s' if serving != 1 else ''} ({format_percent(s.utilization)} utilization)",
                "shard it, queue and batch the work in front of it, or cut the cost of one request "
                "(more instances do not help with scaling = single)" if s.scaling == "single" else
                "add instances, cache or batch in front of it, or cut the cost of one request",
                c.instances_span or c.span, {"utilization": float(s.utilization)})


def hot(c: ComponentFacts) -> Risk | None:
    s = c.sizing
    if s.utilization is None or s.utilization >= 1:
        return None  # `overloaded` says it louder
    if s.utilization > s.max_utilization:
        return Risk(c.name, "hot", WARNING,
                    f"{c.name} runs at {format_percent(s.utilization)} utilization, above its "
                    f"{format_percent(s.max_utilization)} ceiling",
                    "add instances to restore headroom for peaks",
                    c.instances_span or c.span, {"utilization": float(s.utilization)})
    if s.instances >= 2 and s.utilization_one_down is not None and s.utilization_one_down > 1:
        return Risk(c.name, "hot", WARNING,
                    f"{c.name} would run at {format_percent(s.utilization_one_down)} with one of its "
                    f"{s.instances} instances down",
                    "add a spare instance (N+1) so one failure does not overload the rest",
                    c.instances_span or c.span, {"utilization_one_down": float(s.utilization_one_down)})
    return None


def single_point_of_failure(c: ComponentFacts) -> Risk | None:
    if c.sizing.instances != 1:
        return None
    return Risk(c.name, "single-point-of-failure", WARNING,
                f"{c.name} has one instance in total: when it fails, everything behind it fails",
                "run a standby or a second instance (redundancy = 1)",
                c.instances_span or c.span, {"instances": 1})


def cannot_scale(c: ComponentFacts) -> Risk | None:
    s = c.sizing
    if s.scaling != "single" or s.needed_for_load <= 1:
        return None
    return Risk(c.name, "cannot-scale", ERROR,
                f"{c.name} cannot scale out (scaling = single) but its load of {_rate(s.load)} needs "
                f"{s.needed_for_load} instances at {format_percent(s.max_utilization)}",
                "shard it, batch the writes, or put a queue in front to smooth them",
                c.span, {"needed_for_load": s.needed_for_load})


def memory_exceeded(c: ComponentFacts) -> Risk | None:
    return _does_not_fit(c, "memory", "working set", c.working_set, c.sizing.memory_total,
                         "shard the data, add memory per instance, or keep only the hot part in memory")


def storage_exceeded(c: ComponentFacts) -> Risk | None:
    return _does_not_fit(c, "storage", "data", c.data, c.sizing.storage_total,
                         "shard the data, add disk per instance, compress, or expire old data")


def _does_not_fit(c: ComponentFacts, kind: str, what: str, needed, room, remedy: str) -> Risk | None:
    """`needed` bytes (the working set, the data) against the `room` the
    provisioned instances have for them."""
    if needed is None or room is None or needed <= room:
        return None
    return Risk(c.name, kind, ERROR,
                f"{c.name}'s {what} of {_bytes(needed)} does not fit in {_bytes(room)} of {kind}" + _across(c.sizing),
                remedy, c.instances_span or c.span, {what.replace(" ", "_"): float(needed), kind: float(room)})


def assumed_load(c: ComponentFacts) -> Risk | None:
    if not c.load_assumed:
        return None
    return Risk(c.name, "assumed-load", NOTE,
                f"nothing feeds {c.name} and it sets no load: assumed 10k req/s",
                "set `load`, or connect it in a `flow`",
                c.span, {})


def _across(s: Sizing) -> str:
    if s.scaling == "single":
        return " (scaling = single: each instance holds a full copy)"
    return f" across {s.instances} instance{'s' if s.instances != 1 else ''}"


_bytes = format_bytes


CHECKS = (overloaded, hot, single_point_of_failure, cannot_scale, memory_exceeded, storage_exceeded, assumed_load)


def check(c: ComponentFacts) -> list[Risk]:
    return [risk for check_one in CHECKS if (risk := check_one(c)) is not None]
