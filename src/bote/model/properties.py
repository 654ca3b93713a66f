"""What a component may say about itself, and what bote computes for it.

One table drives validation (unknown property, wrong dimension), defaults,
documentation and the figures `other.figure` may name.
"""
from __future__ import annotations

from fractions import Fraction

from bote.dataclasses_compiled import dataclass
from bote.language.quantity import Quantity
from bote.language.units import Dims

RATE = (("time", -1),)
TIME = (("time", 1),)
DATA = (("data", 1),)
DATA_RATE = (("data", 1), ("time", -1))
NUMBER = ()
MONEY = (("currency", 1),)
MONEY_RATE = (("currency", 1), ("time", -1))
MONEY_PER_DATA = (("currency", 1), ("data", -1))
MONEY_PER_DATA_TIME = (("currency", 1), ("data", -1), ("time", -1))
_PERCENT = (("percent", 1),)

#: The arrival rate assumed for a component nothing feeds (and that sets no
#: `load`): 10,000 requests per second, reported as an `assumed-load` note.
REQUESTS_PER_SECOND = (("request", 1), ("second", -1))
ASSUMED_LOAD = Quantity(Fraction(10_000), RATE, REQUESTS_PER_SECOND)


@dataclass(frozen=True, slots=True)
class PropertySpec:
    name: str
    dims: Dims | None           # None: the value is one of `choices`
    meaning: str
    example: str = ""            # shown in the hint of a wrong dimension
    default: Quantity | str | None = None
    choices: tuple[str, ...] = ()
    whole: bool = False          # must be a whole number
    minimum: Fraction | None = None
    maximum: Fraction | None = None
    strictly_positive: bool = False
    certain: bool = False        # a decision, never a range (instances, redundancy...)


#: The M/M/c model runs one step per worker (Erlang's recursion): past this
#: many per instance it would take seconds with ranges, and a server with so
#: many concurrent workers is better described by its `capacity`.
MAX_WORKERS = 100_000

#: Retries a caller may make: more than a handful is a retry storm by
#: design, and each is one more power of the failure share to work out.
MAX_RETRIES = 100


#: The properties of every kind (a kind may accept fewer); the full table,
#: with each kind's own, is `bote.model.kinds.PROPERTIES`.
CORE_PROPERTIES: dict[str, PropertySpec] = {p.name: p for p in [
    PropertySpec("load", RATE, "arrival rate at this component", "load = 5k req/s", minimum=Fraction(0)),
    PropertySpec("service_time", TIME, "busy time of one worker for one request", "service_time = 20 ms",
                 strictly_positive=True),
    PropertySpec("workers", NUMBER, "requests one instance serves at once (cores, threads)", "workers = 8",
                 default=Quantity(Fraction(1)), strictly_positive=True, maximum=Fraction(MAX_WORKERS), certain=True),
    PropertySpec("capacity", RATE, "requests per second one instance can serve", "capacity = 800 req/s",
                 strictly_positive=True),
    PropertySpec("max_utilization", NUMBER, "sizing ceiling (headroom)", "max_utilization = 70%",
                 default=Quantity(Fraction(70, 100), (), (("percent", 1),)), strictly_positive=True,
                 maximum=Fraction(1), certain=True),
    PropertySpec("redundancy", NUMBER, "spare instances added after sizing (N+k)", "redundancy = 1",
                 default=Quantity(Fraction(1)), whole=True, minimum=Fraction(0), certain=True),
    PropertySpec("instances", NUMBER, "what is provisioned: if set, bote checks it instead of sizing",
                 "instances = 3", whole=True, minimum=Fraction(1), certain=True),
    PropertySpec("memory", DATA, "memory per instance", "memory = 64 GB", strictly_positive=True),
    PropertySpec("working_set", DATA, "in-memory data needed in total", "working_set = 200 GB",
                 minimum=Fraction(0)),
    PropertySpec("storage", DATA, "disk per instance", "storage = 2 TB", strictly_positive=True),
    PropertySpec("data", DATA, "data stored in total", "data = 50 TB", minimum=Fraction(0)),
    PropertySpec("scaling", None, "whether the load can be split across instances", "scaling = single",
                 default="horizontal", choices=("horizontal", "single")),
    # Latency (an M/M/c queue per instance).
    PropertySpec("latency_target", TIME, "response time the chosen percentile must meet",
                 "latency_target = 200 ms", strictly_positive=True, certain=True),
    PropertySpec("latency_percentile", NUMBER, "share of responses within the latency target",
                 "latency_percentile = 99%", default=Quantity(Fraction(99, 100), (), _PERCENT),
                 strictly_positive=True, maximum=Fraction(9999, 10000), certain=True),
    # Connections.
    PropertySpec("max_connections", NUMBER, "concurrent connections one instance holds",
                 "max_connections = 50k", strictly_positive=True),
    PropertySpec("connections", NUMBER, "concurrent connections needed in total (default: requests in flight)",
                 "connections = 5M", minimum=Fraction(0)),
    # Caches.
    PropertySpec("hit_rate", NUMBER, "share of requests a cache answers", "hit_rate = 90%",
                 minimum=Fraction(0), maximum=Fraction(1)),
    PropertySpec("cold_hit_rate", NUMBER, "hit rate of a cold cache (after a restart or a flush)",
                 "cold_hit_rate = 0%", default=Quantity(Fraction(0), (), _PERCENT),
                 minimum=Fraction(0), maximum=Fraction(1)),
    # Clients polling in lockstep.
    PropertySpec("clients", NUMBER, "clients that poll this component", "clients = 2M", minimum=Fraction(0)),
    PropertySpec("poll_interval", TIME, "time between two polls of one client", "poll_interval = 1 min",
                 strictly_positive=True),
    PropertySpec("jitter", NUMBER, "share of the poll interval the clients' start times spread over",
                 "jitter = 50%", default=Quantity(Fraction(0), (), _PERCENT), minimum=Fraction(0),
                 maximum=Fraction(1)),
    # Storage growth.
    PropertySpec("data_growth", DATA_RATE, "rate at which stored data grows", "data_growth = 50 GB/day",
                 minimum=Fraction(0)),
    # Storage headroom, retention and copies (`bote.model.storage`).
    PropertySpec("max_fill", NUMBER, "share of the storage the data may fill (headroom)", "max_fill = 70%",
                 default=Quantity(Fraction(80, 100), (), _PERCENT), strictly_positive=True, maximum=Fraction(1),
                 certain=True),
    PropertySpec("retention", TIME, "time data is kept before it expires (with data_growth)",
                 "retention = 30 days", strictly_positive=True),
    PropertySpec("replication", NUMBER, "copies of every byte stored", "replication = 3",
                 default=Quantity(Fraction(1)), whole=True, minimum=Fraction(1), certain=True),
    # Row locks on the busiest key (`bote.model.locks`).
    PropertySpec("write_share", NUMBER, "share of the load that writes (per flow: write_share[votes])",
                 "write_share = 20%", default=Quantity(Fraction(1), (), _PERCENT), minimum=Fraction(0),
                 maximum=Fraction(1)),
    PropertySpec("hot_key_share", NUMBER, "share of the writes that go to the single busiest key or row",
                 "hot_key_share = 5%", minimum=Fraction(0), maximum=Fraction(1)),
    PropertySpec("lock_time", TIME, "time a write holds its row lock", "lock_time = 2 ms", strictly_positive=True),
    # Errors and retries (`bote.model.retries`, `bote.model.failures`).
    PropertySpec("error_rate", NUMBER, "share of requests that fail even when healthy (answered 500)",
                 "error_rate = 0.1%", default=Quantity(Fraction(0), (), _PERCENT), minimum=Fraction(0),
                 maximum=Fraction(1)),
    PropertySpec("timeout", TIME, "how long a call waits for its answer (on a caller: each call it makes; on the "
                 "component called: its own deadline)", "timeout = 1 s", strictly_positive=True),
    PropertySpec("retries", NUMBER, "attempts a caller makes after a failed first one, for each call",
                 "retries = 2", default=Quantity(Fraction(0)), whole=True, minimum=Fraction(0),
                 maximum=Fraction(MAX_RETRIES), certain=True),
    PropertySpec("backoff", None, "how a caller spaces its retries: at once, or waiting longer each time",
                 "backoff = exponential", default="none", choices=("none", "exponential")),
    PropertySpec("max_error_rate", NUMBER, "the error budget: share of its answers that may fail (a source: of "
                 "its users' requests)", "max_error_rate = 0.1%", minimum=Fraction(0), maximum=Fraction(1),
                 certain=True),
    PropertySpec("rate_limit", RATE, "requests per second it accepts: a third party's limit; on another "
                 "component, the limit it enforces (429 past it)", "rate_limit = 100 req/s",
                 strictly_positive=True),
    # Uncertainty.
    PropertySpec("size_at", NUMBER, "share of the Monte Carlo samples the instance count covers",
                 "size_at = 95%", strictly_positive=True, maximum=Fraction(1), certain=True),
    PropertySpec("storage_horizon", TIME, "how far ahead storage must last", "storage_horizon = 1 year",
                 default=Quantity(Fraction(36525 * 864), TIME, (("year", 1),)), strictly_positive=True, certain=True),
    # Cost (`bote.model.cost`): what an instance, a byte stored and a byte sent cost.
    PropertySpec("price", MONEY_RATE, "price of one instance per unit of time (on a third party: of one request)",
                 "price = $0.192/hour", minimum=Fraction(0)),
    PropertySpec("storage_price", MONEY_PER_DATA_TIME, "price of storing a byte of `data` per unit of time",
                 "storage_price = $0.023 per GB per month", minimum=Fraction(0)),
    PropertySpec("egress_price", MONEY_PER_DATA, "price of a byte sent out of the network",
                 "egress_price = $0.09 per GB", minimum=Fraction(0)),
    PropertySpec("instance", None, "an instance type of bote's catalog: sets `workers` (its vCPUs), `memory` "
                 "and `price` where the component does not", 'instance = "m6i.xlarge"'),
    PropertySpec("response_size", DATA, "bytes sent back for one request", "response_size = 20 KB",
                 minimum=Fraction(0)),
    # What the component is: the choices are the kinds `bote.model.kinds`
    # registers, and each kind declares the properties only it takes.
    PropertySpec("kind", None, "what the component is: a request server or another kind", "kind = queue",
                 default="service"),
    PropertySpec("batch", NUMBER, "requests of this component one request to each callee carries (an edge's "
                 "`batch 100` wins)", "batch = 100", whole=True, minimum=Fraction(1), certain=True),
    PropertySpec("batch_timeout", TIME, "the longest a batch waits to fill before it leaves", "batch_timeout = 50 ms",
                 strictly_positive=True),
]}

#: Figures bote computes for a component (besides its properties), as
#: `name.figure` in expressions and asserts; the full table, with the figures
#: only one kind has, is `bote.model.kinds.COMPUTED`.
CORE_FIGURES = {
    "needed": "instances needed before spares: the largest of the three below",
    "needed_for_load": "ceil(load / (capacity * max_utilization))",
    "needed_for_memory": "ceil(working_set / memory), 0 without them",
    "needed_for_storage": "ceil(data_kept / (storage * max_fill)), 0 without them",
    "spare": "instances - needed",
    "utilization": "load / (capacity * instances)",
    "utilization_one_down": "load / (capacity * (instances - 1))",
    "needed_for_connections": "ceil(connections / max_connections), 0 without max_connections",
    "needed_for_latency": "the fewest instances whose latency_percentile meets latency_target",
    "wait_probability": "Erlang C: the chance a request waits for a worker",
    "mean_wait": "C / (workers * mu - lambda), per instance",
    "mean_response": "mean_wait + service_time",
    "in_flight": "load * mean_response (Little's law)",
    "p50": "median response time", "p90": "90th percentile response time",
    "p99": "99th percentile response time",
    "time_until_full": "(storage across instances * max_fill - data_kept) / (data_growth * replication)",
    "average_load": "the average arrival rate along the flow (load is the peak)",
    "end_to_end": "mean latency of the slowest synchronous path from this component",
    "compute_cost": "instances * price, per month (a third party: average_load * price)",
    "storage_cost": "data * replication * storage_price, per month",
    "egress_cost": "average_load * response_size * egress_price, per month",
    "cost": "compute_cost + storage_cost + egress_cost, per month",
    "hot_row_writes": "load * write_share * hot_key_share: writes per second on the busiest row",
    "lock_utilization": "hot_row_writes * lock_time: the share of the time the busiest row is locked",
    "lock_wait": "lock_utilization / (1 - lock_utilization) * lock_time: mean wait for the row lock (M/M/1)",
    "data_stored": "data * replication: the bytes on disk today, every copy counted",
    "storage_usable": "storage * max_fill: what one instance's disk may hold",
    "data_kept": "data * replication, or with retention max(data, data_growth * retention) * replication",
    "headroom": "how many times today's traffic it takes before it first fails, at its instances",
    "offered_load": "sum over its callers of first attempts * (1 + p + ... + p^retries), at the fixed point",
    "failure_share": "1 - (1 - q429)(1 - q503)(1 - q500)(1 - q504)(1 - D): the share of its answers that fail",
    "rate_limited": "q429 = max(0, 1 - rate_limit / offered_load): the share of attempts answered 429",
    "overloaded": "(1 - q429) * max(0, 1 - capacity * instances / admitted): the share of attempts answered 503",
    "timed_out": "(1 - q429)(1 - q503) * P(response time > timeout - downstream): the share answered 504",
}

#: The figures of a component's errors and retries (`bote.model.failures`),
#: read from its `("failure", name)` node, in a file that models them.
FAILURE_FIGURES = ("offered_load", "failure_share", "rate_limited", "overloaded", "timed_out")

#: The properties that make a file model errors and retries.
FAILURE_PROPERTIES = ("error_rate", "timeout", "retries", "max_error_rate")

#: The figures of what a component costs (`bote.model.cost`), read from its
#: cost, not from its sizing.
COST_FIGURES = ("compute_cost", "storage_cost", "egress_cost", "cost")

#: The properties that give a component a cost.
PRICES = ("price", "storage_price", "egress_price")

