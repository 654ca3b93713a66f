"""Builds a file's figure graph (`bote.model.graph`) from one evaluation:
the bindings and properties with the expressions they were written as,
each component's load, capacity and the figures of its kind (a request
server's `SERVER_RULES`, a queue's drain and backlog, a third party's use
of its limit), and the synchronous path. Values are the ones the
evaluation computed; formulas and inputs are the ones that computed them.
"""
from __future__ import annotations

import dataclasses
import re
from fractions import Fraction

from bote.errors import Span
from bote.language import nodes
from bote.language.quantity import Quantity, QuantityError, is_sampled
from bote.model import capacity as cap
from bote.model import component, queues
from bote.model import cost as costs
from bote.model import traffic_classes as traffic
from bote.model.graph import Figure, FigureGraph
from bote.model.kinds import COMPUTED, PROPERTIES, SIZED
from bote.model.properties import DATA
from bote.model.resolve import TOTAL_COST

#: The figures of a component's queue (M/M/c at each serving instance), as
#: `bote.model.queueing.mmc` states them.
QUEUE_FORMULAS = {
    "wait_probability": "C = C(c, a), Erlang C: the share of requests that queue at all",
    "mean_wait": "Wq = C / (cμ − λ): the mean wait in the queue",
    "mean_response": "W = Wq + 1/μ: the mean response time",
    "in_flight": "L = λ_total × W (Little's law): requests in flight in the whole component",
    "p50": "the 50th percentile of the response time (wait + service)",
    "p90": "the 90th percentile of the response time (wait + service)",
    "p99": "the 99th percentile of the response time (wait + service)",
}

#: A queue's figures: (formula function, its inputs).
QUEUE_KIND_FORMULAS = {
    "growth": (queues.growth, ("average_load", "drain_rate")),
    "backlog": (queues.backlog, ("load", "drain_rate", "burst")),
    "drain_time": (queues.drain_time, ("backlog", "drain_rate", "average_load")),
    "bytes_held": (queues.bytes_held, ("backlog", "message_size")),
}

def doc(function) -> str:
    """A function's formula: the first paragraph of its docstring."""
    text = (function.__doc__ or function.__name__).strip()
    return " ".join(text.split("\n\n")[0].split())


def build(run, units) -> FigureGraph:
    """The figure graph of a finished run (`bote.model.evaluation._Run`),
    in the run's own order: every figure after the figures it reads."""
    graph = FigureGraph()
    r = run.r
    for key in r.order:
        if key not in run.values:
            continue  # not evaluated (the run has errors)
        what = key[0]
        if what == "binding":
            b = r.bindings[key[1]]
            graph.add(Figure(key[1], run.values[key].in_file(units), _text(r.program, b.expr.span),
                             tuple(_inputs(b.expr, r, None, graph)), _written_at(b), written=True))
        elif what == "prop":
            _, component, prop = key
            info = r.components[component]
            node = info.class_properties[prop][2] if prop in info.class_properties else info.properties[prop]
            graph.add(Figure(f"{component}.{prop}", run.values[key].in_file(units), _text(r.program, node.expr.span),
                             tuple(_inputs(node.expr, r, component, graph)), _written_at(node), written=True))
        elif what == "load":
            _load(graph, run, key[1], units)
        elif what == "capacity":
            _capacity(graph, run, key[1], units)
        elif what == "size":
            _size(graph, run, key[1])
        elif what == "path":
            _path(graph, run, key[1])
        elif what == "cost":
            _cost(graph, run, key[1], units)
        elif what == "failure":
            from bote.model.failure_figures import add_failure_figures
            add_failure_figures(graph, run, key[1], units)
        elif what == TOTAL_COST:
            priced = [k[1] for k in run.r.deps[key]]
            graph.add(Figure(TOTAL_COST, run.quantity(key).in_file(units, True),
                             "the sum of every component's cost", tuple(f"{c}.cost" for c in priced), None,
                             " + ".join(f"{c}.cost" for c in priced)))
    return graph


def _cost(graph: FigureGraph, run, name: str, units) -> None:
    info = run.r.components[name]
    span = info.node.name_span
    c = run.cost(name)
    parts = []
    items = run.items_per_request(name, average=True)   # a batched request's response is that many items'
    egress = "average_load * response_size * egress_price" if items is None else \
        f"average_load * response_size * {items} * egress_price" \
        if isinstance(items, Fraction) and items.denominator == 1 else None
    for figure, function, equation, reads in (
            ("compute_cost", costs.calls_cost if info.kind.priced_per_request else costs.compute_cost,
             "average_load * price" if info.kind.priced_per_request else "instances * price",
             ("average_load", "price") if info.kind.priced_per_request else ("instances", "price")),
            ("storage_cost", costs.storage_cost, "data * replication * storage_price",
             ("data", "replication", "storage_price")) if "replication" in info.properties else
            ("storage_cost", costs.storage_cost, "data * storage_price", ("data", "storage_price")),
            ("egress_cost", costs.egress_cost, egress, ("average_load", "response_size", "egress_price"))):
        part = c.part(figure)
        if part is None:
            continue
        parts.append(figure)
        graph.add(Figure(f"{name}.{figure}", run.per_month(part).in_file(units, True), doc(function),
                         tuple(f"{name}.{i}" for i in reads), span, equation))
    graph.add(Figure(f"{name}.cost", run.per_month(c.total).in_file(units, True), doc(costs.total),
                     tuple(f"{name}.{p}" for p in parts), span, " + ".join(parts)))


def _written_at(statement) -> Span:
    """Where a binding's or property's value is written: at its name, or,
    for a value a `--set` option or a variant replaced, where that is."""
    if statement.span.file != statement.name_span.file or statement.span.line != statement.name_span.line:
        return statement.span
    return statement.name_span


def _load(graph: FigureGraph, run, name: str, units) -> None:
    info = run.r.components[name]
    for prop, word in info.choices.items():
        graph.add(Figure(f"{name}.{prop}", word, word, (), info.properties[prop].name_span, written=True))
    span = info.node.name_span
    load = run.values[("load", name)]
    if run.r.has_classes and not run.load_of_its_own(name):
        _class_loads(graph, run, name, info, units)
        return
    formula, inputs = _load_formula(run, name, info, graph)
    graph.add(Figure(f"{name}.load", load.in_file(units), formula, inputs, span,
                     _flow_equation(run, name, info, "load")))
    average_inputs = _average_inputs(run, name, info, graph, inputs) or (f"{name}.load",)
    graph.add(Figure(f"{name}.average_load", Quantity(run.averages[name], load.dims, load.unit).in_file(units),
                     "the average arrival rate along the flow, by the same formula as the load from the "
                     "sources' averages (the load is the peak)", average_inputs, span,
                     _flow_equation(run, name, info, "average_load")))
    for flow_class in run.r.started.get(name, ()) if run.r.has_classes else ():
        for figure in ("load", "average_load"):   # a source's flows each start with all of it
            graph.add(Figure(f"{name}.{figure}[{flow_class}]", graph.figures[f"{name}.{figure}"].value,
                             f"flow {flow_class} starts here, with all of its load (its edges' multipliers "
                             "say what share goes where)", (f"{name}.{figure}",), span, f"{name}.{figure}"))


def _class_loads(graph: FigureGraph, run, name: str, info, units) -> None:
    """In a file that names its flows: each flow's part of a component's
    load (`gateway.load[rides]`, from that flow's edges in), and the load
    as the sum of the parts."""
    span = info.node.name_span
    load = run.values[("load", name)]
    for figure, parts, total in (("load", run.class_loads[name], load.magnitude),
                                 ("average_load", run.class_averages[name], run.averages[name])):
        names = []
        for flow_class, part in parts.items():
            edges = [e for e in run.r.incoming[name] if e.flow_class == flow_class]
            value = part if isinstance(part, Quantity) else Quantity(part, load.dims, load.unit)
            inputs = _edge_inputs(run, edges, info, graph, figure)
            full = f"{name}.{figure}[{flow_class}]"
            graph.add(Figure(full, value.in_file(units),
                             f"the sum over the edges of flow {flow_class} in of what each source sends on in that "
                             "flow × the edge's multiplier (a queue passes on its average)", inputs, span,
                             _edges_equation(run, edges, info, figure)))
            names.append(full)
        graph.add(Figure(f"{name}.{figure}", Quantity(total, load.dims, load.unit).in_file(units),
                         "the sum of what each flow brings", tuple(names), span, " + ".join(names)))


def _source_figure(run, edge, info, figure: str) -> str:
    """The figure an edge's source sends on: its load (its average behind a
    queue), the part of its flow when the file names flows and the source
    is fed by them."""
    smooths = run.r.components[edge.source].kind.smooths_peak and not info.kind.smooths_peak
    term = f"{edge.source}.{'average_load' if figure == 'average_load' or smooths else 'load'}"
    if run.r.has_classes and not run.load_of_its_own(edge.source):
        term += f"[{edge.flow_class}]"
    return term


def _edge_inputs(run, edges, info, graph: FigureGraph, figure: str) -> tuple[str, ...]:
    inputs: list[str] = []
    for edge in edges:
        inputs.append(_source_figure(run, edge, info, figure))
        if edge.multiplier is not None:
            inputs += _inputs(edge.multiplier, run.r, None, graph)
        if edge.batch is not None:
            inputs += _inputs(edge.batch, run.r, None, graph)
        inputs += [f"{edge.source}.{p}" for p in _batch_properties(run, edge) if f"{edge.source}.{p}" in graph]
        if run.retried_healthy(edge):
            inputs += [f"{edge.source}.retries", f"{edge.target}.error_rate"]
    return tuple(dict.fromkeys(inputs))


def _batch_properties(run, edge) -> list[str]:
    """The source's batching properties an edge uses: `batch` unless the
    edge gives its own, and `batch_timeout`, when batched at all."""
    props = run.r.components[edge.source].properties
    own = [] if edge.batch is not None else [p for p in ("batch",) if p in props]
    batched = edge.batch is not None or own
    return own + (["batch_timeout"] if batched and "batch_timeout" in props else [])


def _edges_equation(run, edges, info, figure: str) -> str:
    """The load (or average load) coming in along edges as a sum: each
    source's load (its average behind a queue) times the edge's multiplier
    as written (`misses` is the share the cache does not answer)."""
    terms = []
    for edge in edges:
        term = _source_figure(run, edge, info, figure)
        if edge.multiplier is not None:
            written = _text(run.r.program, edge.multiplier.span)
            alone = re.fullmatch(r"[\w.%]+", written) is not None  # one name or number: no parentheses
            written = re.sub(r"\bmisses\b", f"(1 - {edge.source}.hit_rate)", written)
            term += f" * {written}" if alone else f" * ({written})"
        terms.append(_retried(run, edge, _batched(run, edge, term)))
    return " + ".join(terms)


def _retried(run, edge, term: str) -> str:
    """An edge's term times the attempts its caller makes for each call when
    it retries the target's `error_rate` (`bote.model.retries.retry_factor`):
    `* (1 + e + e^2)` for two retries."""
    if not run.retried_healthy(edge):
        return term
    e = f"{edge.target}.error_rate"
    retries = int(run.magnitude_of(edge.source)("retries"))
    powers = " + ".join([e] + [f"{e}^{i}" for i in range(2, retries + 1)])
    return f"{term} * (1 + {powers})"


def _batched(run, edge, term: str) -> str:
    """An edge's term divided by its batch size (`bote.model.batching`):
    `k`, or `max(1, min(k, sent * batch_timeout))` with a timeout."""
    props = run.r.components[edge.source].properties
    if edge.batch is not None:
        k = _text(run.r.program, edge.batch.span)
        k = k if re.fullmatch(r"[\w.%]+", k) else f"({k})"
    elif "batch" in props:
        k = f"{edge.source}.batch"
    else:
        return term
    if "batch_timeout" not in props:
        return f"{term} / {k}"
    return f"{term} / max(1, min({k}, {term} * {edge.source}.batch_timeout))"


def _capacity(graph: FigureGraph, run, name: str, units) -> None:
    info = run.r.components[name]
    props, kind = info.properties, info.kind
    capacity = run.values[("capacity", name)]
    if capacity is None:
        return
    equation = None
    if kind.fixed_capacity(info, lambda p: run.values[("prop", name, p)]) is not None:
        formula, inputs = "the limit its kind sets", _set(name, props, "rate_limit")
    elif any(p in traffic.PER_REQUEST_COST for p, _, _ in info.class_properties.values()):
        formula, inputs, equation = _mixed_capacity(run, name, info, graph)
    elif "service_time" in props:
        formula = doc(cap.capacity_per_instance)
        inputs = (*_defaulted(graph, name, props, "workers"), f"{name}.service_time")
        equation = "workers / service_time"
    else:
        formula, inputs = "capacity as set", ()
    graph.add(Figure(f"{name}.capacity", capacity.in_file(units), formula, inputs, info.node.name_span, equation))


def _mixed_capacity(run, name: str, info, graph: FigureGraph) -> tuple[str, tuple[str, ...], str]:
    """The capacity of the mix of flows through a component where some set
    their own per-request cost (`bote.model.traffic_classes`)."""
    props = info.properties
    own = {flow_class: key for key, (p, flow_class, _) in info.class_properties.items()
           if p in traffic.PER_REQUEST_COST}
    workers = _defaulted(graph, name, props, "workers")
    inputs: list[str] = [f"{name}.load"]
    terms = []
    for flow_class in run.class_loads[name]:
        key = own.get(flow_class)
        written = key or ("service_time" if "service_time" in props else "capacity")
        work = f"{name}.{written} / {name}.workers" if written.startswith("service_time") else f"1 / {name}.{written}"
        inputs += [f"{name}.load[{flow_class}]", f"{name}.{written}", *(workers if "workers" in work else ())]
        terms.append(f"{name}.load[{flow_class}] / {name}.load * ({work})")
    formula = " ".join(doc(traffic).split("so ", 1)[-1].split("and the queueing")[0].split())
    return (f"the mix's: {formula}", tuple(i for i in dict.fromkeys(inputs) if i in graph),
            f"1 / ({' + '.join(terms)})")


def _size(graph: FigureGraph, run, name: str) -> None:
    info = run.r.components[name]
    kind, span = info.kind, info.node.name_span
    model = run.values[("size", name)]
    _, server, kind_model = kind.parts(model)
    if kind_model is not None:  # a queue's backlog and bytes held come before its brokers' sizing
        _kind_figures(graph, name, kind, kind_model, model, span, run)
    if server is not None and server.figures is not None:
        held = f"{name}.bytes_held" if kind_model is not None and f"{name}.bytes_held" in graph else None
        _server_figures(graph, name, info.properties, server, kind, model, span, held)
    _headroom(graph, name, run.headroom(name), span)


#: How each limit's multiplier is worked out (`bote.model.headroom`): the
#: equation where it is linear, and the figures it reads.
HEADROOM_EQUATIONS = {
    "overloaded": ("capacity * serving / load", ("capacity", "serving", "load")),
    "unstable": ("capacity * serving / load", ("capacity", "serving", "load")),
    "rate-limit": ("rate_limit / load", ("rate_limit", "load")),
    "backlog": ("drain_rate / average_load", ("drain_rate", "average_load")),
    "slow-drain": ("drain_rate * (burst + drain_within) / (load * burst + drain_within * average_load)",
                   ("drain_rate", "burst", "drain_within", "load", "average_load")),
    "latency": (None, ("load", "service_time", "workers", "serving", "latency_target", "latency_percentile")),
    "connections": (None, ("load", "service_time", "workers", "serving", "max_connections")),
    "lock-contention": ("1 / lock_utilization", ("lock_utilization",)),
}


def _headroom(graph: FigureGraph, name: str, found, span) -> None:
    if found is None:
        return
    equation, reads = HEADROOM_EQUATIONS[found.fails_by]
    words = (f"{found.fails_by} first: the multiplier of today's traffic at which it fails, at its instances "
             "(bisected to 0.1% and rounded down where the model is not linear)")
    graph.add(Figure(f"{name}.headroom", Quantity(found.multiplier), words,
                     tuple(f"{name}.{r}" for r in reads if f"{name}.{r}" in graph), span, equation))


def _path(graph: FigureGraph, run, name: str) -> None:
    info = run.r.components[name]
    props = info.properties
    zero = Fraction(0)
    callees = [] if info.kind.ends_synchronous_path else \
        [f"{t}.end_to_end" for t in run.outgoing.get(name, ()) if f"{t}.end_to_end" in graph
         and not (not is_sampled(m := run.multiplier(name, t)) and m == zero)]
    own = [f"{name}.mean_response"] if f"{name}.mean_response" in graph else \
        [f"{name}.{p}" for p in ("service_time", "latency") if p in props]
    graph.add(Figure(f"{name}.end_to_end", run.values[("path", name)], doc(queues.end_to_end), (*own, *callees),
                     info.node.name_span))


def _server_figures(graph, name, props, server, kind, model, span, held=None) -> None:
    """`held`: the node of the bytes a queue holds, which its brokers are
    sized for (their working set or data)."""
    values = server.figures
    computed: set[str] = set()
    for rule in component.SERVER_RULES:
        if rule.name in props:
            computed.add(rule.name)
            continue  # set by the user (`instances = 4`): the property is the figure
        inputs = []
        for i in rule.inputs:
            if i in computed:
                inputs.append(f"{name}.{i}")
            elif held is not None and i in ("working_set", "data") and values.get(i) is not None:
                inputs.append(held)
            elif i == "write_share" and values.get("write_share_mixed"):
                # The mix of the flows' shares (`locks.mixed_write_share`): each
                # flow's load and the share it sets, and the component's own.
                inputs += [f.name for f in graph if f.name.startswith((f"{name}.write_share[", f"{name}.load["))]
                if "write_share" in props:
                    inputs.append(f"{name}.write_share")
            elif i in PROPERTIES:
                inputs += _defaulted(graph, name, props, i)
            else:
                inputs.append(f"{name}.{i}")
        computed.add(rule.name)
        equation = rule.equation(values) if rule.equation is not None else None
        if equation is not None and held is not None:  # a queue's brokers hold its bytes
            equation = re.sub(r"\b(working_set|data)\b", held.split(".", 1)[1], equation)
        graph.add(Figure(f"{name}.{rule.name}", _figure_value(kind, model, rule.name, values[rule.name]),
                         rule.formula_text, tuple(inputs), span, equation))
    graph.add(Figure(f"{name}.spare", _figure_value(kind, model, "spare", server.sizing.spare),
                     COMPUTED["spare"], (f"{name}.instances", f"{name}.needed"), span, "instances - needed"))
    if server.queue is not None or server.workers is not None and server.service_time is not None:
        # An unstable queue has no record (None) to read: its infinite wait and
        # percentiles come from `stable` being false, which is what they read then.
        reads = (f"{name}.queue",) if server.queue is not None else (f"{name}.stable",)
        for figure, formula in QUEUE_FORMULAS.items():
            graph.add(Figure(f"{name}.{figure}", _figure_value(kind, model, figure, None), formula, reads, span))


def _kind_figures(graph, name, kind, m, model, span, run) -> None:
    if m.drain_rate is not None:  # a queue
        from bote.model.kinds import synchronous_below
        reached = synchronous_below(name, run.outgoing, run.r.components)
        consumers = [f"{t}.{f}" for t in reached for f in ("capacity", "instances", "rate_limit")
                     if f"{t}.{f}" in graph]
        for t in reached:
            for edge in run.r.incoming.get(t, ()):
                if edge.multiplier is not None and (edge.source == name or edge.source in reached):
                    consumers += [i for i in _inputs(edge.multiplier, run.r, None, graph) if i not in consumers]
        graph.add(Figure(f"{name}.drain_rate", _figure_value(kind, model, "drain_rate", m.drain_rate),
                         "the slowest consumer group's drain rate: " + doc(queues.drain_rate), tuple(consumers), span))
        for figure, (function, inputs) in QUEUE_KIND_FORMULAS.items():
            if getattr(m, figure) is None:
                continue
            graph.add(Figure(f"{name}.{figure}", _figure_value(kind, model, figure, getattr(m, figure)), doc(function),
                             tuple(f"{name}.{i}" for i in inputs if f"{name}.{i}" in graph), span))
    if m.rate_limit is not None:  # a third party
        graph.add(Figure(f"{name}.utilization", _figure_value(kind, model, "utilization", m.utilization),
                         doc(queues.limit_utilization), (f"{name}.load", f"{name}.rate_limit"), span,
                         "load / rate_limit"))


def _figure_value(kind, model, figure: str, raw):
    """The figure as `component.figure` reads it (a Quantity), or the raw
    record for the figures no expression can name (a queue, a goal)."""
    if figure in ("memory_total", "storage_total") and raw is not None:
        return Quantity(raw, DATA, (("byte", 1),))
    if figure in ("connections_for_sizing", "in_flight_connections") and raw is not None:
        return Quantity(raw)  # concurrent connections: a count
    if figure == "serving" and not is_sampled(raw):
        return Quantity(Fraction(raw))  # instances
    if figure in SIZED or figure in kind.own_figures or figure in kind.extra_figures:
        try:
            return kind.figure(model, figure)
        except QuantityError:
            pass  # a figure this component lacks (no queue model, say): keep the raw value
    return raw


def _defaulted(graph: FigureGraph, name: str, props, prop: str) -> list[str]:
    """The input name of a property the sizing reads: the property node,
    else a node for its default (added here); none when neither."""
    full = f"{name}.{prop}"
    if full in graph or prop in props:
        return [full]
    spec = PROPERTIES.get(prop)
    if spec is None or spec.default is None:
        return []
    graph.add(Figure(full, spec.default, f"the default of `{prop}` ({spec.meaning})", (), None))
    return [full]


def _set(name: str, props, *names: str) -> tuple[str, ...]:
    return tuple(f"{name}.{p}" for p in names if p in props)


def _load_formula(run, name: str, info, graph: FigureGraph) -> tuple[str, tuple[str, ...]]:
    props = info.properties
    kind = info.kind
    if kind.is_source:
        if "poll_interval" in props:
            return doc(cap.polling_load), _set(name, props, "count", "poll_interval", "jitter")
        return doc(queues.clients_load), _set(name, props, "count", "rate", "peak_factor")
    if "load" in props:
        return "load as set", ()  # the property is the figure
    if "clients" in props:
        return doc(cap.polling_load), _set(name, props, "clients", "poll_interval", "jitter")
    edges = run.r.incoming.get(name)
    if not edges:
        return "10k req/s, bote's guess when nothing says (the method's default traffic)", ()
    return ("the sum over the edges in of what each source sends on × the edge's multiplier "
            "(a queue passes on its average)"), _edge_inputs(run, edges, info, graph, "load")


def _flow_equation(run, name: str, info, figure: str) -> str | None:
    """The load (or average load) coming in along the flow (`_edges_equation`)."""
    if run.load_of_its_own(name):
        return None
    return _edges_equation(run, run.r.incoming.get(name, ()), info, figure)


def _average_inputs(run, name: str, info, graph: FigureGraph, load_inputs: tuple[str, ...]) -> tuple[str, ...]:
    """What the average load reads: what the load reads for a source (or a
    load set), else the sources' averages and the multipliers."""
    if run.load_of_its_own(name):
        return load_inputs
    return _edge_inputs(run, run.r.incoming[name], info, graph, "average_load")


def _text(program: nodes.Program, span: Span | None) -> str:
    """The source text of a span (an expression as written), from the
    lines of the source it is in (the file, or a `--set` option)."""
    if span is None:
        return ""
    lines = program.lines(span)
    if span.line == span.end_line:
        return lines[span.line - 1][span.column - 1: span.end_column - 1]
    parts = [lines[span.line - 1][span.column - 1:], *lines[span.line: span.end_line - 1],
             lines[span.line - 1 + (span.end_line - span.line)][: span.end_column - 1]]
    return " ".join(p.strip() for p in parts)


def _inputs(expr, r, here: str | None, graph: FigureGraph) -> list[str]:
    """The figures an expression reads, in order, each once (a property's
    default it reads gets its node here)."""
    found: dict[str, None] = {}  # a dict, not a list: a 5,000-term sum would be quadratic
    for node in _walk(expr):
        ref = r.refs.get(id(node))
        if ref is None:
            continue
        name = _ref_name(ref, node, here)
        if ref.kind == "default" and name is not None:
            owner, prop = name.split(".", 1)
            _defaulted(graph, owner, r.components[owner].properties, prop)
        if name is not None:
            found[name] = None
    return list(found)


def _ref_name(ref, node, here: str | None) -> str | None:
    if ref.kind == "node":
        key = ref.key
        if key[0] == "binding":
            return key[1]
        if key[0] == "prop":
            return f"{key[1]}.{key[2]}"
        if key[0] == "path":
            return f"{key[1]}.end_to_end"
        if key[0] == TOTAL_COST:
            return TOTAL_COST
        part = f"[{ref.flow_class}]" if ref.flow_class is not None else ""
        return f"{key[1]}.{ref.figure or key[0]}{part}"
    if ref.kind == "default":
        owner = node.component if isinstance(node, nodes.Attribute) else here
        return None if owner is None else f"{owner}.{ref.key}"
    if ref.kind == "misses":
        return f"{ref.key}.hit_rate"
    return None  # a unit


def _walk(expr):
    """Every node of an expression, depth first."""
    stack = [expr]
    while stack:
        node = stack.pop()
        yield node
        if dataclasses.is_dataclass(node):
            children = []
            for f in dataclasses.fields(node):
                value = getattr(node, f.name)
                if isinstance(value, tuple):
                    children += [v for v in value if dataclasses.is_dataclass(v)]
                elif dataclasses.is_dataclass(value) and not isinstance(value, Span):
                    children.append(value)
            stack.extend(reversed(children))
