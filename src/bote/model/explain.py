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

import math
from dataclasses import field
from fractions import Fraction
from functools import lru_cache

from bote.dataclasses_compiled import dataclass
from bote.errors import BoteError
from bote.files import shown_name
from bote.language import nodes
from bote.language.expressions import Evaluator
from bote.language.format import (
    MAX_DIGITS,
    current_digits,
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
    where: str = ""             # the source of `line` when it is not the file's: `--set`


def explain(report: FileReport, name: str) -> Step:
    """The derivation of `name` (a binding, `component.figure`) in a
    report's figure graph. Raises BoteError (kind `unknown-name`) for a
    name the file has no figure of."""
    graph = report.figures
    if name not in graph:
        # NAME comes from the command line: shown escaped, so that a newline in it
        # cannot start a line of its own (`::error` would be a GitHub annotation)
        raise BoteError.at("unknown-name", f"no figure `{shown_name(name)}` in {shown_name(report.file)}", None,
                           _hint(graph, name, report))
    return _step(_Lookup.of(report), graph, graph[name], None, set(), 0)


@dataclass(frozen=True, slots=True)
class _Lookup:
    """A report with its bindings and components by name: each step looks
    one up, and a scan per step makes a file with thousands of components
    quadratic."""
    report: FileReport
    values: dict
    components: dict

    @staticmethod
    def of(report: FileReport) -> _Lookup:
        # the first of a name, as a scan would find it
        return _Lookup(report, dict(reversed([(v.name, v) for v in report.values])),
                       dict(reversed([(c.name, c) for c in report.components])))


def _hint(graph: FigureGraph, name: str, report: FileReport) -> str:
    from bote.language.suggest import did_you_mean
    hint = did_you_mean(name, [f.name for f in graph])
    if hint is not None:
        return shown_name(hint)
    component = name.split(".", 1)[0]
    if component in {c.name for c in report.components}:
        return f"{component}'s figures: " + ", ".join(
            f.name.split(".", 1)[1] for f in graph if f.name.startswith(component + ".") and not _inner(f.value))
    return "name a binding (`dau`) or a component's figure (`api.instances`, `db.load`)"


def _step(lookup: _Lookup, graph: FigureGraph, figure: Figure, parent: str | None, seen: set[str],
          depth: int) -> Step:
    report = lookup.report
    shown = _shown(figure.name, parent)
    text = _value_text(lookup, figure)
    line = figure.span.line if figure.written and figure.span is not None else None
    where = figure.span.file if line is not None and figure.span is not None and \
        figure.span.file != report.file else ""
    if figure.name in seen:
        return Step(figure.name, shown, figure.formula, False, None, None, text, figure.value, line, repeated=True, where=where)
    if depth >= MAX_DEPTH:
        return Step(figure.name, shown, figure.formula, False, None, None, text, figure.value, line, cut=True, where=where)
    seen.add(figure.name)
    expression = figure.equation if figure.equation is not None else figure.formula if figure.written else None
    terms = terms_of(figure, expression) if expression is not None else None
    if terms is None:
        reads = _readable(graph, figure.inputs)
        return Step(figure.name, shown, figure.formula, False, None, None, text, figure.value, line,
                    _note(lookup, figure),
                    inputs=tuple(_step(lookup, graph, f, figure.name, seen, depth + 1) for f in reads), where=where)
    assert expression is not None
    expr, named = terms
    read = [graph.figures[n] for n in dict.fromkeys(full for _, full in named)]
    exact = all(isinstance(f.value, Quantity) and not is_sampled(f.value.magnitude) for f in read)
    substituted = _substitute(expression, named, {f.name: _value_text(lookup, f) for f in read}) if read else None
    rounded = None
    if exact and isinstance(expr, nodes.Call) and expr.function == "ceil" and len(expr.args) == 1:
        inner = evaluate_equation(expr.args[0], named, graph, report.evaluated_units)
        if inner is not None and not inner.dims:
            rounded = f"ceil({_ceil_argument_text(inner.magnitude)})"
    return Step(figure.name, shown, expression, True, substituted, rounded, text, figure.value, line,
                _note(lookup, figure),
                inputs=tuple(_step(lookup, graph, f, figure.name, seen, depth + 1) for f in read), where=where)


def _ceil_argument_text(x) -> str:
    """What a ceil() rounded up, with as many significant figures as it takes
    for the number shown to round up to the same count: 143.001 at three
    figures would read `ceil(143) = 144`."""
    if not math.isfinite(x):
        return format_number(x)
    want = math.ceil(x)
    digits = current_digits()
    while digits < MAX_DIGITS and math.ceil(float(f"{float(x):.{digits - 1}e}")) != want:
        digits += 1
    return format_number(x, digits=digits)


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
    parsed = _parsed(expression)
    if parsed is None:
        return None
    component = figure.name.split(".", 1)[0] if "." in figure.name else None
    inputs = set(figure.inputs)
    named: Named = []
    for node in _names(parsed):
        full = node.id if isinstance(node, nodes.Name) else f"{node.component}.{node.figure}" + (
            f"[{node.flow_class}]" if node.flow_class is not None else "")
        if full in inputs:
            named.append((node, full))
        elif isinstance(node, nodes.Name) and component is not None and not figure.written \
                and f"{component}.{node.id}" in inputs:
            named.append((node, f"{component}.{node.id}"))  # an equation names its component's figures
    return parsed, named


_PREFIX = "_ = "


@lru_cache(maxsize=1024)
def _parsed(expression: str) -> nodes.Expr | None:
    """An expression parsed (the nodes are frozen, so one parse serves
    every figure with the same formula: each component's rules read alike);
    None when it is not one."""
    try:
        program = parse(f"{_PREFIX}{expression}\n", "<formula>")
    except BoteError:
        return None
    statement = program.statements[0] if len(program.statements) == 1 else None
    return statement.expr if isinstance(statement, nodes.Binding) else None


def _names(expr, with_units: bool = False) -> list:
    """The names in an expression, left to right (with those of the units
    after `->` when asked)."""
    found: list = []
    stack = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, (nodes.Name, nodes.Attribute)):
            found.append(node)
        elif isinstance(node, (nodes.Binary, nodes.Compare, nodes.Logical)):  # `prob(a > 15 GB)` reads `a`
            stack += [node.right, node.left]
        elif isinstance(node, nodes.Within):
            stack += [node.tolerance, node.right, node.left]
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
    pieces: list[str] = []
    offset = len(_PREFIX) + 1  # columns count from 1
    at = 0  # pieces join in one pass: a 2,000-term load would be quadratic spliced one name at a time
    for node, full in sorted(named, key=lambda n: n[0].span.column):  # type: ignore[attr-defined]
        span = node.span  # type: ignore[attr-defined]
        pieces += [expression[at:span.column - offset], texts[full]]
        at = span.end_column - offset
    pieces.append(expression[at:])
    return "".join(pieces)


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


def _note(lookup: _Lookup, figure: Figure) -> str | None:
    """What decided a count: `load decided`; with ranges, the percentile
    the sizing took."""
    if "." not in figure.name:
        return None
    component, name = figure.name.split(".", 1)
    result = lookup.components.get(component)
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
    return _value_text(_Lookup.of(report), figure)


def _value_text(lookup: _Lookup, figure: Figure) -> str:
    units = lookup.report.evaluated_units
    value = figure.value
    if "." not in figure.name:
        binding = lookup.values.get(figure.name)
        if binding is not None:
            return quantity_text(binding.quantity, units, binding.fixed_unit)
    if isinstance(value, Quantity):
        component, _, name = figure.name.partition(".")
        if name in _COUNTS and not is_sampled(value.magnitude) and not value.dims:
            return str(value.magnitude)  # an instance count in full: 5001 machines, never `5k`
        if name == "headroom":
            return multiplier_text(value.magnitude)  # rounded down, as the table shows it
        if name in _RATES:
            result = lookup.components.get(component)
            like = result.load if result is not None else value
            return quantity_text(Quantity(value.magnitude, value.dims, per_second(like.unit, units)), units,
                                 fixed=True)
        return quantity_text(value, units)
    return _plain_text(value)


def words(formula: str) -> str:
    """A formula's words, to their first clause: what the tree prints (the
    JSON has all of them). A clause ends at `: `, `; ` or ` (` outside
    parentheses, and never at a parenthesis that is an operand: words that
    begin with an equation (`load / (capacity * (instances - 1)); ...`)
    are not cut inside it."""
    depth = 0
    for i, c in enumerate(formula):
        if c == "(" and depth == 0 and i > 0 and formula[i - 1] == " " \
                and formula[:i].rstrip()[-1:] not in ("=", "+", "-", "*", "/", ",", "("):
            break
        if c in ":;" and depth == 0 and i > 0 and formula[i + 1:i + 2] == " ":
            break
        depth += (c == "(") - (c == ")")
    else:
        i = len(formula)
    return formula[:i].rstrip().rstrip(".")


def _plain_text(value) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float, Fraction)):  # a float: the queue model's arrival rate, per second
        return format_number(value)
    if isinstance(value, str):
        return value
    if is_sampled(value):
        return "one per sample"
    return f"({type(value).__name__})"  # a record: a queue's figures, a latency goal
