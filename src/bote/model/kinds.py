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

from bote.model import queues
from bote.errors import Diagnostic
from bote.language.quantity import checked, is_sampled

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
                      "scaling", "size_at"}),
    THIRD_PARTY: frozenset({"load", "max_utilization", "size_at"}),
}

#: Why a core property means nothing on a special kind: the hint.
WHY = {
    CLIENTS: "clients are a traffic source, not a server: they set `count` and `rate` (or `poll_interval`)",
    QUEUE: "a queue has no service time; its consumers behind it in the flow do the work "
           "(brokers may set `capacity` in messages per second per instance)",
    THIRD_PARTY: "a third party is not yours to size: it sets `rate_limit` and optional `latency`",
}

#: Figures of the queue kind.
QUEUE_FIGURES = frozenset({"drain_rate", "backlog", "drain_time", "bytes_held", "growth"})
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

    if "kind" not in info.choices and any(p.name == "kind" for p in info.node.properties):
        return diagnostics  # a misspelled kind is reported as such; judging the rest by it would mislead
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
        room = (("memory", "message_size"), ("storage", "message_size"), ("memory", "burst"), ("storage", "burst"))
        for prop, needs in (("drain_within", "burst"), *room, *((p, "capacity") for p in brokers)):
            if prop in props and needs not in props and not (needs == "burst" and "capacity" in props
                                                              and prop in ("memory", "storage")):
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


def synchronous_below(queue: str, outgoing: dict, components: dict) -> list[str]:
    """Every component a message of `queue` reaches without passing through
    another queue: its consumers, what they call, and the queues they feed
    (which end the walk: what lies behind them drains asynchronously)."""
    found, stack = [], list(outgoing.get(queue, ()))
    while stack:
        name = stack.pop()
        if name in found:
            continue
        found.append(name)
        info = components.get(name)
        if info is not None and kind_of(info) != QUEUE:
            stack.extend(outgoing.get(name, ()))
    return found


def figure_error(info, figure: str) -> tuple[str, str | None] | None:
    """Why `name.figure` means nothing for this component's kind, with a
    hint; None when it does."""
    from bote.model.properties import COMPUTED, PROPERTIES
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
        # Checked like any value: a burst of 1e300 hours holds more bytes than a float.
        backlog = checked(queues.backlog(peak_in, drain, burst)) if drains else 0
        drain_t = queues.drain_time(backlog, drain, average_in)
        if message_size is not None:
            held = checked(queues.bytes_held(backlog, message_size))
    broker = size_brokers(held) if size_brokers is not None else None
    return KindModel(QUEUE, peak_in, average_in, sizing=broker.sizing if broker else None, broker=broker,
                     drain_rate=drain, burst=burst, drain_within=drain_within, message_size=message_size,
                     backlog=backlog, drain_time=drain_t, bytes_held=held, growth=grows,
                     memory=None if broker else memory, storage=None if broker else storage)


def clients_load(info, prop) -> tuple:
    """(average, peak) of `kind = clients`: count × rate × peak_factor, or
    polling every poll_interval (`capacity.polling_load`, the lockstep
    model). `prop(name)`: a property's magnitude, its default, or None."""
    from bote.model.capacity import polling_load
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
    from bote.model.properties import DATA, RATE, TIME
    from bote.language.quantity import PERCENT, Quantity, QuantityError
    if name == "utilization" and m.kind == THIRD_PARTY:
        return Quantity(m.utilization, (), PERCENT)
    if name in QUEUE_FIGURES:
        value = getattr(m, name)
        if value is None:  # drain_rate always has a value: the flow checks a queue has consumers
            needs = "`message_size` and `burst`" if name == "bytes_held" else "`burst`"
            raise QuantityError("value", f"`{name}` needs {needs} on the queue",
                                "add how long a peak lasts, e.g. `burst = 10 min`")
        if name in ("drain_rate", "growth"):
            return Quantity(value, RATE, _MESSAGES + (("second", -1),))
        if name == "backlog":
            return Quantity(value, (), _MESSAGES)
        if name == "drain_time":
            return Quantity(value, TIME, (("second", 1),))
        return Quantity(value, DATA, (("byte", 1),))
    return server_figure(m.broker, name)
