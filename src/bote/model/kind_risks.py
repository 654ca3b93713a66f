"""The risks of the component kinds that are not request servers: a third
party near or over its rate limit, a queue that grows without end or drains
too slowly, a managed bus whose backlog does not fit its room.  One small
function per risk, like `bote.model.risks`; sample by sample with ranges.
"""
from __future__ import annotations

import math

from bote.errors import Span
from bote.language.format import (
    format_duration,
    format_number,
    format_percent,
    spread_text,
)
from bote.language.quantity import is_sampled
from bote.model.kinds.base import KindModel
from bote.model.risks import (
    ERROR,
    WARNING,
    Risk,
    above,
    accepted,
    chance,
    ratio,
    standing,
    typical,
    uncertain,
)
from bote.uncertainty.sampling import DEFAULT_SIZE_AT


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


def rate_limit(name: str, m: KindModel, span: Span | None, size_at=DEFAULT_SIZE_AT, rate="req/s") -> Risk | None:
    """A third party offered more than its rate limit (error), or more than
    max_utilization of it (warning: no headroom for a peak)."""
    used = m.utilization
    # A third party always has its rate limit and a ceiling (max_utilization's default).
    assert used is not None and m.rate_limit is not None and m.max_utilization is not None
    remedy = ("batch requests to it, put a queue in front and smooth the calls to its limit, or cache its "
              "responses; else negotiate a higher limit")
    branches = []
    over = above(used, 1)
    if chance(over):
        load, limit, u = typical(m.load, over), typical(m.rate_limit, over), typical(used, over)
        branches.append(uncertain(Risk(name, "rate-limit", ERROR,
                                       f"{name} gets {_rate(load, rate)}, over its rate limit of {_rate(limit, rate)} "
                                       f"({format_percent(u)}): requests above it are rejected", remedy, span,
                                       {"load": float(load), "rate_limit": float(limit), "utilization": float(u)}),
                                  over, used))
    near = above(used, m.max_utilization)
    if chance(near):
        load, limit, u = typical(m.load, near), typical(m.rate_limit, near), typical(used, near)
        branches.append(uncertain(Risk(name, "rate-limit", WARNING,
                                       f"{name} gets {_rate(load, rate)}, {format_percent(u)} of its rate limit of "
                                       f"{_rate(limit, rate)}, above the {format_percent(m.max_utilization)} ceiling",
                                       remedy, span,
                                       {"load": float(load), "rate_limit": float(limit), "utilization": float(u)}),
                                  near, used))
    return standing(branches, size_at)


def backlog(name: str, m: KindModel, span: Span | None) -> Risk | None:
    """Consumers slower than the average arrival rate: the queue grows for ever."""
    if m.drain_rate is None or m.growth is None:
        return None
    grows = above(m.growth, 0)
    if not chance(grows):
        return None
    drain, average = typical(m.drain_rate, grows), typical(m.average, grows)
    per_hour = typical(m.growth, grows) * 3600
    return uncertain(Risk(name, "backlog", ERROR,
                          f"{name}'s consumers drain {_rate(drain, 'msg/s')}, slower than the "
                          f"{_rate(average, 'msg/s')} arriving on average: the queue grows by "
                          f"{format_number(per_hour, unit=True)} messages per hour without end",
                          "add consumer instances, or cut the work per message", span,
                          {"drain_rate": float(drain), "average_in": float(average),
                           "growth_per_hour": float(per_hour)}), grows,
                     ratio(m.average, m.drain_rate))  # continuous, unlike the growth (mostly 0)


def slow_drain(name: str, m: KindModel, span: Span | None) -> Risk | None:
    """A burst's backlog takes longer than `drain_within` to clear."""
    if m.drain_within is None or m.drain_time is None or m.backlog is None or m.burst is None:
        return None  # (a drain time comes from a burst's backlog)
    # Growing for ever is `backlog`'s to say.
    steady = ~above(m.growth, 0) if is_sampled(m.growth) else not m.growth
    slow = above(m.drain_time, m.drain_within) & steady
    if not chance(slow):
        return None
    backlog_messages, took_s = typical(m.backlog, slow), typical(m.drain_time, slow)
    took = "never clears" if math.isinf(took_s) else f"takes {duration_text(took_s)} to clear"
    return uncertain(Risk(name, "slow-drain", WARNING,
                          f"the backlog of {format_number(backlog_messages, unit=True)} messages a "
                          f"{duration_text(typical(m.burst, slow))} burst leaves in {name} {took}, more than "
                          f"drain_within = {duration_text(m.drain_within)}",
                          "add consumer instances (they are sized for the average), or accept a longer drain",
                          span, {"backlog": float(backlog_messages), "drain_time": float(took_s)}),
                     slow, ratio(m.load, m.drain_rate))


def queue_room(name: str, m: KindModel, spans: dict, default: Span | None) -> list[Risk]:
    """A managed bus (no `capacity`) whose backlog does not fit its `memory`
    or `storage`. Brokers with `capacity` are sized for it by the core."""
    from bote.language.format import format_bytes
    found: list[Risk] = []
    if m.bytes_held is None:
        return found
    for kind, room in (("memory", m.memory), ("storage", m.storage)):
        if room is None:
            continue
        spills = above(m.bytes_held, room)
        if not chance(spills):
            continue
        held, space = typical(m.bytes_held, spills), typical(room, spills)
        found.append(uncertain(Risk(
            name, kind, ERROR,
            f"{name} holds {format_bytes(held)} after a burst ({format_number(typical(m.backlog, spills), unit=True)} "
            f"messages × {format_bytes(typical(m.message_size, spills))}), more than its {format_bytes(space)} "
            f"of {kind}",
            "add consumers to drain faster, shorten retention, or add room",
            spans.get(kind, default), {"bytes_held": float(held), kind: float(space)}), spills, m.bytes_held))
    return found


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
