"""Stages 3-5: evaluate the nodes in dependency order, size each component,
run the risk checks and the asserts.

A node that fails records its diagnostic and everything depending on it is
skipped, so independent mistakes are all reported in one run.
"""
from __future__ import annotations

import math
from dataclasses import replace
from fractions import Fraction
from functools import partial
from typing import Any, TypeAlias

from bote.errors import BoteError, Diagnostic
from bote.language import nodes
from bote.language.expressions import Evaluator
from bote.language.overrides import SOURCE as OVERRIDES
from bote.language.overrides import Overrides, apply
from bote.language.quantity import (
    PERCENT,
    Quantity,
    QuantityError,
    add,
    aligned,
    as_float,
    checked,
    is_sampled,
    mul,
)
from bote.language.refs import NodeKey, Ref
from bote.language.unit_table import registry
from bote.language.units import FileUnits, describe_dims, format_unit, per_second
from bote.language.variants import (
    base_program,
    check_variant_names,
    variant_program,
    variants,
)
from bote.magnitudes import Magnitude, product, required
from bote.model import batching, figure_graphs_kept, kinds, locks, queues
from bote.model import capacity as cap
from bote.model import cost as costs
from bote.model import retries as retrying
from bote.model import traffic_classes as traffic
from bote.model.component import ComponentModel, model_component
from bote.model.declarations import declare_units
from bote.model.failure_figures import failure_figure
from bote.model.failures import Failures
from bote.model.file_findings import cache_edges_carrying_hits, label_not_binding
from bote.model.headroom import lowest
from bote.model.kinds import PROPERTIES, default_quantity
from bote.model.properties import (
    ASSUMED_LOAD,
    COST_FIGURES,
    MONEY_RATE,
    PRICES,
    RATE,
    REQUESTS_PER_SECOND,
    TIME,
)
from bote.model.property_checks import checked_property
from bote.model.report import (
    AssertResult,
    BreakingPoint,
    ComponentResult,
    EdgeResult,
    FileReport,
    ValueResult,
)
from bote.model.resolve import MAX_ERROR_RATE, TOTAL_COST, Resolved, resolve
from bote.model.risks import WARNING, Risk
from bote.uncertainty.sampling import DEFAULT_SIZE_AT, Sampling

#: A node's value: a Quantity (a binding, property, load, capacity or path),
#: None for a capacity the component does not have, or a component's model
#: (its `("size", name)` node).
NodeValue: TypeAlias = "Quantity | ComponentModel | kinds.KindModel | costs.ComponentCost | Failures | dict | None"


def evaluate_program(program: nodes.Program, sampling: Sampling | None = None,
                     overrides: Overrides | None = None) -> FileReport:
    """Evaluate a parsed program: the file without its variants, or
    `variant`, with `overrides` (the `--set` what-ifs) in place of its own
    values. Without either, each variant is evaluated too, so that one that
    does not hold is reported. Raises `BoteError` with every problem found
    when the input is invalid."""
    if overrides:
        variant = overrides.variant
        program = variant_program(program, variant) if variant is not None else base_program(program)
        if overrides.options:
            program = _overridden(program, overrides)
        return _quantified(_evaluate(program, sampling), program, sampling)
    problems = check_variant_names(program)
    base = base_program(program)
    try:
        report = _quantified(_evaluate(base, sampling), base, sampling)
    except BoteError as e:
        raise BoteError(_sorted(problems + e.diagnostics)) from None
    for v in variants(program):
        try:
            _evaluate(variant_program(program, v.name), sampling)
        except BoteError as e:
            problems += e.diagnostics
    if problems:
        raise BoteError(_sorted(problems))
    return report


def _overridden(program: nodes.Program, overrides: Overrides) -> nodes.Program:
    extra = tuple(x for x in program.extra if x[0] != OVERRIDES) + ((OVERRIDES, overrides.source),)
    return apply(replace(program, extra=extra), overrides.parsed())


def _quantified(report: FileReport, program: nodes.Program, sampling: Sampling | None) -> FileReport:
    """The report with numbers in the remedies that have them, each from
    evaluating the program again with the remedy applied (`bote.model.remedies`)."""
    from bote.model.remedies import REMEDIES, SEARCHED, quantify
    if any(r.kind in REMEDIES or r.kind in SEARCHED for r in report.risks):
        quantify(report, lambda change: _evaluate(change(program) if callable(change) else
                                                  _overridden(program, change), sampling))
    return report


def _evaluate(program: nodes.Program, sampling: Sampling | None) -> FileReport:
    units = FileUnits(registry())
    diagnostics = declare_units(program, units)
    resolved = resolve(program, units)
    diagnostics += resolved.diagnostics
    run = _Run(resolved, sampling or Sampling())
    run.evaluate_nodes()
    diagnostics += run.diagnostics
    report = FileReport(program.filename, program.source, units)
    if not diagnostics:
        run.fill(report)
        diagnostics += run.diagnostics
        if run.sampler is not None:
            report.sampling = run.sampling
    if report.figure_builder is None:
        # The evaluator's callbacks are the run's own methods, a cycle that
        # would keep the tree and every value for the cyclic collector to
        # find; unless the report keeps the run (its figure graph), let go.
        del run.eval
    if diagnostics:
        raise BoteError(_sorted(diagnostics))
    return report


def _sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    unique = list(dict.fromkeys(diagnostics))
    return sorted(unique, key=lambda d: (d.span.line, d.span.column) if d.span else (0, 0))


class _Run:
    def __init__(self, resolved: Resolved, sampling: Sampling):
        self.r = resolved
        self.values: dict[NodeKey, NodeValue] = {}
        self.multipliers: dict[tuple[str, str, str], Quantity] = {}   # (source, target, flow) -> factor
        #: (source, target, flow) -> (requests per batch at the peak, at the
        #: average, the batch timeout or None), for each batched edge.
        self.batches: dict[tuple[str, str, str], tuple[Magnitude, Magnitude, Magnitude | None]] = {}
        #: (source, target, flow) -> the requests per second along the edge, at the peak.
        self.edge_loads: dict[tuple[str, str, str], Quantity] = {}
        #: The same at the average (a magnitude).
        self.edge_averages: dict[tuple[str, str, str], Magnitude] = {}
        #: The same before the caller retries the target's healthy errors, where it does.
        self.first_attempts: dict[tuple[str, str, str], Quantity] = {}
        self.averages: dict[str, Magnitude] = {}  # average arrival rate (magnitude) along the flow; load is the peak
        #: Each component's load (and average) by the flow that brings it.
        self.class_loads: dict[str, dict[str, Quantity]] = {}
        self.class_averages: dict[str, dict[str, Magnitude]] = {}
        self.mixed_service_times: dict[str, Magnitude] = {}   # the mix's mean, where flows set their own
        self.class_paths: dict[tuple[str, str], Magnitude] = {}   # (component, flow) -> its slowest path
        self.class_work: dict[tuple[str, str], Magnitude] = {}   # instance-seconds one request of a flow costs
        self.outgoing: dict[str, list[str]] = {}
        for target, edges in resolved.incoming.items():
            for edge in edges:
                self.outgoing.setdefault(edge.source, []).append(target)
        self.cold = False  # evaluating the cold-cache scenario: `misses` at cold_hit_rate
        self.diagnostics: list[Diagnostic] = []
        self.sampling = sampling
        self.sampler = None   # a `bote.uncertainty.samples.Sampler`, once a range is met
        self.current: NodeKey | None = None   # the node being evaluated
        self._currency: str | None = None
        self._headrooms: dict[str, object] = {}
        self._upstream: dict[tuple, frozenset] = {}
        self.eval = Evaluator(resolved.refs, resolved.units, self._lookup, self._sampler)

    def _sampler(self):
        if self.sampler is None:
            from bote.uncertainty.samples import Sampler
            self.sampler = Sampler(self.sampling.samples, self.sampling.seed)
        self.sampler.node = self.current
        return self.sampler

    # ---- nodes -----------------------------------------------------------------
    def evaluate_nodes(self) -> None:
        values, deps = self.values, self.r.deps
        for key in self.r.order:
            for d in deps[key]:
                if d not in values:
                    break  # a dependency failed and has said why
            else:
                self.eval.label = _label(key)
                self.current = key
                try:
                    values[key] = self._compute(key)
                except BoteError as e:
                    self.diagnostics.extend(e.diagnostics)
                except RecursionError:
                    self.diagnostics.append(Diagnostic("syntax", "expression nested too deeply",
                                                       self.r.spans[key], "split it into named steps"))

    def quantity(self, key: NodeKey) -> Quantity:
        """The value of a node that is a quantity: a binding, a property, a
        load, a path, a capacity the component has."""
        value = self.values[key]
        assert isinstance(value, Quantity), key
        return value

    def capacity(self, component: str) -> Quantity | None:
        value = self.values[("capacity", component)]
        assert value is None or isinstance(value, Quantity), component
        return value

    def model(self, component: str) -> ComponentModel | kinds.KindModel:
        """A component's `("size", name)` value: what its kind models."""
        value = self.values[("size", component)]
        assert isinstance(value, (ComponentModel, kinds.KindModel)), component
        return value

    def _lookup(self, ref: Ref) -> Quantity:
        if ref.kind == "node":
            key = ref.node
            if key[0] == "binding" or key[0] == "prop":
                # Most references: read as they are (what `quantity` below
                # does for them, without its check: both are Quantities).
                return self.values[key]  # type: ignore[return-value]
        if ref.kind == "default":
            return default_quantity(ref.name)  # the resolver refers only to a default that is a value
        if ref.kind == "misses":
            rate = "cold_hit_rate" if self.cold else "hit_rate"
            hit = required(self._magnitude(ref.name, rate))
            return Quantity(1 - hit, (), PERCENT)
        key = ref.node
        if key[0] == "cost":
            assert ref.figure in COST_FIGURES
            part = self.cost(key[1]).part(ref.figure)
            assert part is not None  # the resolver refers only to a part the component has a price for
            return self.per_month(part)
        if key[0] == "failure":
            assert ref.figure is not None
            return failure_figure(self.values[key], ref.figure, self.quantity(("load", key[1])))
        if key[0] == "size":
            assert ref.figure is not None  # a reference to a sized figure names it
            kind = self.r.components[key[1]].kind
            if ref.figure == "headroom":
                return headroom_quantity(self.headroom(key[1]))
            return kind.figure(self.model(key[1]), ref.figure)
        value = self.quantity(key)
        if ref.flow_class is not None:   # `gateway.load[rides]`
            flow_part = self.class_loads[key[1]][ref.flow_class]
            if ref.figure == "average_load":
                return Quantity(self.class_averages[key[1]][ref.flow_class], flow_part.dims, flow_part.unit)
            return flow_part
        if ref.figure == "average_load":
            return Quantity(self.averages[key[1]], value.dims, value.unit)
        return value

    def _magnitude(self, component: str, name: str) -> Magnitude | None:
        """A property's value as set, else its default; None when neither."""
        key = ("prop", component, name)
        if key in self.values:
            return self.quantity(key).magnitude
        default = PROPERTIES[name].default
        return default.magnitude if isinstance(default, Quantity) else None

    def _compute(self, key: NodeKey) -> NodeValue:
        kind = key[0]
        if kind == "binding":
            q = self.eval.quantity(self.r.bindings[key[1]].expr)
            if key[1] == "size_at":
                _check_size_at(q, self.r.bindings["size_at"].expr.span)
            if key[1] == MAX_ERROR_RATE and self.r.components:
                _check_error_budget(q, self.r.bindings[MAX_ERROR_RATE].expr.span)
            return q
        if kind == "prop":
            return self._property(key[1], key[2])
        if kind == "load":
            return self._load(key[1])
        if kind == "capacity":
            return self._mixed_capacity(key[1], self._capacity(key[1]))
        if kind == "path":
            return self._path(key[1])
        if kind == "cost":
            return self._cost(key[1])
        if kind == TOTAL_COST:
            return self.per_month(costs.total(self.cost(c).total for c in self.r.components
                                              if ("cost", c) in self.values))
        if kind == "failures":
            from bote.model.failure_solver import solve
            try:
                return solve(self)
            except QuantityError as e:
                raise BoteError.at(e.kind, e.message, self.r.spans[key], e.hint) from None
        if kind == "failure":
            solved = self.values[("failures",)]
            assert isinstance(solved, dict)
            return solved[key[1]]
        return self._size(key[1])

    def headroom(self, component: str):
        """The component's first limit as the traffic grows (`Kind.headroom`),
        worked out once: the report, asserts and the figure graph read it
        (a latency limit is a bisection)."""
        if component not in self._headrooms:
            self._headrooms[component] = self.r.components[component].kind.headroom(self.model(component))
        return self._headrooms[component]

    def cost(self, component: str) -> costs.ComponentCost:
        value = self.values[("cost", component)]
        assert isinstance(value, costs.ComponentCost), component
        return value

    def per_month(self, magnitude: Magnitude) -> Quantity:
        """Money per second, shown per month in the file's currency."""
        return Quantity(checked(magnitude), MONEY_RATE, ((self.currency(), 1), ("month", -1)))

    def currency(self) -> str:
        """The file's currency: the one its first price is written in (USD
        when a file defines a currency of its own and prices in it, its
        costs read in it too)."""
        if self._currency is None:
            self._currency = "USD"
            for component, info in self.r.components.items():
                for name in (p for p in info.properties if p in PRICES):
                    key = ("prop", component, name)
                    if key not in self.values:
                        continue
                    found = [n for n, _ in self.quantity(key).unit
                             if self.r.units.info(n).dims == (("currency", 1),)]
                    if found:
                        self._currency = found[0]
                        return self._currency
        return self._currency

    def _cost(self, component: str) -> costs.ComponentCost:
        """What a component costs per second: its instances at `price` (a
        third party's average load, per request), its data at
        `storage_price`, the bytes it sends at `egress_price`."""
        info = self.r.components[component]
        props, kind = info.properties, info.kind
        prop = partial(self._magnitude, component)
        compute = storage = egress = None
        average = self.averages[component]
        if "price" in props:
            if kind.priced_per_request:
                compute = costs.calls_cost(average, required(prop("price")))
            else:
                sizing, _, _ = kind.parts(self.model(component))
                assert sizing is not None  # a price per instance is only accepted where bote sizes
                compute = costs.compute_cost(sizing.instances, required(prop("price")))
        if "storage_price" in props:
            storage = costs.storage_cost(required(prop("data")), required(prop("storage_price")),
                                         int(required(prop("replication"))))
        if "egress_price" in props:
            egress = costs.egress_cost(average, required(self._per_request(component, "response_size", average=True)),
                                       required(prop("egress_price")))
        month = self.r.units.info("month").factor
        try:
            found = costs.ComponentCost(*(None if part is None else checked(part) for part in (compute, storage, egress)))
            checked(found.total * (float(month) if is_sampled(found.total) else month))  # shown per month
        except QuantityError as e:
            raise BoteError.at(e.kind, f"the cost of {component} is out of range: {e.message}", info.node.name_span,
                               e.hint) from None
        return found

    def _property(self, component: str, name: str) -> Quantity:
        info = self.r.components[component]
        if name in info.class_properties:   # `service_time[pings]`
            name, _, prop = info.class_properties[name]
        else:
            prop = info.properties[name]
        q = self.eval.quantity(prop.expr, f"a value for `{name}`")
        return checked_property(component, prop, q, self.r.units, self.r.program, info.kind.spec(name))

    def _load(self, component: str) -> Quantity:
        """The peak arrival rate (what sizing uses); the average goes to
        `self.averages` beside it, and each flow's part of both to
        `self.class_loads` and `self.class_averages`."""
        load = self._own_load(component)
        if load is not None:
            # A source: each flow that starts here starts with all of it (its
            # edges' multipliers say what share goes where).
            started = self.r.started.get(component, ())
            self.class_loads[component] = {c: load for c in started}
            self.class_averages[component] = {c: self.averages[component] for c in started}
            return load
        info = self.r.components[component]
        total: Quantity | None = None
        average: Magnitude = 0
        parts: dict[str, Quantity] = {}
        part_averages: dict[str, Magnitude] = {}
        for edge in self.r.incoming[component]:
            flow_class = edge.flow_class
            carried = self.class_loads[edge.source][flow_class]
            source_average = self.class_averages[edge.source][flow_class]
            if self.r.components[edge.source].kind.smooths_peak and not info.kind.smooths_peak:
                # A queue smooths the peak: its consumers get the average.
                # (A queue behind a queue gets the peak: the first passes
                # messages on as they come, and the second absorbs the burst.)
                carried = Quantity(source_average, carried.dims, carried.unit)
            if edge.multiplier is not None:
                factor = self._multiplier(edge)
                try:
                    carried = mul(carried, factor)
                except QuantityError as e:
                    raise BoteError.at(e.kind, e.message, edge.multiplier.span, e.hint) from None
                self.multipliers[(edge.source, edge.target, flow_class)] = factor
                source_average, scale = aligned(source_average, factor.magnitude)
                source_average = source_average * scale
            batch = self._batch_of(edge)
            if batch is not None:
                # One request to the target carries `size` of the source's (`bote.model.batching`).
                k, timeout = batch
                size = batching.batch_size(k, carried.magnitude, timeout)
                average_size = batching.batch_size(k, source_average, timeout)
                self.batches[(edge.source, edge.target, flow_class)] = (size, average_size, timeout)
                carried = Quantity(checked(batching.batched_rate(carried.magnitude, size)), carried.dims,
                                   carried.unit)
                source_average = batching.batched_rate(source_average, average_size)
            again = self._healthy_retries(edge)
            if again is not None:
                # Each healthy error (`error_rate`) is tried again: load the target serves.
                self.first_attempts[(edge.source, edge.target, flow_class)] = carried
                c, again_ = aligned(carried.magnitude, again)
                carried = Quantity(checked(c * again_), carried.dims, carried.unit)
                source_average, again_ = aligned(source_average, again)
                source_average = source_average * again_
            self.edge_loads[(edge.source, edge.target, flow_class)] = carried
            self.edge_averages[(edge.source, edge.target, flow_class)] = source_average
            average, source_average = aligned(average, source_average)
            average = average + source_average
            part_average = part_averages.get(flow_class, 0)
            part_average, source_average = aligned(part_average, source_average)
            part_averages[flow_class] = part_average + source_average
            total = self._added(total, carried, info)
            parts[flow_class] = self._added(parts.get(flow_class), carried, info)
        self.averages[component] = average
        self.class_loads[component] = parts
        self.class_averages[component] = part_averages
        assert total is not None  # there is an edge into it
        return total

    def _own_load(self, component: str) -> Quantity | None:
        """A load the component has of its own: what its kind sends (clients),
        a `load` set by hand, polling `clients`, or the assumed default when
        nothing feeds it; None when the flow brings it."""
        info = self.r.components[component]
        sent = info.kind.source_load(info, partial(self._magnitude, component))
        if sent is not None:
            try:
                average, peak = checked(sent[0]), checked(sent[1])
            except QuantityError as e:   # `count = 1e300` clients, each at `rate = 1e300 per day`
                raise BoteError.at(e.kind, f"the load {component} sends is out of range: {e.message}",
                                   info.node.name_span, e.hint) from None
            self.averages[component] = average
            # What each client sends is what the flow carries (`rate = 2 msg/min`).
            rate = self.quantity(("prop", component, "rate")) if ("prop", component, "rate") in self.values else None
            return Quantity(peak, RATE,
                            REQUESTS_PER_SECOND if rate is None else per_second(rate.unit, self.r.units))
        if "load" in info.properties:
            load = self.quantity(("prop", component, "load"))
            self.averages[component] = load.magnitude
            return load
        if "clients" in info.properties:
            average, peak = cap.polling_load(required(self._magnitude(component, "clients")),
                                             required(self._magnitude(component, "poll_interval")),
                                             required(self._magnitude(component, "jitter")))
            self.averages[component] = average
            return Quantity(checked(peak), RATE, REQUESTS_PER_SECOND)
        if not self.r.incoming.get(component):
            self.averages[component] = ASSUMED_LOAD.magnitude
            return ASSUMED_LOAD
        return None

    def _multiplier(self, edge: nodes.Edge) -> Quantity:
        assert edge.multiplier is not None
        factor = self.eval.quantity(edge.multiplier, "a multiplier")
        if factor.dims:
            raise BoteError.at("dimension", f"an edge multiplier must be dimensionless, found "
                               f"{describe_dims(factor.dims)}", edge.multiplier.span,
                               "e.g. `* 3` for fan-out or `* 10%` for cache misses")
        if (factor.magnitude < 0).any() if is_sampled(factor.magnitude) else factor.magnitude < 0:
            raise BoteError.at("value", "an edge multiplier cannot be negative", edge.multiplier.span)
        return factor

    def _batch_of(self, edge: nodes.Edge) -> tuple[Magnitude, Magnitude | None] | None:
        """(requests per batch, the source's batch_timeout or None) of a
        batched edge: its own `batch k`, else its source's `batch` property;
        None when it does not batch."""
        if edge.batch is not None:
            k = self.eval.quantity(edge.batch, "a batch size")
            _check_batch(k, edge.batch.span)
            size: Magnitude = k.magnitude
        else:
            found = self._magnitude(edge.source, "batch")
            if found is None:
                return None
            size = found
        return size, self._magnitude(edge.source, "batch_timeout")

    def _healthy_retries(self, edge: nodes.Edge) -> Magnitude | None:
        """Attempts per first attempt when the caller retries the target's
        `error_rate`: 1 + e + … + e^retries (`bote.model.retries`); None
        when it does not retry or the target does not fail."""
        retries = self._magnitude(edge.source, "retries")
        error_rate = self._magnitude(edge.target, "error_rate")
        if not retries or error_rate is None or (not is_sampled(error_rate) and not error_rate) \
                or self.r.components[edge.source].kind.ends_synchronous_path:
            return None
        return retrying.retry_factor(error_rate, retries)

    def retried_healthy(self, edge: nodes.Edge) -> bool:
        """Whether an edge's load counts its caller's retries of the target's `error_rate`."""
        return self._healthy_retries(edge) is not None

    def items_per_request(self, component: str, average: bool = False) -> Magnitude | None:
        """`batching.items_per_request` over a component's edges in, at the
        peak's batch sizes or (`average`) the average's, shorter behind a
        `batch_timeout`; None when none of them batches."""
        edges = [(e.source, component, e.flow_class) for e in self.r.incoming.get(component, ())]
        if not any(key in self.batches for key in edges):
            return None
        return batching.items_per_request(
            [self.edge_averages[key] if average else self.edge_loads[key].magnitude for key in edges],
            [(self.batches[key][1] if average else self.batches[key][0]) if key in self.batches else Fraction(1)
             for key in edges])

    def _per_request(self, component: str, name: str, average: bool = False) -> Magnitude | None:
        """A property as one request to the component has it: `message_size`
        and `response_size` times the items a batched request carries."""
        value = self._magnitude(component, name)
        items = self.items_per_request(component, average) if name in ("message_size", "response_size") else None
        if value is None or items is None:
            return value
        value, items = aligned(value, items)
        return value * items

    def magnitude_of(self, component: str):
        """`prop(name)`: a property's magnitude as set, else its default, else None."""
        return partial(self._magnitude, component)

    def _added(self, total: Quantity | None, carried: Quantity, info) -> Quantity:
        """Two arrival rates added: photos and views add up to requests, not
        to photos."""
        try:
            if total is not None and per_second(total.unit, self.r.units) != per_second(carried.unit, self.r.units):
                total = Quantity(total.magnitude, total.dims, REQUESTS_PER_SECOND)
            return carried if total is None else add(total, carried)
        except QuantityError as e:
            raise BoteError.at(e.kind, e.message, info.node.name_span, e.hint) from None

    def multiplier(self, source: str, target: str, flow_class: str | None = None) -> Magnitude:
        """What one request to `source` sends to `target` in a flow; without
        a flow, the most any flow sends (an edge `* 0` in every flow sends
        nothing)."""
        one: Magnitude = Fraction(1)
        if flow_class is not None:
            found = self.multipliers.get((source, target, flow_class))
            return one if found is None else found.magnitude
        factors = [self.multipliers[(source, target, e.flow_class)].magnitude
                   if (source, target, e.flow_class) in self.multipliers else one
                   for e in self.r.incoming.get(target, ()) if e.source == source]
        if not factors:
            return one
        most = factors[0]
        for f in factors[1:]:
            if is_sampled(most) or is_sampled(f):
                import numpy as np
                most = np.maximum(np.asarray(most, dtype=float), np.asarray(f, dtype=float))
            else:
                most = max(most, f)
        return most

    def _capacity(self, component: str) -> Quantity | None:
        info = self.r.components[component]
        props = info.properties
        fixed = info.kind.fixed_capacity(info, lambda p: self.quantity(("prop", component, p)))
        if fixed is not None:
            return fixed  # a third party's rate limit, shown beside the load
        if not info.kind.sized(info):
            return None
        if "capacity" in props:
            return self.quantity(("prop", component, "capacity"))
        if "service_time" not in props:
            raise BoteError.at("property", f"component {component} has no capacity", info.node.name_span,
                               "set `capacity` (requests per second per instance), or `service_time` "
                               "(and `workers`)")
        workers = self.quantity(("prop", component, "workers")) if "workers" in props else default_quantity("workers")
        service_time = self.quantity(("prop", component, "service_time"))
        try:
            per_instance = checked(cap.capacity_per_instance(workers.magnitude, service_time.magnitude))
        except QuantityError as e:
            raise BoteError.at(e.kind, e.message, info.node.name_span, e.hint) from None
        return Quantity(per_instance, RATE, REQUESTS_PER_SECOND)

    def _mixed_capacity(self, component: str, own: Quantity | None) -> Quantity | None:
        """The per-instance capacity of the mix of flows through a component
        whose flows set their own per-request cost (`traffic_classes`); the
        mix's mean service time goes to `self.mixed_service_times`."""
        info = self.r.components[component]
        if own is None or not any(name in traffic.PER_REQUEST_COST for name, _, _ in info.class_properties.values()):
            return own
        workers = required(self._magnitude(component, "workers"))
        service_time = self._magnitude(component, "service_time") if "service_time" in info.properties else None
        base = traffic.per_request_work(service_time, own.magnitude, workers)
        parts = {c: q.magnitude for c, q in self.class_loads[component].items()}
        work = {c: base for c in parts}
        for key, (name, flow_class, _) in info.class_properties.items():
            if name not in traffic.PER_REQUEST_COST:
                continue  # `write_share[votes]`: what share writes, not what a request costs
            value = self.quantity(("prop", component, key)).magnitude
            work[flow_class] = traffic.per_request_work(value if name == "service_time" else None,
                                                        value if name == "capacity" else None, workers)
        mixed = traffic.mixed_work(traffic.shares(parts, self.quantity(("load", component)).magnitude), work)
        self.class_work.update(((component, c), w) for c, w in work.items())
        try:
            if "service_time" in info.properties:
                self.mixed_service_times[component] = checked(product(mixed, workers))
            return Quantity(checked(1 / mixed), RATE, REQUESTS_PER_SECOND)
        except (QuantityError, ZeroDivisionError):
            raise BoteError.at("value", f"the mix of flows through {component} costs nothing per request",
                               info.node.name_span, "give each flow a service time above zero") from None

    def _size_at(self, component: str):
        if ("prop", component, "size_at") in self.values:
            return self.quantity(("prop", component, "size_at")).magnitude
        if ("binding", "size_at") in self.values:
            return self.quantity(("binding", "size_at")).magnitude
        return DEFAULT_SIZE_AT

    def _size(self, component: str) -> ComponentModel | kinds.KindModel:
        """The kind models the component: a request server through the core
        (`_server`); a queue from the consumers behind it (sized before it)."""
        info = self.r.components[component]
        load = self.quantity(("load", component)).magnitude
        inputs = kinds.SizingInputs(info, partial(self._per_request, component), load, self.averages[component],
                                    partial(self._drainers, component), partial(self._server, component, load))
        try:
            return info.kind.model(inputs)
        except QuantityError as e:
            raise BoteError.at(e.kind, e.message, info.node.name_span, e.hint) from None

    def _drainers(self, queue: str) -> list[tuple]:
        """(requests one message of `queue` puts on it, its model, its kind) for every
        component its messages reach synchronously: the consumers, and what
        they call (a consumer cannot drain faster than its database takes
        the writes). Each path's multipliers multiply; paths that meet add
        up. The slowest sets the queue's drain rate (`kinds.queue`)."""
        reached = set(kinds.synchronous_below(queue, self.outgoing, self.r.components))
        shares = self._class_shares(queue)
        per_message: dict[tuple[str, str], Magnitude] = {}   # (component, flow) -> requests per message
        for key in self.r.order:   # loads come in flow order: callers before callees
            if key[0] != "load" or key[1] not in reached:
                continue
            name = key[1]
            for edge in self.r.incoming.get(name, ()):
                source, flow_class = edge.source, edge.flow_class
                carried: Magnitude
                if source == queue:
                    if flow_class not in shares:
                        continue
                    carried = shares[flow_class]
                elif (source, flow_class) in per_message and \
                        not self.r.components[source].kind.ends_synchronous_path:
                    carried = per_message[(source, flow_class)]
                else:
                    continue  # traffic from elsewhere: not this queue's messages
                factor = self.multiplier(source, name, flow_class)
                carried, factor = aligned(carried, factor)
                carried = carried * factor
                before = per_message.get((name, flow_class))
                per_message[(name, flow_class)] = carried if before is None else sum(aligned(before, carried))
        totals: dict[str, Magnitude] = {}
        for (name, _), factor in per_message.items():
            totals[name] = factor if name not in totals else sum(aligned(totals[name], factor))
        return [(factor, self.model(name), self.r.components[name].kind) for name, factor in totals.items()]

    def _class_shares(self, component: str) -> dict[str, Magnitude]:
        """Each flow's share of a component's messages (its average load)."""
        parts = self.class_averages.get(component, {})
        return traffic.shares(parts, self.averages[component]) if parts else {}

    def _server(self, component: str, load, **held) -> ComponentModel:
        info = self.r.components[component]
        prop = partial(self._magnitude, component)
        instances = prop("instances")
        try:
            model = model_component(
                load=load,
                capacity=self.quantity(("capacity", component)).magnitude,
                max_utilization=required(prop("max_utilization")), redundancy=int(required(prop("redundancy"))),
                scaling=info.choices.get("scaling", "horizontal"),
                instances=None if instances is None else int(instances),
                workers=required(prop("workers")),
                service_time=self.mixed_service_times.get(component, prop("service_time")),
                memory=prop("memory"), working_set=held.get("working_set", prop("working_set")),
                storage=prop("storage"), data=held.get("data", prop("data")),
                latency_target=prop("latency_target"), latency_percentile=prop("latency_percentile"),
                connections=prop("connections"), max_connections=prop("max_connections"),
                data_growth=prop("data_growth"), storage_horizon=prop("storage_horizon"),
                size_at=self._size_at(component), max_fill=required(prop("max_fill")), retention=prop("retention"),
                replication=int(required(prop("replication"))), write_share=self._write_share(component, load),
                hot_key_share=prop("hot_key_share"), lock_time=prop("lock_time"),
                write_share_mixed=self._write_share_mixed(component))
        except QuantityError as e:
            raise BoteError.at(e.kind, e.message, info.node.name_span, e.hint) from None
        if "latency_target" in info.properties and model.workers is None:
            raise BoteError.at("property", f"the latency model of {component} needs a whole number of `workers`",
                               info.properties["workers"].name_span, "each worker is one server of the queue")
        return model

    def _write_share_mixed(self, component: str) -> bool:
        """Whether some flow sets its own `write_share` here."""
        return any(name == "write_share" for name, _, _ in self.r.components[component].class_properties.values())

    def _write_share(self, component: str, load) -> Magnitude:
        """The share of a component's load that writes: its `write_share`
        (100% by default: every request writes); where flows set their own
        (`write_share[votes] = 100%`), the load-weighted mix of theirs, a
        flow that sets none taking the component's `write_share` if set,
        else 0% (naming the flows that write says the others read)."""
        own = self._magnitude(component, "write_share")
        if not self._write_share_mixed(component):
            return required(own)
        info = self.r.components[component]
        rest: Magnitude = required(own) if "write_share" in info.properties else Fraction(0)
        parts = {c: q.magnitude for c, q in self.class_loads[component].items()}
        shares: dict[str, Magnitude] = {c: rest for c in parts}
        for key, (name, flow_class, _) in info.class_properties.items():
            if name == "write_share":
                shares[flow_class] = self.quantity(("prop", component, key)).magnitude
        return locks.mixed_write_share(parts, shares, load)

    def _path(self, component: str) -> Quantity:
        """The mean latency of the slowest synchronous path from here: its own
        mean response plus the slowest component it calls (not through a
        queue: a queue ends the path).  An edge `* 0` sends no request, so
        its callee does not count (sample by sample with ranges).  Each flow
        follows its own edges, with its own service time where it sets one
        (the wait in the queue is the mix's; `self.class_paths`); the node's
        value is the slowest of them."""
        info = self.r.components[component]
        model = self.model(component)
        own = info.kind.own_latency(model)
        flows = self._flows_at(component)
        slowest: list = []
        for flow_class in flows:
            callees: list = []
            if not info.kind.ends_synchronous_path:
                for callee in self.outgoing.get(component, ()):
                    if (callee, flow_class) not in self.class_paths:
                        continue   # this flow does not go there
                    latency = as_float(self.class_paths[(callee, flow_class)])
                    batched = self.batches.get((component, callee, flow_class))
                    if batched is not None:
                        # A request waits for its batch to leave, then for the callee.
                        latency = as_float(batching.fill_time(batched[0], self._sent(component, callee, flow_class),
                                                              batched[2])) + latency
                    factor = self.multiplier(component, callee, flow_class)
                    if is_sampled(factor):
                        import numpy as np
                        latency = np.where(factor > 0, latency, 0.0)
                    elif not factor:
                        continue
                    callees.append(latency)
            path = queues.end_to_end(self.own_latency_in(component, flow_class, own), callees)
            self.class_paths[(component, flow_class)] = path
            slowest.append(path)
        if not flows:
            slowest.append(queues.end_to_end(own, []))
        return Quantity(queues.end_to_end(0.0, slowest), TIME, (("second", 1),))

    def _sent(self, source: str, target: str, flow_class: str) -> Magnitude:
        """The requests per second of `source` along an edge, before
        batching: what fills its batches."""
        carried = self.edge_loads[(source, target, flow_class)].magnitude
        size = self.batches[(source, target, flow_class)][0]
        c, k = aligned(carried, size)
        return c * k

    def _flows_at(self, component: str) -> list[str]:
        """The flows whose requests reach a component (or start at it)."""
        parts = self.class_loads.get(component, {})
        return list(parts) if parts else list(self.r.started.get(component, ()))

    def own_latency_in(self, component: str, flow_class: str, own: Magnitude) -> Magnitude:
        """Its own mean response to one flow's request: the mix's, with this
        flow's service time in place of the mix's mean (response = wait +
        service, and the wait is shared)."""
        mixed = self.mixed_service_times.get(component)
        if mixed is None:
            return own
        workers = required(self._magnitude(component, "workers"))
        return own - as_float(mixed) + as_float(product(self.class_work[(component, flow_class)], workers))

    # ---- the report ----------------------------------------------------------------
    def fill(self, report: FileReport) -> None:
        for name, b in self.r.bindings.items():
            q = self.quantity(("binding", name))
            fixed = isinstance(b.expr, nodes.Convert)
            report.values.append(ValueResult(name, q.in_file(report.evaluated_units, fixed), fixed, b.name_span))
        shown = {v.name: v for v in report.values}
        report.risks.extend(label_not_binding(trap, shown[trap.binding], self.r.units) for trap in self.r.label_traps)
        cold = self._cold_loads()
        for name, info in self.r.components.items():
            model = self.model(name)
            props = info.properties
            kind = info.kind
            assumed = "load" not in props and "clients" not in props and not self.r.incoming.get(name) \
                and not kind.is_source
            sizing, server, kind_model = kind.parts(model)
            size_at = sizing.size_at if sizing is not None else self._size_at(name)
            inputs = kinds.RiskInputs(info, partial(self._magnitude, name), assumed, cold.get(name), size_at,
                                      self.rate_text(name))
            failures = self.values.get(("failure", name))
            assert failures is None or isinstance(failures, Failures)
            risks = tuple(self._with_sensitivity([*kind.risks(model, inputs), *self._failure_risks(name, failures)]))
            report.components.append(ComponentResult(
                name, info.node.name_span, *self._shown(report, name), sizing, assumed, risks, server,
                cold.get(name), kind=kind.name, kind_model=kind_model,
                average_load=self.averages[name], end_to_end=as_float(self.quantity(("path", name)).magnitude),
                properties={p: (info.choices.get(p) or self.quantity(("prop", name, p)), prop.name_span.line)
                            for p, prop in props.items()},
                cost=self._cost_figures(name, report.evaluated_units), headroom=self.headroom(name),
                loads=self._class_loads_shown(report, name), failures=failures))
            report.risks.extend(risks)
        if self.r.has_classes:
            report.flows = tuple(self.r.flows)
            report.risks.extend(self._unsized_flows())
        report.breaking_point = self._breaking_point(report)
        if (TOTAL_COST,) in self.values:
            report.total_cost = self.quantity((TOTAL_COST,)).in_file(report.evaluated_units, True)
        for target, edges in self.r.incoming.items():
            for edge in edges:
                key = (edge.source, target, edge.flow_class)
                factor = self.multipliers.get(key, Quantity(Fraction(1)))
                batched = self.batches.get(key)
                report.edges.append(EdgeResult(edge.source, target, factor, edge.target_span, edge.flow_class,
                                               self.edge_loads.get(key), None if batched is None else batched[0]))
        report.edges.sort(key=lambda e: (e.span.line, e.span.column))
        report.risks.extend(self._cache_edges_carrying_hits(report.evaluated_units))
        if figure_graphs_kept():
            report.figure_builder = partial(_figure_graph, self, report.units)
        for a, deps in zip(self.r.asserts, self.r.assert_deps):
            if any(d not in self.values for d in deps):
                continue
            try:
                passed = self.eval.truth(a.expr)
            except BoteError as e:
                self.diagnostics.extend(e.diagnostics)
                continue
            except RecursionError:
                self.diagnostics.append(Diagnostic("syntax", "expression nested too deeply", a.span,
                                                   "split it into named steps"))
                continue
            message = "" if passed else f"assert failed: {a.text}" + _operands_text(a.expr, self.eval, self.r)
            report.asserts.append(AssertResult(a.text, passed, a.span, message))

    def _cache_edges_carrying_hits(self, units) -> list[Risk]:
        """An edge out of a component with a `hit_rate`, written with no
        multiplier (`bote.model.file_findings.cache_edges_carrying_hits`)."""
        hit_rates = {name: self.quantity(("prop", name, "hit_rate")) for name, info in self.r.components.items()
                     if "hit_rate" in info.properties and ("prop", name, "hit_rate") in self.values}
        if not hit_rates:
            return []
        edges = [(edge, self.edge_loads.get((edge.source, target, edge.flow_class)))
                 for target, into in self.r.incoming.items() for edge in into if edge.source in hit_rates]
        return cache_edges_carrying_hits(edges, hit_rates, units)

    def _failure_risks(self, name: str, failures) -> list[Risk]:
        """A retry storm, an error budget spent, timeouts (`bote.model.failure_risks`)."""
        if failures is None:
            return []
        from bote.model.failure_risks import component_risks
        return component_risks(self, name, failures)

    def _class_loads_shown(self, report: FileReport, name: str) -> dict[str, Quantity] | None:
        """Each flow's part of a component's load, in a file that names them."""
        parts = self.class_loads.get(name)
        if not self.r.has_classes or not parts:
            return None
        order = list(self.r.flows)
        return {c: parts[c].in_file(report.evaluated_units) for c in sorted(parts, key=order.index)}

    def _unsized_flows(self) -> list[Risk]:
        """A flow none of whose components bote sizes or limits: its traffic
        is counted nowhere (most likely a chain left unfinished)."""
        found = []
        for flow_class, span in self.r.flows.items():
            through = self.r.through(flow_class)
            if any(self.capacity(n) is not None for n in through):
                continue
            found.append(Risk(None, "unsized-flow", WARNING,
                              f"flow {flow_class} reaches no component with a capacity "
                              f"({', '.join(through)}): bote sizes nothing for its traffic",
                              "add the component that serves its requests to the chain, or give one of these a "
                              "`capacity` or `service_time`", span))
        return found

    def _breaking_point(self, report: FileReport) -> BreakingPoint | None:
        """The component whose headroom is least: with ranges, scenario by
        scenario (the one named is the one that breaks first most often)."""
        found = [(c.name, c.headroom) for c in report.components if c.headroom is not None]
        if not found:
            return None
        entering = self._entering()
        multiplier, which = lowest([h.multiplier for _, h in found])
        name, fails_by = found[which][0], found[which][1].fails_by
        at, scale = aligned(entering.magnitude, multiplier)
        return BreakingPoint(multiplier, name, fails_by,
                             Quantity(at * scale, entering.dims, entering.unit).in_file(report.evaluated_units))

    def _entering(self) -> Quantity:
        """The traffic entering the system: the sum of the sources' loads
        (clients, loads set by hand, the assumed default)."""
        total: Magnitude = 0
        for name in self.r.components:
            if self.enters(name):
                total, load = aligned(total, self.quantity(("load", name)).magnitude)
                total = total + load
        return Quantity(total, RATE, REQUESTS_PER_SECOND)

    def load_of_its_own(self, name: str) -> bool:
        """Whether a component's load is its own, not the flow's: a source
        kind, a `load` or polling `clients` it sets, or nothing feeding it."""
        info = self.r.components[name]
        props = info.properties
        return info.kind.is_source or "load" in props or "clients" in props or not self.r.incoming.get(name)

    def enters(self, name: str) -> bool:
        """Whether a component's load enters the system: a load of its own
        that no other component's load decides (`load = api.load * 50%` is
        the api's traffic again, not more of it)."""
        if not self.load_of_its_own(name):
            return False
        return not any(k[0] in ("load", "size", "capacity", "path") and k[1] != name
                       for k in self.upstream(("load", name)))

    def _cost_figures(self, name: str, units: FileUnits) -> dict[str, Quantity] | None:
        if ("cost", name) not in self.values:
            return None
        c = self.cost(name)
        return {figure: self.per_month(part).in_file(units, True) for figure in COST_FIGURES
                if (part := c.part(figure)) is not None}

    def _shown(self, report: FileReport, name: str) -> tuple[Quantity, Quantity | None]:
        """A component's load and capacity, shown as its file shows them
        (`str(component.load)` in the Python API)."""
        load, capacity = self.quantity(("load", name)), self.capacity(name)
        units = report.evaluated_units
        return load.in_file(units), None if capacity is None else capacity.in_file(units)

    def rate_text(self, component: str) -> str:
        """`transfer/s`: the unit the component's load is shown in."""
        return format_unit(per_second(self.quantity(("load", component)).unit, self.r.units), self.r.units, short=True)

    def _with_sensitivity(self, risks):
        """Each risk on an uncertain figure names the inputs that drive it,
        among those its component depends on."""
        for risk in risks:
            if self.sampler is not None and is_sampled(risk.driver):
                among = self.upstream(("size", risk.component))
                risk = replace(risk, sensitivity=tuple(self.sampler.sensitivity(risk.driver, among)))
            yield risk

    def upstream(self, key: tuple) -> frozenset:
        """Every node `key` depends on, directly or not, and itself."""
        if key not in self._upstream:
            seen, stack = {key}, [key]
            while stack:
                for d in self.r.deps.get(stack.pop(), ()):
                    if d not in seen and isinstance(d, tuple):
                        seen.add(d)
                        stack.append(d)
            self._upstream[key] = frozenset(seen)
        return self._upstream[key]

    def _cold_loads(self) -> dict[str, Magnitude]:
        """Each component's load with every cache cold: `misses` edges carry
        1 - cold_hit_rate of their source instead of 1 - hit_rate. Empty when
        no edge uses `misses`."""
        if not any(ref.kind == "misses" for ref in self.r.refs.values()):
            return {}
        loads: dict[str, Magnitude] = {}
        parts: dict[tuple[str, str], Any] = {}   # (component, flow) -> its cold load (a float or an array)
        self.cold = True
        try:
            for key in self.r.order:
                if key[0] != "load":
                    continue
                name = key[1]
                edges = self.r.incoming.get(name)
                if not edges:
                    loads[name] = as_float(self.quantity(key).magnitude)
                    for flow_class in self.r.started.get(name, ()):
                        parts[(name, flow_class)] = loads[name]
                    continue
                for e in edges:
                    carried = self._cold_carried(e.source, e.flow_class, parts) * (
                        1.0 if e.multiplier is None else as_float(self.eval.quantity(e.multiplier).magnitude))
                    batch = self._batch_of(e)
                    if batch is not None:   # batched as when warm, at the cold rate
                        k, timeout = batch
                        carried = as_float(batching.batched_rate(carried, batching.batch_size(k, carried, timeout)))
                    again = self._healthy_retries(e)
                    if again is not None:   # retried as when warm
                        carried = carried * as_float(again)
                    part = (name, e.flow_class)
                    parts[part] = carried if part not in parts else parts[part] + carried
                loads[name] = sum(parts[(name, c)] for c in dict.fromkeys(e.flow_class for e in edges))
        finally:
            self.cold = False
        return loads

    def _cold_carried(self, source: str, flow_class: str, parts: dict[tuple[str, str], Magnitude]) -> Magnitude:
        """What a source sends on in one flow when cold: a queue passes on its
        average (scaled like its cold peak)."""
        cold = parts[(source, flow_class)]
        if not self.r.components[source].kind.smooths_peak:
            return cold
        peak = as_float(self.class_loads[source][flow_class].magnitude)
        average = as_float(self.class_averages[source][flow_class])
        if is_sampled(peak) or is_sampled(average) or is_sampled(cold):
            import numpy as np
            with np.errstate(divide="ignore", invalid="ignore"):
                return np.where(peak > 0, cold * average / np.where(peak > 0, peak, 1.0), 0.0)
        return cold * average / peak if peak else 0.0


def headroom_quantity(found) -> Quantity:
    """`component.headroom`: a plain multiplier (infinite when traffic never breaks it)."""
    return Quantity(math.inf if found is None else found.multiplier)


def _operands_text(expr, evaluator, resolved) -> str:
    # A failed assert's operands, in its units: imported only when one fails.
    from bote.model.assert_messages import operands_text
    return operands_text(expr, evaluator, resolved)


def _figure_graph(run: _Run, units):
    # Imported when first asked for: `bote check` never builds the graph.
    from bote.model.figure_graph import build
    return build(run, units)


def _label(key: tuple) -> str:
    """What a distribution defined while evaluating `key` is called in the
    sensitivity ranking: its binding, or `component.property`."""
    if key[0] == "binding":
        return key[1]
    if key[0] == "prop":
        return f"{key[1]}.{key[2]}"
    if key[0] in (TOTAL_COST, "failures"):
        return key[0]
    return f"the flow into {key[1]}"


def _check_batch(q: Quantity, span) -> None:
    """An edge's `batch k`: a whole number of requests, at least 1 (as the
    `batch` property must be)."""
    m = q.magnitude
    if q.dims:
        raise BoteError.at("dimension", f"a batch is a number of requests, found {describe_dims(q.dims)}", span,
                           "e.g. `-> db batch 100`")
    if is_sampled(m) or not isinstance(m, Fraction) or m.denominator != 1 or m < 1:
        raise BoteError.at("value", "a batch is a whole number of requests, at least 1", span,
                           "e.g. `-> db batch 100`")


def _check_error_budget(q: Quantity, span) -> None:
    """A top-level `max_error_rate`: the file's error budget, a share from 0%
    to 100% (a decision, never a range), like the property."""
    m = q.magnitude
    if q.dims or is_sampled(m) or not 0 <= m <= 1:
        raise BoteError.at("value", "`max_error_rate` must be a single percentage from 0% to 100%", span,
                           "the share of the users' requests that may fail, e.g. `max_error_rate = 0.1%`")


def _check_size_at(q: Quantity, span) -> None:
    """A top-level `size_at`: the same rule as the property (a single share
    above 0%, at most 100%), checked here because a binding has no spec."""
    m = q.magnitude
    if q.dims or is_sampled(m) or not 0 < m <= 1:
        raise BoteError.at("value", "`size_at` must be a single percentage above 0% and at most 100%", span,
                           "the share of the Monte Carlo samples to size for, e.g. `size_at = 95%`")
