"""What a component may say about itself, and what bote computes for it.

One table drives validation (unknown property, wrong dimension), defaults,
documentation and the figures `other.figure` may name.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .quantity import Quantity

RATE = (("time", -1),)
TIME = (("time", 1),)
DATA = (("data", 1),)
NUMBER = ()

#: The arrival rate assumed for a component nothing feeds (and that sets no
#: `load`): 10,000 requests per second, reported as an `assumed-load` note.
REQUESTS_PER_SECOND = (("request", 1), ("second", -1))
ASSUMED_LOAD = Quantity(Fraction(10_000), RATE, REQUESTS_PER_SECOND)


@dataclass(frozen=True, slots=True)
class PropertySpec:
    name: str
    dims: tuple | None          # None: the value is one of `choices`
    meaning: str
    example: str = ""            # shown in the hint of a wrong dimension
    default: Quantity | str | None = None
    choices: tuple[str, ...] = ()
    whole: bool = False          # must be a whole number
    minimum: Fraction | None = None
    maximum: Fraction | None = None
    strictly_positive: bool = False


PROPERTIES: dict[str, PropertySpec] = {p.name: p for p in [
    PropertySpec("load", RATE, "arrival rate at this component", "load = 5k req/s", minimum=Fraction(0)),
    PropertySpec("service_time", TIME, "busy time of one worker for one request", "service_time = 20 ms",
                 strictly_positive=True),
    PropertySpec("workers", NUMBER, "requests one instance serves at once (cores, threads)", "workers = 8",
                 default=Quantity(Fraction(1)), strictly_positive=True),
    PropertySpec("capacity", RATE, "requests per second one instance can serve", "capacity = 800 req/s",
                 strictly_positive=True),
    PropertySpec("max_utilization", NUMBER, "sizing ceiling (headroom)", "max_utilization = 70%",
                 default=Quantity(Fraction(70, 100), (), (("percent", 1),)), strictly_positive=True,
                 maximum=Fraction(1)),
    PropertySpec("redundancy", NUMBER, "spare instances added after sizing (N+k)", "redundancy = 1",
                 default=Quantity(Fraction(1)), whole=True, minimum=Fraction(0)),
    PropertySpec("instances", NUMBER, "what is provisioned: if set, bote checks it instead of sizing",
                 "instances = 3", whole=True, minimum=Fraction(1)),
    PropertySpec("memory", DATA, "memory per instance", "memory = 64 GB", strictly_positive=True),
    PropertySpec("working_set", DATA, "in-memory data needed in total", "working_set = 200 GB",
                 minimum=Fraction(0)),
    PropertySpec("storage", DATA, "disk per instance", "storage = 2 TB", strictly_positive=True),
    PropertySpec("data", DATA, "data stored in total", "data = 50 TB", minimum=Fraction(0)),
    PropertySpec("scaling", None, "whether the load can be split across instances", "scaling = single",
                 default="horizontal", choices=("horizontal", "single")),
]}

#: Figures bote computes for every component (besides its properties), as
#: `name.figure` in expressions and asserts.
COMPUTED = {
    "needed": "instances needed before spares: the largest of the three below",
    "needed_for_load": "ceil(load / (capacity * max_utilization))",
    "needed_for_memory": "ceil(working_set / memory), 0 without them",
    "needed_for_storage": "ceil(data / storage), 0 without them",
    "spare": "instances - needed",
    "utilization": "load / (capacity * instances)",
    "utilization_one_down": "load / (capacity * (instances - 1))",
}

#: Figures read from the sizing result, even `instances` when the user sets
#: it (the sizing carries the provisioned count).
SIZED = frozenset({"instances"} | set(COMPUTED))
