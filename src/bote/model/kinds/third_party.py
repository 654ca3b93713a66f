"""`kind = third_party`: a service you cannot scale, with a `rate_limit`
(shown as its capacity) and an optional mean `latency`. Not sized; a queue
in front of it drains at its limit."""
from __future__ import annotations

from fractions import Fraction

from bote.errors import Span
from bote.language.format import format_percent
from bote.language.quantity import PERCENT, Quantity, checked, is_sampled
from bote.magnitudes import Magnitude
from bote.model import queues
from bote.model.kind_risks import _rate
from bote.model.kinds.base import Kind, KindModel, RiskInputs, SizingInputs
from bote.model.properties import MONEY, TIME, PropertySpec
from bote.model.risks import (
    ERROR,
    WARNING,
    Risk,
    above,
    chance,
    standing,
    typical,
    uncertain,
)
from bote.uncertainty.sampling import DEFAULT_SIZE_AT


class ThirdParty(Kind):
    name = "third_party"
    text = "third party"
    properties = (
        PropertySpec("latency", TIME, "mean response time of the third party (kind = third_party)",
                     "latency = 300 ms", minimum=Fraction(0)),
    )
    accepts = frozenset({"load", "max_utilization", "size_at", "price", "rate_limit", "error_rate", "timeout",
                         "max_error_rate"})
    #: Its bill is per call: the average load times its price per request.
    priced_per_request = True
    why_not = "a third party is not yours to size: it sets `rate_limit` and optional `latency`"
    serves_requests = False
    capacity_is_limit = True
    capacity_properties = ("rate_limit",)
    extra_figures = frozenset({"utilization", "headroom"})
    figures_hint = ", utilization (of the rate limit)"
    mermaid_shape = ('{{"', '"}}')
    dot_shape = "hexagon"

    def sized(self, info) -> bool:
        return False

    def spec(self, name: str) -> PropertySpec | None:
        return _PRICE_PER_REQUEST if name == "price" else None

    def has_capacity(self, info) -> bool:
        return True  # its rate limit

    def requirements(self, info, error) -> None:
        name, props = info.node.name, info.properties
        span = props["kind"].expr.span if "kind" in props else info.node.name_span
        if "rate_limit" not in props:
            error(f"third party {name} needs a `rate_limit`", span,
                  "the requests per second it accepts, e.g. `rate_limit = 100 req/s`")

    def fixed_capacity(self, info, value):
        """Its rate limit, shown beside the load."""
        return value("rate_limit")

    def model(self, inputs: SizingInputs) -> KindModel:
        prop = inputs.prop
        m = KindModel(self.name, inputs.load, inputs.average, rate_limit=prop("rate_limit"),
                      latency=prop("latency"), max_utilization=prop("max_utilization"))
        used = m.utilization
        if used is not None:
            checked(used)   # a share of its limit past any float (1e300 on 1e-300) is out of range
        return m

    def drain_rate(self, m, factor):
        return queues.drain_rate(m.rate_limit, 1, factor)   # drained at its limit

    def own_latency(self, m) -> Magnitude:
        if m.latency is None:
            return 0.0
        return m.latency if is_sampled(m.latency) else float(m.latency)

    def limits(self, m) -> list:
        """Its rate limit: m = rate_limit / load."""
        from bote.model.headroom import Limit, ratio
        m_limit = ratio(m.rate_limit, m.load)
        return [] if m_limit is None else [Limit("rate-limit", m_limit)]

    def figure(self, m, name: str):
        from bote.model.component import figure_of
        if name == "utilization":
            return Quantity(m.utilization, (), PERCENT)
        return figure_of(m.broker, name)

    def parts(self, m) -> tuple:
        return m.sizing, m.broker, m

    def risks(self, m, inputs: RiskInputs) -> tuple:
        from bote.model.kind_risks import risks_of

        def own(name, m, at, spans, default):
            return [rate_limit(name, m, at("rate_limit"), inputs.size_at, inputs.rate)]
        return risks_of(inputs.info, m, inputs.assumed, inputs.cold_load, inputs.size_at, inputs.rate, own)


_PRICE_PER_REQUEST = PropertySpec("price", MONEY, "price of one request to the third party",
                                  "price = $0.005 per req", minimum=Fraction(0))


# ---- its risk --------------------------------------------------------------------------------

def rate_limit(name: str, m: KindModel, span: Span | None, size_at=DEFAULT_SIZE_AT, rate="req/s") -> Risk | None:
    """A third party offered more than its rate limit (error), or more than
    max_utilization of it (warning: no headroom for a peak)."""
    used = m.utilization
    # A third party always has its rate limit and a ceiling (max_utilization's default).
    assert used is not None and m.rate_limit is not None and m.max_utilization is not None
    remedy = ("batch requests to it, put a queue in front and smooth the calls to its limit, or cache its "
              "responses; else negotiate a higher limit")
    branches = []
    over = above(used, 1)
    if chance(over):
        load, limit, u = typical(m.load, over), typical(m.rate_limit, over), typical(used, over)
        branches.append(uncertain(Risk(name, "rate-limit", ERROR,
                                       f"{name} gets {_rate(load, rate)}, over its rate limit of {_rate(limit, rate)} "
                                       f"({format_percent(u)}): requests above it are rejected", remedy, span,
                                       {"load": float(load), "rate_limit": float(limit), "utilization": float(u)}),
                                  over, used))
    near = above(used, m.max_utilization)
    if chance(near):
        load, limit, u = typical(m.load, near), typical(m.rate_limit, near), typical(used, near)
        branches.append(uncertain(Risk(name, "rate-limit", WARNING,
                                       f"{name} gets {_rate(load, rate)}, {format_percent(u)} of its rate limit of "
                                       f"{_rate(limit, rate)}, above the {format_percent(m.max_utilization)} ceiling",
                                       remedy, span,
                                       {"load": float(load), "rate_limit": float(limit), "utilization": float(u)}),
                                  near, used))
    return standing(branches, size_at)
