"""The capacity model: pure functions over exact magnitudes.

All arguments are magnitudes in base units (requests per second, seconds,
bytes) as `Fraction`s or floats; dimensions were checked when the properties
were evaluated.  An uncertain input is a numpy array of samples, and the
figures computed from it are arrays too: the formulas hold elementwise, one
scenario per sample.  Each function states its formula.  `size` puts them
together for one component.
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, TypeAlias

from bote.dataclasses_compiled import dataclass
from bote.language.quantity import QuantityError, as_float, is_sampled
from bote.magnitudes import Magnitude
from bote.uncertainty.sampling import DEFAULT_SIZE_AT

if TYPE_CHECKING:
    import numpy as np

#: A count of instances: an int, or with ranges an array of counts, one per sample.
Count: TypeAlias = "int | np.ndarray"

#: Samples are floats: a quotient within this relative distance above a whole
#: number is that number (3 × 0.1 / 0.1 must not need 4 machines).  About 64
#: units in the last place: far more than the few roundings of a sizing,
#: and small enough that a real fraction of a machine is never dropped
#: (1e-12 dropped the 0.4 of 500,000,000,000.4).
_FLOAT_SLACK = 2.0 ** -46


def capacity_per_instance(workers: Magnitude, service_time: Magnitude) -> Magnitude:
    """capacity = workers / service_time: each worker finishes one request
    every service_time."""
    if isinstance(workers, Fraction) and isinstance(service_time, Fraction):
        return workers / service_time
    return as_float(workers) / as_float(service_time)


def instances_for_load(load: Magnitude, capacity: Magnitude, max_utilization: Magnitude) -> Count:
    """ceil(load / (capacity * max_utilization)): enough instances that none
    runs hotter than the sizing ceiling."""
    if is_sampled(load) or is_sampled(capacity):
        return _ceil_div(load, as_float(capacity) * float(max_utilization))
    return _ceil_div(load, capacity * max_utilization)


def instances_for_total(total: Magnitude | None, per_instance: Magnitude | None) -> Count:
    """ceil(total / per_instance), for memory (working_set / memory) and
    storage (data / storage); 0 when either is not given."""
    if total is None or per_instance is None:
        return 0
    return _ceil_div(total, per_instance)


def utilization(load: Magnitude, capacity: Magnitude, serving: int) -> Magnitude | None:
    """load / (capacity * serving): the busy fraction of each serving
    instance; None when no instance serves."""
    if serving <= 0:
        return None
    total = as_float(capacity) * serving if is_sampled(load) or is_sampled(capacity) else capacity * serving
    if isinstance(load, Fraction) and isinstance(total, Fraction):
        return load / total
    return as_float(load) / as_float(total)


#: More instances than this is a unit mistake, not an estimate.
MAX_INSTANCES = 10**12


def _ceil_div(x: Magnitude, y: Magnitude) -> Count:
    if is_sampled(x) or is_sampled(y):
        return _ceil_div_samples(as_float(x) / as_float(y))
    quotient: Fraction | float
    if isinstance(x, Fraction) and isinstance(y, Fraction):
        quotient = x / y  # exact: 150 TB / 100 GB is 1500, not 1501
    else:
        quotient = float(x) / float(y)
    if quotient > MAX_INSTANCES:
        raise QuantityError("value", f"this needs more than {MAX_INSTANCES:.0e} instances",
                            "check the units of the load, capacity, memory or storage")
    if isinstance(quotient, float):
        return math.ceil(quotient * (1 - _FLOAT_SLACK))  # like samples: a float rounding is not a machine
    return math.ceil(quotient)


def _ceil_div_samples(quotient: np.ndarray) -> np.ndarray:
    import numpy as np
    if float(quotient.max()) > MAX_INSTANCES:
        raise QuantityError("value", f"this needs more than {MAX_INSTANCES:.0e} instances in "
                            f"{float(np.mean(quotient > MAX_INSTANCES)) * 100:.3g}% of the samples",
                            "check the units and the ranges of the load, capacity, memory or storage")
    return np.ceil(quotient * (1 - _FLOAT_SLACK)).astype(np.int64)


def exceeds(x, limit):
    """x > limit: a load beyond what the instances serve (utilization > 1),
    or a utilization beyond its ceiling.  Exact for Fractions.  Floats
    (samples) within _FLOAT_SLACK of the limit are at it, not beyond: the
    count sized for them was ceil(quotient * (1 - _FLOAT_SLACK)), and a count
    bote chose must not trip a check on its own utilization."""
    if isinstance(x, Fraction) and isinstance(limit, Fraction | int):
        return x > limit
    return as_float(x) > float(limit) * (1 + 4 * _FLOAT_SLACK)


def _largest(*counts):
    """The largest of the counts, sample by sample when any is an array."""
    if any(is_sampled(c) for c in counts):
        import numpy as np
        # Pairwise, not `np.maximum.reduce` over the broadcast arrays, which
        # first copies them into one 2-D array (most of this function's time).
        largest = counts[0]
        for c in counts[1:]:
            largest = np.maximum(largest, c)
        return largest
    return max(counts)


def at_percentile(x: Count, q: Magnitude) -> int:
    """A figure as sizing sees it: itself, or for samples the count that
    covers a share q of them (see `bote.uncertainty.samples.sized_count`)."""
    if not is_sampled(x):
        return x
    from bote.uncertainty.samples import sized_count
    return sized_count(x, float(q))


@dataclass(frozen=True, slots=True)
class Sizing:
    """Everything bote works out for one component (magnitudes in base units)."""

    load: Magnitude
    capacity: Magnitude
    max_utilization: Magnitude
    redundancy: int
    scaling: str
    needed_for_load: Count
    needed_for_memory: Count
    needed_for_storage: Count
    needed_for_connections: Count
    needed_for_latency: Count
    needed: Count
    instances: int
    provisioned: bool
    utilization: Magnitude
    utilization_one_down: Magnitude | None
    memory_total: Magnitude | None
    storage_total: Magnitude | None
    size_at: Magnitude = DEFAULT_SIZE_AT   # the share of samples sized for (with ranges)

    @property
    def spare(self) -> Count:
        return self.instances - self.needed

    @property
    def limited_by(self) -> str:
        """Which requirement set `needed`: load, memory, storage,
        connections or latency (always load with `scaling = single`, where
        the others do not add instances)."""
        if self.scaling == "single":
            return "load"
        counts = {"load": self.needed_for_load, "memory": self.needed_for_memory,
                  "storage": self.needed_for_storage, "connections": self.needed_for_connections,
                  "latency": self.needed_for_latency}
        sized = {k: at_percentile(v, self.size_at) for k, v in counts.items()}
        return max(sized, key=sized.__getitem__)  # the first of equals: load before the rest


def size(*, load: Magnitude, capacity: Magnitude, max_utilization: Magnitude, redundancy: int,
         scaling: str = "horizontal", instances: int | None = None,
         memory: Magnitude | None = None, working_set: Magnitude | None = None,
         storage: Magnitude | None = None, data: Magnitude | None = None,
         needed_for_connections: int = 0, needed_for_latency: int = 0,
         size_at: Magnitude = DEFAULT_SIZE_AT) -> Sizing:
    """Size one component.

    needed = max(needed_for_load, needed_for_memory, needed_for_storage,
    needed_for_connections, needed_for_latency, 1) (1 with `scaling =
    single`); instances = the provisioned count if given, else needed +
    redundancy.  The connection and latency counts come from `bote.model`,
    which needs the queueing model to find them.

    With `scaling = horizontal` the load is split evenly:
    utilization = load / (capacity * instances), and with one instance down
    load / (capacity * (instances - 1)).  With `scaling = single` one instance
    takes all of it and the others are standbys: utilization = load / capacity
    whatever the count, and one down is the same while a standby remains.

    With uncertain inputs every count is an array of samples and the
    instances provisioned are the `size_at` percentile of `needed` (the
    count that covers that share of the scenarios) + redundancy; the
    utilizations are then arrays: the provisioned fleet in each scenario.
    """
    for_load = instances_for_load(load, capacity, max_utilization)
    for_memory = instances_for_total(working_set, memory)
    for_storage = instances_for_total(data, storage)
    needed = needed_count(scaling, for_load, for_memory, for_storage, needed_for_connections, needed_for_latency)
    count = instance_count(instances, needed, size_at, redundancy)
    return Sizing(
        load=load, capacity=capacity, max_utilization=max_utilization, redundancy=redundancy,
        scaling=scaling, needed_for_load=for_load, needed_for_memory=for_memory,
        needed_for_storage=for_storage, needed_for_connections=needed_for_connections,
        needed_for_latency=needed_for_latency, needed=needed, instances=count, provisioned=instances is not None,
        utilization=fleet_utilization(load, capacity, scaling, count),
        utilization_one_down=utilization_one_down(load, capacity, scaling, count),
        memory_total=fleet_total(memory, count, scaling), storage_total=fleet_total(storage, count, scaling),
        size_at=size_at,
    )


def needed_count(scaling: str, for_load, for_memory, for_storage, for_connections, for_latency):
    """needed = max(needed_for_load, needed_for_memory, needed_for_storage,
    needed_for_connections, needed_for_latency, 1); 1 with `scaling =
    single`, where more instances do not help: each is a full copy that
    cannot share the load or the data (the shortfall is what
    `cannot-scale`, `memory` and `storage` report)."""
    if scaling == "single":
        return 1
    return _largest(for_load, for_memory, for_storage, for_connections, for_latency, 1)


def instance_count(instances, needed, size_at, redundancy):
    """instances = the provisioned count when given, else needed +
    redundancy (with ranges, the `size_at` percentile of needed)."""
    return instances if instances is not None else at_percentile(needed, size_at) + redundancy


def fleet_utilization(load, capacity, scaling: str, count: int):
    """utilization = load / (capacity * instances); with `scaling = single`
    one instance takes all of it: load / capacity."""
    return utilization(load, capacity, 1 if scaling == "single" else count)


def utilization_one_down(load, capacity, scaling: str, count: int):
    """utilization_one_down = load / (capacity * (instances - 1)); with
    `scaling = single`, the same as with all up while a standby remains
    (None without one)."""
    if scaling == "single":
        return utilization(load, capacity, 1) if count >= 2 else None
    return utilization(load, capacity, count - 1)


def fleet_total(per_instance, count: int, scaling: str):
    """What the fleet holds (memory_total, storage_total): per_instance *
    instances; None when per_instance is not given."""
    return None if per_instance is None else _capacity_total(per_instance, count, scaling)


def _capacity_total(per_instance: Magnitude, count: int, scaling: str) -> Magnitude:
    """What the fleet can hold: per_instance * instances when data is split
    across instances; per_instance alone when every instance holds a full copy
    (`scaling = single`: standbys replicate, they do not add room)."""
    return per_instance if scaling == "single" else per_instance * count


def polling_load(clients: Magnitude, poll_interval: Magnitude, jitter: Magnitude) -> tuple[float, float]:
    """(average, peak) arrival rate of `clients` each polling every
    `poll_interval`, their start times spread over `jitter` of the interval.

    average = clients / poll_interval.  Clients in lockstep (no jitter) all
    arrive within the same second: peak = clients / 1 s.  With jitter they
    spread over jitter * poll_interval: peak = clients / max(1 s,
    jitter * poll_interval), never below the average."""
    if any(is_sampled(x) for x in (clients, poll_interval, jitter)):
        import numpy as np
        average = as_float(clients) / as_float(poll_interval)
        window = np.maximum(1.0, as_float(jitter) * as_float(poll_interval))
        return average, np.maximum(average, as_float(clients) / window)
    average = float(clients) / float(poll_interval)
    window = max(1.0, float(jitter) * float(poll_interval))
    return average, max(average, float(clients) / window)


def time_until_full(room: Magnitude, used: Magnitude, growth: Magnitude) -> Magnitude | None:
    """(room - used) / growth: how long until storage fills at a steady
    growth rate; None when nothing grows."""
    if is_sampled(room) or is_sampled(used) or is_sampled(growth):
        import numpy as np
        left = as_float(room) - as_float(used)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(np.asarray(growth) > 0, np.maximum(0.0, left / as_float(growth)), np.inf)
    if not growth:
        return None
    left = room - used
    if isinstance(left, Fraction) and isinstance(growth, Fraction):
        return max(0.0, float(left / growth))
    return max(0.0, float(left) / float(growth))
