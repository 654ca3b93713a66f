"""What a figure's number is, for every stage: an exact `Fraction`, a float,
or a numpy array of samples (a range), all in base units; the checks that keep
it finite and bounded, and the alignment of exact and sampled operands.

Below everything but `bote.errors`: the language, the sampler and the model
import it, and it imports nothing of bote (numpy only for samples).
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, TypeAlias, overload

if TYPE_CHECKING:  # numpy is imported only when a file has a range
    import numpy as np
    from typing_extensions import TypeIs

#: An exact Fraction, a float, or a numpy array of samples (see `bote.uncertainty`).
Magnitude: TypeAlias = "Fraction | float | np.ndarray"

#: Past this many bits a Fraction is either astronomically large (an error) or
#: has a denominator no estimate needs (it becomes a float).
_MAX_BITS = 1024
_MAX_MAGNITUDE = 1e300


class QuantityError(Exception):
    def __init__(self, kind: str, message: str, hint: str | None = None):
        super().__init__(message)
        self.kind, self.message, self.hint = kind, message, hint


def too_large() -> QuantityError:
    return QuantityError("value", "number too large", "bote handles magnitudes up to about 1e300")


def is_sampled(m: object) -> TypeIs[np.ndarray]:
    """Whether a magnitude is an array of samples (without importing numpy)."""
    # (An exact or float magnitude is told at once: most are.)
    return type(m) not in _SINGLE and getattr(m, "ndim", 0) > 0


_SINGLE = frozenset({Fraction, float, int})


def required(m: Magnitude | None) -> Magnitude:
    """A property's magnitude where the resolver has made sure it is set
    (or it has a default): never None here."""
    if m is None:
        raise ValueError("a property the resolver requires is not set")
    return m


def nonzero(m) -> bool:
    """Whether a magnitude is non-zero: for samples, in any of them."""
    return bool(m.any()) if is_sampled(m) else bool(m)


def as_float(m):
    """A magnitude as a float, or an array of samples as it is."""
    return m if is_sampled(m) else float(m)


def aligned(x, y):
    """The two magnitudes, as floats when either is an array of samples:
    numpy would otherwise turn a Fraction into a slow array of objects."""
    if is_sampled(x) or is_sampled(y):
        return (float(x) if isinstance(x, Fraction) else x), (float(y) if isinstance(y, Fraction) else y)
    return x, y


def product(x, y):
    """x × y, exact where both are, sample by sample otherwise."""
    a, b = aligned(x, y)
    return a * b


def least(x, y):
    """min(x, y), sample by sample."""
    a, b = aligned(x, y)
    if is_sampled(a) or is_sampled(b):
        import numpy as np
        return np.minimum(a, b)
    return min(a, b)


@overload
def checked(m: np.ndarray) -> np.ndarray: ...
@overload
def checked(m: Fraction | float) -> Fraction | float: ...
@overload
def checked(m: Magnitude) -> Magnitude: ...
def checked(m: Magnitude) -> Magnitude:
    """Keep magnitudes finite and of bounded size."""
    if isinstance(m, Fraction):   # the usual case first
        if m.numerator.bit_length() > _MAX_BITS or m.denominator.bit_length() > _MAX_BITS:
            if abs(m.numerator).bit_length() - m.denominator.bit_length() > 997:  # > ~1e300
                raise too_large()
            return float(m)
        return m
    if is_sampled(m):
        return _checked_samples(m)
    if math.isnan(m):
        raise QuantityError("value", "result is not a number", None)
    if math.isinf(m) or abs(m) > _MAX_MAGNITUDE:
        raise too_large()
    return m


def _checked_samples(m):
    import numpy as np
    if m.size and float(m.max()) <= _MAX_MAGNITUDE and float(m.min()) >= -_MAX_MAGNITUDE:
        return m   # the usual case, with no array made: a NaN or an infinity fails one of these
    finite = np.isfinite(m)
    if not finite.all():
        if np.isnan(m).any():
            raise QuantityError("value", f"result is not a number in {_share(~np.isnan(m))} of the samples",
                                "a range reaches a value where this is undefined, e.g. a negative square root")
        raise QuantityError("value", f"number too large in {_share(finite)} of the samples",
                            "a range reaches a value that makes this infinite, e.g. a division by zero")
    if m.size and float(np.abs(m).max()) > _MAX_MAGNITUDE:
        raise too_large()
    return m


def _share(ok) -> str:
    import numpy as np
    return f"{(1 - float(np.mean(ok))) * 100:.3g}%"
