"""A component's errors and retries in the figure graph (`bote.model.graph`):
`offered_load`, the shares answered 429, 503 and 504, and `failure_share`,
each with its formula and the figures it reads, so that `bote explain`
and the editor's hovers show how they were reached."""
from __future__ import annotations

from bote.language.quantity import PERCENT, Quantity, checked
from bote.model.graph import Figure, FigureGraph
from bote.model.kinds import COMPUTED


def add_failure_figures(graph: FigureGraph, run, name: str, units) -> None:
    found = run.values[("failure", name)]
    load = run.quantity(("load", name))
    info = run.r.components[name]
    span = info.node.name_span
    callers = [c.caller for c in found.callers if c.caller in run.r.components]
    callees = [] if info.kind.ends_synchronous_path else list(dict.fromkeys(run.outgoing.get(name, ())))

    timed = any(c.timeout is not None for c in found.callers)

    def own(*figures: str) -> list[str]:
        return [f"{name}.{f}" for f in figures if timed or f not in ("end_to_end", "timeout")]

    reads = {
        # The fixed point reads what every code reads but the offered load itself.
        "offered_load": [*own("load", "error_rate", "rate_limit", "capacity", "instances", "timeout", "end_to_end"),
                         *(f"{c}.{p}" for c in callers for p in ("retries", "timeout")),
                         *(f"{c}.failure_share" for c in callees)],
        "rate_limited": own("offered_load", "rate_limit"),
        "overloaded": own("offered_load", "rate_limited", "capacity", "instances"),
        "timed_out": [*own("offered_load", "service_time", "workers", "instances", "timeout", "end_to_end"),
                      *(f"{c}.timeout" for c in callers)],
        "failure_share": [*own("rate_limited", "overloaded", "timed_out", "error_rate"),
                          *(f"{c}.failure_share" for c in callees), *(own("retries") if callees else [])],
    }
    for figure, inputs in reads.items():
        graph.add(Figure(f"{name}.{figure}", failure_figure(found, figure, load).in_file(units), COMPUTED[figure],
                         tuple(i for i in dict.fromkeys(inputs) if i in graph), span))


def failure_figure(found, figure: str, load: Quantity) -> Quantity:
    """`api.offered_load`, `api.failure_share`...: a figure of a component's
    errors and retries (`bote.model.failures`)."""
    if figure == "offered_load":
        return Quantity(checked(found.offered), load.dims, load.unit)
    share = {"failure_share": found.failure_share, "rate_limited": found.rate_limited,
             "overloaded": found.overloaded, "timed_out": found.timed_out}[figure]
    return Quantity(checked(share), (), PERCENT)
