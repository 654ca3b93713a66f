"""bote: back-of-the-envelope capacity estimates with units, a flow, and risk flags.

    >>> import bote
    >>> report = bote.evaluate("x = 150 TB / 100 GB", "x.bote")
    >>> report.values["x"].quantity.magnitude
    Fraction(1500, 1)
"""
from bote.api import evaluate, evaluate_file
from bote.errors import BoteError
from bote.language.quantity import Quantity
from bote.model.report import Report
from bote.version import __version__

__all__ = ["BoteError", "Quantity", "Report", "__version__", "evaluate", "evaluate_file"]
