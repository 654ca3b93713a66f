"""The figures every human-facing format shows, as text, computed once."""
from __future__ import annotations

import math
from fractions import Fraction

from bote.language.format import (
    format_bytes,
    format_number,
    format_percent,
    multiplier_text,
    quantity_text,
)
from bote.language.quantity import Quantity, is_sampled, nonzero
from bote.language.units import FileUnits, format_unit, per_second
from bote.model.capacity import at_percentile
from bote.model.kind_risks import duration_text
from bote.model.report import ComponentResult, FileReport
from bote.model.risks import share


def rate_text(q: Quantity, units: FileUnits, like: Quantity | None = None) -> str:
    """A load or capacity per second, counting what the load counts
    (`2M transfer/s`, else `req/s`): `like` is the component's load, so that
    the capacity beside it reads in the same unit."""
    return quantity_text(Quantity(q.magnitude, q.dims, per_second((like or q).unit, units)), units, fixed=True)


def instances_text(c: ComponentResult) -> str:
    """`46 + 1` (needed + spare), with what set the count when it is not the
    load: `100 + 1 (connections)`; `12 (needs 15)` when provisioned."""
    s = c.sizing
    if s is None:
        return "-"  # not sized: clients, a third party, a managed queue
    why = "" if s.limited_by == "load" else s.limited_by
    # With ranges, `needed` is the count at the sizing percentile: `10 + 1 at p95`.
    needed = at_percentile(s.needed, s.size_at)
    at = f" at p{float(s.size_at) * 100:g}" if is_sampled(s.needed) else ""
    if s.provisioned:
        return f"{s.instances} (needs {needed}{at}{' for ' + why if why else ''})"
    return f"{needed} + {s.instances - needed}{at}{f' ({why})' if why else ''}"


def utilization_text(c: ComponentResult) -> str:
    if c.kind_spec.capacity_is_limit:
        m = c.kind_model
        assert m is not None and m.utilization is not None  # a limit: a third party's rate limit, in its model
        return format_percent(m.utilization) + " of limit"
    if c.sizing is None:
        return "-"
    return format_percent(c.sizing.utilization)


def uncertain(f: FileReport) -> bool:
    """Whether any value of the file is a distribution."""
    return any(is_sampled(v.quantity.magnitude) for v in f.values) or \
        any(is_sampled(c.load.magnitude) or c.sizing is not None and is_sampled(c.sizing.utilization)
            for c in f.components)


def name_text(c: ComponentResult) -> str:
    """`bus (queue)`: the kind beside the name, unless a plain service."""
    return f"{c.name} ({c.kind})" if c.kind_spec.shown_beside_name else c.name


def capacity_text(c: ComponentResult, units: FileUnits) -> str:
    if c.capacity is None:
        return "-"
    return rate_text(c.capacity, units, c.load) + (" (limit)" if c.kind_spec.capacity_is_limit else "")


def value_text(v, units: FileUnits) -> str:
    """A binding's figure as every output prints it (`# =>` results too)."""
    return quantity_text(v.quantity, units, v.fixed_unit)


def value_rows(f: FileReport) -> list[list[str]]:
    """name, value; with ranges, a one-line histogram of each distribution."""
    if not uncertain(f):
        return [[v.name, value_text(v, f.evaluated_units)] for v in f.values]
    from bote.uncertainty.samples import histogram
    return [[v.name, value_text(v, f.evaluated_units),
             histogram(v.quantity.magnitude) if is_sampled(v.quantity.magnitude) else ""] for v in f.values]


def risk_label(r) -> str:
    """`overloaded`, or `overloaded (23%)` when it trips in some samples."""
    if r.probability is None:
        return r.kind
    return f"{r.kind} ({share(r.probability)})"


COMPONENT_HEADERS = ["component", "load", "capacity", "instances", "utilization", "headroom", "risks"]


def component_headers(f: FileReport) -> list[str]:
    """The components table's columns: with a `cost/month` before the
    risks when some component sets a price."""
    if f.total_cost is None:
        return COMPONENT_HEADERS
    return [*COMPONENT_HEADERS[:-1], "cost/month", COMPONENT_HEADERS[-1]]


def tidal_wave_rows(f: FileReport, multipliers: list[Fraction]) -> list[list[str]]:
    """For each component, what fails at each multiple of today's traffic:
    every limit below it (with ranges, with the share of the scenarios in
    which it is), or `ok`."""
    rows = []
    for c in f.components:
        if c.headroom is None:
            rows.append([name_text(c), *("ok" for _ in multipliers)])
            continue
        cells = []
        for k in multipliers:
            failing = []
            for limit in c.headroom.limits:
                m = limit.multiplier
                if is_sampled(m):
                    p = float((m < float(k)).mean())
                    if p > 0:
                        failing.append(limit.fails_by if p == 1 else f"{limit.fails_by} ({share(p)})")
                elif m < k:
                    failing.append(limit.fails_by)
            cells.append(", ".join(failing) or "ok")
        rows.append([name_text(c), *cells])
    return rows


def headroom_text(c: ComponentResult) -> str:
    """`1.47× unstable`: how many times today's traffic it takes, and how it fails."""
    if c.headroom is None:
        return "-"
    return f"{multiplier_text(c.headroom.multiplier)} {c.headroom.fails_by}"


def breaking_text(f: FileReport) -> str | None:
    """`breaks first at 1.47× today's traffic: api unstable at 18.8k req/s entering`."""
    b = f.breaking_point
    if b is None:
        return None
    c = next(c for c in f.components if c.name == b.component)
    who = b.component + (" (scaling = single)" if c.sizing is not None and c.sizing.scaling == "single" else "")
    if is_sampled(b.multiplier):
        from bote.uncertainty.samples import spread  # numpy, only with ranges
        typical = float(spread(b.multiplier)[1])
    else:
        typical = float(b.multiplier)
    if typical == 0:
        return f"breaks at any traffic: {who} {b.fails_by}"
    at = f"{b.fails_by} at {rate_text(b.entering, f.evaluated_units)} entering"
    if typical < 1:
        return f"already broken at today's traffic: {who} {at} ({multiplier_text(b.multiplier)} of today's)"
    return f"breaks first at {multiplier_text(b.multiplier)} today's traffic: {who} {at}"


def load_text(c: ComponentResult, units: FileUnits) -> str:
    """`41.7k req/s (rides 1.7k, pings 40k)`: the load, and in a file that
    names its flows, each flow's part (in the load's unit); `(rides)` when
    one flow brings all of it."""
    text = rate_text(c.load, units) + (" (assumed)" if c.load_assumed else "")
    if not c.loads:
        return text
    if len(c.loads) == 1:
        return f"{text} ({next(iter(c.loads))})"
    suffix = " " + format_unit(per_second(c.load.unit, units), units, short=True)
    parts = [f"{name} {rate_text(q, units, c.load).removesuffix(suffix)}" for name, q in c.loads.items()]
    return f"{text} ({', '.join(parts)})"


def component_rows(f: FileReport) -> list[list[str]]:
    """One row per component; with prices, a last `total` row."""
    rows = []
    for c in f.components:
        row = [name_text(c), load_text(c, f.evaluated_units),
               capacity_text(c, f.evaluated_units), instances_text(c), utilization_text(c), headroom_text(c)]
        if f.total_cost is not None:
            row.append(monthly_text(c.cost["cost"], f.evaluated_units) if c.cost is not None else "-")
        rows.append([*row, ", ".join(risk_label(r) for r in c.risks) or "-"])
    if f.total_cost is not None:
        rows.append(["total", "", "", "", "", "", monthly_text(f.total_cost, f.evaluated_units), ""])
    return rows


def monthly_text(cost: Quantity, units: FileUnits) -> str:
    """A cost per month as the money it comes to in one month (`67k USD`,
    under a `cost/month` heading), in the file's own month."""
    (currency, _), _ = cost.unit
    month = units.info("month").factor
    magnitude = cost.magnitude * float(month) if is_sampled(cost.magnitude) else cost.magnitude * month
    return quantity_text(Quantity(magnitude, (("currency", 1),), ((currency, 1),)), units, fixed=True)


QUEUE_HEADERS = ["queue", "average in", "peak in", "drain rate", "backlog", "drain time", "held"]


def _msgs(x) -> str:
    if x is None:
        return "-"
    if not is_sampled(x) and math.isinf(x):
        return "unbounded"
    return f"{format_number(x, unit=True)} msg/s"


def queue_rows(f: FileReport) -> list[list[str]]:
    """Each queue: the rates in, how fast its consumers drain it, and what a
    burst leaves (`-` when it sets no `burst` or `message_size`)."""
    rows = []
    for c in f.components:
        m = c.kind_model
        if m is None or m.drain_rate is None:
            continue  # no queue figures
        if is_sampled(m.growth) or is_sampled(m.drain_time):
            # With ranges: the drain time where the queue drains, and how often it grows instead.
            drain = "-" if m.drain_time is None else duration_text(m.drain_time)
            if is_sampled(m.growth) and (m.growth > 0).any():
                drain += f"; grows in {share(float((m.growth > 0).mean()))} of samples"
        elif m.growth:
            drain = f"grows {format_number(m.growth * 3600, unit=True)} msg/h"
        elif m.drain_time is None:
            drain = "-"
        else:
            drain = "never" if math.isinf(m.drain_time) else duration_text(m.drain_time)
        rows.append([c.name, _msgs(m.average), _msgs(m.load), _msgs(m.drain_rate),
                     "-" if m.backlog is None else f"{format_number(m.backlog, unit=True)} msg", drain,
                     "-" if m.bytes_held is None else format_bytes(m.bytes_held)])
    return rows


PATH_HEADERS = ["synchronous path from", "end-to-end latency (mean)"]


def path_rows(f: FileReport) -> list[list[str]]:
    """The end-to-end latency of each path a request starts: from every
    component nothing feeds, and from every consumer behind a queue (its
    work runs asynchronously). Empty when no component states a latency."""
    if not any(nonzero(c.end_to_end) for c in f.components):
        return []
    fed = {e.target for e in f.edges}
    queues = {c.name for c in f.components if c.kind_spec.ends_synchronous_path}
    behind_queue = {e.target for e in f.edges if e.source in queues}
    return [[c.name, duration_text(c.end_to_end) if is_sampled(c.end_to_end) else
             "unbounded" if math.isinf(c.end_to_end) else duration_text(c.end_to_end)]
            for c in f.components
            if (c.name not in fed or c.name in behind_queue) and not c.kind_spec.ends_synchronous_path and nonzero(c.end_to_end)]


FAILURE_HEADERS = ["errors and retries", "offered (with retries)", "429", "503", "504", "500", "answers failing"]


def failure_rows(f: FileReport) -> list[list[str]]:
    """Each component's error codes at its offered load, in a file that
    models errors and retries (`bote.model.failures`), where any of its
    answers fail; a source's row is what its users see, after every retry."""
    rows = []
    for c in f.components:
        m = c.failures
        if m is None or not nonzero(m.failure_share):
            continue   # nothing fails there: a row of zeros says nothing
        offered = "-" if not m.callers else rate_text(Quantity(m.offered, c.load.dims, c.load.unit),
                                                          f.evaluated_units)
        codes = ["-" if not m.callers else format_percent(q)
                 for q in (m.rate_limited, m.overloaded, m.timed_out)]
        rows.append([c.name, offered, *codes, format_percent(m.failed), format_percent(m.failure_share)])
    return rows


def finding_rows(f: FileReport) -> list[list[int | str]]:
    rows = [[r.span.line if r.span else "", r.severity, r.kind,
             r.message + (f"; {r.remedy}" if r.remedy else "") + drivers_text(r)] for r in f.risks]
    rows += [[a.span.line, "error", "assert", a.message] for a in f.asserts if not a.passed]
    return sorted(rows, key=lambda row: (row[0] or 0))


def drivers_text(r) -> str:
    """`; driven by traffic (0.91), db.service_time (0.32)`: the inputs
    whose spread explains the figure behind a risk (Spearman's rank
    correlation), the one to pin down first named first."""
    if not r.sensitivity:
        return ""
    return "; driven by " + ", ".join(f"{name} ({rho:+.2f})" for name, rho in r.sensitivity)


def conventions_text(f: FileReport) -> str | None:
    """`conventions: month = 30 day`: the calendar units the file redefined,
    which every monthly or yearly figure depends on; None when none."""
    values = f.units.convention_values if f.units is not None else {}
    if not values:
        return None
    return "conventions: " + ", ".join(f"{name} = {quantity_text(q, f.evaluated_units, fixed=True)}"
                                       for name, (q, _) in sorted(values.items(), key=lambda kv: kv[1][1]))


def summary(f: FileReport) -> str:
    """`2 errors, 1 warning, 0 notes, 1 of 2 asserts passed`: errors count
    the failed asserts too, as the findings table lists them."""
    failed = sum(not a.passed for a in f.asserts)
    counts = {"error": failed, "warning": 0, "note": 0}
    for r in f.risks:
        counts[r.severity] += 1
    parts = [f"{counts['error']} error{'s' if counts['error'] != 1 else ''}",
             f"{counts['warning']} warning{'s' if counts['warning'] != 1 else ''}",
             f"{counts['note']} note{'s' if counts['note'] != 1 else ''}"]
    if f.asserts:
        parts.append(f"{len(f.asserts) - failed} of {len(f.asserts)} asserts passed")
    return ", ".join(parts)


def with_advice(message: str, label: str, advice: str | None) -> str:
    """`message. Label: advice`: the fix travels with the finding (CI formats)."""
    if not advice:
        return message
    return f"{message}{'' if message.endswith(('.', '!', '?')) else '.'} {label}: {advice}"
