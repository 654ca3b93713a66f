"""What people write for bote's property and kind names, and what bote calls
them: the hints of an unknown property (`ram = 16 GB` -> `memory`) or kind
(`kind = postgres` -> `database`). Spelling mistakes are did-you-mean's job
(`bote.language.suggest`); these are other words for the same thing, which no
edit distance finds."""
from __future__ import annotations

#: Another word for a property -> [(bote's property, what it means in bote)], first the likeliest.
PROPERTY_WORDS: dict[str, list[tuple[str, str]]] = {}
for _words, _property, _meaning in (
    (("ram", "mem", "heap"), "memory", "memory of one instance, e.g. `memory = 16 GB`"),
    (("disk", "disk_size", "ssd", "volume"), "storage", "storage of one instance, e.g. `storage = 2 TB`"),
    (("size", "dataset", "data_size", "stored"), "data", "all the data it holds, e.g. `data = 5 TB`"),
    (("cpu", "cpus", "vcpu", "vcpus", "threads", "concurrency"), "workers",
     "requests one instance serves at once, e.g. `workers = 8`"),
    (("qps", "rps", "tps", "max_qps", "max_rps", "throughput", "per_instance"), "capacity",
     "requests per second one instance serves, e.g. `capacity = 5k req/s` (what it gets is `load`)"),
    (("replicas", "nodes", "servers", "machines"), "instances",
     "a fixed instance count, e.g. `instances = 3`; or `redundancy = 2` for spares beyond what the load needs"),
    (("type",), "kind", "what the component is, e.g. `kind = database`"),
    (("peak", "peak_ratio", "peak_to_average", "peak_multiplier", "burstiness"), "peak_factor",
     "the peak over the average, e.g. `peak_factor = 3`"),
    (("users", "dau", "mau", "population", "devices", "clients_count"), "count",
     "how many clients send requests, e.g. `count = 5M`"),
    (("qps", "rps", "requests_per_user", "frequency", "per_user"), "rate",
     "what one client sends, e.g. `rate = 12 per hour`"),
    (("interval", "period", "every", "poll_every", "refresh_interval"), "poll_interval",
     "clients that poll: one request each per interval, e.g. `poll_interval = 30 s`"),
    (("traffic", "requests"), "load", "the requests per second it gets when no flow brings them, e.g. `load = 10k req/s`"),
    (("service_latency", "processing_time", "time_per_request"), "service_time",
     "the time one request takes a worker, e.g. `service_time = 20 ms`"),
    (("hit_ratio", "cache_hit_rate", "hitrate"), "hit_rate", "share of reads it answers, e.g. `hit_rate = 90%`"),
    (("cost", "hourly_price", "cost_per_hour"), "price", "per instance per unit time, e.g. `price = $0.192/hour`"),
):
    for _word in _words:   # a word may name one property per kind (`qps`: capacity, or a client's rate)
        PROPERTY_WORDS.setdefault(_word, []).append((_property, _meaning))

#: Another word for a kind -> bote's kind.
KIND_WORDS: dict[str, str] = {
    **dict.fromkeys(("db", "sql", "nosql", "rdbms", "postgres", "postgresql", "mysql", "mariadb", "dynamodb",
                     "cassandra", "mongodb", "mongo", "spanner", "datastore", "store", "kv", "storage"), "database"),
    **dict.fromkeys(("redis", "memcached", "memcache", "cdn"), "cache"),
    **dict.fromkeys(("kafka", "sqs", "pubsub", "bus", "topic", "stream", "message_bus", "broker", "rabbitmq"),
                    "queue"),
    **dict.fromkeys(("client", "user", "users", "browser", "browsers", "mobile", "app", "devices"), "clients"),
    **dict.fromkeys(("external", "third-party", "thirdparty", "vendor", "saas", "partner"), "third_party"),
    **dict.fromkeys(("server", "web", "api", "backend", "microservice", "worker", "app_server"), "service"),
}


def property_word(name: str, applies) -> str | None:
    """The property of bote's that `name` is another word for, on a kind
    that `applies(property)`; None when it is none."""
    return next((prop for prop, _ in PROPERTY_WORDS.get(name.lower(), ()) if applies(prop)), None)


def property_word_hint(name: str, applies) -> str | None:
    """The hint for an unknown property that is another word for one of
    bote's (`applies(property)`: whether the component's kind has it)."""
    found = [(prop, meaning) for prop, meaning in PROPERTY_WORDS.get(name.lower(), ()) if applies(prop)]
    if not found:
        return None
    prop, meaning = found[0]
    return f"bote calls it `{prop}`: {meaning}"


def kind_word_hint(word: str) -> str | None:
    """The hint for `kind = WORD` when WORD is another word for a kind."""
    kind = KIND_WORDS.get(word.lower())
    return f"bote calls it `kind = {kind}`" if kind else None
