"""Component kinds: what a component is, beyond a request server.

`kind = service` (the default), `cache` and `database` are request servers
sized by the core (`bote.model`). Three kinds behave differently:

- `clients`: a traffic source. `count` clients each sending `rate` (or
  polling every `poll_interval`); not sized, nothing flows into it.
- `queue`: a message bus. No service time; edges out of it carry the average
  rate, its backlog after a `burst` is worked out from the consumers behind
  it (`bote.queues`). Sized as brokers only when it sets `capacity`.
- `third_party`: a service you cannot scale, with a `rate_limit` and an
  optional `latency`. Not sized.

This module holds the rules (which property belongs to which kind, what each
kind needs, which figures it has), the model of the three kinds and their
risk checks. The evaluator calls it through small hooks.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from . import queues
from .errors import Diagnostic, Span
from .format import format_duration, format_number, format_percent
from .quantity import aligned, is_sampled
from .risks import ERROR, WARNING, Risk, above, chance, typical, uncertain

SERVICE, CLIENTS, QUEUE, THIRD_PARTY = "service", "clients", "queue", "third_party"

#: Kinds the core sizes as request servers (`cache` and `database` are names
#: for the reader, the graph and the JSON; they behave as a service).
SERVERS = frozenset({SERVICE, "cache", "database"})

#: Properties only one kind takes.
OWN = {
    "count": CLIENTS, "rate": CLIENTS, "peak_factor": CLIENTS,
    "burst": QUEUE, "drain_within": QUEUE, "message_size": QUEUE,
    "rate_limit": THIRD_PARTY, "latency": THIRD_PARTY,
}

#: What each special kind accepts besides its own properties and `kind`.
SHARED = {
    CLIENTS: frozenset({"poll_interval", "jitter"}),
    QUEUE: frozenset({"load", "capacity", "max_utilization", "redundancy", "instances", "memory", "storage",
                      "scaling"}),
    THIRD_PARTY: frozenset({"load", "max_utilization"}),
}

#: Why a core property means nothing on a special kind: the hint.
WHY = {
    CLIENTS: "clients are a traffic source, not a server: they set `count` and `rate` (or `poll_interval`)",
    QUEUE: "a queue has no service time; its consumers behind it in the flow do the work "
           "(brokers may set `capacity` in messages per second per instance)",
    THIRD_PARTY: "a third party is not yours to size: it sets `rate_limit` and optional `latency`",
}

#: Figures of the queue kind.
QUEUE_FIGURES = frozenset({"drain_rate", "backlog", "drain_time", "bytes_held"})
#: Figures every kind has: the peak and average load, the synchronous path.
ANY_FIGURES = frozenset({"load", "average_load", "end_to_end"})


def kind_of(info) -> str:
    return info.choices.get("kind", SERVICE)


def applies(prop: str, kind: str) -> bool:
    """Whether a property means something on a component of this kind."""
    if prop == "kind":
        return True
    if prop in OWN:
        return OWN[prop] == kind
    return kind in SERVERS or prop in SHARED[kind]


def sized(info) -> bool:
    """Whether the core sizes this component (a queue only with `capacity`)."""
    kind = kind_of(info)
    return kind in SERVERS or kind == QUEUE and "capacity" in info.properties


def check_properties(info) -> list[Diagnostic]:
    """A property of another kind, or one a special kind has no use for, is
    an error naming where it belongs; so is a missing required one."""
    diagnostics = []
    kind, name, props = kind_of(info), info.node.name, info.properties

    def error(message, span, hint=None):
        diagnostics.append(Diagnostic("property", message, span, hint))

    for prop, node in props.items():
        if applies(prop, kind):
            continue
        if prop in OWN:
            owner = OWN[prop]
            error(f"`{prop}` belongs to `kind = {owner}`; {name} is a {_kind_text(kind)}", node.name_span,
                  f"add `kind = {owner}` to {name}, or remove `{prop}`")
        else:
            error(f"`{prop}` means nothing on {name} (kind = {kind})", node.name_span, WHY[kind])
    span = props["kind"].expr.span if "kind" in props else info.node.name_span
    if kind == CLIENTS:
        if "count" not in props:
            error(f"clients {name} need a `count`", span, "how many clients send requests, e.g. `count = 5M`")
        given = [p for p in ("rate", "poll_interval") if p in props]
        if not given:
            error(f"clients {name} need a `rate` (or a `poll_interval`)", span,
                  "what one client sends, e.g. `rate = 12 per hour`")
        elif len(given) == 2:
            error(f"{name} sets both `rate` and `poll_interval`", props["poll_interval"].name_span,
                  "polling clients send one request per poll_interval: keep one")
        if "poll_interval" in props and "peak_factor" in props:
            error(f"`peak_factor` on polling clients {name}: their peak comes from `jitter`",
                  props["peak_factor"].name_span, "remove `peak_factor`; set `jitter` to spread the polls")
    elif kind == THIRD_PARTY and "rate_limit" not in props:
        error(f"third party {name} needs a `rate_limit`", span,
              "the requests per second it accepts, e.g. `rate_limit = 100 req/s`")
    elif kind == QUEUE:
        brokers = ("instances", "redundancy", "max_utilization", "scaling")
        for prop, needs in (("drain_within", "burst"), ("memory", "message_size"), ("storage", "message_size"),
                            *((p, "capacity") for p in brokers)):
            if prop in props and needs not in props:
                if needs == "capacity":
                    error(f"`{prop}` on {name} needs `capacity`", props[prop].name_span,
                          "a queue's brokers are sized only with `capacity` (messages per second one takes); "
                          "a managed bus sets none of them")
                    continue
                error(f"`{prop}` on {name} needs `{needs}`", props[prop].name_span,
                      "a backlog needs a burst to build it" if needs == "burst" else
                      "the bytes a queue holds are its backlog × message_size")
    return diagnostics


def _kind_text(kind: str) -> str:
    return {CLIENTS: "clients component", THIRD_PARTY: "third party"}.get(kind, kind)


def check_flow(components: dict, edges) -> list[Diagnostic]:
    """Nothing flows into clients; a queue needs consumers."""
    diagnostics = []
    sources = {e.source for e in edges}
    for edge in edges:
        info = components.get(edge.target)
        if info is not None and kind_of(info) == CLIENTS:
            diagnostics.append(Diagnostic(
                "flow", f"{edge.target} are clients, a traffic source: nothing flows into them",
                edge.target_span, "reverse the edge, or drop `kind = clients`"))
    for name, info in components.items():
        if kind_of(info) == QUEUE and name not in sources:
            diagnostics.append(Diagnostic(
                "flow", f"queue {name} has no consumers", info.node.name_span,
                f"add its consumers to the flow, e.g. `{name} -> worker`"))
    return diagnostics


def figure_error(info, figure: str) -> tuple[str, str | None] | None:
    """Why `name.figure` means nothing for this component's kind, with a
    hint; None when it does."""
    from .properties import COMPUTED, PROPERTIES
    kind, name = kind_of(info), info.node.name
    unsized = f"{name} is not sized ({'a queue without `capacity`' if kind == QUEUE else _kind_text(kind)})"
    hint = "its figures: load (the peak), average_load, end_to_end" + (
        ", drain_rate, backlog, drain_time, bytes_held (or set `capacity` to size its brokers)"
        if kind == QUEUE else ", utilization (of the rate limit)" if kind == THIRD_PARTY else "")
    if figure == "capacity" and not sized(info) and kind != THIRD_PARTY:
        return f"{unsized}: it has no `capacity`", hint
    if (figure == "instances" or figure in COMPUTED and figure not in ANY_FIGURES and figure not in QUEUE_FIGURES
            and not (figure == "utilization" and kind == THIRD_PARTY)) and not sized(info):
        return f"{unsized}: it has no `{figure}`", hint
    if figure in PROPERTIES and figure != "load" and not applies(figure, kind):
        owner = OWN.get(figure)
        if owner:
            return f"`{figure}` belongs to `kind = {owner}`; {name} is a {_kind_text(kind)}", None
        return f"`{figure}` means nothing on {name} (kind = {kind})", WHY.get(kind)
    if figure in QUEUE_FIGURES and kind != QUEUE:
        return f"`{figure}` is a figure of a queue; {name} is a {_kind_text(kind)}", None
    return None


# ---- the models ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KindModel:
    """What bote works out for a clients, queue or third-party component:
    the `("size", name)` value of those kinds."""

    kind: str
    load: object                  # peak requests (messages) per second in
    average: object               # average per second in
    sizing: object = None         # a queue's brokers (bote.capacity.Sizing) when it sets `capacity`
    broker: object = None         # their bote.model.ComponentModel
    polling: tuple | None = None  # clients polling: (average, peak, clients, poll_interval, jitter)
    # third_party
    rate_limit: object = None
    latency: object = None
    max_utilization: object = None
    # queue
    drain_rate: object = None     # messages per second; math.inf when no consumer limits it
    burst: object = None
    drain_within: object = None
    message_size: object = None
    backlog: object = None        # messages; None without `burst`
    drain_time: float | None = None
    bytes_held: object = None     # None without `message_size`
    growth: object = None         # messages per second the queue grows by, for ever
    memory: object = None         # a managed bus's limits (no `capacity`)
    storage: object = None

    @property
    def utilization(self):
        """A third party's share of its rate limit in use."""
        return queues.limit_utilization(self.load, self.rate_limit) if self.rate_limit is not None else None


def clients_model(average, peak, polling) -> KindModel:
    return KindModel(CLIENTS, peak, average, polling=polling)


def third_party_model(load, average, rate_limit, latency, max_utilization) -> KindModel:
    return KindModel(THIRD_PARTY, load, average, rate_limit=rate_limit, latency=latency,
                     max_utilization=max_utilization)


def queue_model(peak_in, average_in, drains: list, *, burst=None, drain_within=None, message_size=None,
                memory=None, storage=None, size_brokers=None) -> KindModel:
    """`drains`: each consumer group's drain rate (messages per second); the
    slowest one sets the queue's (unbounded when none limits it). `size_brokers(bytes_held)`: sizes the
    brokers when the queue sets `capacity`, returning a ComponentModel."""
    # No consumer limits it (only queues or `* 0` behind it): unbounded.
    if any(is_sampled(d) for d in drains):
        import numpy as np
        drain = np.minimum.reduce(np.broadcast_arrays(*(d if is_sampled(d) else float(d) for d in drains)))
    else:
        drain = min(drains) if drains else math.inf
    backlog = held = None
    drain_t = None
    grows = queues.growth(average_in, drain) if drains else 0
    if burst is not None:
        backlog = queues.backlog(peak_in, drain, burst) if drains else 0
        drain_t = queues.drain_time(backlog, drain, average_in)
        if message_size is not None:
            held = queues.bytes_held(backlog, message_size)
    broker = size_brokers(held) if size_brokers is not None else None
    return KindModel(QUEUE, peak_in, average_in, sizing=broker.sizing if broker else None, broker=broker,
                     drain_rate=drain, burst=burst, drain_within=drain_within, message_size=message_size,
                     backlog=backlog, drain_time=drain_t, bytes_held=held, growth=grows,
                     memory=None if broker else memory, storage=None if broker else storage)


def clients_load(info, prop) -> tuple:
    """(average, peak) of `kind = clients`: count × rate × peak_factor, or
    polling every poll_interval (`capacity.polling_load`, the lockstep
    model). `prop(name)`: a property's magnitude, its default, or None."""
    from .capacity import polling_load
    if "poll_interval" in info.properties:
        return polling_load(prop("count"), prop("poll_interval"), prop("jitter"))
    return queues.clients_load(prop("count"), prop("rate"), prop("peak_factor"))


def model(info, prop, load, average, consumers: list, size_brokers) -> KindModel:
    """The `("size", name)` value of clients, a queue or a third party.

    `prop(name)`: a property's magnitude (or default, or None); `load` and
    `average`: the peak and average rates in; `consumers`: (edge multiplier,
    the consumer's ComponentModel or KindModel) for each edge out;
    `size_brokers(working_set=..., data=...)`: sizes a queue's brokers (the
    core's model_component) when it sets `capacity`."""
    kind = kind_of(info)
    if kind == CLIENTS:
        polling = None
        if "poll_interval" in info.properties:
            polling = (*clients_load(info, prop), prop("count"), prop("poll_interval"), prop("jitter"))
        return clients_model(average, load, polling)
    if kind == THIRD_PARTY:
        return third_party_model(load, average, prop("rate_limit"), prop("latency"), prop("max_utilization"))
    drains = []
    for factor, consumer in consumers:
        if not is_sampled(factor) and not factor:
            continue  # nothing of the queue reaches it
        if isinstance(consumer, KindModel):
            if consumer.kind == THIRD_PARTY:
                drains.append(queues.drain_rate(consumer.rate_limit, 1, factor))   # drained at its limit
            continue  # a queue behind a queue takes whatever comes
        s = consumer.sizing
        drains.append(queues.drain_rate(s.capacity, 1 if s.scaling == "single" else s.instances, factor))
    def brokers(held):  # the bytes held stand for the working set, or the data
        return size_brokers(working_set=held if "memory" in info.properties else None,
                            data=held if "storage" in info.properties else None)
    return queue_model(load, average, drains, burst=prop("burst"), drain_within=prop("drain_within"),
                       message_size=prop("message_size"), memory=prop("memory"), storage=prop("storage"),
                       size_brokers=brokers if "capacity" in info.properties else None)


def own_latency(m) -> float:
    """A component's own mean latency, for the synchronous path: a third
    party's `latency`; a server's mean response (M/M/c) with a
    `service_time`, the service time itself without the queue model,
    infinite when its queue is unstable; 0 when nothing says (clients, a
    queue, a server with only a `capacity`)."""
    if isinstance(m, KindModel):
        if m.latency is None:
            return 0.0
        return m.latency if is_sampled(m.latency) else float(m.latency)
    if m.service_time is None:
        return 0.0
    if is_sampled(m.stable) or is_sampled(m.service_time):
        # Sampled queue figures are infinite where the queue is unstable.
        return m.queue.mean_response if m.queue is not None else m.service_time
    if not m.stable:
        return math.inf
    return m.queue.mean_response if m.queue is not None else m.service_time


_MESSAGES = (("message", 1),)


def figure(m: KindModel, name: str, server_figure):
    """`component.name` of clients, a queue or a third party, as a Quantity;
    a queue's brokers' figures through `server_figure(model, name)`."""
    from .properties import DATA, RATE, TIME
    from .quantity import PERCENT, Quantity, QuantityError
    if name == "utilization" and m.kind == THIRD_PARTY:
        return Quantity(m.utilization, (), PERCENT)
    if name in QUEUE_FIGURES:
        value = getattr(m, name)
        if value is None:  # drain_rate always has a value: the flow checks a queue has consumers
            needs = "`message_size` and `burst`" if name == "bytes_held" else "`burst`"
            raise QuantityError("value", f"`{name}` needs {needs} on the queue",
                                "add how long a peak lasts, e.g. `burst = 10 min`")
        if name == "drain_rate":
            return Quantity(value, RATE, _MESSAGES + (("second", -1),))
        if name == "backlog":
            return Quantity(value, (), _MESSAGES)
        if name == "drain_time":
            return Quantity(value, TIME, (("second", 1),))
        return Quantity(value, DATA, (("byte", 1),))
    return server_figure(m.broker, name)


# ---- risks --------------------------------------------------------------------------------

def duration_text(seconds) -> str:
    """A duration in the unit a person would say: `45 s`, `8.75 min`,
    `3.5 h`, `2.1 day`."""
    from .format import _built_in_units, quantity_text
    from .quantity import Quantity
    if is_sampled(seconds):
        from .uncertainty import spread
        low, mid, high = spread(seconds)
        if duration_text(low) == duration_text(high):
            return duration_text(mid)
        return f"{duration_text(mid)} ({duration_text(low)}–{duration_text(high)})"
    seconds = float(seconds)
    if seconds == 0:
        return "0 s"
    if math.isinf(seconds) or seconds < 120:
        return format_duration(seconds)
    unit, _ = ("minute", 60) if seconds < 7200 else ("hour", 3600) if seconds < 172800 else ("day", 86400)
    return quantity_text(Quantity(seconds, (("time", 1),), ((unit, 1),)), _built_in_units(), fixed=True)


def _rate(x, what="req/s") -> str:
    return f"{format_number(x)} {what}"


def rate_limit(name: str, m: KindModel, span: Span | None) -> Risk | None:
    """A third party offered more than its rate limit (error), or more than
    max_utilization of it (warning: no headroom for a peak)."""
    if m.kind != THIRD_PARTY:
        return None
    used = m.utilization
    remedy = ("batch requests to it, put a queue in front and smooth the calls to its limit, or cache its "
              "responses; else negotiate a higher limit")
    over = above(used, 1)
    if chance(over):
        load, limit, u = typical(m.load, over), typical(m.rate_limit, over), typical(used, over)
        return uncertain(Risk(name, "rate-limit", ERROR,
                              f"{name} gets {_rate(load)}, over its rate limit of {_rate(limit)} "
                              f"({format_percent(u)}): requests above it are rejected", remedy, span,
                              {"load": float(load), "rate_limit": float(limit), "utilization": float(u)}),
                         over, used)
    near = above(used, m.max_utilization)
    if chance(near):
        load, limit, u = typical(m.load, near), typical(m.rate_limit, near), typical(used, near)
        return uncertain(Risk(name, "rate-limit", WARNING,
                              f"{name} gets {_rate(load)}, {format_percent(u)} of its rate limit of "
                              f"{_rate(limit)}, above the {format_percent(m.max_utilization)} ceiling",
                              remedy, span,
                              {"load": float(load), "rate_limit": float(limit), "utilization": float(u)}),
                         near, used)
    return None


def backlog(name: str, m: KindModel, span: Span | None) -> Risk | None:
    """Consumers slower than the average arrival rate: the queue grows for ever."""
    if m.kind != QUEUE or m.drain_rate is None or m.growth is None:
        return None
    grows = above(m.growth, 0)
    if not chance(grows):
        return None
    drain, average = typical(m.drain_rate, grows), typical(m.average, grows)
    per_hour = typical(m.growth, grows) * 3600
    return uncertain(Risk(name, "backlog", ERROR,
                          f"{name}'s consumers drain {_rate(drain, 'msg/s')}, slower than the "
                          f"{_rate(average, 'msg/s')} arriving on average: the queue grows by "
                          f"{format_number(per_hour)} messages per hour without end",
                          "add consumer instances, or cut the work per message", span,
                          {"drain_rate": float(drain), "average_in": float(average),
                           "growth_per_hour": float(per_hour)}), grows, m.growth)


def slow_drain(name: str, m: KindModel, span: Span | None) -> Risk | None:
    """A burst's backlog takes longer than `drain_within` to clear."""
    if m.kind != QUEUE or m.drain_within is None or m.drain_time is None:
        return None
    # Growing for ever is `backlog`'s to say.
    steady = ~above(m.growth, 0) if is_sampled(m.growth) else not m.growth
    slow = above(m.drain_time, m.drain_within) & steady
    if not chance(slow):
        return None
    backlog_messages, took_s = typical(m.backlog, slow), typical(m.drain_time, slow)
    took = "never clears" if math.isinf(took_s) else f"takes {duration_text(took_s)} to clear"
    return uncertain(Risk(name, "slow-drain", WARNING,
                          f"the backlog of {format_number(backlog_messages)} messages a "
                          f"{duration_text(typical(m.burst, slow))} burst leaves in {name} {took}, more than "
                          f"drain_within = {duration_text(m.drain_within)}",
                          "add consumer instances (they are sized for the average), or accept a longer drain",
                          span, {"backlog": float(backlog_messages), "drain_time": float(took_s)}),
                     slow, m.drain_time)


def queue_room(name: str, m: KindModel, spans: dict, default: Span | None) -> list[Risk]:
    """A managed bus (no `capacity`) whose backlog does not fit its `memory`
    or `storage`. Brokers with `capacity` are sized for it by the core."""
    from .format import format_bytes
    found = []
    if m.kind != QUEUE or m.bytes_held is None:
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
            f"{name} holds {format_bytes(held)} after a burst ({format_number(typical(m.backlog, spills))} "
            f"messages × {format_bytes(typical(m.message_size, spills))}), more than its {format_bytes(space)} "
            f"of {kind}",
            "add consumers to drain faster, shorten retention, or add room",
            spans.get(kind, default), {"bytes_held": float(held), kind: float(space)}), spills, m.bytes_held))
    return found


def risks_of(info, m: KindModel, assumed: bool, cold_load) -> tuple[Risk, ...]:
    """Every risk of a clients, queue or third-party component: the core's
    checks on a queue's brokers, lockstep polling on clients, the assumed
    load note, and the kinds' own."""
    from .risks import ComponentFacts, assumed_load, synchronized_clients
    from .risks import check as server_checks
    name = info.node.name
    spans = {p: prop.name_span for p, prop in info.properties.items()}
    facts = ComponentFacts(name, m.sizing, info.node.name_span, assumed, polling=m.polling, spans=spans,
                           model=m.broker, cold_load=cold_load,
                           working_set=m.bytes_held if m.broker and "memory" in spans else None,
                           data=m.bytes_held if m.broker and "storage" in spans else None,
                           instances_span=spans.get("instances"))
    if m.broker is not None:
        found = server_checks(facts)
    else:
        found = [r for r in (synchronized_clients(facts), assumed_load(facts)) if r is not None]
    return tuple(found + check(name, m, spans, info.node.name_span))


def check(name: str, m: KindModel, spans: dict, default: Span | None) -> list[Risk]:
    """The risks of a clients, queue or third-party component."""
    at = lambda *props: next((spans[p] for p in props if p in spans), default)  # noqa: E731
    found = [rate_limit(name, m, at("rate_limit")), backlog(name, m, default),
             slow_drain(name, m, at("drain_within", "burst"))]
    return [r for r in found if r is not None] + queue_room(name, m, spans, default)
