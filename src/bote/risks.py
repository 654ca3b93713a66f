"""Risk checks: one small function per way a component is likely to fail.

Each check looks at one component's sizing and returns a `Risk` (plain data:
kind, severity, message with the numbers that tripped it, a one-line remedy)
or None.  Nothing here prints.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .capacity import Sizing
from .errors import Span
from .format import format_number, format_percent

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
    s = c.sizing
    if c.working_set is None or s.memory_total is None or c.working_set <= s.memory_total:
        return None
    return Risk(c.name, "memory", ERROR,
                f"{c.name}'s working set of {_bytes(c.working_set)} does not fit in "
                f"{_bytes(s.memory_total)} of memory" + _across(s),
                "shard the data, add memory per instance, or keep only the hot part in memory",
                c.instances_span or c.span, {"working_set": float(c.working_set), "memory": float(s.memory_total)})


def storage_exceeded(c: ComponentFacts) -> Risk | None:
    s = c.sizing
    if c.data is None or s.storage_total is None or c.data <= s.storage_total:
        return None
    return Risk(c.name, "storage", ERROR,
                f"{c.name}'s data of {_bytes(c.data)} does not fit in {_bytes(s.storage_total)} of storage"
                + _across(s),
                "shard the data, add disk per instance, compress, or expire old data",
                c.instances_span or c.span, {"data": float(c.data), "storage": float(s.storage_total)})


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


def _bytes(x) -> str:
    from .format import format_bytes
    return format_bytes(x)


CHECKS = (overloaded, hot, single_point_of_failure, cannot_scale, memory_exceeded, storage_exceeded, assumed_load)


def check(c: ComponentFacts) -> list[Risk]:
    return [risk for check_one in CHECKS if (risk := check_one(c)) is not None]
