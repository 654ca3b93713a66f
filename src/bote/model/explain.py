"""How a figure was derived: the tree `bote explain` prints, walked from
the figure graph (`bote.model.graph`), so an explanation can never say
something the evaluation did not compute.

Each step is one figure: its formula (the expression as the user wrote it,
a rule's equation for the branch the run took, or the formula's words),
the same formula with its inputs' numbers substituted, and its value, then
the steps of the figures it reads. The numbers are the graph's own values;
`equation_value` evaluates an equation with bote's arithmetic over them,
which is how a `ceil(...)` shows what it rounded up, and how the tests hold
every equation to the value its rule computed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from bote.errors import BoteError
from bote.files import shown_name
from bote.language import nodes
from bote.language.expressions import Evaluator
from bote.language.format import (
    format_number,
    format_percent,
    multiplier_text,
    quantity_text,
)
from bote.language.parse import parse
from bote.language.quantity import Quantity, QuantityError, is_sampled
from bote.language.refs import Ref
from bote.language.units import FileUnits, per_second
from bote.model.capacity import at_percentile
from bote.model.graph import Figure, FigureGraph
from bote.model.report import FileReport

#: Figures the table shows per second, in the component's own count
#: (`transfer/s`), as `bote.render.figures.rate_text` does.
_RATES = frozenset({"load", "average_load", "capacity"})


#: Steps below this depth are not expanded (a chain of 10,000 bindings
#: would print 10,000 ever-deeper lines); the last one says how to go on.
MAX_DEPTH = 40

#: Counts of instances, printed whole as the components table prints them.
_COUNTS = frozenset({"instances", "needed", "needed_for_load", "needed_for_memory", "needed_for_storage",
                     "needed_for_connections", "needed_for_latency", "needed_before_connections", "spare",
                     "serving", "redundancy"})


@dataclass(frozen=True, slots=True)
class Step:
    name: str                   # the figure's full name: `api.needed_for_load`
    shown: str                  # as named under its parent: `needed_for_load`, `db.load`, `dau`
    formula: str                # the expression, the equation, or the formula's words
    is_expression: bool         # False: `formula` is words
    substituted: str | None     # the formula with its inputs' numbers, when it names them
    rounded: str | None         # what a ceil() rounded up: `ceil(45.5)`
    text: str                   # the value, as bote prints it
    value: object               # the figure's value (a Quantity, a count, a word, a record)
    line: int | None            # where the user wrote it (a binding, a property); None when computed
    note: str | None = None     # `load decided`, `needed at size_at = 95%: 41`
    repeated: bool = False      # explained above: not expanded again
    cut: bool = False           # deeper than MAX_DEPTH: explain it on its own to see the rest
    inputs: tuple[Step, ...] = field(default=())


def explain(report: FileReport, name: str) -> Step:
    """The derivation of `name` (a binding, `component.figure`) in a
    report's figure graph. Raises BoteError (kind `unknown-name`) for a
    name the file has no figure of."""
    graph = report.figures
    if name not in graph:
        raise BoteError.at("unknown-name", f"no figure `{name}` in {shown_name(report.file)}", None,
                           _hint(graph, name, report))
    return _step(report, graph, graph[name], None, set(), 0)


def _hint(graph: FigureGraph, name: str, report: FileReport) -> str:
    from bote.language.suggest import did_you_mean
    hint = did_you_mean(name, [f.name for f in graph])
    if hint is not None:
        return hint
    component = name.split(".", 1)[0]
    if component in {c.name for c in report.components}:
        return f"{component}'s figures: " + ", ".join(
            f.name.split(".", 1)[1] for f in graph if f.name.startswith(component + ".") and not _inner(f.value))
    return "name a binding (`dau`) or a component's figure (`api.instances`, `db.load`)"


def _step(report: FileReport, graph: FigureGraph, figure: Figure, parent: str | None, seen: set[str],
          depth: int) -> Step:
    shown = _shown(figure.name, parent)
    text = value_text(report, figure)
    line = figure.span.line if figure.written and figure.span is not None else None
    if figure.name in seen:
        return Step(figure.name, shown, figure.formula, False, None, None, text, figure.value, line, repeated=True)
    if depth >= MAX_DEPTH:
        return Step(figure.name, shown, figure.formula, False, None, None, text, figure.value, line, cut=True)
    seen.add(figure.name)
    expression = figure.equation if figure.equation is not None else figure.formula if figure.written else None
    terms = terms_of(figure, expression) if expression is not None else None
    if terms is None:
        reads = _readable(graph, figure.inputs)
        return Step(figure.name, shown, figure.formula, False, None, None, text, figure.value, line,
                    _note(report, figure),
                    inputs=tuple(_step(report, graph, f, figure.name, seen, depth + 1) for f in reads))
    assert expression is not None
    expr, named = terms
    read = [graph.figures[n] for n in dict.fromkeys(full for _, full in named)]
    exact = all(isinstance(f.value, Quantity) and not is_sampled(f.value.magnitude) for f in read)
    substituted = _substitute(expression, named, {f.name: _input_text(report, f) for f in read}) if read else None
    rounded = None
    if exact and isinstance(expr, nodes.Call) and expr.function == "ceil" and len(expr.args) == 1:
        inner = evaluate_equation(expr.args[0], named, graph, report.evaluated_units)
        if inner is not None and not inner.dims:
            rounded = f"ceil({format_number(inner.magnitude)})"
    return Step(figure.name, shown, expression, True, substituted, rounded, text, figure.value, line,
                _note(report, figure),
                inputs=tuple(_step(report, graph, f, figure.name, seen, depth + 1) for f in read))


def _readable(graph: FigureGraph, inputs, spliced: frozenset[str] = frozenset()) -> list[Figure]:
    """The inputs worth a step: a figure that does not apply (None) is left
    out, and the model's inner records (a queue's figures, a latency goal,
    the queue model's float arrival rate) give way to what they read."""
    found: list[Figure] = []
    for name in inputs:
        f = graph.figures.get(name)
        if f is None or f.value is None or f in found:
            continue
        if _inner(f.value) and name not in spliced:
            terms = terms_of(f, f.equation) if f.equation is not None else None
            reads = [full for _, full in terms[1]] if terms is not None else f.inputs
            found += [g for g in _readable(graph, reads, spliced | {name}) if g not in found]
        else:
            found.append(f)
    return found


def _inner(value) -> bool:
    return not isinstance(value, (Quantity, bool, str, int, Fraction))


def _shown(name: str, parent: str | None) -> str:
    """A figure of the parent's component by its own name (`needed` under
    `api.instances`); anything else in full."""
    if parent is None or "." not in name or "." not in parent:
        return name
    component, figure = name.split(".", 1)
    return figure if parent.split(".", 1)[0] == component else name


Named = list[tuple[object, str]]   # (a name's node in the parsed expression, the input figure it reads)


def terms_of(figure: Figure, expression: str) -> tuple[nodes.Expr, Named] | None:
    """The expression parsed, with each name in it that is one of the
    figure's inputs; None when it does not parse as an expression (words,
    a choice's word)."""
    try:
        program = parse(f"{_PREFIX}{expression}\n", "<formula>")
    except BoteError:
        return None
    statement = program.statements[0] if len(program.statements) == 1 else None
    if not isinstance(statement, nodes.Binding):
        return None
    component = figure.name.split(".", 1)[0] if "." in figure.name else None
    inputs = set(figure.inputs)
    named: Named = []
    for node in _names(statement.expr):
        full = node.id if isinstance(node, nodes.Name) else f"{node.component}.{node.figure}"
        if full in inputs:
            named.append((node, full))
        elif isinstance(node, nodes.Name) and component is not None and not figure.written \
                and f"{component}.{node.id}" in inputs:
            named.append((node, f"{component}.{node.id}"))  # an equation names its component's figures
    return statement.expr, named


_PREFIX = "_ = "


def _names(expr, with_units: bool = False) -> list:
    """The names in an expression, left to right (with those of the units
    after `->` when asked)."""
    found: list = []
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, (nodes.Name, nodes.Attribute)):
            found.append(node)
        elif isinstance(node, nodes.Binary):
            stack += [node.right, node.left]
        elif isinstance(node, nodes.Unary):
            stack.append(node.operand)
        elif isinstance(node, nodes.Call):
            stack += reversed(node.args)
        elif isinstance(node, nodes.Convert):
            stack += [node.unit, node.expr] if with_units else [node.expr]  # what follows `->` is a unit
        elif isinstance(node, nodes.Range):
            stack += [node.high, node.low]
    return found


def _substitute(expression: str, named: Named, texts: dict[str, str]) -> str:
    """The expression with each input's name replaced by its value (the
    names' spans in the parse of `_ = expression`, on one line)."""
    out = expression
    offset = len(_PREFIX) + 1  # columns count from 1
    for node, full in sorted(named, key=lambda n: n[0].span.column, reverse=True):  # type: ignore[attr-defined]
        span = node.span  # type: ignore[attr-defined]
        out = out[:span.column - offset] + texts[full] + out[span.end_column - offset:]
    return out


def evaluate_equation(expr, named: Named, graph: FigureGraph, units: FileUnits) -> Quantity | None:
    """An equation's value by bote's own arithmetic over its inputs' values
    (a name no input matches is a unit); None when an input is not a
    quantity (a figure that does not apply)."""
    values = {id(node): graph.figures[full].value for node, full in named}
    if any(not isinstance(v, Quantity) for v in values.values()):
        return None
    refs: dict[int, Ref] = {}
    for node in _names(expr, with_units=True):
        if id(node) in values:
            refs[id(node)] = Ref("node", ("figure", id(node)))
        elif isinstance(node, nodes.Name) and (info := units.lookup(node.id)) is not None:
            refs[id(node)] = Ref("unit", info.name)
        else:
            return None
    evaluator = Evaluator(refs, units, lambda ref: values[ref.node[1]])  # type: ignore[arg-type,return-value]
    try:
        return evaluator.quantity(expr)
    except (BoteError, QuantityError):
        return None


def _note(report: FileReport, figure: Figure) -> str | None:
    """What decided a count: `load decided`; with ranges, the percentile
    the sizing took."""
    if "." not in figure.name:
        return None
    component, name = figure.name.split(".", 1)
    result = next((c for c in report.components if c.name == component), None)
    s = result.sizing if result is not None else None
    if s is None:
        return None
    if name == "needed" and not is_sampled(s.needed) and s.scaling != "single":
        return f"{s.limited_by} decided"
    if name == "instances" and is_sampled(s.needed) and not s.provisioned:
        needed = at_percentile(s.needed, s.size_at)
        return (f"needed at size_at = {format_percent(s.size_at)}: {needed}, "
                f"+ redundancy {s.instances - needed}")
    return None


def value_text(report: FileReport, figure: Figure) -> str:
    """A figure's value as bote prints it: a binding as the values table
    does, a load or capacity per second in the component's own count."""
    units = report.evaluated_units
    value = figure.value
    if "." not in figure.name:
        binding = next((v for v in report.values if v.name == figure.name), None)
        if binding is not None:
            return quantity_text(binding.quantity, units, binding.fixed_unit)
    if isinstance(value, Quantity):
        component, _, name = figure.name.partition(".")
        if name in _COUNTS and not is_sampled(value.magnitude) and not value.dims:
            return str(value.magnitude)  # an instance count in full: 5001 machines, never `5k`
        if name == "headroom":
            return multiplier_text(value.magnitude)  # rounded down, as the table shows it
        if name in _RATES:
            result = next((c for c in report.components if c.name == component), None)
            like = result.load if result is not None else value
            return quantity_text(Quantity(value.magnitude, value.dims, per_second(like.unit, units)), units,
                                 fixed=True)
        return quantity_text(value, units)
    return _plain_text(value)


def _input_text(report: FileReport, figure: Figure) -> str:
    return value_text(report, figure)


def words(formula: str) -> str:
    """A formula's words, to their first clause: what the tree prints (the
    JSON has all of them)."""
    cut = min((i for i in (formula.find(": "), formula.find("; "), formula.find(" (")) if i > 0),
              default=len(formula))
    return formula[:cut].rstrip(".")


def _plain_text(value) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, Fraction)):
        return format_number(value)
    if isinstance(value, str):
        return value
    if is_sampled(value):
        return "one per sample"
    return f"({type(value).__name__})"  # a record: a queue's figures, a latency goal
