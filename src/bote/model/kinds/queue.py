"""`kind = queue`: a message bus. No service time; what flows out of it is
the average rate (it smooths the peak), and it ends a synchronous path.
Its backlog after a `burst`, how fast it drains (set by the slowest
consumer group behind it) and the bytes it holds come from the consumers
(`bote.model.queues`). Sized as brokers only when it sets `capacity`."""
from __future__ import annotations

import math
from fractions import Fraction
from types import MappingProxyType

from bote.errors import Diagnostic, Span
from bote.language.format import format_number
from bote.language.quantity import checked, is_sampled
from bote.magnitudes import Magnitude
from bote.model import queues
from bote.model.kind_risks import _rate, duration_text
from bote.model.kinds.base import Kind, KindModel, RiskInputs, SizingInputs
from bote.model.properties import DATA, RATE, TIME, PropertySpec
from bote.model.risks import (
    ERROR,
    WARNING,
    Risk,
    above,
    chance,
    ratio,
    typical,
    uncertain,
)

_MESSAGES = (("message", 1),)


class Queue(Kind):
    name = "queue"
    text = "queue"
    properties = (
        PropertySpec("burst", TIME, "how long a peak lasts (kind = queue)", "burst = 10 min", strictly_positive=True),
        PropertySpec("drain_within", TIME, "how soon the backlog of a burst must clear (kind = queue)",
                     "drain_within = 30 min", strictly_positive=True),
        PropertySpec("message_size", DATA, "bytes of one message (kind = queue)", "message_size = 2 KB",
                     minimum=Fraction(0)),
    )
    accepts = frozenset({"load", "capacity", "max_utilization", "redundancy", "instances", "memory", "storage", "price",
                         "instance", "max_fill", "replication",  # brokers' disks: headroom, copies (Kafka's factor)
                         "scaling", "size_at", "batch", "batch_timeout",
                         "error_rate", "timeout", "max_error_rate", "rate_limit"})   # the put is synchronous
    why_not = ("a queue has no service time; its consumers behind it in the flow do the work "
               "(brokers may set `capacity` in messages per second per instance)")
    smooths_peak = True
    #: A broker's memory bounds the backlog only beside `message_size` and
    #: `burst`: the catalog prices the brokers, the file says what they hold.
    catalog_figures = ("price",)
    drained_by_consumers = True
    ends_synchronous_path = True
    serves_requests = False
    extra_figures = frozenset({"headroom"})
    own_figures = MappingProxyType({
        "drain_rate": "messages per second the slowest consumer group takes off a queue",
        "backlog": "messages a burst leaves in a queue: max(0, peak in - drain_rate) * burst",
        "drain_time": "time to clear that backlog: backlog / (drain_rate - average in)",
        "bytes_held": "backlog * message_size",
        "growth": "messages per second a queue grows by without end: max(0, average in - drain_rate)",
    })
    figures_hint = ", drain_rate, backlog, drain_time, bytes_held (or set `capacity` to size its brokers)"
    mermaid_shape = ('[["', '"]]')
    dot_shape = "cds"

    def sized(self, info) -> bool:
        return "capacity" in info.properties

    def unsized_text(self, info) -> str:
        return "a queue without `capacity`"

    def requirements(self, info, error) -> None:
        name, props = info.node.name, info.properties
        brokers = ("instances", "redundancy", "max_utilization", "scaling", "price", "instance")
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

    def check_flow(self, name: str, info, sources: set) -> list[Diagnostic]:
        if name in sources:
            return []
        return [Diagnostic("flow", f"queue {name} has no consumers", info.node.name_span,
                           f"add its consumers to the flow, e.g. `{name} -> worker`")]

    def model(self, inputs: SizingInputs) -> KindModel:
        """The drain rate is the slowest consumer group's (unbounded when
        none limits it: only queues or `* 0` behind it); the backlog a burst
        leaves, its drain time and bytes held follow (`bote.model.queues`)."""
        info, prop = inputs.info, inputs.prop
        drains = []
        for factor, consumer, kind in inputs.consumers():
            if not is_sampled(factor) and not factor:
                continue  # nothing of the queue reaches it
            rate = kind.drain_rate(consumer, factor)
            if rate is not None:
                drains.append(rate)

        def size_brokers(held):  # the bytes held stand for the working set, or the data
            return inputs.size_server(working_set=held if "memory" in info.properties else None,
                                      data=held if "storage" in info.properties else None)
        return queue_model(inputs.load, inputs.average, drains, burst=prop("burst"),
                           drain_within=prop("drain_within"), message_size=prop("message_size"),
                           memory=prop("memory"), storage=prop("storage"),
                           size_brokers=size_brokers if "capacity" in info.properties else None)

    def drain_rate(self, m, factor):
        return None  # a queue behind a queue takes whatever comes

    def own_latency(self, m) -> Magnitude:
        return 0.0

    def limits(self, m) -> list:
        """Its brokers' limits (with `capacity`), the average in reaching the
        drain rate (it grows for ever), and a burst's backlog taking longer
        than `drain_within` to clear (`bote.model.headroom`)."""
        from bote.model import headroom as h
        found = h.server_limits(m.broker) if m.broker is not None else []
        if m.drain_rate is None or not is_sampled(m.drain_rate) and math.isinf(m.drain_rate):
            return found
        grows = h.ratio(m.drain_rate, m.average)
        if grows is not None:
            found.append(h.Limit("backlog", grows))
        if m.burst is not None and m.drain_within is not None:
            slow = h.slow_drain(m.drain_rate, m.burst, m.drain_within, m.load, m.average)
            if slow is not None:
                found.append(h.Limit("slow-drain", slow))
        return found

    def figure(self, m, name: str):
        from bote.language.quantity import Quantity, QuantityError
        from bote.model.component import figure_of
        if name not in self.own_figures:
            return figure_of(m.broker, name)
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

    def parts(self, m) -> tuple:
        return m.sizing, m.broker, m

    def risks(self, m, inputs: RiskInputs) -> tuple:
        from bote.model.kind_risks import risks_of

        def own(name, m, at, spans, default):
            return [backlog(name, m, default), slow_drain(name, m, at("drain_within", "burst")),
                    *queue_room(name, m, spans, default)]
        return risks_of(inputs.info, m, inputs.assumed, inputs.cold_load, inputs.size_at, inputs.rate, own)


def queue_model(peak_in, average_in, drains: list, *, burst=None, drain_within=None, message_size=None,
                memory=None, storage=None, size_brokers=None) -> KindModel:
    """`drains`: each consumer group's drain rate (messages per second); the
    slowest one sets the queue's (unbounded when none limits it).
    `size_brokers(bytes_held)`: sizes the brokers when the queue sets
    `capacity`, returning a ComponentModel."""
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
    return KindModel("queue", peak_in, average_in, sizing=broker.sizing if broker else None, broker=broker,
                     drain_rate=drain, burst=burst, drain_within=drain_within, message_size=message_size,
                     backlog=backlog, drain_time=drain_t, bytes_held=held, growth=grows,
                     memory=None if broker else memory, storage=None if broker else storage)


# ---- its risks ------------------------------------------------------------------------------

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
