"""How many Monte Carlo samples to draw, and from which seed.

Kept apart from `bote.uncertainty` (which imports numpy) so that the CLI and
the API can pass these along without loading numpy for files with no range.
"""
from __future__ import annotations

from fractions import Fraction

from bote.dataclasses_compiled import dataclass
from bote.uncertainty import MAX_SAMPLES

DEFAULT_SEED = 2026
#: The share of the scenarios a component is sized for, unless the file (a
#: top-level `size_at`) or the component says otherwise.
DEFAULT_SIZE_AT = Fraction(95, 100)
DEFAULT_SAMPLES = 10_000

#: What a range says when numpy cannot be imported.  bote-lang depends on
#: numpy, so only an install that left it out (`pip install --no-deps`, a
#: distribution's package without it) meets this: a diagnostic, never a traceback.
MISSING_NUMPY = "a range needs numpy, which is not installed in this environment"
MISSING_NUMPY_HINT = ("install it with `pip install numpy` (bote-lang depends on it), "
                      "or write a single number instead of the range")


@dataclass(frozen=True, slots=True)
class Sampling:
    """A fixed default seed: the same file gives the same figures on every
    run, so CI never flakes."""

    samples: int = DEFAULT_SAMPLES
    seed: int = DEFAULT_SEED

    def __post_init__(self) -> None:
        if not 2 <= self.samples <= MAX_SAMPLES:
            raise ValueError(f"samples must be between 2 and {MAX_SAMPLES:,}")
        if self.seed < 0:
            raise ValueError("the seed must be zero or more")
