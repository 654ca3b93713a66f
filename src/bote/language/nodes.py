"""The abstract syntax tree: plain dataclasses, each with the span it came from.

The parser builds these once; no Lark tree travels past `bote.language.parse`.
"""
from __future__ import annotations

from fractions import Fraction

from bote.dataclasses_compiled import dataclass
from bote.errors import Span, cached_lines
from bote.frozen import quick_init

# ---- expressions ------------------------------------------------------------

#: The request class of a flow without a name.
DEFAULT_CLASS = "default"


@quick_init
@dataclass(frozen=True, slots=True)
class Number:
    value: Fraction
    text: str
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Name:
    id: str
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Attribute:
    """`db.instances`: a figure of another component; `gateway.load[rides]`
    the part of it one flow (request class) carries."""

    component: str
    figure: str
    span: Span
    flow_class: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Call:
    function: str
    args: tuple[Expr, ...]
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Binary:
    """`op` is one of + - * / per juxtapose ^."""

    op: str
    left: Expr
    right: Expr
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Unary:
    """`op` is `-`, `+` or `not`."""

    op: str
    operand: Expr
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Compare:
    op: str
    left: Expr
    right: Expr
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Within:
    """`left == right within tolerance`: equal up to a share of `right` (a
    dimensionless tolerance, `0.5%`) or an amount of the same dimension as
    both sides (`10 TB`)."""

    left: Expr
    right: Expr
    tolerance: Expr
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Logical:
    """`and` / `or`."""

    op: str
    left: Expr
    right: Expr
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Convert:
    """`expr -> unit`."""

    expr: Expr
    unit: Expr
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Range:
    """`low to high`: an uncertain value, 90% of it between the two ends."""

    low: Expr
    high: Expr
    span: Span
    to_span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class String:
    """`"m6i.xlarge"`: a name in quotes (an instance type of the catalog)."""

    value: str
    span: Span


Expr = Number | Name | Attribute | Call | Binary | Unary | Compare | Within | Logical | Convert | Range | String


# ---- statements -------------------------------------------------------------

@quick_init
@dataclass(frozen=True, slots=True)
class Binding:
    name: str
    expr: Expr
    name_span: Span
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class UnitLabels:
    """`unit tweet, photo`: dimensionless count labels."""

    names: tuple[tuple[str, Span], ...]
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class UnitAlias:
    """`unit page = 8 KiB`."""

    name: str
    expr: Expr
    name_span: Span
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Property:
    name: str
    expr: Expr
    name_span: Span
    span: Span
    #: `service_time[pings] = 2 ms`, or a setting inside `flow pings { ... }`:
    #: what one request of that flow costs here.
    flow_class: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Component:
    name: str
    properties: tuple[Property, ...]
    name_span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Edge:
    """One arrow of a flow: each request to `source` sends `multiplier`
    requests to `target` (1 when omitted)."""

    source: str
    target: str
    multiplier: Expr | None
    source_span: Span
    target_span: Span
    #: The request class it carries: the name of its flow (`default` for a
    #: flow without one).
    flow_class: str = DEFAULT_CLASS
    #: `batch 100`: requests of the source one request to the target carries
    #: (None: the source's `batch` property, or no batching).
    batch: Expr | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Flow:
    """`flow NAME { ... }`: one request class's chains; `settings` are the
    per-request costs it sets at components along them (`-> gateway {
    service_time = 2 ms }`), each as (component, property)."""

    edges: tuple[Edge, ...]
    span: Span
    name: str = DEFAULT_CLASS
    name_span: Span | None = None
    settings: tuple[tuple[str, Property], ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Assert:
    expr: Expr
    text: str
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Override:
    """`api.workers = 16` in a variant: a component's property replaced (or added)."""

    component: str
    name: str
    expr: Expr
    name_span: Span
    span: Span


@quick_init
@dataclass(frozen=True, slots=True)
class Variant:
    """`variant NAME { ... }`: bindings and properties replaced, components
    and flow edges added (`bote.language.overrides.variant_program`)."""

    name: str
    statements: tuple[Binding | Override | Component | Flow, ...]
    name_span: Span


Statement = Binding | UnitLabels | UnitAlias | Component | Flow | Assert | Variant


@quick_init
@dataclass(frozen=True, slots=True)
class Program:
    statements: tuple[Statement, ...]
    filename: str
    source: str
    #: Other sources some of its nodes come from, by file name: the `--set`
    #: options (`bote.language.overrides`).
    extra: tuple[tuple[str, str], ...] = ()

    def lines(self, span: Span) -> tuple[str, ...]:
        """The lines of the source a span is in."""
        for name, text in self.extra:
            if span.file == name:
                return cached_lines(text)
        return cached_lines(self.source)

    def text(self, span: Span) -> str:
        """The source a span covers; `first line ...` when it spans several."""
        lines = self.lines(span)
        if span.line == span.end_line:
            return lines[span.line - 1][span.column - 1: span.end_column - 1]
        return lines[span.line - 1][span.column - 1:].strip() + " ..."
