"""bote: back-of-the-envelope capacity estimates with units, a flow, and risk flags.

    >>> import bote
    >>> report = bote.evaluate("x = 150 TB / 100 GB", "x.bote")
    >>> report.values["x"].quantity.magnitude
    Fraction(1500, 1)
"""
from __future__ import annotations

from bote.version import __version__

#: `typing.TYPE_CHECKING` without importing typing (mypy reads it so too):
#: `bote.cli` imports typing, with click, while the collector is paused.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from bote.api import evaluate, evaluate_file
    from bote.errors import BoteError
    from bote.language.quantity import Quantity
    from bote.model.report import Report

__all__ = ["BoteError", "Quantity", "Report", "__version__", "evaluate", "evaluate_file"]

#: The package's names and the modules they live in.  They are imported when
#: first used (PEP 562), so that `bote --version` and `bote --help`, which
#: import `bote.cli` and so this package, load neither the evaluator nor Lark.
_LAZY = {
    "evaluate": "bote.api",
    "evaluate_file": "bote.api",
    "BoteError": "bote.errors",
    "Quantity": "bote.language.quantity",
    "Report": "bote.model.report",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'bote' has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
