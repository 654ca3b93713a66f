"""`--format json`: the stable machine contract (version 1), documented in
docs/json.md.  Magnitudes are in the unit named beside them; units are
strings that `bote.units.parse_unit` reads back."""
from __future__ import annotations

import json
import math

from ..format import display, quantity_text
from ..quantity import Quantity
from ..report import FileReport, Report
from ..units import format_unit
from .figures import REQ_PER_S

VERSION = 1


def _float(x) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _q(q: Quantity, f: FileReport, unit=None) -> dict:
    if unit is not None:
        q = Quantity(q.magnitude, q.dims, unit)
    magnitude, shown = display(q, f.units, fixed=unit is not None)
    return {"magnitude": _float(magnitude), "unit": format_unit(shown, f.units, short=False)}


def _seconds(x, f: FileReport) -> dict | None:
    if x is None or not math.isfinite(x):
        return None
    return _q(Quantity(x, (("time", 1),), (("second", 1),)), f, (("second", 1),))


def _queue(c, f: FileReport) -> dict | None:
    """The M/M/c figures at the provisioned count; every figure null when the
    queue is unstable (there is no finite wait to report)."""
    m = c.model
    if m is None or m.service_time is None or m.workers is None:
        return None
    q = m.queue
    return {"wait_probability": q.wait_probability if q else None,
            "mean_wait": _seconds(q.mean_wait, f) if q else None,
            "mean_response": _seconds(q.mean_response, f) if q else None,
            "in_flight": q.in_flight if q else None,
            "p50": _seconds(q.p50, f) if q else None, "p90": _seconds(q.p90, f) if q else None,
            "p99": _seconds(q.p99, f) if q else None}


def _connections(c) -> dict | None:
    m = c.model
    if m is None or m.max_connections is None or m.connections is None:
        return None
    return {"needed": m.connections, "per_instance": m.max_connections}


def file_json(f: FileReport) -> dict:
    out = {"file": f.file, "values": {}, "components": {}, "risks": [], "asserts": [], "errors": []}
    for v in f.values:
        magnitude, shown = display(v.quantity, f.units, v.fixed_unit)
        out["values"][v.name] = {"magnitude": _float(magnitude), "unit": format_unit(shown, f.units, short=False),
                                 "text": quantity_text(v.quantity, f.units, v.fixed_unit), "line": v.span.line}
    for c in f.components:
        s = c.sizing
        out["components"][c.name] = {
            "load": _q(c.load, f, REQ_PER_S), "capacity": _q(c.capacity, f, REQ_PER_S),
            "instances": s.instances, "needed": s.needed, "spare": s.spare,
            "utilization": _float(s.utilization), "utilization_one_down": _float(s.utilization_one_down),
            "needed_for_load": s.needed_for_load, "needed_for_memory": s.needed_for_memory,
            "needed_for_storage": s.needed_for_storage, "limited_by": s.limited_by,
            "provisioned": s.provisioned, "scaling": s.scaling, "load_assumed": c.load_assumed,
            "line": c.span.line, "risks": [r.kind for r in c.risks],
            "needed_for_connections": s.needed_for_connections, "needed_for_latency": s.needed_for_latency,
            "queue": _queue(c, f), "connections": _connections(c),
            "time_until_full": _seconds(c.model.time_until_full if c.model else None, f),
            "cold_load": None if c.cold_load is None else {"magnitude": c.cold_load, "unit": "request / second"},
        }
    for r in f.risks:
        out["risks"].append({"component": r.component, "kind": r.kind, "severity": r.severity,
                             "message": r.message, "remedy": r.remedy,
                             "line": r.span.line if r.span else None, "column": r.span.column if r.span else None})
    for a in f.asserts:
        out["asserts"].append({"line": a.span.line, "column": a.span.column, "text": a.text, "passed": a.passed,
                               "message": a.message})
    for d in f.errors:
        out["errors"].append({"kind": d.kind, "message": d.message, "hint": d.hint,
                              "line": d.span.line if d.span else None,
                              "column": d.span.column if d.span else None})
    return out


def render_json(report: Report) -> str:
    # allow_nan=False: an unbounded figure is null (see _float), never the
    # non-standard `Infinity` that strict JSON parsers reject.
    return json.dumps({"version": VERSION, "files": [file_json(f) for f in report.files]}, indent=2,
                      ensure_ascii=False, allow_nan=False) + "\n"
