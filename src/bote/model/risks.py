"""Risk checks: one small function per way a component is likely to fail.

Each check looks at one component's sizing and returns a `Risk` (plain data:
kind, severity, message with the numbers that tripped it, a one-line remedy)
or None.  Nothing here prints.

With uncertain inputs a figure is an array of samples, one per scenario, and
a check's condition is then an array of truth values: the risk is reported
when it holds in any scenario, with the probability that it does, and the
numbers in its message are medians over the scenarios where it holds.
"""
from __future__ import annotations

import math
from dataclasses import field, replace
from fractions import Fraction
from typing import TYPE_CHECKING, overload

from bote.dataclasses_compiled import dataclass
from bote.errors import Span
from bote.language.format import (
    format_bytes,
    format_duration,
    format_number,
    format_percent,
)
from bote.language.quantity import aligned, as_float, is_sampled
from bote.magnitudes import Magnitude
from bote.model.capacity import MAX_INSTANCES, Sizing, exceeds

if TYPE_CHECKING:
    import numpy as np

    from bote.model.component import ComponentModel

ERROR, WARNING, NOTE = "error", "warning", "note"


@dataclass(frozen=True, slots=True)
class Risk:
    component: str | None        # None: a finding about the file (`label-not-binding`, `stale-result`)
    kind: str
    severity: str
    message: str
    remedy: str
    span: Span | None
    figures: dict = field(default_factory=dict)
    #: With ranges: the share of the Monte Carlo samples in which it trips.
    probability: float | None = None
    #: With ranges: (input, Spearman rank correlation) of the inputs that
    #: drive the figure behind it, strongest first.
    sensitivity: tuple = ()
    #: The samples of the figure behind it (not reported; for sensitivity).
    driver: np.ndarray | None = field(default=None, compare=False, repr=False)


def above(a, b):
    """a > b, sample by sample when either is an array (as floats: numpy
    would compare each sample with a Fraction in Python)."""
    a, b = aligned(a, b)
    return a > b


def negation(holds):
    """not holds, sample by sample (Python's `~True` is -2)."""
    return ~holds if is_sampled(holds) else not holds


def ratio(a, b):
    """a / b, sample by sample: the figure a risk compares, as a driver."""
    a, b = aligned(a, b)
    if is_sampled(a) or is_sampled(b):
        import numpy as np
        with np.errstate(divide="ignore", invalid="ignore"):
            return a / b
    return None  # no samples: no sensitivity to compute


def chance(holds) -> float:
    """The share of scenarios in which a condition holds: 1.0 or 0.0 for a
    single value."""
    if is_sampled(holds):
        return float(holds.mean())
    return 1.0 if holds else 0.0


@overload
def typical(x: None, holds: object = None) -> None: ...
@overload
def typical(x: Magnitude, holds: object = None) -> Fraction | float: ...
def typical(x: Magnitude | None, holds: object = None) -> Fraction | float | None:
    """A figure for a message: the value itself, or the median of its
    samples over the scenarios where the risk holds."""
    if x is None or not is_sampled(x):
        return x
    import numpy as np
    if is_sampled(holds) and holds.shape == x.shape and holds.any():
        return float(np.median(x[holds]))
    return float(np.median(x))


def uncertain(risk: Risk, holds, driver) -> Risk:
    """Add the probability (and the driving samples) when the condition was
    an array of samples."""
    if not is_sampled(holds):
        return risk
    p = chance(holds)
    return replace(risk, message=f"{risk.message} (in {share(p)} of samples)", probability=p,
                   driver=driver if is_sampled(driver) else None)


def share(p: float) -> str:
    if 0 < p < 0.001:
        return "<0.1%"
    if 0.999 < p < 1:
        return ">99.9%"
    return f"{p * 100:.3g}%"


@dataclass(frozen=True, slots=True)
class ComponentFacts:
    """What the checks need besides the sizing."""

    name: str
    sizing: Sizing | None         # None for clients (no brokers): only the load checks apply
    span: Span | None
    load_assumed: bool
    working_set: Magnitude | None = None   # magnitudes in bytes, or None
    data: Magnitude | None = None
    instances_span: Span | None = None
    model: ComponentModel | None = None
    cold_load: Magnitude | None = None
    polling: tuple | None = None  # (average, peak, clients, poll_interval, jitter)
    spans: dict = field(default_factory=dict)   # property name -> span
    rate: str = "req/s"           # the unit its load is shown in: `transfer/s` for a load of transfers

    def at(self, *names: str) -> Span | None:
        """Where to point: the first of these properties the component sets,
        else its name."""
        return next((self.spans[n] for n in names if n in self.spans), self.span)

    @property
    def sized(self) -> Sizing:
        """The sizing the server checks (`check`) read: a component they
        run on is always sized."""
        if self.sizing is None:
            raise ValueError(f"{self.name} is not sized: only the load checks apply to it")
        return self.sizing


def _rate(x, unit: str = "req/s") -> str:
    return f"{format_number(x, unit=True)} {unit}"


def overloaded(c: ComponentFacts) -> Risk | None:
    s = c.sized
    if s.utilization is None:
        return None
    # Overloaded means more offered than the instances serve: exactly 100%
    # is full, not over (sizing at max_utilization = 100% gives that count).
    holds = exceeds(s.utilization, 1)
    if not chance(holds):
        return None
    serving = 1 if s.scaling == "single" else s.instances
    u, load, capacity = typical(s.utilization, holds), typical(s.load, holds), typical(s.capacity, holds)
    return uncertain(Risk(
        c.name, "overloaded", ERROR,
        f"{c.name} is overloaded: {_rate(load, c.rate)} offered, {_rate(capacity * serving, c.rate)} of capacity "
        f"across {serving} instance{'s' if serving != 1 else ''} ({format_percent(u)} utilization)",
        "shard it, queue and batch the work in front of it, or cut the cost of one request "
        "(more instances do not help with scaling = single)" if s.scaling == "single" else
        "add instances, cache or batch in front of it, or cut the cost of one request",
        c.instances_span or c.span, {"utilization": float(u)}), holds, s.utilization)


def hot(c: ComponentFacts) -> Risk | None:
    s = c.sized
    if s.utilization is None:
        return None
    # Above the ceiling but not overloaded (`overloaded` says that louder).
    holds = exceeds(s.utilization, s.max_utilization) & negation(exceeds(s.utilization, 1))
    branches = []
    if chance(holds):
        u = typical(s.utilization, holds)
        branches.append(uncertain(Risk(c.name, "hot", WARNING,
                                       f"{c.name} runs at {format_percent(u)} utilization, above its "
                                       f"{format_percent(s.max_utilization)} ceiling",
                                       "add instances to restore headroom for peaks",
                                       c.instances_span or c.span, {"utilization": float(u)}), holds, s.utilization))
    if s.instances >= 2 and s.utilization_one_down is not None:
        down = exceeds(s.utilization_one_down, 1) & negation(holds) & negation(exceeds(s.utilization, 1))
        if chance(down):
            u = typical(s.utilization_one_down, down)
            branches.append(uncertain(Risk(c.name, "hot", WARNING,
                                           f"{c.name} would run at {format_percent(u)} with one of its "
                                           f"{s.instances} instances down",
                                           "add a spare instance (N+1) so one failure does not overload the rest",
                                           c.instances_span or c.span, {"utilization_one_down": float(u)}),
                                      down, s.utilization_one_down))
    return standing(branches, s.size_at)


def single_point_of_failure(c: ComponentFacts) -> Risk | None:
    if c.sized.instances != 1:
        return None
    return Risk(c.name, "single-point-of-failure", WARNING,
                f"{c.name} has one instance in total: when it fails, everything behind it fails",
                "run a standby or a second instance (redundancy = 1)",
                c.instances_span or c.span, {"instances": 1})


def cannot_scale(c: ComponentFacts) -> Risk | None:
    s = c.sized
    if s.scaling != "single":
        return None
    holds = s.needed_for_load > 1
    if not chance(holds):
        return None
    needed = math.ceil(typical(s.needed_for_load, holds))
    return uncertain(Risk(c.name, "cannot-scale", ERROR,
                           f"{c.name} cannot scale out (scaling = single) but its load of "
                           f"{_rate(typical(s.load, holds), c.rate)} needs {needed} instances at "
                           f"{format_percent(s.max_utilization)}",
                           "shard it, batch the writes, or put a queue in front to smooth them",
                           c.span, {"needed_for_load": needed}), holds, ratio(s.load, s.capacity))


def memory_exceeded(c: ComponentFacts) -> Risk | None:
    return _does_not_fit(c, "memory", "working set", c.working_set, c.sized.memory_total,
                         "shard the data, add memory per instance, or keep only the hot part in memory")


def storage_exceeded(c: ComponentFacts) -> Risk | None:
    """The data on disk (every copy) does not fit in the storage (error), or
    fills it past `max_fill` (warning)."""
    figures = c.model.figures if c.model is not None and c.model.figures else {}
    stored = figures.get("data_stored", c.data) if c.data is not None else None
    copies = figures.get("replication", 1)
    what = "data" if copies == 1 else f"data ({copies} copies)"
    remedy = "shard the data, add disk per instance, compress, or expire old data"
    found = _does_not_fit(c, "storage", what, stored, c.sized.storage_total, remedy)
    room, max_fill = c.sized.storage_total, figures.get("max_fill")
    if found is not None or stored is None or room is None or max_fill is None:
        return found
    holds = above(stored, room * max_fill if not is_sampled(room) else as_float(room) * float(max_fill))
    if not chance(holds):
        return None
    big, space = typical(stored, holds), typical(room, holds)
    return uncertain(Risk(c.name, "storage", WARNING,
                           f"{c.name}'s {what} of {_bytes(big)} fills {format_percent(big / space)} of its "
                           f"{_bytes(space)} of storage" + _across(c.sized) +
                           f", past its {format_percent(max_fill)} max_fill",
                           remedy, c.at("max_fill") if "max_fill" in c.spans else c.instances_span or c.span,
                           {"data": float(big), "storage": float(space)}), holds, ratio(stored, room))


def lock_contention(c: ComponentFacts) -> Risk | None:
    """The busiest row's lock is held all the time (error) or above the
    component's ceiling (warning): writes to it queue for the lock, however
    many instances serve the rest (`bote.model.locks`)."""
    m = c.model
    figures = m.figures if m is not None and m.figures else {}
    rho = figures.get("lock_utilization")
    if rho is None or m is None:
        return None
    s = m.sizing
    full = as_float(rho) >= 1 if is_sampled(rho) else rho >= 1
    warm = exceeds(rho, s.max_utilization) & negation(full)
    holds = full if chance(full) else warm
    if not chance(holds):
        return None
    from bote.model.locks import shards_needed
    writes, lock_time = typical(figures["hot_row_writes"], holds), typical(figures["lock_time"], holds)
    u = typical(rho, holds)
    shards = shards_needed(rho, s.max_utilization)
    remedy = (f"shard the hot key: split the counter into {shards} rows or more and sum them on read; "
              f"batch the writes; or move the counter to a cache and flush it to {c.name}")
    where = c.at("hot_key_share", "lock_time")
    row = f"{c.name}'s busiest row takes {_rate(writes, 'writes/s')}, each holding its lock {format_duration(lock_time)}"
    if holds is full:
        message = (f"{row}: {format_percent(u)} lock utilization, more than the {_rate(1 / lock_time, 'writes/s')} "
                   "one row admits, so the writes on it queue without bound")
        severity = ERROR
    else:
        wait = typical(figures["lock_wait"], holds)
        message = (f"{row}: locked {format_percent(u)} of the time, above its {format_percent(s.max_utilization)} "
                   f"ceiling; a write waits {format_duration(wait)} on average for the lock")
        severity = WARNING
    return uncertain(Risk(c.name, "lock-contention", severity, message, remedy, where,
                          {"lock_utilization": float(u), "hot_row_writes": float(writes), "shards": shards}),
                     holds, rho)


def _does_not_fit(c: ComponentFacts, kind: str, what: str, needed, room, remedy: str) -> Risk | None:
    """`needed` bytes (the working set, the data) against the `room` the
    provisioned instances have for them."""
    if needed is None or room is None:
        return None
    holds = above(needed, room)
    if not chance(holds):
        return None
    big, space = typical(needed, holds), typical(room, holds)
    return uncertain(Risk(c.name, kind, ERROR,
                           f"{c.name}'s {what} of {_bytes(big)} does not fit in {_bytes(space)} of {kind}"
                           + _across(c.sized),
                           remedy, c.instances_span or c.span, {what.replace(" ", "_"): float(big), kind: float(space)}),
                      holds, ratio(needed, room))


def assumed_load(c: ComponentFacts) -> Risk | None:
    if not c.load_assumed:
        return None
    return Risk(c.name, "assumed-load", NOTE,
                f"nothing feeds {c.name} and it sets no load: assumed 10k req/s",
                "set `load`, or connect it in a `flow`",
                c.span, {})


def latency_missed(c: ComponentFacts) -> Risk | None:
    """The latency goal is missed, or cannot be met at any instance count."""
    m = c.model
    if m is None or m.latency is None:
        return None
    goal = m.latency
    p = f"{goal.percentile * 100:g}"
    where = c.at("latency_target")
    branches = []
    unreachable = negation(goal.achievable)
    if chance(unreachable):
        assert m.service_time is not None  # what makes a goal unreachable: the service time alone
        alone = -math.log(1 - goal.percentile) * typical(m.service_time, unreachable)
        if alone <= goal.target:  # reachable in theory, but only with more instances than bote searches
            branches.append(uncertain(Risk(c.name, "latency", ERROR,
                                           f"p{p} <= {format_duration(goal.target)} on {c.name} needs more than "
                                           f"{MAX_INSTANCES:.0e} instances: "
                                           f"the service time alone puts p{p} at {format_duration(alone)}",
                                           "cut the service time or relax the target", where,
                                           {"target": goal.target}), unreachable, m.service_time))
        else:
            branches.append(uncertain(Risk(c.name, "latency", ERROR,
                                           f"no instance count can meet p{p} <= {format_duration(goal.target)} on "
                                           f"{c.name}: the service time alone puts p{p} at {format_duration(alone)} "
                                           "(exponential service times)",
                                           "cut the service time (cache, precompute, do less per request) or relax "
                                           "the target", where, {"target": goal.target, "service_time_percentile": alone}),
                                      unreachable, m.service_time))
    if goal.achieved is not None:
        # Missed at the provisioned count where it could be met; an unstable
        # queue misses every target, and `unstable` says so.
        holds = (goal.achieved > goal.target) & (goal.achieved < math.inf) & negation(unreachable)
        if chance(holds):
            achieved = typical(goal.achieved, holds)
            if c.sized.scaling == "single":
                branches.append(uncertain(Risk(
                    c.name, "latency", ERROR,
                    f"{c.name}'s p{p} response time is {format_duration(achieved)} on its one primary, over the "
                    f"{format_duration(goal.target)} target (scaling = single: more instances do not help)",
                    "shard it, or cut the service time", c.at("latency_target"),
                    {"achieved": achieved, "target": goal.target}), holds, goal.achieved))
            else:
                needed = math.ceil(typical(goal.needed, holds))
                branches.append(uncertain(Risk(
                    c.name, "latency", ERROR,
                    f"{c.name}'s p{p} response time is {format_duration(achieved)} with {c.sized.instances} "
                    f"instances, over the {format_duration(goal.target)} target (it needs {needed})",
                    "add instances, or cut the service time", c.at("instances", "latency_target"),
                    {"achieved": achieved, "target": goal.target, "needed": needed}), holds, goal.achieved))
    return standing(branches, c.sized.size_at)


def unstable(c: ComponentFacts) -> Risk | None:
    """Arrivals at or above what the workers can serve: the queue never drains."""
    m = c.model
    if m is None:
        return None
    holds = negation(m.stable)
    if not chance(holds):
        return None
    # Only a queue model (workers serving a service time) is ever unstable.
    assert m.workers is not None and m.service_time is not None
    serving = 1 if m.sizing.scaling == "single" else m.sizing.instances
    per_instance = typical(m.sizing.load, holds) / serving
    service_rate = m.workers / typical(m.service_time, holds)
    if m.saturated:
        # Not an overload (the load does not exceed what the instances
        # serve), but a queue with no slack never drains.
        sized_full = not m.sizing.provisioned and m.sizing.max_utilization == 1
        message = (f"{c.name}'s queue is exactly full: {_rate(per_instance, c.rate)} arrive at each instance, exactly "
                   f"the {_rate(service_rate, c.rate)} its workers serve, and an M/M/c queue at ρ = 1 grows without "
                   "bound: there is no finite wait")
        remedy = ("size below 100% (lower max_utilization) to leave the queue some slack, or add workers"
                  if sized_full else "add instances or workers, or cut the service time")
        where = c.at("max_utilization") if sized_full else c.at("instances", "service_time")
    else:
        message = (f"{c.name}'s queue grows without bound: {_rate(per_instance, c.rate)} arrive at each instance, "
                   f"which serves {_rate(service_rate, c.rate)}; there is no finite wait")
        remedy = "add instances or workers, or cut the service time"
        where = c.at("instances", "service_time")
    return uncertain(Risk(c.name, "unstable", ERROR, message, remedy, where,
                           {"arrivals_per_instance": float(per_instance), "service_rate": float(service_rate)}),
                      holds, m.sizing.utilization)


def connections_exceeded(c: ComponentFacts) -> Risk | None:
    """More concurrent connections than the instances can hold."""
    m = c.model
    if m is None or m.max_connections is None or m.connections is None:
        return None
    serving = 1 if m.sizing.scaling == "single" else m.sizing.instances
    room = m.max_connections * serving
    holds = above(m.connections, room)
    if not chance(holds):
        return None
    connections, room = typical(m.connections, holds), typical(room, holds)
    return uncertain(Risk(c.name, "connections", ERROR,
                           f"connections will time out on {c.name}: {format_number(connections, unit=True)} concurrent "
                           f"connections, {serving} {'instances hold' if serving != 1 else 'instance holds'} "
                           f"{format_number(room, unit=True)}",
                           "add instances, raise max_connections (file descriptors, memory per connection), "
                           "or pool them",
                           c.at("instances", "connections", "max_connections"),
                           {"connections": float(connections), "capacity": float(room)}), holds,
                      ratio(m.connections, m.max_connections * serving))


def cold_cache(c: ComponentFacts) -> Risk | None:
    """Overloaded only when the caches in front of it are cold."""
    m = c.model
    if c.cold_load is None or m is None:
        return None
    serving = 1 if m.sizing.scaling == "single" else m.sizing.instances
    load = as_float(m.sizing.load)
    cold_utilization = c.cold_load / (as_float(m.sizing.capacity) * serving)
    holds = (c.cold_load > load * (1 + 1e-9)) & exceeds(cold_utilization, 1)
    if not chance(holds):
        return None
    cold, warm, u = typical(c.cold_load, holds), typical(load, holds), typical(cold_utilization, holds)
    return uncertain(Risk(c.name, "cold-cache", WARNING,
                           f"with cold caches {c.name} gets {_rate(cold, c.rate)} instead of {_rate(warm, c.rate)}: "
                           f"{format_percent(u)} of its capacity (cache hit rate too low)",
                           "warm caches before taking traffic, shed load or rate-limit misses while they fill",
                           c.span, {"cold_load": cold, "cold_utilization": u}), holds, cold_utilization)


def synchronized_clients(c: ComponentFacts) -> Risk | None:
    """Clients polling in lockstep: the peak is far above the average."""
    if c.polling is None:
        return None
    average, peak, clients, interval, jitter = c.polling
    holds = (average > 0) & (peak >= 2 * average)
    if not chance(holds):
        return None
    average, peak = typical(average, holds), typical(peak, holds)
    clients, interval, jitter = typical(clients, holds), typical(interval, holds), typical(jitter, holds)
    return uncertain(Risk(c.name, "synchronized-clients", WARNING,
                           f"{format_number(clients, unit=True)} clients polling every "
                           f"{format_duration(float(interval))} with "
                           f"{format_percent(jitter)} jitter arrive at {_rate(peak, c.rate)} at peak, "
                           f"{format_number(peak / average, unit=True)} times the {_rate(average, c.rate)} average; "
                           f"with full jitter "
                           f"the peak is {_rate(average, c.rate)}",
                           "add random jitter to the poll schedule (e.g. jitter = 100%)", c.at("jitter", "clients"),
                           {"peak": peak, "average": average}), holds, c.polling[1])


def storage_filling(c: ComponentFacts) -> Risk | None:
    """Storage that will fill within the horizon at the current growth."""
    m = c.model
    if m is None or m.time_until_full is None:
        return None
    holds = m.time_until_full < m.storage_horizon
    figures = m.figures or {}
    stored, max_fill = figures.get("data_stored", c.data), figures.get("max_fill", 1)
    if stored is not None and m.sizing.storage_total is not None:
        room = m.sizing.storage_total
        room = as_float(room) * float(max_fill) if is_sampled(room) else room * max_fill
        full = above(stored, room)  # already past max_fill: `storage_exceeded` says so
        holds = holds & (~full if is_sampled(full) else not full)
    if not chance(holds):
        return None
    full_in = typical(m.time_until_full, holds)
    kept = figures.get("data_kept")
    steady = "" if figures.get("retention") is None or kept is None else \
        f" (the {format_duration(typical(figures['retention'], holds))} retention keeps {_bytes(typical(kept, holds))})"
    fill = "fills" if max_fill == 1 else f"reaches its {format_percent(max_fill)} max_fill"
    return uncertain(Risk(c.name, "storage", WARNING,
                           f"{c.name}'s storage {fill} in {format_duration(full_in)} at the current growth, within "
                           f"the {format_duration(m.storage_horizon)} horizon{steady}",
                           "add storage or instances ahead of time, compress, or expire old data",
                           c.at("data_growth", "storage"), {"time_until_full": full_in}), holds, m.time_until_full)


def _across(s: Sizing) -> str:
    if s.scaling == "single":
        return " (scaling = single: each instance holds a full copy)"
    return f" across {s.instances} instance{'s' if s.instances != 1 else ''}"


_bytes = format_bytes


CHECKS = (overloaded, hot, single_point_of_failure, cannot_scale, memory_exceeded, storage_exceeded,
          unstable, latency_missed, connections_exceeded, cold_cache, synchronized_clients, storage_filling,
          lock_contention, assumed_load)


def check(c: ComponentFacts) -> list[Risk]:
    return [accepted(risk, c.sized.size_at) for check_one in CHECKS if (risk := check_one(c)) is not None]


def accepted(risk: Risk, size_at) -> Risk:
    """A risk that trips only in the tail the sizing leaves out (at most
    1 - size_at of the samples, 5% by default) was accepted by choosing
    that percentile: it is reported as a note, not as a failure."""
    if risk.probability is None or risk.severity == NOTE:
        return risk
    tail = 1 - Fraction(size_at)
    # Exactly: the probability is a count of samples over their number.
    if Fraction(risk.probability).limit_denominator(10**8) > tail:
        return risk
    return replace(risk, severity=NOTE,
                   message=f"{risk.message}, within the {percent_text(tail)} tail that "
                           f"size_at = {percent_text(1 - tail)} accepts")


def standing(branches: list[Risk], size_at) -> Risk | None:
    """The one risk a check with several branches reports.  Without ranges
    at most one branch trips.  With ranges several may, each in some of the
    scenarios: the first that is not an accepted tail, else the likeliest."""
    if not branches:
        return None
    found = [accepted(r, size_at) for r in branches]
    return next((r for r in found if r.severity != NOTE), None) or max(found, key=lambda r: r.probability or 0)


def percent_text(x) -> str:
    """A share as written (`95%`, `99.99%`), not rounded to 3 figures."""
    return f"{float(x) * 100:.10g}%"
