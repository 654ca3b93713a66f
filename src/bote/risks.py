"""Risk checks: one small function per way a component is likely to fail.

Each check looks at one component's sizing and returns a `Risk` (plain data:
kind, severity, message with the numbers that tripped it, a one-line remedy)
or None.  Nothing here prints.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .capacity import MAX_INSTANCES, Sizing
from .errors import Span
from .format import format_bytes, format_duration, format_number, format_percent

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
    model: object = None          # bote.model.ComponentModel
    cold_load: float | None = None
    polling: tuple | None = None  # (average, peak, clients, poll_interval, jitter)
    spans: dict = field(default_factory=dict)   # property name -> span

    def at(self, *names: str) -> Span | None:
        """Where to point: the first of these properties the component sets,
        else its name."""
        return next((self.spans[n] for n in names if n in self.spans), self.span)


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


def latency_missed(c: ComponentFacts) -> Risk | None:
    """The latency goal is missed, or cannot be met at any instance count."""
    goal = c.model.latency if c.model else None
    if goal is None:
        return None
    p = f"{goal.percentile * 100:g}"
    where = c.at("latency_target")
    if not goal.achievable:
        alone = -math.log(1 - goal.percentile) * c.model.service_time
        if alone <= goal.target:  # reachable in theory, but only with more instances than bote searches
            return Risk(c.name, "latency", ERROR,
                        f"p{p} <= {format_duration(goal.target)} on {c.name} needs more than {MAX_INSTANCES:.0e} "
                        "instances: "
                        f"the service time alone puts p{p} at {format_duration(alone)}",
                        "cut the service time or relax the target", where, {"target": goal.target})
        return Risk(c.name, "latency", ERROR,
                    f"no instance count can meet p{p} <= {format_duration(goal.target)} on {c.name}: the service time alone "
                    f"puts p{p} at {format_duration(alone)} (exponential service times)",
                    "cut the service time (cache, precompute, do less per request) or relax the target",
                    where, {"target": goal.target, "service_time_percentile": alone})
    if goal.achieved is None or goal.achieved <= goal.target:
        return None
    if c.sizing.scaling == "single":
        return Risk(c.name, "latency", ERROR,
                    f"{c.name}'s p{p} response time is {format_duration(goal.achieved)} on its one primary, over "
                    f"the {format_duration(goal.target)} target (scaling = single: more instances do not help)",
                    "shard it, or cut the service time", c.at("latency_target"),
                    {"achieved": goal.achieved, "target": goal.target})
    return Risk(c.name, "latency", ERROR,
                f"{c.name}'s p{p} response time is {format_duration(goal.achieved)} with {c.sizing.instances} instances, "
                f"over the {format_duration(goal.target)} target (it needs {goal.needed})",
                "add instances, or cut the service time", c.at("instances", "latency_target"),
                {"achieved": goal.achieved, "target": goal.target, "needed": goal.needed})


def unstable(c: ComponentFacts) -> Risk | None:
    """Arrivals at or above what the workers can serve: the queue never drains."""
    m = c.model
    if m is None or m.stable:
        return None
    serving = 1 if m.sizing.scaling == "single" else m.sizing.instances
    per_instance = float(m.sizing.load) / serving
    return Risk(c.name, "unstable", ERROR,
                f"{c.name}'s queue grows without bound: {_rate(per_instance)} arrive at each instance, which "
                f"serves {_rate(m.workers / m.service_time)}; there is no finite wait",
                "add instances or workers, or cut the service time", c.at("instances", "service_time"),
                {"arrivals_per_instance": per_instance, "service_rate": m.workers / m.service_time})


def connections_exceeded(c: ComponentFacts) -> Risk | None:
    """More concurrent connections than the instances can hold."""
    m = c.model
    if m is None or m.max_connections is None or m.connections is None:
        return None
    serving = 1 if m.sizing.scaling == "single" else m.sizing.instances
    room = m.max_connections * serving
    if m.connections <= room:
        return None
    return Risk(c.name, "connections", ERROR,
                f"connections will time out on {c.name}: {format_number(m.connections)} concurrent connections, "
                f"{serving} instance{'s' if serving != 1 else ''} hold {format_number(room)}",
                "add instances, raise max_connections (file descriptors, memory per connection), or pool them",
                c.at("instances", "connections", "max_connections"),
                {"connections": m.connections, "capacity": room})


def cold_cache(c: ComponentFacts) -> Risk | None:
    """Overloaded only when the caches in front of it are cold."""
    m = c.model
    if c.cold_load is None or m is None or c.cold_load <= float(m.sizing.load) * (1 + 1e-9):
        return None
    serving = 1 if m.sizing.scaling == "single" else m.sizing.instances
    cold_utilization = c.cold_load / (float(m.sizing.capacity) * serving)
    if cold_utilization < 1:
        return None
    return Risk(c.name, "cold-cache", WARNING,
                f"with cold caches {c.name} gets {_rate(c.cold_load)} instead of {_rate(m.sizing.load)}: "
                f"{format_percent(cold_utilization)} of its capacity (cache hit rate too low)",
                "warm caches before taking traffic, shed load or rate-limit misses while they fill",
                c.span, {"cold_load": c.cold_load, "cold_utilization": cold_utilization})


def synchronized_clients(c: ComponentFacts) -> Risk | None:
    """Clients polling in lockstep: the peak is far above the average."""
    if c.polling is None:
        return None
    average, peak, clients, interval, jitter = c.polling
    if not average or peak < 2 * average:
        return None
    return Risk(c.name, "synchronized-clients", WARNING,
                f"{format_number(clients)} clients polling every {format_duration(float(interval))} with "
                f"{format_percent(jitter)} jitter arrive at {_rate(peak)} at peak, {format_number(peak / average)} "
                f"times the {_rate(average)} average; with full jitter the peak is {_rate(average)}",
                "add random jitter to the poll schedule (e.g. jitter = 100%)", c.at("jitter", "clients"),
                {"peak": peak, "average": average})


def storage_filling(c: ComponentFacts) -> Risk | None:
    """Storage that will fill within the horizon at the current growth."""
    m = c.model
    if m is None or m.time_until_full is None or m.time_until_full >= m.storage_horizon:
        return None
    if c.data is not None and m.sizing.storage_total is not None and c.data > m.sizing.storage_total:
        return None  # already full: `storage_exceeded` says so
    return Risk(c.name, "storage", WARNING,
                f"{c.name}'s storage fills in {format_duration(m.time_until_full)} at the current growth, within the "
                f"{format_duration(m.storage_horizon)} horizon",
                "add storage or instances ahead of time, compress, or expire old data",
                c.at("data_growth", "storage"), {"time_until_full": m.time_until_full})


def _across(s: Sizing) -> str:
    if s.scaling == "single":
        return " (scaling = single: each instance holds a full copy)"
    return f" across {s.instances} instance{'s' if s.instances != 1 else ''}"


_bytes = format_bytes


CHECKS = (overloaded, hot, single_point_of_failure, cannot_scale, memory_exceeded, storage_exceeded,
          unstable, latency_missed, connections_exceeded, cold_cache, synchronized_clients, storage_filling,
          assumed_load)


def check(c: ComponentFacts) -> list[Risk]:
    return [risk for check_one in CHECKS if (risk := check_one(c)) is not None]
