"""`--format json`: the stable machine contract (version 1), documented in
docs/json.md.  Magnitudes are in the unit named beside them; units are
strings that `bote.language.units.parse_unit` reads back."""
from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, TypedDict

from bote.files import text_name
from bote.language.format import display, quantity_text
from bote.language.quantity import Quantity, is_sampled, nonzero
from bote.language.units import HMS, format_unit, unit_factor
from bote.model.capacity import at_percentile
from bote.model.properties import RATE
from bote.model.properties import REQUESTS_PER_SECOND as REQ_PER_S
from bote.model.report import FileReport, Report

if TYPE_CHECKING:
    import numpy as np

VERSION = 1


def _float(x) -> float | None:
    """A plain number; for samples, their median (the `distributions` entry
    has the spread)."""
    if x is None:
        return None
    if is_sampled(x):
        from bote.uncertainty.samples import spread
        x = spread(x)[1]
    x = float(x)
    return x if math.isfinite(x) else None


def _summary(x, scale: float = 1.0) -> dict | None:
    """p5, p50, p95 and mean of samples (divided by `scale`, the display
    unit's size); None for a single value."""
    if not is_sampled(x):
        return None
    return _sample_summary(x, scale)


def _sample_summary(x: np.ndarray, scale: float) -> dict:
    from bote.uncertainty.samples import summarize
    s = summarize(x)
    return {k: _float(getattr(s, k) / scale) for k in ("p5", "p50", "p95", "mean")}


def _q(q: Quantity, f: FileReport, unit=None) -> dict:
    """{"magnitude", "unit"}; a distribution also has "p5", "p50", "p95"
    and "mean" in that unit, and its magnitude is the median."""
    if unit is not None:
        q = Quantity(q.magnitude, q.dims, unit)
    m = q.magnitude
    if is_sampled(m):
        from bote.language.format import spread_scale
        from bote.uncertainty.samples import spread
        low, median, high = spread(m)
        _, shown = display(Quantity(spread_scale(low, median, high), q.dims, q.unit), f.evaluated_units,
                           fixed=unit is not None)
        scale = float(unit_factor(shown, f.evaluated_units))
        return {"magnitude": _float(median / scale), "unit": _unit_text(shown, f), **_sample_summary(m, scale)}
    magnitude, shown = display(q, f.evaluated_units, fixed=unit is not None)
    return {"magnitude": _float(magnitude), "unit": _unit_text(shown, f)}


def quantity_json(q: Quantity, f: FileReport) -> dict:
    """A figure as every JSON output gives one: {"magnitude", "unit"}, with
    the summary of a distribution."""
    return _q(q, f)


def _unit_text(unit, f: FileReport) -> str:
    """The unit's canonical names; `-> hms` (a way to print a time, not a
    unit `parse_unit` knows) as `second`, which it is worth."""
    return format_unit(tuple(("second", e) if n == HMS else (n, e) for n, e in unit), f.evaluated_units, short=False)


def _seconds(x, f: FileReport) -> dict | None:
    if x is None or not is_sampled(x) and not math.isfinite(x):
        return None
    return _q(Quantity(x, (("time", 1),), (("second", 1),)), f, (("second", 1),))


#: Figures that are plain numbers: with ranges, the report gives their
#: median (counts: the count at the sizing percentile) and, under
#: "distributions", their spread.
_NUMBER_FIGURES = ("needed", "needed_for_load", "needed_for_memory", "needed_for_storage",
                   "needed_for_connections", "needed_for_latency", "utilization", "utilization_one_down")


def _distributions(c) -> dict:
    s, m = c.sizing, c.model
    out = {name: _summary(getattr(s, name)) for name in _NUMBER_FIGURES if is_sampled(getattr(s, name))}
    if m is not None and m.queue is not None:
        for name in ("wait_probability", "in_flight"):
            if is_sampled(getattr(m.queue, name)):
                out[name] = _summary(getattr(m.queue, name))
    if m is not None and is_sampled(m.connections):
        out["connections"] = _summary(m.connections)
    return out


def _count(s, x):
    return at_percentile(x, s.size_at)


def _queue(c, f: FileReport) -> dict | None:
    """The M/M/c figures at the provisioned count; every figure null when the
    queue is unstable (there is no finite wait to report)."""
    m = c.model
    if m is None or m.service_time is None or m.workers is None:
        return None
    q = m.queue
    return {"wait_probability": _float(q.wait_probability) if q else None,
            "mean_wait": _seconds(q.mean_wait, f) if q else None,
            "mean_response": _seconds(q.mean_response, f) if q else None,
            "in_flight": _float(q.in_flight) if q else None,
            "p50": _seconds(q.p50, f) if q else None, "p90": _seconds(q.p90, f) if q else None,
            "p99": _seconds(q.p99, f) if q else None}


def _connections(c) -> dict | None:
    m = c.model
    if m is None or m.max_connections is None or m.connections is None:
        return None
    return {"needed": _float(m.connections), "per_instance": _float(m.max_connections)}


def _rate(x, f: FileReport) -> dict | None:
    """A rate in requests (or messages) per second, as a quantity: always
    `request / second` (the contract), whatever label the tables show."""
    return None if x is None else _q(Quantity(x, RATE), f, REQ_PER_S)


def _times(x, k):
    return None if x is None else x * k


def _kind_keys(c, f: FileReport) -> dict:
    """Keys every component has since component kinds: its kind, the average
    load beside the peak `load`, the end-to-end latency of its synchronous
    path, and the figures of a queue or a third party (null otherwise)."""
    m = c.kind_model
    queue = rate_limit = None
    if m is not None and m.drain_rate is not None:  # the figures of a queue
        queue = {"average_in": _rate(m.average, f), "peak_in": _rate(m.load, f), "drain_rate": _rate(m.drain_rate, f),
                 "backlog": _float(m.backlog), "drain_time": _seconds(m.drain_time, f),
                 "bytes_held": None if m.bytes_held is None else
                 {"magnitude": _float(m.bytes_held), "unit": "byte", **(_summary(m.bytes_held) or {})},
                 "growth_per_hour": None if m.growth is None else _float(m.growth * 3600),
                 # with ranges, the spread of the plain-number figures
                 "distributions": {k: v for k, v in (("backlog", _summary(m.backlog)),
                                                     ("growth_per_hour", _summary(_times(m.growth, 3600))))
                                   if v is not None}}
    if m is not None and c.kind_spec.capacity_is_limit:
        rate_limit = {"limit": _rate(m.rate_limit, f), "utilization": _float(m.utilization),
                      "latency": _seconds(m.latency, f)}
    return {"kind": c.kind, "properties": _properties(c, f), "average_load": _rate(c.average_load, f),
            "end_to_end": _seconds(c.end_to_end, f) if nonzero(c.end_to_end) else None,
            "message_queue": queue, "rate_limit": rate_limit,
            "headroom": None if c.headroom is None else
            {"multiplier": _float(c.headroom.multiplier), "fails_by": c.headroom.fails_by,
             **({"distribution": _summary(c.headroom.multiplier)} if is_sampled(c.headroom.multiplier) else {})},
            "loads": None if c.loads is None else {name: _q(q, f, REQ_PER_S) for name, q in c.loads.items()},
            "cost": None if c.cost is None else _money(c.cost["cost"], f),
            "costs": None if c.cost is None else {part: _money(q, f) for part, q in c.cost.items() if part != "cost"},
            "failures": _failures(c, f)}


def _failures(c, f: FileReport) -> dict | None:
    """Its errors and retries (`bote.model.failures`): the offered load with
    retries, the share of attempts answered each error code, and the share
    of its answers that fail; null in a file that does not model them."""
    m = c.failures
    if m is None:
        return None
    return {"first_attempts": _rate(m.first, f), "offered_load": _rate(m.offered, f),
            "errors": {"429": _float(m.rate_limited), "503": _float(m.overloaded), "504": _float(m.timed_out),
                       "500": _float(m.failed)},
            "failure_share": _float(m.failure_share),
            "limit": _rate(m.limit, f),
            # with ranges, the spread of the shares
            "distributions": {k: v for k, v in (("failure_share", _summary(m.failure_share)),
                                                ("429", _summary(m.rate_limited)), ("503", _summary(m.overloaded)),
                                                ("504", _summary(m.timed_out))) if v is not None}}


def _money(q: Quantity, f: FileReport) -> dict:
    """A cost per month: {"magnitude", "unit", "text"} in the file's currency
    per month (with a distribution's summary)."""
    return {**_q(q, f, q.unit), "text": quantity_text(q, f.evaluated_units, fixed=True)}


def _properties(c, f: FileReport) -> dict:
    """Every property the component sets, as bote read it: like a value
    (`{"magnitude", "unit", "text", "line"}`); a choice (`scaling = single`)
    has its word as the text and no magnitude or unit."""
    out = {}
    for name, (value, line) in c.properties.items():
        if isinstance(value, str):
            out[name] = {"magnitude": None, "unit": None, "text": value, "line": line}
        else:
            out[name] = {**_q(value, f), "text": quantity_text(value, f.evaluated_units), "line": line}
    return out


def _unsized(c, f: FileReport) -> dict:
    """Clients, a third party or a managed queue: the same keys, null where
    bote sizes nothing."""
    return {"load": _q(c.load, f, REQ_PER_S),
            "capacity": None if c.capacity is None else _q(c.capacity, f, REQ_PER_S),
            "instances": None, "needed": None, "spare": None,
            "utilization": _float(c.kind_model.utilization) if c.kind_spec.capacity_is_limit else None,
            "utilization_one_down": None, "needed_for_load": None, "needed_for_memory": None,
            "needed_for_storage": None, "limited_by": None, "provisioned": False, "scaling": None,
            "load_assumed": c.load_assumed, "line": c.span.line, "risks": [r.kind for r in c.risks],
            "needed_for_connections": None, "needed_for_latency": None, "queue": None, "connections": None,
            "time_until_full": None,
            "cold_load": _rate(c.cold_load, f),
            "size_at": None,
            "distributions": {"utilization": _summary(c.kind_model.utilization)}
            if c.kind_spec.capacity_is_limit and is_sampled(c.kind_model.utilization) else {},
            **_kind_keys(c, f)}


class FileJson(TypedDict):
    """One entry of `files` in the JSON contract (docs/json.md)."""

    file: str
    monte_carlo: dict[str, int] | None
    conventions: dict[str, dict[str, object]]
    values: dict[str, dict[str, object]]
    components: dict[str, dict[str, object]]
    cost: dict[str, object] | None
    breaking_point: dict[str, object] | None
    risks: list[dict[str, object]]
    asserts: list[dict[str, object]]
    errors: list[dict[str, object]]
    edges: list[dict[str, object]]


def _edge(e, f: FileReport) -> dict[str, object]:
    """One edge of the flow: its ends, flow, multiplier as written, batch
    size and the requests per second it carries to its target."""
    return {"source": e.source, "target": e.target, "flow": e.flow_class, "multiplier": _float(e.multiplier.magnitude),
            "batch": _float(e.batch), "load": None if e.load is None else _rate(e.load.magnitude, f),
            "line": e.span.line}


def file_json(f: FileReport) -> FileJson:
    sampling = f.sampling
    conventions = f.units.convention_values if f.units is not None else {}
    out: FileJson = {"file": text_name(f.file),
           "monte_carlo": {"samples": sampling.samples, "seed": sampling.seed} if sampling else None,
           # the calendar units the file redefined, in seconds
           "conventions": {name: {"magnitude": float(q.magnitude), "unit": "s"} for name, (q, _) in conventions.items()},
           "values": {}, "components": {}, "cost": None, "breaking_point": None, "risks": [], "asserts": [],
           "errors": [], "edges": [_edge(e, f) for e in f.edges]}
    if f.breaking_point is not None:
        b = f.breaking_point
        out["breaking_point"] = {"multiplier": _float(b.multiplier), "component": b.component, "fails_by": b.fails_by,
                                 "entering": _q(b.entering, f, REQ_PER_S),
                                 **({"distribution": _summary(b.multiplier)} if is_sampled(b.multiplier) else {})}
    if f.total_cost is not None:
        out["cost"] = _money(f.total_cost, f)
    for v in f.values:
        out["values"][v.name] = {**_q(v.quantity, f, v.quantity.unit if v.fixed_unit else None),
                                 "text": quantity_text(v.quantity, f.evaluated_units, v.fixed_unit), "line": v.span.line}
    for c in f.components:
        s = c.sizing
        if s is None:
            out["components"][c.name] = _unsized(c, f)
            continue
        needed = _count(s, s.needed)
        assert c.capacity is not None  # what is sized has a capacity
        out["components"][c.name] = {
            "load": _q(c.load, f, REQ_PER_S), "capacity": _q(c.capacity, f, REQ_PER_S),
            "instances": s.instances, "needed": needed, "spare": s.instances - needed,
            "utilization": _float(s.utilization), "utilization_one_down": _float(s.utilization_one_down),
            "needed_for_load": _count(s, s.needed_for_load), "needed_for_memory": _count(s, s.needed_for_memory),
            "needed_for_storage": _count(s, s.needed_for_storage), "limited_by": s.limited_by,
            "provisioned": s.provisioned, "scaling": s.scaling, "load_assumed": c.load_assumed,
            "line": c.span.line, "risks": [r.kind for r in c.risks],
            "needed_for_connections": _count(s, s.needed_for_connections),
            "needed_for_latency": _count(s, s.needed_for_latency),
            "queue": _queue(c, f), "connections": _connections(c),
            "time_until_full": _seconds(c.model.time_until_full if c.model else None, f),
            "cold_load": _rate(c.cold_load, f),
            "size_at": float(s.size_at) if sampling else None,
            "distributions": _distributions(c),
            **_kind_keys(c, f),
        }
    for r in f.risks:
        out["risks"].append({"component": r.component, "kind": r.kind, "severity": r.severity,
                             "message": r.message, "remedy": r.remedy,
                             "line": r.span.line if r.span else None, "column": r.span.column if r.span else None,
                             "probability": 1.0 if r.probability is None else r.probability,
                             "sensitivity": [{"input": name, "correlation": rho} for name, rho in r.sensitivity]})
    for a in f.asserts:
        out["asserts"].append({"line": a.span.line, "column": a.span.column, "text": a.text, "passed": a.passed,
                               "message": a.message})
    for d in f.errors:
        # An error in a `--set` option is not at a line of this file (SARIF places it at the file too).
        span = d.span if d.span is not None and d.span.file == f.file else None
        out["errors"].append({"kind": d.kind, "message": d.message, "hint": d.hint,
                              "line": span.line if span else None,
                              "column": span.column if span else None})
    return out


def render_variants_json(scenarios: dict[str, FileReport]) -> str:
    """`bote compare --format json`: the file's entry with `variants`, each
    variant's report in the same form as a file's (`file_json`)."""
    base = scenarios["base"]
    out = dict(file_json(base))
    out["variants"] = {name: file_json(f) for name, f in scenarios.items() if name != "base"}
    return json.dumps({"version": VERSION, "files": [out]}, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def render_json(report: Report, multiples=None) -> str:
    # allow_nan=False: an unbounded figure is null (see _float), never the
    # non-standard `Infinity` that strict JSON parsers reject.
    files = [file_json(f) for f in report.files]
    if multiples:
        from bote.render.figures import tidal_wave_rows
        for out, f in zip(files, report.files):
            if f.valid:
                out["tidal_wave"] = {  # type: ignore[typeddict-unknown-key]
                    "multipliers": [float(m) for m in multiples],
                    "components": {row[0].split(" (")[0]: dict(zip((str(float(m)) for m in multiples), row[1:]))
                                   for row in tidal_wave_rows(f, multiples)}}
    return json.dumps({"version": VERSION, "files": files}, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
