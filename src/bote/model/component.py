"""One request server, modelled as a chain of named figures: throughput
sizing (`capacity`), the queue each instance forms (`queueing`, M/M/c), a
latency goal, connections, and storage growth.

Each figure is a `Rule`: its name (`needed_for_load`), the pure function
that computes it (its docstring states the formula) and the figures it
reads. `SERVER_RULES` lists them in dependency order and `model_component`
evaluates them in one pass, so that the report's figure graph
(`bote.model.graph`) shows each with its formula and inputs, and nothing
computes a figure a second time. The same rules take exact magnitudes and
arrays of samples (ranges): each function handles both, exactly where the
arithmetic allows, elementwise over the scenarios otherwise.

The order matters: connections needed default to the requests in flight
(Little's law), which depend on the queue, which depends on how many
instances serve; so the count sized for load, memory, storage and latency
comes first, the queue at that count gives the connections, and the final
count takes all of them.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING

from bote.dataclasses_compiled import dataclass
from bote.language.quantity import (
    PERCENT,
    Quantity,
    QuantityError,
    as_float,
    is_sampled,
)
from bote.magnitudes import Magnitude
from bote.model import capacity as cap
from bote.model import locks, queueing
from bote.model import storage as disks
from bote.model.properties import DATA, RATE, REQUESTS_PER_SECOND, TIME
from bote.model.queueing import QueueFigures
from bote.uncertainty.sampling import DEFAULT_SIZE_AT

if TYPE_CHECKING:  # numpy only with ranges
    import numpy as np

    from bote.model.queueing_samples import SampledQueueFigures



@dataclass(frozen=True, slots=True)
class LatencyGoal:
    target: float                 # seconds
    percentile: float             # 0.99 for p99
    achievable: bool              # False: the service time alone misses it
    needed: int                   # instances that meet it (0 when not achievable)
    achieved: float | None        # the percentile at the provisioned count; None when unstable


@dataclass(frozen=True, slots=True)
class ComponentModel:
    sizing: cap.Sizing
    service_time: Magnitude | None  # seconds per request per worker, when given
    workers: int | None           # servers of each instance's queue; None when not a whole number
    #: The queue's figures at the provisioned count; None when unstable or unknown.
    queue: QueueFigures | SampledQueueFigures | None
    stable: bool | np.ndarray     # with ranges, sample by sample
    latency: LatencyGoal | None
    connections: Magnitude | None  # concurrent connections needed in total
    max_connections: Magnitude | None
    time_until_full: Magnitude | None
    storage_horizon: Magnitude
    #: Arrivals exactly equal to what the workers serve (ρ = 1, decided on
    #: exact values; never with ranges): unstable, however full it looks.
    saturated: bool = False
    #: Every figure the rules computed, by name (see `SERVER_RULES`).
    figures: dict | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """One figure: `name` = `formula(*inputs)`.

    `equation(values)`: the figure as an arithmetic expression of the
    figures it reads (`ceil(load / (capacity * max_utilization))`), for the
    branch the evaluated `values` took, or None where no expression says it
    (the formula's words do). `bote explain` substitutes the numbers into
    it; a test holds each equation to its function's value on every
    example, so the two cannot drift."""

    name: str
    formula: Callable
    inputs: tuple[str, ...]
    equation: Callable[[dict], str | None] | None = None

    @property
    def formula_text(self) -> str:
        """The formula as the function's docstring states it (its first paragraph)."""
        doc = (self.formula.__doc__ or self.formula.__name__).strip()
        return " ".join(doc.split("\n\n")[0].split())


#: What the evaluator gives `model_component` (magnitudes in base units;
#: None for a property not set and without a default).
INPUTS = ("load", "capacity", "max_utilization", "redundancy", "scaling", "instances", "workers", "service_time",
          "memory", "working_set", "storage", "data", "latency_target", "latency_percentile", "connections",
          "max_connections", "data_growth", "storage_horizon", "size_at", "max_fill", "retention", "replication",
          "write_share", "hot_key_share", "lock_time")


# ---- the formulas -------------------------------------------------------------------------

def queue_servers(workers) -> int | None:
    """c = workers, the servers of each instance's M/M/c queue, when a whole
    number (None otherwise: no queue model)."""
    return int(workers) if float(workers).is_integer() else None


def queue_modelled(service_time, servers) -> bool:
    """The queue model applies with a `service_time` the user stated and at
    least one whole worker (a `capacity` alone says how much, not how: one
    fast worker or many slow ones)."""
    return service_time is not None and servers is not None and servers >= 1


def arrival_rate(load, *sampled_inputs):
    """λ = load as a float, the queue model's arrival rate; with ranges, an
    array of one rate per scenario (broadcast to the shape of every sampled
    input)."""
    sampled = [x for x in (load, *sampled_inputs) if is_sampled(x)]
    if not sampled:
        return float(load)
    import numpy as np
    return np.broadcast_to(as_float(load), np.broadcast(*sampled).shape)


def latency_search(arrivals, load, service_time, workers, servers, modelled, latency_target, latency_percentile):
    """n = the fewest instances whose response-time percentile meets
    latency_target (M/M/c at λ / n each), searched from ceil(λ × service_time
    / workers); None without a latency goal or a queue model; unachievable
    when the service time alone misses the target (n = None, or 0 in a
    scenario)."""
    if latency_target is None or not modelled:
        return None
    p = float(latency_percentile)
    if is_sampled(arrivals):
        import numpy as np

        from bote.model import queueing_samples as qs
        st = as_float(service_time)
        start = np.maximum(1, cap.instances_for_load(arrivals, servers / np.broadcast_to(st, arrivals.shape), 1))
        return qs.smallest_instances_for_latency(arrivals, st, servers, float(latency_target), p, start,
                                                 cap.MAX_INSTANCES)
    start = max(1, cap.instances_for_load(load, workers / service_time, 1))
    return queueing.smallest_instances_for_latency(arrivals, float(service_time), servers, float(latency_target), p,
                                                   start=start, limit=cap.MAX_INSTANCES)


def latency_achievable(search, latency_target, modelled, arrivals):
    """Whether the latency goal can be met at all: some count meets it (in
    each scenario with ranges); None without a goal or a queue model."""
    if latency_target is None or not modelled:
        return None
    return search > 0 if is_sampled(arrivals) else search is not None


def needed_for_latency(search, achievable, scaling, arrivals):
    """needed_for_latency = n, the latency search's count; 0 without a goal,
    when it is unachievable, or with `scaling = single` (more instances do
    not share the load)."""
    if achievable is None:
        return 0
    if is_sampled(arrivals):
        return 0 if scaling == "single" else search
    return 0 if scaling == "single" or not achievable else search


def needed_before_connections(scaling, for_load, for_memory, for_storage, for_latency):
    """The count sized before connections: max(needed_for_load,
    needed_for_memory, needed_for_storage, needed_for_latency, 1); the queue
    at this count gives the requests in flight."""
    return cap.needed_count(scaling, for_load, for_memory, for_storage, 0, for_latency)


def serving_instances(count, scaling):
    """Instances that share the load: all of them, or the one primary with
    `scaling = single`."""
    return 1 if scaling == "single" else _at_least_one(count)


def connections_for_sizing(arrivals, connections, max_connections, service_time, servers, modelled, scaling,
                           before):
    """connections = the `connections` set, else the requests in flight
    (Little's law, L = λ × W, at the count sized before connections) when
    `max_connections` limits them; None when nothing says."""
    sampled = is_sampled(arrivals)
    if connections is not None:
        if sampled:
            import numpy as np
            return np.broadcast_to(as_float(connections), arrivals.shape)
        return float(connections)
    if max_connections is None or not modelled:
        return None
    serving = serving_instances(before, scaling)
    if sampled:
        import numpy as np

        from bote.model import queueing_samples as qs
        first = qs.Queues(arrivals, as_float(service_time), servers, serving)
        in_flight = arrivals * (first.mean_wait() + first.st)
        return np.where(first.stable, in_flight, 0.0)  # `unstable` reports the rest
    first = queueing.mmc(arrivals, float(service_time), servers, serving)
    return first.in_flight if first is not None else None


def needed_for_connections(total, max_connections, scaling):
    """needed_for_connections = ceil(connections / max_connections); 0
    without max_connections, or with `scaling = single`."""
    if max_connections is None or total is None or scaling == "single":
        return 0
    count = cap.instances_for_total(total, as_float(max_connections))
    return count if not is_sampled(count) or count.any() else 0  # no scenario needs more: no count


def queue_stable(arrivals, load, service_time, workers, servers, modelled, serving):
    """λ × service_time < workers × serving instances: the queue settles
    (decided on the exact values: at exactly 100% the queue grows without
    bound, and a float rounding must not turn that into a huge but finite
    wait); True without a queue model."""
    if is_sampled(arrivals):
        import numpy as np
        if not modelled:
            return np.ones(arrivals.shape, dtype=bool)
        return arrivals * as_float(service_time) < servers * serving
    return not modelled or load * service_time < workers * serving


def queue_saturated(arrivals, load, service_time, workers, modelled, serving) -> bool:
    """λ × service_time = workers × serving instances exactly (ρ = 1):
    unstable, however full it looks; never with ranges."""
    return not is_sampled(arrivals) and modelled and load * service_time == workers * serving


def queue_figures(arrivals, service_time, servers, modelled, stable, serving):
    """The M/M/c queue of each serving instance at λ / serving (see
    `bote.model.queueing.mmc`): wait, response percentiles, in flight; None
    when unstable or without a queue model."""
    if not modelled:
        return None
    if is_sampled(arrivals):
        from bote.model import queueing_samples as qs
        q = qs.Queues(arrivals, as_float(service_time), servers, serving)
        return qs.SampledQueueFigures(q, arrivals, serving)
    return queueing.mmc(arrivals, float(service_time), servers, serving) if stable else None


def latency_goal(latency_target, latency_percentile, achievable, for_latency, queue, arrivals):
    """The latency goal: its target and percentile, whether it is
    achievable, the instances it needs, and the percentile achieved at the
    provisioned count (None when unstable)."""
    if achievable is None:
        return None
    p = float(latency_percentile)
    if is_sampled(arrivals):
        return LatencyGoal(float(latency_target), p, achievable, for_latency, queue.percentile(p))
    return LatencyGoal(float(latency_target), p, achievable, for_latency,
                       queue.percentile(p) if queue is not None else None)


def connections_total(total, queue):
    """connections = the figure used for sizing, else the requests in flight
    at the provisioned count (Little's law)."""
    if total is None and queue is not None:
        return queue.in_flight
    return total




def _at_least_one(count):
    if is_sampled(count):
        import numpy as np
        return np.maximum(1, count)
    return max(1, count)


# ---- the equations bote explain shows ----------------------------------------------------

def _single(v) -> bool:
    return v["scaling"] == "single"


def _fits(total: str, per_instance: str) -> Callable[[dict], str]:
    return lambda v: f"ceil({total} / {per_instance})" if v[total] is not None and v[per_instance] is not None \
        else "0"


def _fleet(per_instance: str) -> Callable[[dict], str | None]:
    return lambda v: None if v[per_instance] is None else per_instance if _single(v) \
        else f"{per_instance} * instances"


def _needed_for_latency(v) -> str | None:
    if v["latency_achievable"] is None or _single(v):
        return "0"
    if not is_sampled(v["arrival_rate"]) and not v["latency_achievable"]:
        return "0"
    return None  # a search, not an expression: its words explain it


def _needed_for_connections(v) -> str:
    if v["max_connections"] is None or v["connections_for_sizing"] is None or _single(v):
        return "0"
    return "ceil(connections_for_sizing / max_connections)"


def _largest_of(*counts: str) -> Callable[[dict], str]:
    return lambda v: "1" if _single(v) else f"max({', '.join(counts)}, 1)"


def _instances(v) -> str | None:
    # With ranges, the count is a percentile of the samples of needed.
    return None if is_sampled(v["needed"]) else "needed + redundancy"


def _utilization_one_down(v) -> str | None:
    if v["utilization_one_down"] is None:
        return None
    return "load / capacity" if _single(v) else "load / (capacity * (instances - 1))"


def _time_until_full(v) -> str | None:
    if v["time_until_full"] is None or is_sampled(v["time_until_full"]):
        return None
    used = " - data_stored" if v["data_stored"] is not None else ""
    return f"max(0, (storage_total * max_fill{used}) / (data_growth * replication))"


def _data_stored(v) -> str | None:
    return None if v["data_stored"] is None else "data * replication"


def _data_kept(v) -> str | None:
    if v["data_kept"] is None:
        return None
    if v["retention"] is None or v["data_growth"] is None:
        return "data * replication"
    if v["data"] is None:
        return "data_growth * retention * replication"
    return "max(data, data_growth * retention) * replication"


def _hot_row_writes(v) -> str | None:
    # With flows that set their own write_share, the share is their mix
    # (`locks.mixed_write_share`), which no property node holds.
    if v["hot_row_writes"] is None or v.get("write_share_mixed"):
        return None
    return "load * write_share * hot_key_share"


def _lock_wait(v) -> str | None:
    if v["lock_wait"] is None or is_sampled(v["lock_wait"]) or v["lock_utilization"] >= 1:
        return None
    return "lock_utilization / (1 - lock_utilization) * lock_time"


_SAMPLED_INPUTS = ("capacity", "service_time", "memory", "working_set", "storage", "data", "connections",
                   "max_connections", "data_growth")

#: Every figure of a request server, in dependency order.
SERVER_RULES: tuple[Rule, ...] = (
    Rule("queue_servers", queue_servers, ("workers",), lambda v: None if v["queue_servers"] is None else "workers"),
    Rule("queue_modelled", queue_modelled, ("service_time", "queue_servers")),
    Rule("arrival_rate", arrival_rate, ("load", *_SAMPLED_INPUTS), lambda v: "load"),
    Rule("latency_search", latency_search, ("arrival_rate", "load", "service_time", "workers", "queue_servers",
                                            "queue_modelled", "latency_target", "latency_percentile")),
    Rule("latency_achievable", latency_achievable, ("latency_search", "latency_target", "queue_modelled",
                                                    "arrival_rate")),
    Rule("needed_for_latency", needed_for_latency, ("latency_search", "latency_achievable", "scaling",
                                                    "arrival_rate"), _needed_for_latency),
    Rule("needed_for_load", cap.instances_for_load, ("load", "capacity", "max_utilization"),
         lambda v: "ceil(load / (capacity * max_utilization))"),
    Rule("needed_for_memory", cap.instances_for_total, ("working_set", "memory"), _fits("working_set", "memory")),
    Rule("data_stored", disks.data_stored, ("data", "replication"), _data_stored),
    Rule("data_kept", disks.data_kept, ("data", "data_growth", "retention", "replication"), _data_kept),
    Rule("storage_usable", disks.usable, ("storage", "max_fill"),
         lambda v: None if v["storage_usable"] is None else "storage * max_fill"),
    Rule("needed_for_storage", disks.needed_for_storage, ("data_kept", "storage_usable"),
         _fits("data_kept", "storage_usable")),
    Rule("needed_before_connections", needed_before_connections,
         ("scaling", "needed_for_load", "needed_for_memory", "needed_for_storage", "needed_for_latency"),
         _largest_of("needed_for_load", "needed_for_memory", "needed_for_storage", "needed_for_latency")),
    Rule("connections_for_sizing", connections_for_sizing,
         ("arrival_rate", "connections", "max_connections", "service_time", "queue_servers", "queue_modelled",
          "scaling", "needed_before_connections"),
         lambda v: "connections" if v["connections"] is not None else None),
    Rule("needed_for_connections", needed_for_connections, ("connections_for_sizing", "max_connections", "scaling"),
         _needed_for_connections),
    Rule("needed", cap.needed_count, ("scaling", "needed_for_load", "needed_for_memory", "needed_for_storage",
                                      "needed_for_connections", "needed_for_latency"),
         _largest_of("needed_for_load", "needed_for_memory", "needed_for_storage", "needed_for_connections",
                     "needed_for_latency")),
    Rule("instances", cap.instance_count, ("instances", "needed", "size_at", "redundancy"), _instances),
    Rule("utilization", cap.fleet_utilization, ("load", "capacity", "scaling", "instances"),
         lambda v: "load / capacity" if _single(v) else "load / (capacity * instances)"),
    Rule("utilization_one_down", cap.utilization_one_down, ("load", "capacity", "scaling", "instances"),
         _utilization_one_down),
    Rule("memory_total", cap.fleet_total, ("memory", "instances", "scaling"), _fleet("memory")),
    Rule("storage_total", cap.fleet_total, ("storage", "instances", "scaling"), _fleet("storage")),
    Rule("serving", serving_instances, ("instances", "scaling"), lambda v: "1" if _single(v) else "instances"),
    Rule("stable", queue_stable, ("arrival_rate", "load", "service_time", "workers", "queue_servers",
                                  "queue_modelled", "serving")),
    Rule("saturated", queue_saturated, ("arrival_rate", "load", "service_time", "workers", "queue_modelled",
                                        "serving")),
    Rule("queue", queue_figures, ("arrival_rate", "service_time", "queue_servers", "queue_modelled", "stable",
                                  "serving")),
    Rule("latency_goal", latency_goal, ("latency_target", "latency_percentile", "latency_achievable",
                                   "needed_for_latency", "queue", "arrival_rate")),
    Rule("in_flight_connections", connections_total, ("connections_for_sizing", "queue")),
    Rule("time_until_full", disks.time_until_full, ("storage_total", "max_fill", "data_stored", "data_kept",
                                                     "data_growth", "retention", "replication"), _time_until_full),
    Rule("hot_row_writes", locks.hot_row_writes, ("load", "write_share", "hot_key_share"), _hot_row_writes),
    Rule("lock_utilization", locks.lock_utilization, ("hot_row_writes", "lock_time"),
         lambda v: None if v["lock_utilization"] is None else "hot_row_writes * lock_time"),
    Rule("lock_wait", locks.lock_wait, ("lock_utilization", "lock_time"), _lock_wait),
)


def evaluate_rules(rules: tuple[Rule, ...], given: dict) -> dict:
    """Each rule's figure, in order, from the given inputs and the figures
    before it: one pass."""
    values = dict(given)
    read = values.__getitem__
    for rule in rules:
        values[rule.name] = rule.formula(*map(read, rule.inputs))
    return values


def model_component(*, load: Magnitude, capacity: Magnitude, max_utilization: Magnitude, redundancy: int,
                    scaling: str, instances: int | None, workers: Magnitude, service_time: Magnitude | None,
                    memory=None, working_set=None, storage=None, data=None,
                    latency_target=None, latency_percentile=0.99, connections=None, max_connections=None,
                    data_growth=None, storage_horizon=365.25 * 86400, size_at=DEFAULT_SIZE_AT,
                    max_fill=Fraction(4, 5), retention=None, replication=1, write_share=1, hot_key_share=None,
                    lock_time=None, write_share_mixed=False) -> ComponentModel:
    """Size one component and model its queue: `SERVER_RULES`, evaluated in
    order. With a `service_time` (and a whole number of workers), each
    serving instance is an M/M/c queue with c = workers, μ = 1 /
    service_time and λ = load / serving instances (all of the load on one
    with `scaling = single`). With uncertain inputs (arrays of samples) the
    counts are computed per scenario, the instances provisioned are the
    `size_at` percentile of the largest of them plus redundancy, and the
    queue is modelled per scenario at that count (infinite where unstable)."""
    given = dict(load=load, capacity=capacity, max_utilization=max_utilization, redundancy=redundancy,
                 scaling=scaling, instances=instances, workers=workers, service_time=service_time, memory=memory,
                 working_set=working_set, storage=storage, data=data, latency_target=latency_target,
                 latency_percentile=latency_percentile, connections=connections, max_connections=max_connections,
                 data_growth=data_growth, storage_horizon=storage_horizon, size_at=size_at, max_fill=max_fill,
                 retention=retention, replication=replication, write_share=write_share, hot_key_share=hot_key_share,
                 lock_time=lock_time, write_share_mixed=write_share_mixed)
    v = evaluate_rules(SERVER_RULES, given)
    sizing = cap.Sizing(
        load=load, capacity=capacity, max_utilization=max_utilization, redundancy=redundancy, scaling=scaling,
        needed_for_load=v["needed_for_load"], needed_for_memory=v["needed_for_memory"],
        needed_for_storage=v["needed_for_storage"], needed_for_connections=v["needed_for_connections"],
        needed_for_latency=v["needed_for_latency"], needed=v["needed"], instances=v["instances"],
        provisioned=instances is not None, utilization=v["utilization"],
        utilization_one_down=v["utilization_one_down"], memory_total=v["memory_total"],
        storage_total=v["storage_total"], size_at=size_at)
    st = None if service_time is None else as_float(service_time)
    return ComponentModel(sizing, st, v["queue_servers"], v["queue"], v["stable"], v["latency_goal"],
                          v["in_flight_connections"], None if max_connections is None else as_float(max_connections),
                          v["time_until_full"], float(storage_horizon), v["saturated"], figures=v)


_QUEUE_TIMES = frozenset({"mean_wait", "mean_response", "p50", "p90", "p99"})

#: The dimensions and unit of a rule's figure that is not a plain number
#: (`component.figure` reads it with them); a new rule with a unit adds its
#: line here.
RULE_UNITS: dict[str, tuple[tuple, tuple]] = {
    "hot_row_writes": (RATE, REQUESTS_PER_SECOND),
    "lock_utilization": ((), PERCENT),
    "lock_wait": (TIME, (("second", 1),)),
    "data_stored": (DATA, (("byte", 1),)),
    "data_kept": (DATA, (("byte", 1),)),
    "storage_usable": (DATA, (("byte", 1),)),
}

#: What a rule's figure needs when it is None: the properties to set.
RULE_NEEDS = {
    "hot_row_writes": "`hot_key_share` (the share of writes that go to the busiest row)",
    "lock_utilization": "`hot_key_share` and `lock_time`",
    "lock_wait": "`hot_key_share` and `lock_time`",
    "data_stored": "`data`",
    "data_kept": "`data`, or `data_growth` and `retention`",
    "storage_usable": "`storage`",
}


#: The figures `figure_of` works out itself; the others are the sizing's or the rules'.
_OWN_FIGURES = frozenset({"utilization", "utilization_one_down", *_QUEUE_TIMES, "wait_probability", "in_flight",
                          "time_until_full"})


def has_figure(m: ComponentModel, figure: str) -> bool:
    """Whether `figure_of(m, figure)` is one of this component's figures (a
    queue's `backlog` is not a request server's)."""
    return figure in _OWN_FIGURES or hasattr(m.sizing, figure) or figure in (m.figures or {})


def figure_of(m: ComponentModel, figure: str) -> Quantity:
    """`component.figure` of a sized component, as a Quantity."""
    s = m.sizing
    if figure in ("utilization", "utilization_one_down"):
        u = s.utilization if figure == "utilization" else s.utilization_one_down
        # With one instance, one down leaves none: infinitely busy, so
        # `assert web.utilization_one_down < 100%` fails instead of erring.
        return Quantity(math.inf if u is None else u, (), PERCENT)
    if figure in _QUEUE_TIMES or figure in ("wait_probability", "in_flight"):
        if m.service_time is None or m.workers is None:
            raise QuantityError("value", f"`{figure}` needs the queue model: set `service_time` "
                                "and a whole number of `workers`")
        if m.queue is None:  # unstable: the queue grows without bound
            value = math.inf
        else:
            value = getattr(m.queue, figure)
        if figure == "wait_probability":
            return Quantity(value if m.queue else 1.0, (), PERCENT)
        if figure == "in_flight":
            return Quantity(value)
        return Quantity(value, TIME, (("second", 1),))
    if figure == "time_until_full":
        return Quantity(math.inf if m.time_until_full is None else m.time_until_full, TIME, (("second", 1),))
    value = getattr(s, figure) if hasattr(s, figure) else (m.figures or {})[figure]
    if value is None and figure in RULE_NEEDS:
        raise QuantityError("value", f"`{figure}` needs {RULE_NEEDS[figure]}",
                            f"set {RULE_NEEDS[figure].split(' (')[0]} in the component, or read another figure")
    if figure in RULE_UNITS:
        dims, unit = RULE_UNITS[figure]
        exact = is_sampled(value) or isinstance(value, float) and math.isinf(value)
        return Quantity(value if exact else Fraction(value), dims, unit)
    return Quantity(value if is_sampled(value) else Fraction(value))
