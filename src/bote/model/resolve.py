"""Stage 2: names -> what they refer to, and the order to evaluate in.

Builds the symbol tables (bindings, components, units the file declares),
checks everything that can be checked without arithmetic (duplicates, unknown
names, properties and components, the flow's shape), and turns the program
into a dependency graph of nodes evaluated like a spreadsheet: a binding may
use a figure of a component declared further down.

Node keys:
  ("binding", name)          a top-level binding
  ("prop", component, name)  a property the user set
  ("load", component)        the component's arrival rate (property, flow or assumed)
  ("capacity", component)    requests per second one instance serves
  ("size", component)        the sizing: instances, utilization, ... (a KindModel for
                             clients, queues and third parties)
  ("path", component)        the mean latency of its slowest synchronous path
  ("failures",)              every component's errors and retries, solved at once
                             (`bote.model.failure_solver`), in a file that models them
  ("failure", component)     one component's part of them
"""
from __future__ import annotations

import re
from dataclasses import field

from bote.dataclasses_compiled import dataclass
from bote.errors import Diagnostic, Span
from bote.language import nodes
from bote.language.quantity import FUNCTIONS
from bote.language.refs import NodeKey, Ref
from bote.language.suggest import did_you_mean, unit_hint
from bote.language.units import CURRENCY_SYMBOLS, HMS, FileUnits, describe_dims, plurals
from bote.model import flow, kinds
from bote.model.kinds import COMPUTED, PROPERTIES, SIZED
from bote.model.properties import (
    COST_FIGURES,
    FAILURE_FIGURES,
    FAILURE_PROPERTIES,
    PRICES,
)
from bote.model.synonyms import kind_word_hint, property_word, property_word_hint

#: A dependency that never gets a value: a node whose expression names
#: something that failed to resolve is skipped, its error already reported.
BROKEN: NodeKey = ("broken",)


@dataclass(frozen=True, slots=True)
class LabelTrap:
    """`dau = 20% users` after `users = 10M users`: a number directly before
    a name that is both a label and a binding reads the label."""

    name: nodes.Name
    binding: str
    label: str      # the label's canonical (singular) name
    number: str     # the number as written before it


@dataclass
class ComponentInfo:
    node: nodes.Component
    properties: dict[str, nodes.Property]
    choices: dict[str, str] = field(default_factory=dict)   # scaling -> "single"
    has_unknown: bool = False  # a misspelt property may be the missing capacity
    #: The properties its unknown ones are other words for (`users = 1M` on
    #: clients: `count`): not missing as well, the error on the word says it.
    written_otherwise: set[str] = field(default_factory=set)
    #: What one request of a flow costs here, by its node name
    #: (`service_time[pings]`): (property, flow), the property as written
    #: (`service_time[pings] = 2 ms`, or `-> gateway { service_time = 2 ms }`).
    class_properties: dict[str, tuple[str, str, nodes.Property]] = field(default_factory=dict)

    @property
    def kind(self) -> kinds.Kind:
        """What the component is (`kind = ...`, a service by default)."""
        return kinds.chosen(self.choices)


@dataclass
class Resolved:
    program: nodes.Program
    units: FileUnits
    bindings: dict[str, nodes.Binding]
    components: dict[str, ComponentInfo]
    incoming: dict[str, list[nodes.Edge]]
    asserts: list[nodes.Assert]
    refs: dict[int, Ref]
    deps: dict[NodeKey, list[NodeKey]]
    assert_deps: list[list[NodeKey]]
    order: list[NodeKey]
    spans: dict[NodeKey, Span]
    diagnostics: list[Diagnostic]
    label_traps: list[LabelTrap] = field(default_factory=list)
    #: The request classes (flows) by name, each with where it is declared.
    flows: dict[str, Span] = field(default_factory=dict)
    #: A source (nothing feeds it) -> the flows that start there.
    started: dict[str, tuple[str, ...]] = field(default_factory=dict)

    #: The components each flow's chains pass through, in chain order.
    members: dict[str, list[str]] = field(default_factory=dict)

    def through(self, flow_class: str) -> list[str]:
        """The components a flow's chains pass through, in chain order."""
        return self.members.get(flow_class, [])

    @property
    def has_classes(self) -> bool:
        """Whether the file names its flows (then loads show their parts)."""
        return any(f != nodes.DEFAULT_CLASS for f in self.flows)


class _Resolver:
    def __init__(self, program: nodes.Program, units: FileUnits):
        self.program = program
        self.units = units
        self.diagnostics: list[Diagnostic] = []
        self.bindings: dict[str, nodes.Binding] = {}
        self.components: dict[str, ComponentInfo] = {}
        self.edges: list[nodes.Edge] = []
        #: Each flow's name (request class) -> the line it is declared on.
        self.flows: dict[str, Span] = {}
        self.class_settings: list[tuple[str, nodes.Property]] = []   # (component, property) per flow
        self._members: dict[str, list[str]] | None = None
        self.asserts: list[nodes.Assert] = []
        self.refs: dict[int, Ref] = {}
        self.deps: dict[NodeKey, list[NodeKey]] = {}
        self.spans: dict[NodeKey, Span] = {}
        self.incoming: dict[str, list[nodes.Edge]] = {}
        self.rejected: set[str] = set()
        self.kind_broken: set[str] = set()   # components whose kind rules failed
        self.number_before: dict[int, str] = {}   # `5 tweets`: a unit is expected after a number
        self.unit_position: dict[int, object] = {}   # names right after a quantity -> that quantity
        self.label_traps: list[LabelTrap] = []
        self.divisors: set[int] = set()   # names right after `/` or `per`
        self.quantity_before: dict[int, bool] = {}
        self._made: dict[tuple, Ref] = {}

    def _ref(self, kind: str, key, figure: str | None = None) -> Ref:
        """One `Ref` for every name that means the same (a Ref is immutable):
        a file names its bindings and units tens of thousands of times."""
        found = self._made.get((kind, key, figure))
        if found is None:
            found = self._made[(kind, key, figure)] = Ref(kind, key, figure)
        return found

    def error(self, kind: str, message: str, span: Span | None, hint: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(kind, message, span, hint))

    def broken(self, deps: list, kind: str, message: str, span: Span | None, hint: str | None = None) -> None:
        self.error(kind, message, span, hint)
        deps.append(BROKEN)

    # ---- symbol tables ----------------------------------------------------------
    def collect(self) -> None:
        first_seen: dict[str, Span] = {}

        def claim(name: str, span: Span, what: str) -> bool:
            if name in first_seen:
                self.error("duplicate", f"`{name}` is already defined on line {first_seen[name].line}", span,
                           "each name is bound once; pick another name")
                return False
            unit = self.units.lookup(name)
            if unit is not None and not unit.may_name_a_binding:
                self.error("name", f"`{name}` is a unit of {describe_dims(unit.dims)} and cannot be used as a "
                           f"{what} name", span, f"pick another name, e.g. `{self._alternative(name, unit, what)}`")
                # Uses of the name meant the binding: skip them quietly
                # rather than reading them as the unit.
                self.rejected.add(name)
                return False
            first_seen[name] = span
            return True

        for stmt in self.program.statements:
            if isinstance(stmt, nodes.Binding):
                if claim(stmt.name, stmt.name_span, "binding"):
                    self.bindings[stmt.name] = stmt
            elif isinstance(stmt, nodes.Component):
                if claim(stmt.name, stmt.name_span, "component"):
                    self.components[stmt.name] = self._component(stmt)
                    wrong = kinds.check_properties(self.components[stmt.name])
                    self.diagnostics += wrong
                    if wrong or self.components[stmt.name].written_otherwise:
                        # its figures would be nonsense: skip them, the error says why
                        self.components[stmt.name].has_unknown = True
                        self.kind_broken.add(stmt.name)
                    self._needs_queue(self.components[stmt.name])
                    self._pairs(self.components[stmt.name])
            elif isinstance(stmt, nodes.Flow):
                if self._flow_named(stmt):
                    self.edges.extend(stmt.edges)
                    self.class_settings += stmt.settings
            elif isinstance(stmt, nodes.Assert):
                self.asserts.append(stmt)

    def _flow_named(self, stmt: nodes.Flow) -> bool:
        """Flows without a name are one class, `default`; a named flow is
        declared once (its edges are then kept)."""
        if stmt.name_span is None:
            self.flows.setdefault(nodes.DEFAULT_CLASS, stmt.span)
            return True
        if stmt.name == nodes.DEFAULT_CLASS:
            self.error("name", f"`{nodes.DEFAULT_CLASS}` is the name of the flow without a name",
                       stmt.name_span, "write `flow { ... }`, or pick another name for this request class")
            return False
        if stmt.name in self.flows:
            self.error("duplicate", f"flow `{stmt.name}` is already defined on line {self.flows[stmt.name].line}",
                       stmt.name_span, "put all its chains in one `flow` block, or give this request class "
                       "another name")
            return False
        self.flows[stmt.name] = stmt.name_span
        return True

    def collect_class_properties(self) -> None:
        """`service_time[pings] = 2 ms` in a component and `-> gateway {
        service_time = 2 ms }` in `flow pings`: what one request of that flow
        costs there. Only a per-request cost may differ by flow, on a
        component bote sizes per request, for a flow that passes through it."""
        written = [(info.node.name, p) for info in self.components.values() for p in info.node.properties
                   if p.flow_class is not None] + self.class_settings
        through = self.members()
        for component, prop in written:
            info = self.components.get(component)
            flow_class = prop.flow_class
            assert flow_class is not None  # the parser gives every per-flow property its flow
            if info is None:
                continue  # an unknown component: the flow's check says so
            if prop.name not in PER_CLASS:
                named = [f"`{p}`" for p in PER_CLASS]
                allowed = ", ".join(named[:-1]) + " and " + named[-1]
                self.error("property", f"`{prop.name}` cannot differ by flow: only {allowed} can", prop.name_span,
                           f"set `{prop.name}` in component {component} for all its requests")
                continue
            if not info.kind.applies(prop.name):
                self.error("property", f"{component} is a {info.kind.text}: it has no `{prop.name}`, for any flow",
                           prop.name_span, None)
                continue
            if flow_class not in self.flows:
                self.error("flow", f"no flow named `{flow_class}`", prop.name_span, self._flow_hint(flow_class))
                continue
            if component not in through.get(flow_class, ()):
                self.error("flow", f"flow {flow_class} does not pass through {component}", prop.name_span,
                           f"add {component} to a chain of `flow {flow_class}`, or remove this setting")
                continue
            key = f"{prop.name}[{flow_class}]"
            if key in info.class_properties:
                first = info.class_properties[key][2].name_span.line
                self.error("duplicate", f"`{key}` is set twice for {component} (first on line {first})",
                           prop.name_span, None)
                continue
            info.class_properties[key] = (prop.name, flow_class, prop)

    def _alternative(self, name: str, unit, what: str) -> str:
        """A name for what the user meant that is free: `day_count` for
        `day`, `page_size` for a data unit, `usd_amount` for money."""
        if what == "component":
            stems = ["_svc", "_service"]
        else:
            dims = dict(unit.dims)
            stems = ["_count"] if dims == {"time": 1} else ["_size"] if dims == {"data": 1} else \
                ["_amount"] if dims == {"currency": 1} else ["_rate"] if dims.get("time") == -1 else ["_factor"]
            stems += ["_value"]
        for stem in stems:
            candidate = name.lower() + stem
            if self.units.lookup(candidate) is None and candidate not in self.bindings:
                return candidate
        return name.lower() + "_1"

    def _needs_queue(self, info: ComponentInfo) -> None:
        """Latency goals and in-flight connections come from the queue model,
        which needs a stated service time."""
        props, name = info.properties, info.node.name
        if "service_time" in props or not info.kind.serves_requests:
            return  # another kind: its own checks say what it takes
        if "latency_target" in props:
            self.error("property", f"`latency_target` on {name} needs its `service_time`",
                       props["latency_target"].name_span, "the latency model queues requests of that duration")
        if "max_connections" in props and "connections" not in props:
            self.error("property", f"`max_connections` on {name} needs `connections` or a `service_time`",
                       props["max_connections"].name_span,
                       "set `connections` (long-lived ones), or `service_time` to count requests in flight")

    def _pairs(self, info: ComponentInfo) -> None:
        """A property that means nothing without another is an error, not
        silently ignored."""
        props, name = info.properties, info.node.name
        polling = info.kind.polling_pairs
        for prop, needs in (("data_growth", "storage"), *polling, ("storage_price", "data"),
                            ("egress_price", "response_size"), ("response_size", "egress_price"),
                            ("cold_hit_rate", "hit_rate"), ("latency_percentile", "latency_target"),
                            ("connections", "max_connections"), ("retention", "data_growth"),
                            ("max_fill", "storage"), ("lock_time", "hot_key_share"), ("hot_key_share", "lock_time")):
            if prop in props and needs not in props and info.kind.applies(prop):
                self.error("property", f"`{prop}` on {name} needs `{needs}`", props[prop].name_span,
                           f"add `{PROPERTIES[needs].example}`, or remove `{prop}`")

    def _component(self, comp: nodes.Component) -> ComponentInfo:
        info = ComponentInfo(comp, {})
        for prop in comp.properties:
            if prop.flow_class is not None:
                continue  # what one flow's requests cost: `collect_class_properties`
            spec = PROPERTIES.get(prop.name)
            if spec is None:
                info.has_unknown = True
                if prop.name in COMPUTED:
                    self.error("property", f"`{prop.name}` is computed by bote and cannot be set", prop.name_span,
                               "read it as `" + comp.name + "." + prop.name + "` instead")
                    continue
                word = property_word(prop.name, _kind_written(comp).applies)
                if word is not None:
                    info.written_otherwise.add(word)
                self.error("property", f"unknown property `{prop.name}` in component {comp.name}",
                           prop.name_span, property_word_hint(prop.name, _kind_written(comp).applies)
                           or did_you_mean(prop.name, PROPERTIES) or "properties: " + ", ".join(PROPERTIES))
                continue
            if prop.name in info.properties:
                first = info.properties[prop.name].name_span.line
                self.error("duplicate", f"property `{prop.name}` is set twice in {comp.name} (first on line {first})",
                           prop.name_span, None)
                continue
            if prop.name == "instance":
                self._instance(info, prop)
                continue
            choices = kinds.names() if prop.name == "kind" else spec.choices  # the registered kinds
            if choices:
                word = prop.expr.id if isinstance(prop.expr, nodes.Name) else None
                if word not in choices:
                    info.has_unknown = info.has_unknown or prop.name == "kind"  # what it needs is unknown too
                    hint = _choice_hint(prop, word, choices)
                    self.error("property", f"`{prop.name}` must be one of: {', '.join(choices)}",
                               prop.expr.span, hint)
                    continue
                info.choices[prop.name] = word
            info.properties[prop.name] = prop
        self._catalog_figures(info)
        return info

    def _instance(self, info: ComponentInfo, prop: nodes.Property) -> None:
        """`instance = "m6i.xlarge"`: a type of bote's catalog, by its exact name."""
        from bote.model.catalog import instance_type, instance_types
        expr = prop.expr
        if not isinstance(expr, nodes.String):
            info.has_unknown = True
            self.error("property", "`instance` is the name of an instance type, in quotes", expr.span,
                       'e.g. `instance = "m6i.xlarge"` (`bote instances` lists them)')
            return
        if instance_type(expr.value) is None:
            info.has_unknown = True
            self.error("property", f"no instance type `{expr.value}` in bote's catalog", expr.span,
                       did_you_mean(expr.value, instance_types()) or "`bote instances` lists them; or set "
                       "`workers`, `memory` and `price` yourself")
            return
        info.properties["instance"] = prop
        info.choices["instance"] = expr.value

    def _catalog_figures(self, info: ComponentInfo) -> None:
        """The catalog's figures for what the component does not set itself:
        `workers` (its vCPUs), `memory`, `price`, as properties written at
        the `instance` line (their formula is the instance's name)."""
        name = info.choices.get("instance")
        if name is None or not info.kind.applies("instance"):
            return  # (`instance` on clients is an error of its own)
        from bote.model.catalog import instance_type
        row = instance_type(name)
        assert row is not None  # `_instance` checked it
        prop = info.properties["instance"]
        gib = row.memory_gib
        given = {"workers": f"{row.vcpus}",
                 "memory": f"{gib} GiB" if gib.denominator == 1 else f"({gib.numerator} / {gib.denominator}) GiB",
                 "price": f"{row.price_text} USD/hour"}
        for figure, text in given.items():
            if figure in info.properties or figure not in info.kind.catalog_figures:
                continue  # the component's own wins
            info.properties[figure] = nodes.Property(figure, _respanned(parse_expression(text), prop.expr.span),
                                                     prop.name_span, prop.span)

    # ---- the flow -----------------------------------------------------------------
    def check_flow(self) -> bool:
        ok, self.incoming, diagnostics = flow.check(self.components, self.edges)
        self.diagnostics.extend(diagnostics)
        if ok:
            wrong = kinds.check_flow(self.components, self.edges)
            self.diagnostics.extend(wrong)
            ok = not wrong
        return ok

    # ---- names in expressions ------------------------------------------------------------
    def walk(self, expr, here: str | None, deps: list, *, units_only: bool = False, own: str | None = None,
             edge_source: str | None = None, defining: str | None = None) -> None:
        """Record what each name in `expr` refers to; append node keys to deps.
        `here` is the component whose properties bare names mean, `own` the
        property being defined, `defining` the binding being defined."""
        # The node's class, compared by identity (the node classes have no
        # subclasses): cheaper than isinstance over a file's 100,000 nodes.
        stack = [expr]
        while stack:
            e = stack.pop()
            t = type(e)
            if t is nodes.Number:
                continue
            if t is nodes.Name:
                if e.id == "misses" and edge_source is not None:
                    self._misses(e, edge_source, deps)
                else:
                    self._name(e, here, deps, units_only, own, defining)
            elif t is nodes.Binary or t is nodes.Compare or t is nodes.Logical:
                op = e.op
                if op == "/" or op == "per":
                    if type(e.right) is nodes.Name:
                        self.divisors.add(id(e.right))   # `10 KB per tweet`: most likely a unit
                elif op == "juxtapose":
                    right = e.right
                    if type(right) is nodes.Binary and right.op == "^" and type(right.left) is nodes.Name \
                            and self._quantity_before(e.left):
                        self.unit_position[id(right.left)] = e.left   # `2 users ^ 2` is 2 user²
                    elif type(right) is nodes.Name:
                        if type(e.left) is nodes.Number:
                            self.number_before[id(right)] = e.left.text
                        if self._quantity_before(e.left):
                            self.unit_position[id(right)] = e.left
                stack.append(e.right)
                stack.append(e.left)
            elif t is nodes.Attribute:
                if units_only:
                    self.broken(deps, "unknown-unit", f"`{e.component}.{e.figure}` is not a unit", e.span, None)
                else:
                    self._figure(e, e.component, e.figure, deps)
            elif t is nodes.Call:
                if e.function not in FUNCTIONS:
                    self.broken(deps, "unknown-name", f"unknown function `{e.function}`", e.span,
                               did_you_mean(e.function, FUNCTIONS) or "functions: " + ", ".join(FUNCTIONS))
                stack.extend(e.args)
            elif t is nodes.Convert:
                stack.append(e.expr)
                if type(e.unit) is nodes.Name and e.unit.id == HMS and self.units.lookup(HMS) is None:
                    self.refs[id(e.unit)] = Ref("unit", HMS)  # `-> hms`: a display, not a unit of the input
                else:
                    self.walk(e.unit, here, deps, units_only=True)
            elif t is nodes.String:
                self.broken(deps, "syntax", "a name in quotes is only an instance type (`instance = \"m6i.xlarge\"`)",
                            e.span, "write a number, a name or a unit here, without quotes")
            elif t is nodes.Within:
                stack += [e.tolerance, e.right, e.left]
            elif t is nodes.Unary:
                stack.append(e.operand)
            elif t is nodes.Range:
                if units_only:
                    self.broken(deps, "syntax", "a unit cannot be a range", e.span,
                                "a unit is defined from numbers and other units only")
                stack.append(e.high)
                stack.append(e.low)

    def priced(self) -> bool:
        """Whether some component sets a price (then the file has a `total_cost`)."""
        return any(p in info.properties for info in self.components.values() for p in PRICES)

    def _quantity_before(self, node) -> bool:
        """Whether a name right after `node` is in unit position: directly
        after a number or a parenthesised quantity (`10M users`,
        `(5 + 5) users`, `2 KB users`), where a label stays a label even
        when a binding has its name.  Memoised by node: `1 ms ms ms ...` asks
        it of every link of one chain."""
        seen = []
        answer = None
        while answer is None:
            answer = self.quantity_before.get(id(node))
            if answer is not None:
                break
            seen.append(node)
            if isinstance(node, nodes.Number):
                answer = True
            elif isinstance(node, (nodes.Name, nodes.Attribute, nodes.Call)) or \
                    isinstance(node, nodes.Binary) and node.op in ("^", "juxtapose"):
                if self._parenthesised(node):
                    answer = True
                elif isinstance(node, nodes.Binary):
                    node = node.left   # `10^6 users`, `2 KB users`: look at what starts it
                else:
                    answer = False
            else:
                answer = True  # `+`, `*`, ... before a name can only be a parenthesised group
        for n in seen:
            self.quantity_before[id(n)] = answer
        return answer

    def _parenthesised(self, node) -> bool:
        lines = self.program.lines(node.span)
        line = lines[node.span.line - 1] if node.span.line <= len(lines) else ""
        return line[node.span.column - 1: node.span.column] == "("

    def _name(self, e: nodes.Name, here: str | None, deps: list, units_only: bool, own: str | None,
              defining: str | None = None) -> None:
        name = e.id
        before = self.unit_position.get(id(e))
        if before is not None and not units_only:
            unit = self.units.lookup(name)
            if unit is not None:
                self.refs[id(e)] = self._ref("unit", unit.name)
                if name in self.bindings and name != defining and isinstance(before, nodes.Number) \
                        and (before.text.endswith("%") or before.value < 1):
                    # `dau = 20% users`: the label, though a binding has its name,
                    # and a share of it was likely meant (`200M users` is a count).
                    self.label_traps.append(LabelTrap(e, name, unit.name, before.text))
                return
        if name in self.rejected:
            deps.append(BROKEN)
            return
        if not units_only:
            # In `memory = memory * 2` the right side means the binding outside.
            if here is not None and name != own and self._own_figure(here, name):
                if name in self.bindings:
                    # `data = storage` with a binding and a property both
                    # named `storage`: never pick one silently.
                    what = "a property set in" if name in self.components[here].properties else "a figure of"
                    self.broken(deps, "name", f"`{name}` is both {what} {here} and a top-level "
                                f"binding (line {self.bindings[name].name_span.line})", e.span,
                                f"write `{here}.{name}` for the property, or rename the binding")
                    return
                self._figure(e, here, name, deps)
                return
            if name in self.bindings:
                ref = self._ref("node", ("binding", name))   # one Ref, and one node key, per binding
                self.refs[id(e)] = ref
                deps.append(ref.key)
                return
            if name == TOTAL_COST:
                if not self.priced():
                    self.broken(deps, "unknown-name", "`total_cost` is the components' cost, and no component "
                                "sets a price", e.span, "add `price = $0.192/hour` (per instance) to a component")
                    return
                self.refs[id(e)] = Ref("node", (TOTAL_COST,))
                deps.append((TOTAL_COST,))
                return
            if name in self.components:
                self.broken(deps, "unknown-name", f"`{name}` is a component, not a value", e.span,
                           f"name one of its figures, e.g. `{name}.instances` or `{name}.load`")
                return
        info = self.units.lookup(name)
        if info is not None:
            self.refs[id(e)] = self._ref("unit", info.name)
            return
        if name == HMS:
            self.broken(deps, "unknown-unit", "`hms` is a way to show a time, not a unit", e.span,
                        "write the time in a unit and show it with `-> hms`, e.g. `8.77 h -> hms`")
            return
        currency = next((code for code, symbol in CURRENCY_SYMBOLS.items() if symbol == name), None)
        if currency is not None:
            self.broken(deps, "unknown-unit", f"`{name}` needs the file to say what a {currency} is worth", e.span,
                        f"declare it, e.g. `unit {currency} = 1.08 USD` (the rate you assume)")
            return
        if name in ("x", "X") and id(e) in self.number_before and name not in self.bindings:
            n = self.number_before[id(e)]
            self.broken(deps, "unknown-unit", f"`{n}{name}` is not a number", e.span,
                        f"a factor is a plain number: write `{n}`, or `{n} * NAME` for a multiple of a value")
            return
        if name in ("about", "approx", "approximately", "around", "roughly", "circa", "ca") \
                and name not in self.bindings:
            self.broken(deps, "unknown-name", f"bote has no `{name}`", e.span,
                        "every figure is an estimate already; an uncertain one is a range: `8k to 12k qps`")
            return
        if name == "of" and name not in self.bindings:
            self.broken(deps, "unknown-name", "bote has no `of`", e.span,
                        "a share of a value is a product: `10% * traffic`")
            return
        if re.fullmatch(r"[hm]\d+[ms](\d+s)?", name) and id(e) in self.number_before:
            n = self.number_before[id(e)]
            self.broken(deps, "unknown-unit", f"`{n}{name}` is not a duration bote reads", e.span,
                        f"put a space between the parts: `{n}{name[0]} {' '.join(re.findall(r'[0-9]+[a-z]', name[1:]))}`")
            return
        if name == "every" and name not in self.bindings:
            self.broken(deps, "unknown-name", "bote has no `every`", e.span,
                        "a rate per time is `1 per 10 s`; clients that poll set `poll_interval = 10 s`")
            return
        if name == "B":
            n = self.number_before.get(id(e), "2")
            self.broken(deps, "unknown-unit", "`B` is not a unit", e.span,
                        f"write `{n} bytes` or `{n}B` ({n} billion)")
            return
        real_unit = unit_hint(name, self.units, self.number_before.get(id(e)))
        if units_only:
            hint = real_unit or did_you_mean(name, self.units.names())
            what = "a binding, not a unit" if name in self.bindings else "not a unit"
            self.broken(deps, "unknown-unit", f"`{name}` is {what}", e.span, hint)
            return
        if id(e) in self.unit_position and real_unit is not None:
            self.broken(deps, "unknown-unit", f"unknown unit `{name}`", e.span, real_unit)
            return
        if id(e) in self.number_before and name.isalpha() and name.islower():
            # Nothing real is close: most likely a new thing to count.
            self.broken(deps, "unknown-unit", f"unknown unit `{name}`", e.span, _declare_label(name))
            return
        candidates = [*self.bindings, *self.units.names()]
        if here is not None:
            candidates += list(PROPERTIES)
        hint = did_you_mean(name, candidates)
        if id(e) in self.number_before and name.isalpha() and hint is None:
            # `20M DAU`, `8 vCPU`: an abbreviation to count, with nothing of the file's close to it.
            self.broken(deps, "unknown-unit", f"unknown unit `{name}`", e.span, _declare_label(name))
            return
        if id(e) in self.divisors and name.isalpha() and name.islower() and did_you_mean(name, self.bindings) is None:
            # `10 KB per tweet`: a thing to count, unless a real unit was meant.
            count = _declare_label(name)
            hint = f"{hint[:-1]}, or {count}?" if hint else count
        self.broken(deps, "unknown-name", f"unknown name `{name}`", e.span, hint)

    def _own_figure(self, here: str, name: str) -> bool:
        """Whether a bare name inside component `here` means its own figure:
        a property or figure of its kind (`rate` in a service is a binding)."""
        info = self.components[here]
        if name in PROPERTIES:
            return info.kind.applies(name)
        if name in COST_FIGURES:
            return _price_missing(info, name) is None  # `cost` is its own only when it has a price
        return name in COMPUTED and kinds.figure_error(info, name) is None

    def _misses(self, e: nodes.Name, source: str, deps: list) -> None:
        """`cache -> db * misses`: the share the source does not answer."""
        info = self.components.get(source)
        if info is None or "hit_rate" not in info.properties:
            self.broken(deps, "property", f"`misses` needs a `hit_rate` on {source}", e.span,
                        f"add `hit_rate = 90%` (for example) to component {source}")
            return
        self.refs[id(e)] = Ref("misses", source)
        deps.append(("prop", source, "hit_rate"))
        if "cold_hit_rate" in info.properties:
            deps.append(("prop", source, "cold_hit_rate"))

    def _figure(self, e, component: str, figure: str, deps: list) -> None:
        info = self.components.get(component)
        if info is None:
            if component in self.bindings:
                self.broken(deps, "unknown-name", f"`{component}` is a binding, not a component", e.span, None)
            else:
                self.broken(deps, "unknown-name", f"unknown component `{component}`", e.span,
                           did_you_mean(component, self.components))
            return
        if figure not in PROPERTIES and figure not in COMPUTED:
            self.broken(deps, "unknown-name", f"component {component} has no figure `{figure}`", e.span,
                       did_you_mean(figure, [*PROPERTIES, *COMPUTED]))
            return
        if figure in COST_FIGURES:
            missing = _price_missing(info, figure)
            if missing is not None:
                self.broken(deps, "property", missing[0], e.span, missing[1])
                return
            self.refs[id(e)] = Ref("node", ("cost", component), figure)
            deps.append(("cost", component))
            return
        if figure in FAILURE_FIGURES:
            if not self.models_failures:
                self.broken(deps, "property", f"`{component}.{figure}` needs a file that models errors and "
                            "retries", e.span, "set `error_rate`, `timeout` or `retries` on the components "
                            "concerned (or `max_error_rate`)")
                return
            self.refs[id(e)] = Ref("node", ("failure", component), figure)
            deps.append(("failure", component))
            return
        wrong = kinds.figure_error(info, figure)
        if wrong is not None:
            self.broken(deps, "property", wrong[0], e.span, wrong[1])
            return
        flow_class = getattr(e, "flow_class", None)
        if flow_class is not None:
            self._class_figure(e, component, figure, flow_class, deps)
            return
        key: NodeKey
        if figure in ("load", "average_load"):
            key = ("load", component)
        elif figure == "end_to_end":
            key = ("path", component)
        elif figure == "capacity":
            key = ("capacity", component)
        elif figure in SIZED:
            key = ("size", component)
        elif PROPERTIES.get(figure) is not None and PROPERTIES[figure].choices:
            choice = info.choices.get(figure, PROPERTIES[figure].default)
            self.broken(deps, "dimension", f"`{figure}` is a choice ({choice}), not a number", e.span, None)
            return
        elif figure == "instance" and figure in info.choices:
            # A name from the catalog, held as a choice: it has no value node.
            self.broken(deps, "dimension", f"`{figure}` is the name of an instance type "
                        f"({info.choices[figure]}), not a number", e.span,
                        f"use the figures it sets: `{component}.workers`, `{component}.memory`, "
                        f"`{component}.price`")
            return
        elif figure in info.properties:
            key = ("prop", component, figure)
        elif PROPERTIES[figure].default is not None and not PROPERTIES[figure].choices:
            self.refs[id(e)] = Ref("default", figure)
            return
        else:
            self.broken(deps, "unknown-name", f"{component} does not set `{figure}`", e.span,
                       f"add `{figure} = ...` to component {component}")
            return
        self.refs[id(e)] = self._ref("node", key, figure)
        deps.append(key)

    def _class_figure(self, e: nodes.Attribute, component: str, figure: str, flow_class: str, deps: list) -> None:
        """`gateway.load[rides]`: the load one flow brings a component."""
        if figure not in CLASS_FIGURES:
            self.broken(deps, "property", f"`{component}.{figure}` has no part per flow: only "
                        f"{' and '.join(f'`{f}`' for f in CLASS_FIGURES)} do", e.span,
                        f"write `{component}.{figure}`")
            return
        if flow_class not in self.flows:
            self.broken(deps, "unknown-name", f"no flow named `{flow_class}`", e.span, self._flow_hint(flow_class))
            return
        through = self.members().get(flow_class, [])
        if component not in through:
            self.broken(deps, "flow", f"flow {flow_class} does not pass through {component}", e.span,
                        f"its chains pass through: {', '.join(through)}")
            return
        self.refs[id(e)] = Ref("node", ("load", component), figure, flow_class)
        deps.append(("load", component))

    def _flow_hint(self, flow_class: str) -> str:
        """For a flow the file does not have: the one it likely meant, else
        the flows it has, else how to declare it."""
        named = [f for f in self.flows if f != nodes.DEFAULT_CLASS]
        return did_you_mean(flow_class, named) or (
            f"flows: {', '.join(named)}" if named else f"declare it: `flow {flow_class} {{ ... }}`")

    def members(self) -> dict[str, list[str]]:
        """The components each flow's chains pass through, in chain order
        (once the statements are collected)."""
        if self._members is None:
            found: dict[str, dict[str, None]] = {}
            for edge in self.edges:
                found.setdefault(edge.flow_class, {}).update(dict.fromkeys((edge.source, edge.target)))
            self._members = {flow_class: list(names) for flow_class, names in found.items()}
        return self._members

    def started(self) -> dict[str, tuple[str, ...]]:
        found: dict[str, dict[str, None]] = {}
        for edge in self.edges:
            if edge.source not in self.incoming:
                found.setdefault(edge.source, {})[edge.flow_class] = None
        return {name: tuple(classes) for name, classes in found.items()}

    # ---- the dependency graph ----------------------------------------------------------------
    def build_graph(self, flow_ok: bool) -> list[list[NodeKey]]:
        self.outgoing: dict[str, list[str]] = {}
        for edge in self.edges:
            self.outgoing.setdefault(edge.source, []).append(edge.target)
        for name, b in self.bindings.items():
            key: NodeKey = ("binding", name)
            self.spans[key] = b.name_span
            deps: list[NodeKey] = []
            self.deps[key] = deps
            self.walk(b.expr, None, deps, defining=name)
        for name, info in self.components.items():
            span = info.node.name_span
            props = info.properties
            for pname, prop in props.items():
                if pname in info.choices:
                    continue
                key = ("prop", name, pname)
                self.spans[key] = prop.name_span
                deps = []
                self.deps[key] = deps
                self.walk(prop.expr, name, deps, own=pname)
            load_deps: list = []
            if "load" in props:
                load_deps.append(("prop", name, "load"))
            elif not flow_ok:
                load_deps.append(BROKEN)
            else:
                for edge in self.incoming.get(name, ()):
                    load_deps.append(("load", edge.source))
                    if edge.multiplier is not None:
                        self.walk(edge.multiplier, None, load_deps, edge_source=edge.source)
                    if edge.batch is not None:
                        self.walk(edge.batch, None, load_deps)
                    source_props = self.components[edge.source].properties
                    load_deps += [("prop", edge.source, p) for p in ("batch", "batch_timeout", "retries")
                                  if p in source_props]
                    if "error_rate" in props:   # the caller retries its healthy errors
                        load_deps.append(("prop", name, "error_rate"))
            load_deps += [("prop", name, p) for p in info.kind.load_properties if p in props]
            if name in self.kind_broken:
                load_deps.append(BROKEN)
            self.deps[("load", name)] = load_deps
            self.spans[("load", name)] = props["load"].name_span if "load" in props else span
            self.deps[("capacity", name)] = [("prop", name, p) for p in info.kind.capacity_properties if p in props]
            if info.class_properties:
                # A mix of per-request costs: the capacity is the mix's, so it
                # depends on each flow's share of the load.
                for key_name, (_, _, prop) in info.class_properties.items():
                    key = ("prop", name, key_name)
                    self.spans[key] = prop.name_span
                    deps = []
                    self.deps[key] = deps
                    self.walk(prop.expr, name, deps, own=prop.name)
                    self.deps[("capacity", name)].append(key)
                self.deps[("capacity", name)].append(("load", name))
            if info.has_unknown and info.kind.sized(info) and "capacity" not in props and "service_time" not in props:
                self.deps[("capacity", name)].append(BROKEN)
            if name in self.kind_broken:
                self.deps[("capacity", name)].append(BROKEN)
            self.spans[("capacity", name)] = span
            self.deps[("size", name)] = [("load", name), ("capacity", name)] + [
                ("prop", name, p) for p in props
                if p not in ("load", "capacity", "service_time", "workers") and p not in info.choices]
            if "size_at" not in props and "size_at" in self.bindings:
                # A top-level `size_at` is the file's sizing percentile.
                self.deps[("size", name)].append(("binding", "size_at"))
            if info.kind.drained_by_consumers and flow_ok:
                # The backlog depends on how fast the consumers behind it
                # drain, and on what they call synchronously in turn.
                for target in kinds.synchronous_below(name, self.outgoing, self.components):
                    self.deps[("size", name)] += [("load", target), ("size", target)]
            self.spans[("size", name)] = span
            # The synchronous path: own latency, then the slowest callee; a
            # queue ends it (its consumers run asynchronously).
            self.deps[("path", name)] = [("size", name)] + (
                [] if info.kind.ends_synchronous_path or not flow_ok else
                [("path", t) for t in self.outgoing.get(name, ())])
            self.spans[("path", name)] = span
            if any(p in props for p in PRICES):
                # What it costs: its instances, its average load, what it stores.
                self.deps[("cost", name)] = [("size", name), ("load", name)] + [
                    ("prop", name, p) for p in (*PRICES, "response_size", "data") if p in props]
                if "storage_price" in props and "data" not in props or \
                        "egress_price" in props and "response_size" not in props:
                    self.deps[("cost", name)].append(BROKEN)  # `_pairs` said what is missing
                self.spans[("cost", name)] = span
        if self.models_failures and flow_ok and self.components:
            self._failure_nodes()
        priced = [("cost", name) for name in self.components if ("cost", name) in self.deps]
        if priced:
            self.deps[(TOTAL_COST,)] = priced
            self.spans[(TOTAL_COST,)] = self.components[priced[0][1]].node.name_span
            if TOTAL_COST in self.bindings:
                self.error("name", "`total_cost` is bote's figure of what the components cost (their prices "
                           "are set): a binding cannot take its name", self.bindings[TOTAL_COST].name_span,
                           "rename the binding, e.g. `my_total_cost`, or read bote's as `total_cost`")
        assert_deps = []
        for a in self.asserts:
            deps = []
            self.walk(a.expr, None, deps)
            assert_deps.append(deps)
        return assert_deps

    @property
    def models_failures(self) -> bool:
        return models_failures(self.bindings, self.components.values())

    def _failure_nodes(self) -> None:
        """The file's errors and retries, solved at once (a caller's retries
        load its callees, and their failures its caller): from every
        component's sizing, path and load, and the properties that say how
        it fails and retries; then one node per component that reads it."""
        deps: list[NodeKey] = []
        for name, info in self.components.items():
            deps += [("size", name), ("path", name), ("load", name)]
            deps += [("prop", name, p) for p in (*FAILURE_PROPERTIES, "rate_limit") if p in info.properties]
        if MAX_ERROR_RATE in self.bindings:
            deps.append(("binding", MAX_ERROR_RATE))
        self.deps[FAILURES] = deps
        self.spans[FAILURES] = next(iter(self.components.values())).node.name_span
        for name, info in self.components.items():
            self.deps[("failure", name)] = [FAILURES]
            self.spans[("failure", name)] = info.node.name_span

    def order(self) -> list[NodeKey]:
        """Topological order; a cycle is reported with every step of it."""
        order: list[NodeKey] = []
        state: dict[NodeKey, int] = {}
        deps = self.deps
        for root in deps:
            if state.get(root):
                continue
            state[root] = 1
            path = [root]
            stack = [iter(deps[root])]
            while stack:
                for nxt in stack[-1]:   # the next dependency not yet done
                    if nxt not in deps:
                        continue
                    s = state.get(nxt)
                    if s is None:
                        break
                    if s == 1:
                        self._cycle(path[path.index(nxt):] + [nxt])
                        # Drop the back edge so the rest of the graph can still be checked.
                else:   # all done: this node too
                    done = path.pop()
                    state[done] = 2
                    order.append(done)
                    stack.pop()
                    continue
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(deps[nxt]))
        return order

    def _cycle(self, steps: list[NodeKey]) -> None:
        names = [f"{_describe(k)} (line {self.spans[k].line})" for k in steps]
        self.error("cycle", "dependency cycle: " + " -> ".join(names), self.spans[steps[0]],
                   "a value cannot depend on itself; break one of these links")


def parse_expression(text: str) -> nodes.Expr:
    """One expression of bote's own making (`16 GiB`)."""
    from bote.language.parse import parse
    statement = parse(f"_ = {text}\n", "<catalog>").statements[0]
    assert isinstance(statement, nodes.Binding)
    return statement.expr


def _respanned(expr, span: Span):
    """The expression with every node at `span` (what it stands for was
    written there)."""
    import dataclasses
    changes: dict[str, object] = {}
    for f in dataclasses.fields(expr):
        value = getattr(expr, f.name)
        if isinstance(value, Span):
            changes[f.name] = span
        elif isinstance(value, tuple):
            changes[f.name] = tuple(_respanned(v, span) if dataclasses.is_dataclass(v) else v for v in value)
        elif dataclasses.is_dataclass(value):
            changes[f.name] = _respanned(value, span)
    return dataclasses.replace(expr, **changes)


#: What one flow's requests may set for themselves at a component.
PER_CLASS = ("service_time", "capacity", "write_share")
#: The figures with a part per flow: `gateway.load[rides]`.
CLASS_FIGURES = ("load", "average_load")

#: The file's figure of what all its components cost, per month.
TOTAL_COST = "total_cost"
#: The node of the file's errors and retries (`bote.model.failure_solver`).
FAILURES: NodeKey = ("failures",)
#: The file's error budget, a top-level binding (a component's own `max_error_rate` wins).
MAX_ERROR_RATE = "max_error_rate"


def models_failures(bindings, components) -> bool:
    """Whether a file models errors and retries: a component sets
    `error_rate`, `timeout`, `retries` or `max_error_rate`, one other than a
    third party sets `rate_limit`, or the file sets `max_error_rate` (among
    its `bindings`' names; `components`: their `ComponentInfo`)."""
    return MAX_ERROR_RATE in bindings or any(
        any(p in info.properties for p in FAILURE_PROPERTIES)
        or "rate_limit" in info.properties and not info.kind.capacity_is_limit
        for info in components)


def _price_missing(info: ComponentInfo, figure: str) -> tuple[str, str] | None:
    """Why a component has no `figure` (`cost`, `storage_cost`, ...): the
    price it needs is not set; None when it has it."""
    name = info.node.name
    needs = {"compute_cost": ("price",), "storage_cost": ("storage_price",), "egress_cost": ("egress_price",),
             "cost": PRICES}[figure]
    if any(p in info.properties for p in needs):
        return None
    if not any(info.kind.applies(p) for p in PRICES):
        return f"{name} costs nothing bote counts: a {info.kind.text} has no price", \
            "prices go on the components that run or store something"
    example = {"storage_cost": "`storage_price = $0.023 per GB per month`",
               "egress_cost": "`egress_price = $0.09 per GB` and `response_size = 20 KB`"}.get(
        figure, "`price = $0.192/hour` (per instance)")
    return f"{name} sets no {' or '.join(f'`{p}`' for p in needs)}: it has no `{figure}`", f"add {example} to {name}"


def _kind_written(comp: nodes.Component) -> kinds.Kind:
    """The kind a component says it is (`service` when it says none, or
    names one bote does not have): what its hints may name."""
    for prop in comp.properties:
        if prop.name == "kind" and isinstance(prop.expr, nodes.Name) and prop.expr.id in kinds.names():
            return kinds.kind_named(prop.expr.id)
    return kinds.kind_named("service")


def _choice_hint(prop: nodes.Property, word: str | None, choices) -> str | None:
    """The hint for a choice property set to something else: the word in
    quotes (`kind = "database"`), another word for a kind, a misspelling."""
    if isinstance(prop.expr, nodes.String) and prop.expr.value in choices:
        return f"a choice is a bare word: `{prop.name} = {prop.expr.value}`"
    if word is None:
        return None
    return (kind_word_hint(word) if prop.name == "kind" else None) or did_you_mean(word, choices)


def _declare_label(name: str) -> str:
    """The hint for a word bote does not know where a unit goes: a new
    thing to count (`tweets` -> `unit tweet`)."""
    label = name[:-3] + "y" if name.endswith("ies") else name.removesuffix("s")
    return f"to count {plurals(label)[0]}, declare the label: `unit {label}`"


def _describe(key: NodeKey) -> str:
    kind = key[0]
    if kind == "binding":
        return key[1]
    if kind == "prop":
        return f"{key[1]}.{key[2]}"
    if kind == "size":
        return f"{key[1]}'s instance count"
    if kind == "path":
        return f"{key[1]}'s end-to-end latency"
    if kind == "failure":
        return f"{key[1]}'s errors and retries"
    if kind == "failures":
        return "the errors and retries"
    if kind == TOTAL_COST:
        return "the total cost"
    return f"{key[1]}'s {kind}"  # the load or capacity bote works out


def resolve_constant(expr, units: FileUnits) -> tuple[dict[int, Ref], list[Diagnostic]]:
    """Resolve an expression that may use only numbers and units (the right
    side of `unit NAME = ...`)."""
    r = _Resolver(nodes.Program((), "", ""), units)
    r.walk(expr, None, [])
    return r.refs, r.diagnostics


def resolve(program: nodes.Program, units: FileUnits) -> Resolved:
    r = _Resolver(program, units)
    r.collect()
    r.collect_class_properties()
    flow_ok = r.check_flow()
    assert_deps = r.build_graph(flow_ok)
    order = r.order()
    return Resolved(program, units, r.bindings, r.components, r.incoming, r.asserts, r.refs, r.deps,
                    assert_deps, order, r.spans, r.diagnostics, r.label_traps, r.flows, r.started(),
                    r.members())


__all__ = ["ComponentInfo", "Ref", "Resolved", "did_you_mean", "models_failures", "resolve", "resolve_constant"]
