"""`kind = clients`: a traffic source. `count` clients each sending `rate`
(× `peak_factor` at the peak), or polling every `poll_interval` (the
lockstep model, `bote.model.capacity.polling_load`). Not sized; nothing
flows into it."""
from __future__ import annotations

from fractions import Fraction

from bote.language.quantity import Quantity
from bote.magnitudes import Magnitude
from bote.model import queues
from bote.model.kinds.base import Kind, KindModel, RiskInputs, SizingInputs
from bote.model.properties import NUMBER, RATE, PropertySpec


class Clients(Kind):
    name = "clients"
    text = "clients component"
    properties = (
        PropertySpec("count", NUMBER, "clients sending requests (kind = clients)", "count = 5M", minimum=Fraction(0)),
        PropertySpec("rate", RATE, "requests one client sends (kind = clients)", "rate = 12 per hour",
                     minimum=Fraction(0)),
        PropertySpec("peak_factor", NUMBER, "peak over average of the clients' traffic (kind = clients)",
                     "peak_factor = 3", default=Quantity(Fraction(1)), minimum=Fraction(1)),
    )
    accepts = frozenset({"poll_interval", "jitter", "batch", "batch_timeout", "retries", "timeout", "backoff",
                         "max_error_rate"})
    why_not = "clients are a traffic source, not a server: they set `count` and `rate` (or `poll_interval`)"
    is_source = True
    serves_requests = False
    polling_pairs = (("jitter", "poll_interval"),)
    load_properties = ("count", "rate", "peak_factor", "poll_interval", "jitter")
    capacity_properties = ()
    mermaid_shape = ('(["', '"])')
    dot_shape = "oval"

    def sized(self, info) -> bool:
        return False

    def requirements(self, info, error) -> None:
        name, props = info.node.name, info.properties
        span = props["kind"].expr.span if "kind" in props else info.node.name_span
        props = {**props, **dict.fromkeys(info.written_otherwise)}  # the error on that word says it
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

    def source_load(self, info, prop) -> tuple:
        """(average, peak): count × rate (× peak_factor), or one request per
        poll_interval from each client, spread by `jitter`."""
        from bote.model.capacity import polling_load
        if "poll_interval" in info.properties:
            return polling_load(prop("count"), prop("poll_interval"), prop("jitter"))
        return queues.clients_load(prop("count"), prop("rate"), prop("peak_factor"))

    def model(self, inputs: SizingInputs) -> KindModel:
        polling = None
        if "poll_interval" in inputs.info.properties:
            prop = inputs.prop
            polling = (*self.source_load(inputs.info, prop), prop("count"), prop("poll_interval"), prop("jitter"))
        return KindModel(self.name, inputs.load, inputs.average, polling=polling)

    def own_latency(self, m) -> Magnitude:
        return 0.0

    def limits(self, m) -> list:
        return []  # a source: more traffic is what it sends, not what breaks it

    def figure(self, m, name: str):
        from bote.model.component import figure_of
        return figure_of(m.broker, name)

    def parts(self, m) -> tuple:
        return m.sizing, m.broker, m

    def risks(self, m, inputs: RiskInputs) -> tuple:
        from bote.model.kind_risks import risks_of
        return risks_of(inputs.info, m, inputs.assumed, inputs.cold_load, inputs.size_at, inputs.rate)
