"""`bote plot`: a histogram of one uncertain value, with its p5, median and p95.

The samples are shown in the unit the table shows the median in (`display`),
so the picture and the table agree; the percentile labels use bote's own
number formatting.  The x axis is logarithmic when the samples are positive
and span more than a factor of 10 (the rule of the one-line text histogram).

matplotlib is an optional extra (`pip install 'bote-lang[plot]'`), imported only
when a picture is drawn, through its object-oriented API (no pyplot, no GUI
backend, no global state changed).  The same input gives the same bytes:
matplotlib's defaults replace any user style, SVG ids are salted with a fixed
string, and no date or version is written into the file.
"""
from __future__ import annotations

import io
import math
from pathlib import Path
from typing import TYPE_CHECKING

from bote.dataclasses_compiled import dataclass
from bote.errors import BoteError, Diagnostic, Span
from bote.language.quantity import PERCENT, Quantity, QuantityError, is_sampled
from bote.model.report import FileReport, Report

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.typing import RcKeyType

FORMATS = ("png", "svg")
MISSING_MATPLOTLIB = "bote plot needs matplotlib: pip install 'bote-lang[plot]'"

#: The figures of every component that is sized (`_lookup` reads them itself).
_EVERY_COMPONENTS = ("load", "capacity", "average_load", "end_to_end")

#: The component figures a plot can name: the load, the capacity, and what
#: sizing computes (`db.utilization`, `api.needed`, `db.p99`, ...).
_COMPONENT_FIGURES = (*_EVERY_COMPONENTS, "drain_rate", "backlog", "drain_time", "bytes_held", "growth")


@dataclass(frozen=True)
class Distribution:
    """The samples of one value, ready to draw: in the unit they are shown
    in (percent figures in %), with bote's text for p5, median and p95."""

    name: str
    samples: np.ndarray        # in `unit`; may hold inf (an unstable queue)
    unit: str                  # the short unit text (`req/s`, `%`, `` for a plain number)
    p5: str                    # `10.2k req/s`, `4.5%`, `unbounded`
    p50: str
    p95: str
    percent: bool
    seed: int | None = None

    @property
    def spread_text(self) -> str:
        """`p5 10.2k req/s, median 22.2k req/s, p95 49.6k req/s`."""
        return f"p5 {self.p5}, median {self.p50}, p95 {self.p95}"


def output_format(path: str | Path) -> str:
    """`png` or `svg`, from the file name; anything else is an error."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise BoteError.at("usage", f"cannot write `{path}`: bote plot writes .png or .svg files", None,
                           "name the output file.png or file.svg")
    return suffix


def find_distribution(report: FileReport | Report, name: str, span: Span | None = None) -> Distribution:
    """The samples of NAME: a binding (`traffic`), or a component's figure
    (`api.load`, `db.utilization`, `db.needed`, `db.p99`).  Errors (an
    unknown name, a single value) are `BoteError`s at `span` when given."""
    report = _file_report(report)
    quantity, fixed = _lookup(report, name, span)
    if not is_sampled(quantity.magnitude):
        raise BoteError.at("value", f"`{name}` is a single value, not a range: nothing to plot", span,
                           "plot a range (`10k to 50k qps`) or a value computed from one")
    return _distribution(report, name, quantity, fixed, span)


def _file_report(report) -> FileReport:
    if isinstance(report, Report):
        if len(report.files) != 1:
            raise ValueError("plot one file's report")
        return report.files[0]
    return report


def _lookup(report: FileReport, name: str, span: Span | None) -> tuple[Quantity, bool]:
    values = {v.name: v for v in report.values}
    components = {c.name: c for c in report.components}
    if name in values:
        return values[name].quantity, values[name].fixed_unit
    component, dot, figure = name.partition(".")
    if not dot:
        if name in components:
            raise BoteError.at("unknown-name", f"`{name}` is a component, not a value", span,
                               f"name one of its figures, e.g. `{name}.load` or `{name}.utilization`")
        raise BoteError.at("unknown-name", f"no value or component named `{name}`", span,
                           _suggest(name, [*values, *components]))
    if component not in components:
        raise BoteError.at("unknown-name", f"unknown component `{component}`", span,
                           _suggest(component, components) or _suggest(name, values))
    c = components[component]
    from bote.model.kinds import COMPUTED, PROPERTIES, SIZED
    if figure == "load":
        return c.load, False
    if figure == "capacity":
        if c.capacity is None:  # clients, a queue without `capacity`: nothing sized
            raise BoteError.at("unknown-name", f"component {component} has no capacity", span,
                               f"it is not sized: plot `{component}.load`")
        return c.capacity, False
    if figure == "average_load":
        return Quantity(c.average_load, c.load.dims, c.load.unit), False
    if figure == "end_to_end":
        return Quantity(c.end_to_end, (("time", 1),), (("second", 1),)), False
    spec = c.kind_spec
    if c.kind_model is not None and (figure in spec.own_figures or figure in spec.extra_figures):
        try:
            return spec.figure(c.kind_model, figure), False
        except QuantityError as e:
            raise BoteError.at("value", f"cannot plot `{name}`: {e.message}", span, e.hint) from None
    from bote.model.component import figure_of, has_figure
    if figure in SIZED and c.model is not None and has_figure(c.model, figure):
        try:
            return figure_of(c.model, figure), False
        except QuantityError as e:
            raise BoteError.at("value", f"cannot plot `{name}`: {e.message}", span, e.hint) from None
    if figure in PROPERTIES:
        raise BoteError.at("unknown-name", f"`{name}` is a property: bote plots bindings and the figures it "
                           "computes (load, capacity, utilization, needed, ...)", span,
                           f"bind the range to a name (`x = ...`, then `{figure} = x` in {component}) and plot `x`")
    if figure in COMPUTED or figure in SIZED:   # a figure of another kind (a queue's `backlog`)
        raise BoteError.at("unknown-name", f"component {component} ({c.kind}) has no figure `{figure}`", span,
                           f"`{figure}` is a figure of other kinds of component")
    raise BoteError.at("unknown-name", f"component {component} has no figure `{figure}`", span,
                       _suggest(name, [f"{component}.{f}" for f in (*_COMPONENT_FIGURES, *COMPUTED)
                                       if f in _EVERY_COMPONENTS or f in spec.own_figures or f in spec.extra_figures
                                       or c.model is not None and has_figure(c.model, f)]))


def _suggest(name: str, candidates) -> str | None:
    from bote.language.suggest import did_you_mean
    return did_you_mean(name, candidates)


def _distribution(report: FileReport, name: str, q: Quantity, fixed: bool, span: Span | None) -> Distribution:
    import numpy as np

    from bote.language.format import display, format_number, hms_text, spread_scale
    from bote.language.units import HMS, format_unit, unit_factor
    from bote.uncertainty.samples import spread

    x = np.asarray(q.magnitude, dtype=float)
    if not np.isfinite(x).any():
        raise BoteError.at("value", f"`{name}` is unbounded in every sample: nothing to plot", span, None)
    low, mid, high = spread(x)
    # The unit the table shows the distribution in: the one its largest
    # finite end reads in (a median of 0 must not pick nanoseconds).
    anchor = spread_scale(low, mid, high)
    if not math.isfinite(anchor):
        anchor = float(np.max(x[np.isfinite(x)]))
    _, unit = display(Quantity(anchor, q.dims, q.unit), report.evaluated_units, fixed)
    hms = unit == ((HMS, 1),)
    if hms:
        unit = (("second", 1),)   # the axis in seconds, the marks as `8h 45m 57s`
    factor = float(unit_factor(unit, report.evaluated_units))
    percent = unit == PERCENT
    text = "%" if percent else format_unit(unit, report.evaluated_units, short=True)
    if text.startswith("1/"):
        text = text[1:]  # `120 /s`, as the table writes a bare rate

    def shown(v: float) -> str:
        if not math.isfinite(v):
            return "unbounded"
        if hms:
            return hms_text(v)
        number = format_number(v / factor, unit=bool(text) and not percent)
        return number + "%" if percent else f"{number} {text}" if text else number

    seed = getattr(report.sampling, "seed", None)
    return Distribution(name, x / factor, text, shown(low), shown(mid), shown(high), percent, seed)


# ---- drawing --------------------------------------------------------------------------

_BARS = "#4c78a8"
_TAILS = "#d62728"
_MEDIAN = "#222222"


#: The creator an SVG bote draws names in its metadata (`<dc:title>bote</dc:title>`).
SVG_CREATOR = "bote"


def plot_bytes(dist: Distribution, fmt: str, *, title: str | None = None) -> bytes:
    """The picture of `dist` as PNG or SVG bytes: the same input gives the
    same bytes."""
    _matplotlib()  # the clear error when it is missing, before the imports below
    import matplotlib.style
    import numpy as np
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    from bote.language.format import format_number
    from bote.uncertainty.samples import spread

    x = dist.samples
    finite = x[np.isfinite(x)]
    unbounded = 1 - len(finite) / len(x)
    log, edges = _bins(finite)
    p5, p50, p95 = spread(x)

    style: dict[RcKeyType, object] = {"svg.hashsalt": "bote", "svg.fonttype": "none", "svg.id": "bote-plot",
             "font.size": 9, "axes.spines.top": False, "axes.spines.right": False}
    style = {k: v for k, v in style.items() if k in matplotlib.rcParams}  # `svg.id` is new in 3.7
    with matplotlib.style.context("default"), matplotlib.rc_context(style):
        fig = Figure(figsize=(7, 3.8), layout="constrained")
        ax = fig.add_subplot()
        ax.hist(finite, bins=edges, weights=np.full(len(finite), 1 / len(x)), color=_BARS, alpha=0.85)
        if log:
            ax.set_xscale("log")
            decades = math.log10(edges[-1] / edges[0])
            ax.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0) if decades <= 3 else (1.0,)))
            ax.xaxis.set_minor_formatter(NullFormatter())
        suffix = "%" if dist.percent else ""
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v) + suffix))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v * 100) + "%"))
        marks = [(p5, f"p5 {dist.p5}", _TAILS, "--"), (p50, f"median {dist.p50}", _MEDIAN, "-"),
                 (p95, f"p95 {dist.p95}", _TAILS, "--")]
        for value, label, color, line in marks:
            if math.isfinite(value):
                ax.axvline(value, color=color, linestyle=line, linewidth=1.4, label=label)
            else:
                ax.plot([], [], " ", label=label)  # `p95 unbounded`: no line to draw
        if unbounded:
            ax.plot([], [], " ", label=f"unbounded in {format_number(unbounded * 100)}% (not drawn)")
        seed = f", seed {dist.seed}" if dist.seed is not None else ""
        ax.plot([], [], " ", label=f"{len(x):,} samples{seed}")
        legend = ax.legend(loc="best", frameon=False)
        legend.get_texts()[-1].set_color("#777777")
        ax.set_xlabel(dist.unit)
        ax.set_ylabel("share of samples")
        ax.set_title(dist.name if title is None else title, loc="left", fontweight="bold")
        out = io.BytesIO()
        if fmt == "svg":
            # Creator: how `bote render` knows an image beside a doc is its own.
            fig.savefig(out, format="svg", metadata={"Date": None, "Creator": SVG_CREATOR})
        else:
            fig.savefig(out, format="png", dpi=144, metadata={"Software": None})
    return out.getvalue()


def _bins(x):
    """(log scale?, bin edges) for finite samples `x`: one bin per whole
    number for small counts (`db.needed`), log-spaced bins when the samples
    are positive and their middle 98% spans more than a factor of 10."""
    import numpy as np

    lo, hi = float(x.min()), float(x.max())
    if np.all(x == np.round(x)) and hi - lo <= 60:
        return False, np.arange(lo - 0.5, hi + 1.5)
    if lo == hi:
        width = abs(lo) * 0.05 or 0.5
        return False, np.array([lo - width, hi + width])
    q1, q99 = np.quantile(x, [0.01, 0.99])
    if lo > 0 and q1 > 0 and q99 / q1 > 10:
        return True, np.geomspace(lo, hi, 61)
    return False, np.linspace(lo, hi, 61)


def _matplotlib():
    try:
        import matplotlib
    except ImportError:
        raise BoteError(Diagnostic("dependency", MISSING_MATPLOTLIB, None)) from None
    return matplotlib


def plot_figure(report: FileReport | Report, name: str, out_path: str | Path, *,
                title: str | None = None) -> Distribution:
    """Draw NAME's histogram into `out_path` (.png or .svg, written
    atomically); returns what was drawn.  Raises `BoteError` for a bad file
    name, an unknown name, a single value, or a missing matplotlib."""
    fmt = output_format(out_path)
    _matplotlib()  # say so first: nothing else matters without it
    dist = find_distribution(report, name)
    data = plot_bytes(dist, fmt, title=title)
    from bote.files import shown_name
    from bote.writeback.writing import write_atomically
    try:
        write_atomically(out_path, data)
    except OSError as e:
        raise BoteError.at("io", f"cannot write {shown_name(str(out_path))}: {e.strerror or e}", None) from None
    return dist
