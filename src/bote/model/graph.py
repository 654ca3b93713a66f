"""The figure graph: every figure bote computes for a file as a node with a
stable name (`dau`, `api.service_time`, `api.needed_for_load`,
`bus.backlog`), its value, the formula it applies, the figures it reads and
the span it comes from. `report.figure(name)` answers from it; `bote
explain`, the language server and the design loop walk it.

Names: a binding is its own name; a component's property or figure is
`component.name`. Nodes are held in evaluation order, so every figure's
inputs come before it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field

from bote.dataclasses_compiled import dataclass
from bote.errors import Span


@dataclass(frozen=True, slots=True)
class Figure:
    name: str                     # `api.needed_for_load`
    value: object                 # a Quantity when it has a unit or is a count; else the record (a queue, a goal)
    formula: str                  # the expression as written, or the formula the computing function states
    inputs: tuple[str, ...]       # the figures it reads, by name
    span: Span | None             # where it comes from: the binding, the property, the component
    #: The figure as an arithmetic expression of its inputs (`ceil(load /
    #: (capacity * max_utilization))`, names relative to its component), for
    #: the branch the run took; None where words say it (`formula`).
    equation: str | None = None
    #: Written by the user: a binding or a property (its formula is the
    #: expression as written, in the names of the file).
    written: bool = False

    def __str__(self) -> str:
        return f"{self.name} = {self.value}"


@dataclass
class FigureGraph:
    figures: dict[str, Figure] = field(default_factory=dict)

    def add(self, figure: Figure) -> None:
        # A figure is recorded once: the first record is the one evaluated
        # (a property `load` is the component's load figure too).
        self.figures.setdefault(figure.name, figure)

    def __getitem__(self, name: str) -> Figure:
        try:
            return self.figures[name]
        except KeyError:
            from bote.language.suggest import did_you_mean
            hint = did_you_mean(name, self.figures)
            raise KeyError(f"no figure `{name}`" + (f" ({hint})" if hint else "")) from None

    def __contains__(self, name: object) -> bool:
        return name in self.figures

    def __iter__(self) -> Iterator[Figure]:
        return iter(self.figures.values())

    def __len__(self) -> int:
        return len(self.figures)

    def inputs_of(self, name: str) -> list[Figure]:
        return [self.figures[i] for i in self[name].inputs if i in self.figures]

    def derivation(self, name: str) -> list[tuple[int, Figure]]:
        """The walk from a figure to its inputs, depth first: (depth,
        figure), each figure once (where the walk first meets it)."""
        out: list[tuple[int, Figure]] = []
        seen: set[str] = set()

        def visit(n: str, depth: int) -> None:
            if n in seen or n not in self.figures:
                return
            seen.add(n)
            out.append((depth, self.figures[n]))
            for i in self.figures[n].inputs:
                visit(i, depth + 1)
        visit(self[name].name, 0)
        return out
