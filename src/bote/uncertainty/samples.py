"""Uncertain values: drawing samples from distributions, and summarizing them.

A range or a distribution becomes a numpy array of samples in base units (one
element per Monte Carlo draw); everything computed from it is an array of the
same length, so draw i of every value belongs to the same scenario.  numpy is
imported by this module only, and this module only when a file uses a range:
a file without one never pays for numpy.

Every distribution draws from its own generator, seeded by the file's seed,
the name of the value that holds it (a binding, `component.property`) and
its place among that value's distributions: a value's samples do not change
when lines are added or removed elsewhere, or when prose moves a design
doc's blocks.
"""
from __future__ import annotations

import math
import zlib

import numpy as np

from bote.dataclasses_compiled import dataclass
from bote.errors import Span
from bote.magnitudes import QuantityError, checked
from bote.uncertainty.sampling import DEFAULT_SAMPLES, DEFAULT_SEED

#: The standard normal's 95th percentile: a 90% interval spans ±Z95 sd.
Z95 = 1.6448536269514722


@dataclass(frozen=True, slots=True)
class Source:
    """A distribution the file draws from: an input of the sensitivity
    analysis, named after the binding or property that holds it."""

    label: str
    span: Span
    samples: np.ndarray
    node: object = None   # the evaluation node that drew it (see `bote.model.resolve`)


class Sampler:
    def __init__(self, samples: int = DEFAULT_SAMPLES, seed: int = DEFAULT_SEED):
        self.samples = samples
        self.seed = seed
        self.sources: list[Source] = []
        self.node = None   # the node being evaluated, set by the evaluator before each draw
        self._drawn: dict[Span, np.ndarray] = {}   # each expression's samples
        self._streams: dict[str, int] = {}          # distributions drawn so far under each name
        self._rows: list[np.ndarray | None] = []   # ranks of each source, see `_rank_rows`
        self._answers: dict[int, tuple] = {}

    def _draw(self, label: str, span: Span, make) -> np.ndarray:
        """The samples of the distribution written at `span`: drawn once by
        `make(generator)` (an expression evaluated again, as the cold-cache
        scenario re-reads the flow, gets the same samples and stays one
        input), from a generator seeded by the seed, the value's name and
        the distribution's index within it."""
        drawn = self._drawn.get(span)
        if drawn is not None:
            return drawn
        index = self._streams.get(label, 0)
        self._streams[label] = index + 1
        rng = np.random.default_rng([self.seed, zlib.crc32(label.encode("utf-8")), index])
        with np.errstate(over="ignore", invalid="ignore"):
            x = checked(make(rng))   # a lognormal of 1 to 1e200 overflows here, not later
        x.setflags(write=False)
        self._drawn[span] = x
        self.sources.append(Source(label, span, x, self.node))
        return x

    # ---- distributions (arguments are floats in base units) ---------------------
    def interval(self, low: float, high: float, label: str, span: Span) -> np.ndarray:
        """`low to high`, a 90% interval: lognormal when both ends are
        positive (p5 = low, p95 = high), normal otherwise (mean = (low +
        high) / 2, sd = (high - low) / (2 Z95))."""
        if high < low:
            raise QuantityError("value", "the range runs backwards: its high end is below its low end",
                                "write the low end first, e.g. `10k to 50k qps`")
        if low > 0:
            return self.lognormal(low, high, label, span)
        return self.normal((low + high) / 2, (high - low) / (2 * Z95), label, span)

    def normal(self, mean: float, sd: float, label: str, span: Span) -> np.ndarray:
        """mean + sd * Z, Z standard normal."""
        if sd < 0:
            raise QuantityError("value", "normal() needs a standard deviation of at least zero",
                                "e.g. `normal(100 ms, 15 ms)`")
        return self._draw(label, span, lambda rng: mean + sd * rng.standard_normal(self.samples))

    def lognormal(self, p5: float, p95: float, label: str, span: Span) -> np.ndarray:
        """exp(mu + sigma * Z) with mu = (ln p5 + ln p95) / 2 and
        sigma = (ln p95 - ln p5) / (2 Z95): p5 and p95 are its 5th and 95th
        percentiles."""
        if p5 <= 0 or p95 <= 0:
            raise QuantityError("value", "lognormal() needs two positive percentiles",
                                "a lognormal value is never zero or negative; use normal() for that")
        if p95 < p5:
            raise QuantityError("value", "lognormal(p5, p95) needs p5 <= p95", "e.g. `lognormal(10 ms, 80 ms)`")
        mu = (math.log(p5) + math.log(p95)) / 2
        sigma = (math.log(p95) - math.log(p5)) / (2 * Z95)
        return self._draw(label, span, lambda rng: np.exp(mu + sigma * rng.standard_normal(self.samples)))

    def uniform(self, low: float, high: float, label: str, span: Span) -> np.ndarray:
        """Every value between low and high equally likely."""
        if high < low:
            raise QuantityError("value", "uniform(low, high) needs low <= high", "e.g. `uniform(2, 5)`")
        return self._draw(label, span, lambda rng: rng.uniform(low, high, self.samples))

    def pert(self, low: float, mode: float, high: float, label: str, span: Span) -> np.ndarray:
        """The PERT distribution: low + (high - low) * Beta(a, b) with
        a = 1 + 4 (mode - low) / (high - low), b = 1 + 4 (high - mode) /
        (high - low); its mean is (low + 4 mode + high) / 6."""
        if not low <= mode <= high:
            raise QuantityError("value", "pert(low, mode, high) needs low <= mode <= high",
                                "e.g. `pert(20 ms, 30 ms, 90 ms)`")
        width = high - low
        if width == 0:
            return self._draw(label, span, lambda rng: np.full(self.samples, float(low)))
        a = 1 + 4 * (mode - low) / width
        b = 1 + 4 * (high - mode) / width
        return self._draw(label, span, lambda rng: low + width * rng.beta(a, b, self.samples))

    # ---- sensitivity ------------------------------------------------------------
    def sensitivity(self, figure: np.ndarray, among=None, limit: int = 3) -> list[tuple[str, float]]:
        """The inputs that explain most of `figure`'s spread, as (label,
        Spearman rank correlation), strongest first.  A rank correlation
        measures how consistently the figure rises (or falls) with the
        input, whatever the shape of the relation; its square is roughly the
        share of the figure's rank variance the input explains.  `among`
        (the nodes the figure depends on) keeps inputs it cannot depend on
        out of the ranking.

        The correlations are computed on the first `SENSITIVITY_SAMPLES`
        samples (draws are independent, so they are a random subset): the
        standard error of a rank correlation is about 1/sqrt(n), 0.022 at
        2,000, enough to rank inputs and print two decimals, at a fifth of
        the cost.  Correlations within three standard errors of zero are
        not reported: an input there explains nothing measurable."""
        if not isinstance(figure, np.ndarray) or figure.ndim != 1 or figure.size < 3:
            return []
        cached = self._answers.get(id(figure))
        if cached is not None and cached[0] is figure:  # risks of one figure share it
            return cached[1]
        out_ranks = _ranks(figure)
        answer = []
        if out_ranks is not None:
            self._rank_rows()
            ranked = [(i, row) for i, row in enumerate(self._rows)
                      if row is not None and (among is None or self.sources[i].node in among)]
            rows = [i for i, _ in ranked]
            if rows:
                # einsum, not `@`: a product this small is slower spread over threads.
                rho = np.einsum("ij,j->i", np.stack([row for _, row in ranked]), out_ranks)
                floor = max(0.05, 3 / math.sqrt(len(out_ranks) - 1))
                for k in np.argsort(-np.abs(rho), kind="stable")[:limit]:
                    if abs(rho[k]) >= floor:
                        answer.append((self.sources[rows[k]].label, round(float(rho[k]), 3)))  # ±0.02 at best
        self._answers[id(figure)] = (figure, answer)
        return answer

    def _rank_rows(self) -> None:
        """The centred, normalized ranks of each input (None for a constant
        one), computed once per input."""
        for source in self.sources[len(self._rows):]:
            self._rows.append(_ranks(source.samples))


#: Samples the sensitivity ranking uses (see `Sampler.sensitivity`).
SENSITIVITY_SAMPLES = 2_000


def _ranks(x: np.ndarray) -> np.ndarray | None:
    """Ranks of the first SENSITIVITY_SAMPLES of `x`, centred and scaled to
    unit length (so that the dot product of two such vectors is their
    Spearman correlation), in float32 (ranks need no more); None for a
    constant array."""
    x = x[:SENSITIVITY_SAMPLES]
    order = np.argsort(x)
    ranks = np.empty(len(x))
    ranks[order] = np.arange(len(x), dtype=float)
    ranks -= ranks.mean()
    norm = math.sqrt(float(np.dot(ranks, ranks)))
    if norm == 0 or float(np.ptp(x)) == 0:
        return None
    return (ranks / norm).astype(np.float32)


# ---- summaries --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Summary:
    p5: float
    p50: float
    p95: float
    mean: float


def summarize(x: np.ndarray) -> Summary:
    p5, p50, p95 = spread(x)
    return Summary(p5, p50, p95, float(np.mean(x)))


#: The quantiles every view of a distribution needs: the histogram's range
#: (p1, p99) and the interval shown (p5, p50, p95).
_SHOWN = (0.01, 0.05, 0.5, 0.95, 0.99)
_shown_cache: dict[int, tuple] = {}


def _shown_quantiles(x: np.ndarray) -> tuple[float, ...]:
    """p1, p5, p50, p95, p99 of finite samples, from one partial sort and
    remembered for the last few arrays (a table row asks twice)."""
    hit = _shown_cache.get(id(x))
    if hit is not None and hit[0] is x:
        return hit[1]
    values = tuple(float(v) for v in np.quantile(x, _SHOWN))
    if len(_shown_cache) >= 64:  # a few recent arrays: a row asks twice, then moves on
        del _shown_cache[next(iter(_shown_cache))]
    _shown_cache[id(x)] = (x, values)
    return values


def spread(x: np.ndarray) -> tuple[float, float, float]:
    """(p5, p50, p95) of the samples; infinite samples (an unstable queue's
    wait) count as the largest values, never as NaN."""
    finite = np.isfinite(x)
    if finite.all():
        _, low, mid, high, _ = _shown_quantiles(x)
        return low, mid, high
    ranked = np.sort(np.where(finite, x, np.inf))
    n = len(ranked)
    low, mid, high = (float(ranked[min(n - 1, int(q * (n - 1)))]) for q in (0.05, 0.5, 0.95))
    return low, mid, high


def quantile(x, q: float) -> float:
    """The q-quantile of the samples (linear interpolation between order
    statistics, numpy's default); with infinite samples (an unstable
    queue's wait), the order statistic itself, so that it is infinite
    rather than NaN where the infinite ones begin."""
    if np.isfinite(x).all():
        return float(np.quantile(x, q))
    return float(np.quantile(x, q, method="inverted_cdf"))


def sized_count(needed: np.ndarray, q: float) -> int:
    """The instance count that covers `q` of the samples: the smallest
    sampled count with at least q of the samples at or below it."""
    return int(np.quantile(needed, q, method="inverted_cdf"))


def probability(mask) -> float:
    """The share of samples where `mask` holds."""
    return float(np.mean(mask))


_BARS = " ▁▂▃▄▅▆▇█"


def histogram(x: np.ndarray, bins: int = 16) -> str:
    """A one-line histogram of the middle 98% of the samples, on a log
    scale when they are positive and span more than a factor of 10."""
    if not np.isfinite(x).all():
        x = x[np.isfinite(x)]
        if not x.size:
            return _BARS[0]
    lo, _, _, _, hi = _shown_quantiles(x)
    if not hi > lo:
        return _BARS[-1]
    log = lo > 0 and hi / lo > 10
    if log:
        x = x[x > 0]   # below p1 there may be zeros: off the log scale (and out of the bins anyway)
    values = np.log(x) if log else x
    edges = np.linspace(math.log(lo) if log else lo, math.log(hi) if log else hi, bins + 1)
    counts, _ = np.histogram(values, bins=edges)
    top = counts.max()
    return "".join(_BARS[math.ceil(c / top * (len(_BARS) - 1))] if c else _BARS[0] for c in counts)


def is_samples(m) -> bool:
    return isinstance(m, np.ndarray)
