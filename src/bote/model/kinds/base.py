"""What every component kind is: `Kind`, whose defaults are a request
server's (`kind = service`), and the hooks a kind overrides to behave
differently. The evaluator, the resolver and the reporters ask a
component's kind (`info.kind`); none of them tests which kind it is.

A kind declares its own properties (only it takes them), which core
properties it accepts, its figures, and how it is loaded, sized, modelled
and checked. `bote.model.kinds` registers the kinds by name.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from bote.dataclasses_compiled import dataclass
from bote.errors import Diagnostic
from bote.language.quantity import is_sampled
from bote.magnitudes import Magnitude, required
from bote.model import queues

if TYPE_CHECKING:  # the model modules import the kinds
    from bote.model.capacity import Sizing
    from bote.model.component import ComponentModel
    from bote.model.properties import PropertySpec
    from bote.model.resolve import ComponentInfo

#: Figures every kind has: the peak and average load, the synchronous path,
#: and (in a file that models errors and retries) its failures.
ANY_FIGURES = frozenset({"load", "average_load", "end_to_end", "offered_load", "failure_share", "rate_limited",
                         "overloaded", "timed_out"})

#: The kind that owns each kind's own properties, filled as kinds are
#: registered (`bote.model.kinds.register`).
OWNERS: dict[str, Kind] = {}


@dataclass(frozen=True, slots=True)
class KindModel:
    """What bote works out for a component the core does not size as a
    request server (clients, a queue, a third party): the `("size", name)`
    value of those kinds."""

    kind: str
    load: Magnitude               # peak requests (messages) per second in
    average: Magnitude            # average per second in
    sizing: Sizing | None = None  # a queue's brokers when it sets `capacity`
    broker: ComponentModel | None = None  # their model as request servers
    polling: tuple | None = None  # clients polling: (average, peak, clients, poll_interval, jitter)
    # third_party
    rate_limit: Magnitude | None = None
    latency: Magnitude | None = None
    max_utilization: Magnitude | None = None
    # queue
    drain_rate: Magnitude | None = None   # messages per second; math.inf when no consumer limits it
    burst: Magnitude | None = None
    drain_within: Magnitude | None = None
    message_size: Magnitude | None = None
    backlog: Magnitude | None = None      # messages; None without `burst`
    drain_time: Magnitude | None = None
    bytes_held: Magnitude | None = None   # None without `message_size`
    growth: Magnitude | None = None       # messages per second the queue grows by, for ever
    memory: Magnitude | None = None       # a managed bus's limits (no `capacity`)
    storage: Magnitude | None = None

    @property
    def utilization(self) -> Magnitude | None:
        """A third party's share of its rate limit in use."""
        return queues.limit_utilization(self.load, self.rate_limit) if self.rate_limit is not None else None


@dataclass(frozen=True, slots=True)
class SizingInputs:
    """What the evaluator hands a kind to model one component.

    `prop(name)`: a property's magnitude, its default, or None; `load` and
    `average`: the peak and average rates in; `consumers()`: (requests one
    message puts on it, its model, its kind) for each component a message reaches
    synchronously; `size_server(**held)`: the core's sizing of this
    component as a request server (`working_set=`/`data=` override those
    properties)."""

    info: ComponentInfo
    prop: Callable[[str], Magnitude | None]
    load: Magnitude
    average: Magnitude
    consumers: Callable
    size_server: Callable


@dataclass(frozen=True, slots=True)
class RiskInputs:
    """What the evaluator hands a kind to check one component's risks."""

    info: ComponentInfo
    prop: Callable[[str], Magnitude | None]  # a property's magnitude, its default, or None
    assumed: bool             # the load is bote's 10k req/s guess
    cold_load: Magnitude | None  # the load with every cache cold, or None
    size_at: Magnitude        # the sizing percentile (with ranges)
    rate: str                 # the unit the load is shown in (`transfer/s`)


class Kind:
    """A request server (`kind = service`): sized by the core (`bote.model.component`)."""

    name = "service"
    #: How a message names the kind (`X is a clients component`).
    text = "service"
    #: Properties only this kind takes, with their specs (`bote.model.properties`).
    properties: tuple[PropertySpec, ...] = ()
    #: The core properties it accepts besides its own; None: all of them.
    accepts: frozenset[str] | None = None
    #: Why a core property it does not accept means nothing on it (the hint).
    why_not: str | None = None
    #: Traffic starts here: it sets its own load, and nothing flows into it.
    is_source = False
    #: What it passes on is its average rate, not its peak (a queue smooths
    #: the peak; one queue behind another still gets the peak).
    smooths_peak = False
    #: Its model depends on the components that take its messages (a queue's
    #: backlog on how fast its consumers drain).
    drained_by_consumers = False
    #: A synchronous path ends here: what lies behind runs asynchronously.
    ends_synchronous_path = False
    #: It serves requests of a `service_time` (the latency and connection models apply).
    serves_requests = True
    #: Its capacity is a limit it enforces (a rate limit), and its
    #: utilization is the share of that limit in use.
    capacity_is_limit = False
    #: Figures only this kind has (`component.backlog`), with their formulas.
    own_figures: Mapping[str, str] = MappingProxyType({})
    #: Computed figures it has although the core does not size it.
    extra_figures: frozenset[str] = frozenset()
    #: The end of "its figures: load (the peak), average_load, end_to_end".
    figures_hint = ""
    #: A property that needs another: (property, what it needs) for polling.
    polling_pairs: tuple[tuple[str, str], ...] = (("poll_interval", "clients"), ("jitter", "clients"))
    #: The properties its load and its capacity read (their dependencies).
    load_properties: tuple[str, ...] = ("clients", "poll_interval", "jitter")
    capacity_properties: tuple[str, ...] = ("capacity", "service_time", "workers")
    #: Graph shapes: Mermaid (open, close) and Graphviz; None: a box.
    mermaid_shape: tuple[str, str] | None = None
    dot_shape: str | None = None
    #: Shown beside the name in tables and graphs (`bus (queue)`).
    shown_beside_name = True
    #: Its `price` is per request (billed on the average load), not per
    #: instance per unit of time.
    priced_per_request = False
    #: What `instance = "..."` sets from the catalog where it sets none itself.
    catalog_figures: tuple[str, ...] = ("workers", "memory", "price")

    # ---- properties and figures ----------------------------------------------------
    def applies(self, prop: str) -> bool:
        """Whether a property means something on a component of this kind."""
        if prop == "kind":
            return True
        owner = OWNERS.get(prop)
        if owner is not None:
            return owner.name == self.name
        return self.accepts is None or prop in self.accepts

    def sized(self, info) -> bool:
        """Whether the core sizes it (instances, utilization)."""
        return True

    def spec(self, name: str) -> PropertySpec | None:
        """What a property means on this kind when it reads it its own way
        (a third party's `price` is per request); None: the table's spec."""
        return None

    def has_capacity(self, info) -> bool:
        """Whether `component.capacity` means something (a rate limit counts)."""
        return self.sized(info)

    def unsized_text(self, info) -> str:
        return self.text

    def requirements(self, info, error: Callable) -> None:
        """Report what a component of this kind must set (`error(message, span, hint)`)."""

    def check_flow(self, name: str, info, sources: set) -> list[Diagnostic]:
        """What the flow around it must have (a queue needs consumers)."""
        return []

    # ---- load, capacity, model ---------------------------------------------------------
    def fixed_capacity(self, info, value: Callable):
        """Its capacity when the kind sets it (`value(property)` reads a
        property's Quantity); None: the core works it out from `capacity`,
        or `service_time` and `workers`."""
        return

    def source_load(self, info, prop) -> tuple | None:
        """(average, peak) rates a traffic source sends; None for a kind that is not one."""
        return None

    def model(self, inputs: SizingInputs):
        """The `("size", name)` value: a request server is sized by the core."""
        return inputs.size_server()

    def own_latency(self, m) -> Magnitude:
        """Its own mean latency, for the synchronous path: the mean response
        (M/M/c) with a `service_time`, the service time itself without the
        queue model, infinite when its queue is unstable; 0 with only a
        `capacity`."""
        if m.service_time is None:
            return 0.0
        if is_sampled(m.stable) or is_sampled(m.service_time):
            # Sampled queue figures are infinite where the queue is unstable.
            return m.queue.mean_response if m.queue is not None else m.service_time
        if not m.stable:
            return math.inf
        return m.queue.mean_response if m.queue is not None else m.service_time

    def limits(self, m) -> list:
        """How it fails as the traffic grows, at its instances as provisioned
        (`bote.model.headroom`): a request server's utilization, latency goal
        and connections."""
        from bote.model.headroom import server_limits
        return server_limits(m)

    def headroom(self, m):
        """The first of its limits (`Headroom`), or None when traffic never breaks it."""
        from bote.model.headroom import first
        return first(self.limits(m))

    def figure(self, m, name: str):
        """`component.name` as a Quantity."""
        from bote.model.component import figure_of
        return figure_of(m, name)

    def drain_rate(self, m, factor):
        """How fast it takes a queue's messages (messages per second), when a
        queue feeds it; None when it takes whatever comes."""
        s = m.sizing
        return queues.drain_rate(s.capacity, 1 if s.scaling == "single" else s.instances, factor)

    # ---- the report ----------------------------------------------------------------------
    def parts(self, m) -> tuple:
        """(sizing, the request-server model, the kind's own model) of its
        `("size", name)` value, as the report holds them."""
        return m.sizing, m, None

    def risks(self, m, inputs: RiskInputs) -> tuple:
        """Every risk of the component (`bote.model.risks`, one function each)."""
        from bote.model import capacity as cap
        from bote.model.risks import ComponentFacts, check
        info, magnitude = inputs.info, inputs.prop
        props = info.properties
        polling = None
        if "clients" in props:
            polling = (*cap.polling_load(required(magnitude("clients")), required(magnitude("poll_interval")),
                                         required(magnitude("jitter"))),
                       magnitude("clients"), magnitude("poll_interval"), magnitude("jitter"))
        facts = ComponentFacts(
            info.node.name, m.sizing, info.node.name_span, inputs.assumed,
            working_set=magnitude("working_set") if "working_set" in props else None,
            data=magnitude("data") if "data" in props else None,
            instances_span=props["instances"].name_span if "instances" in props else None,
            model=m, cold_load=inputs.cold_load, polling=polling,
            spans={p: prop.name_span for p, prop in props.items()}, rate=inputs.rate)
        return tuple(check(facts))
