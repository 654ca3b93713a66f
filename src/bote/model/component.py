"""One component, modelled: throughput sizing (`capacity`), the queue each
instance forms (`queueing`, M/M/c), a latency goal, connections, and storage
growth.  Pure functions over magnitudes in base units, like `capacity`.

The order matters and is spelled out in `model_component`: connections
needed default to the requests in flight (Little's law), which depend on the
queue, which depends on how many instances serve; so the count sized for
load, memory, storage and latency is found first, the queue at that count
gives the connections, and the final count takes all of them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from functools import partial

from bote.model import capacity as cap
from bote.model import queueing
from bote.model.properties import TIME
from bote.language.quantity import PERCENT, Quantity, QuantityError, as_float, is_sampled
from bote.uncertainty.sampling import DEFAULT_SIZE_AT

Magnitude = cap.Magnitude


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
    service_time: float | None    # seconds per request per worker, when given
    workers: int | None           # servers of each instance's queue; None when not a whole number
    queue: queueing.QueueFigures | None   # at the provisioned count; None when unstable or unknown
    stable: bool
    latency: LatencyGoal | None
    connections: float | None     # concurrent connections needed in total
    max_connections: float | None
    time_until_full: float | None
    storage_horizon: float
    #: Arrivals exactly equal to what the workers serve (ρ = 1, decided on
    #: exact values; never with ranges): unstable, however full it looks.
    saturated: bool = False


def model_component(*, load: Magnitude, capacity: Magnitude, max_utilization: Magnitude, redundancy: int,
                    scaling: str, instances: int | None, workers: Magnitude, service_time: Magnitude | None,
                    memory=None, working_set=None, storage=None, data=None,
                    latency_target=None, latency_percentile=0.99, connections=None, max_connections=None,
                    data_growth=None, storage_horizon=365.25 * 86400, size_at=DEFAULT_SIZE_AT) -> ComponentModel:
    """Size one component and model its queue.

    With a `service_time` (and a whole number of workers), each serving
    instance is an M/M/c queue with c = workers, μ = 1 / service_time and
    λ = load / serving instances (all of the load on one with
    `scaling = single`).  With uncertain inputs (arrays of samples), see
    `_model_samples`."""
    inputs = (load, capacity, service_time, memory, working_set, storage, data, connections, max_connections,
              data_growth)
    if any(is_sampled(x) for x in inputs):
        return _model_samples(load=load, capacity=capacity, max_utilization=max_utilization, redundancy=redundancy,
                              scaling=scaling, instances=instances, workers=workers, service_time=service_time,
                              memory=memory, working_set=working_set, storage=storage, data=data,
                              latency_target=latency_target, latency_percentile=latency_percentile,
                              connections=connections, max_connections=max_connections, data_growth=data_growth,
                              storage_horizon=storage_horizon, size_at=size_at)
    c = int(workers) if float(workers).is_integer() else None
    # The queue needs a service time the user stated: a `capacity` alone
    # says how much, not how (one fast worker or many slow ones).
    st = float(service_time) if service_time is not None else None
    can_queue = st is not None and c is not None and c >= 1
    single = scaling == "single"

    latency = None
    for_latency = 0
    if latency_target is not None and can_queue:
        p = float(latency_percentile)
        # Start where the load alone lands: fewer instances are unstable or slower.
        start = max(1, cap.instances_for_load(load, workers / service_time, 1))
        n = queueing.smallest_instances_for_latency(float(load), st, c, float(latency_target), p, start=start,
                                                    limit=cap.MAX_INSTANCES)
        achievable = n is not None
        for_latency = 0 if single or not achievable else n
        latency = (float(latency_target), p, achievable)

    size = partial(cap.size, load=load, capacity=capacity, max_utilization=max_utilization, redundancy=redundancy,
                   scaling=scaling, instances=instances, memory=memory, working_set=working_set, storage=storage,
                   data=data, needed_for_latency=for_latency, size_at=size_at)
    sizing = size()

    total_connections = None if connections is None else float(connections)
    if max_connections is not None:
        if total_connections is None and can_queue:
            # Little's law at the count sized so far: requests in flight.
            first = queueing.mmc(float(load), st, c, _serving(sizing.needed, scaling))
            total_connections = first.in_flight if first is not None else None
        if total_connections is not None and not single:
            for_connections = cap.instances_for_total(total_connections, float(max_connections))
            if for_connections:
                sizing = size(needed_for_connections=for_connections)

    serving = _serving(sizing.instances, scaling)
    # Stability is decided on the exact values: at exactly 100% the queue
    # grows without bound, and a float rounding must not turn that into a
    # huge but finite wait.
    stable = not can_queue or load * service_time < workers * serving
    saturated = can_queue and load * service_time == workers * serving
    queue = queueing.mmc(float(load), st, c, serving) if can_queue and stable else None
    goal = None
    if latency is not None:
        target, p, achievable = latency
        goal = LatencyGoal(target, p, achievable, for_latency,
                           queue.percentile(p) if queue is not None else None)
    if total_connections is None and queue is not None:
        total_connections = queue.in_flight
    full_in = None
    if data_growth is not None and sizing.storage_total is not None:
        full_in = cap.time_until_full(sizing.storage_total, data or 0, data_growth)
    return ComponentModel(sizing, st, c, queue, stable, goal, total_connections,
                          None if max_connections is None else float(max_connections), full_in,
                          float(storage_horizon), saturated)


def _model_samples(*, load, capacity, max_utilization, redundancy, scaling, instances, workers, service_time,
                   memory, working_set, storage, data, latency_target, latency_percentile, connections,
                   max_connections, data_growth, storage_horizon, size_at) -> ComponentModel:
    """`model_component` over arrays of samples, one scenario per element.

    The counts (needed for load, memory, storage, latency, connections) are
    computed per scenario; the instances provisioned are the `size_at`
    percentile of the largest of them, plus redundancy (`capacity.size`).
    The queue is then modelled per scenario at that fixed count: its
    figures are arrays, infinite in the scenarios where it is unstable, and
    `stable` is an array too."""
    import numpy as np

    from bote.model import queueing_samples as qs

    c = int(workers) if float(workers).is_integer() else None
    can_queue = service_time is not None and c is not None and c >= 1
    single = scaling == "single"
    st = as_float(service_time) if service_time is not None else None
    shape = np.broadcast(*(x for x in (load, capacity, service_time, memory, working_set, storage, data,
                                       connections, max_connections, data_growth) if is_sampled(x))).shape
    load_f = np.broadcast_to(as_float(load), shape)

    latency = None
    for_latency = 0
    if latency_target is not None and can_queue:
        p = float(latency_percentile)
        start = np.maximum(1, cap.instances_for_load(load_f, c / np.broadcast_to(st, shape), 1))
        n = qs.smallest_instances_for_latency(load_f, st, c, float(latency_target), p, start, cap.MAX_INSTANCES)
        achievable = n > 0
        for_latency = 0 if single else n
        latency = (float(latency_target), p, achievable, n)

    size = partial(cap.size, load=load, capacity=capacity, max_utilization=max_utilization, redundancy=redundancy,
                   scaling=scaling, instances=instances, memory=memory, working_set=working_set, storage=storage,
                   data=data, needed_for_latency=for_latency, size_at=size_at)
    sizing = size()

    total_connections = None if connections is None else np.broadcast_to(as_float(connections), shape)
    if max_connections is not None:
        if total_connections is None and can_queue:
            serving_needed = 1 if single else np.maximum(1, sizing.needed)
            first = qs.Queues(load_f, st, c, serving_needed)
            in_flight = load_f * (first.mean_wait() + first.st)
            total_connections = np.where(first.stable, in_flight, 0.0)  # `unstable` reports the rest
        if total_connections is not None and not single:
            for_connections = cap.instances_for_total(total_connections, as_float(max_connections))
            if np.any(for_connections):
                sizing = size(needed_for_connections=for_connections)

    serving = _serving(sizing.instances, scaling)
    stable = np.ones(shape, dtype=bool)
    queue = None
    goal = None
    if can_queue:
        stable = load_f * st < c * serving
        q = qs.Queues(load_f, st, c, serving)
        queue = qs.SampledQueueFigures(q, load_f, serving)
        if latency is not None:
            target, p, achievable, n = latency
            goal = LatencyGoal(target, p, achievable, for_latency, queue.percentile(p))
        if total_connections is None:
            total_connections = queue.in_flight
    full_in = None
    if data_growth is not None and sizing.storage_total is not None:
        full_in = cap.time_until_full(sizing.storage_total, 0 if data is None else data, data_growth)
    return ComponentModel(sizing, st, c, queue, stable, goal, total_connections,
                          None if max_connections is None else as_float(max_connections), full_in,
                          float(storage_horizon))


def _serving(count: int, scaling: str) -> int:
    """Instances that share the load: all of them, or the one primary."""
    return 1 if scaling == "single" else max(1, count)


_QUEUE_TIMES = frozenset({"mean_wait", "mean_response", "p50", "p90", "p99"})


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
    value = getattr(s, figure)
    return Quantity(value if is_sampled(value) else Fraction(value))
