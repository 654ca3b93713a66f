"""What an evaluation produced, as plain data.

Renderers (`bote.render.*`) turn a `Report` into text, JSON or Markdown; the
exit status is computed here, in one place.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from typing import TYPE_CHECKING

from bote.dataclasses_compiled import dataclass
from bote.errors import Diagnostic, Span
from bote.language.quantity import Quantity
from bote.language.units import FileUnits
from bote.model.capacity import Sizing
from bote.model.component import ComponentModel
from bote.model.risks import ERROR, WARNING, Risk

if TYPE_CHECKING:
    from bote.magnitudes import Magnitude
    from bote.model.failures import Failures
    from bote.model.graph import Figure, FigureGraph
    from bote.model.headroom import Headroom
    from bote.model.kinds.base import KindModel
    from bote.uncertainty.sampling import Sampling

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


@dataclass(frozen=True, slots=True)
class ValueResult:
    name: str
    quantity: Quantity
    fixed_unit: bool          # the user chose the unit with `->`
    span: Span


@dataclass(frozen=True, slots=True)
class ComponentResult:
    name: str
    span: Span
    load: Quantity
    capacity: Quantity | None               # None for clients and a queue without `capacity`
    sizing: Sizing | None                   # None when not sized (clients, third party, managed queue)
    load_assumed: bool
    risks: tuple[Risk, ...]
    model: ComponentModel | None = None   # queue, latency, connections, storage growth
    cold_load: Magnitude | None = None      # req/s with every cache cold (when a flow uses `misses`)
    kind: str = "service"                   # service, clients, queue, third_party, cache, database
    kind_model: KindModel | None = None     # for clients, queues, third parties
    average_load: Magnitude = field(kw_only=True)  # average req/s in (load is the peak)
    end_to_end: Magnitude = field(kw_only=True)    # seconds: mean latency of the slowest synchronous path
    #: Every property the component sets, as evaluated: name -> (Quantity, or
    #: the word of a choice such as `single`, and the line it is set on).
    properties: dict[str, tuple[Quantity | str, int]] = field(default_factory=dict)
    #: What it costs per month in the file's currency (`bote.model.cost`):
    #: `cost` and each part it has a price for (`compute_cost`,
    #: `storage_cost`, `egress_cost`); None when it sets no price.
    cost: dict[str, Quantity] | None = None
    #: By how much today's traffic can be multiplied before it first fails
    #: (`bote.model.headroom.Headroom`); None when traffic never breaks it.
    headroom: Headroom | None = None
    #: In a file that names its flows: the load each flow brings it (peak),
    #: in flow order; None otherwise.
    loads: dict[str, Quantity] | None = None
    #: Its errors and retries (`bote.model.failures.Failures`), in a file
    #: that models them; None otherwise.
    failures: Failures | None = None

    @property
    def kind_spec(self):
        """Its kind (`bote.model.kinds.Kind`): what the reporters ask about it."""
        from bote.model.kinds import kind_named
        return kind_named(self.kind)


@dataclass(frozen=True, slots=True)
class BreakingPoint:
    """The first component to fail as every source's traffic is multiplied."""

    multiplier: Magnitude     # per scenario with ranges
    component: str
    fails_by: str             # a risk kind: overloaded, unstable, latency, ...
    entering: Quantity        # the traffic entering the system at that multiplier


@dataclass(frozen=True, slots=True)
class EdgeResult:
    """One arrow of the flow with its evaluated multiplier (1 when omitted)."""

    source: str
    target: str
    multiplier: Quantity
    span: Span
    #: The flow (request class) it carries.
    flow_class: str = "default"
    #: Requests per second along it to the target (after batching), at the peak.
    load: Quantity | None = None
    #: Requests of the source one request carries at the peak (`batch 100`,
    #: fewer when `batch_timeout` cuts a batch short); None: no batching.
    batch: Magnitude | None = None


@dataclass(frozen=True, slots=True)
class AssertResult:
    text: str
    passed: bool
    span: Span
    message: str


@dataclass
class FileReport:
    file: str
    source: str
    units: FileUnits | None = None
    values: list[ValueResult] = field(default_factory=list)
    components: list[ComponentResult] = field(default_factory=list)
    edges: list[EdgeResult] = field(default_factory=list)
    #: The flows (request classes) a file names, in the order declared;
    #: empty when it names none (its flows are the one class `default`).
    flows: tuple[str, ...] = ()
    risks: list[Risk] = field(default_factory=list)
    asserts: list[AssertResult] = field(default_factory=list)
    errors: list[Diagnostic] = field(default_factory=list)
    #: A Markdown file with no ```bote block: nothing to report.
    skipped: bool = False
    #: The Monte Carlo run (samples, seed) when the file has ranges; else None.
    sampling: Sampling | None = None
    #: What every component costs per month (`total_cost`); None when no
    #: component sets a price.
    total_cost: Quantity | None = None
    #: The component that breaks first as the traffic entering grows.
    breaking_point: BreakingPoint | None = None
    #: Other sources its diagnostics may point into, by file name (the
    #: `--set` options): `source_of`.
    sources: dict[str, str] = field(default_factory=dict)
    #: Builds the figure graph from the evaluation, when first asked for
    #: (`figures`): `bote check` never pays for it.
    figure_builder: Callable[[], FigureGraph] | None = field(default=None, repr=False, compare=False)
    #: When its evaluation started (seconds since the epoch) and how long it
    #: took, reading the file included: JUnit's timestamp and time.  None
    #: when it was not timed (evaluated from text by the API).
    started: float | None = field(default=None, compare=False)
    seconds: float | None = field(default=None, compare=False)
    _figures: FigureGraph | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def figures(self) -> FigureGraph:
        """Every figure with its formula, inputs and span (`bote.model.graph`);
        empty for a file that did not evaluate (or when `bote.model.keep_figure_graphs(False)`)."""
        if self._figures is None:
            from bote.model.graph import (
                FigureGraph,  # only when asked for: not at start-up
            )
            self._figures = self.figure_builder() if self.figure_builder is not None else FigureGraph()
        return self._figures

    def source_of(self, d: Diagnostic) -> str:
        """The source a diagnostic's line is shown from: the file's, or a
        `--set` option's."""
        if d.span is not None and d.span.file in self.sources:
            return self.sources[d.span.file]
        return self.source

    @property
    def evaluated_units(self) -> FileUnits:
        """The units its figures are shown in. Every file that has figures
        (values, components) was evaluated and has them; one that did not
        evaluate (errors, no ```bote block) has nothing to show in units."""
        if self.units is None:
            raise ValueError(f"{self.file} was not evaluated: it has no figures to show")
        return self.units

    def figure(self, name: str) -> Figure:
        """A figure by name (`dau`, `api.needed_for_load`): its value,
        formula, inputs and span. KeyError when the file has none."""
        return self.figures[name]

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def exit_code(self) -> int:
        """`bote check`'s exit status: 0 fine, 1 a failed assert or an
        error-level risk, 2 invalid input."""
        return self._exit_code(strict=False)

    @property
    def strict_exit_code(self) -> int:
        """`bote check --strict`'s: warnings fail too."""
        return self._exit_code(strict=True)

    def _exit_code(self, strict: bool) -> int:
        if self.errors:
            return EXIT_INVALID
        failing = {ERROR, WARNING} if strict else {ERROR}
        if any(not a.passed for a in self.asserts) or any(r.severity in failing for r in self.risks):
            return EXIT_FAILED
        return EXIT_OK


@dataclass
class Report:
    files: list[FileReport] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """The worst file's exit status (`bote check`): 0, 1 or 2."""
        return max((f.exit_code for f in self.files), default=EXIT_OK)

    @property
    def strict_exit_code(self) -> int:
        """The same with `--strict`: warnings fail too."""
        return max((f.strict_exit_code for f in self.files), default=EXIT_OK)

    @property
    def errors(self) -> list[Diagnostic]:
        """Every file's diagnostics: why the input is invalid (exit 2)."""
        return [d for f in self.files for d in f.errors]

    # Conveniences for the common one-file case (`bote.evaluate`, `bote.evaluate_file`).
    def _only(self) -> FileReport:
        return self.files[0]

    @property
    def values(self) -> dict[str, ValueResult]:
        return {v.name: v for v in self._only().values}

    def figure(self, name: str) -> Figure:
        """A figure of the file by name: `report.figure("api.needed_for_load")`
        gives its value, formula, inputs and span."""
        return self._only().figure(name)

    @property
    def components(self) -> dict[str, ComponentResult]:
        return {c.name: c for c in self._only().components}

    @property
    def risks(self) -> list[Risk]:
        return self._only().risks

    @property
    def asserts(self) -> list[AssertResult]:
        return self._only().asserts
