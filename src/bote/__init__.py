"""bote: back-of-the-envelope capacity estimates with units, a flow, and risk flags."""
__version__ = "0.1.0"

__all__ = ["__version__", "evaluate", "evaluate_file", "BoteError", "Report"]


def __getattr__(name):
    # Keep `import bote` cheap: the evaluator (and lark) load on first use.
    if name in ("evaluate", "evaluate_file"):
        from . import api
        return getattr(api, name)
    if name == "Report":
        from .report import Report
        return Report
    if name == "BoteError":
        from .errors import BoteError
        return BoteError
    raise AttributeError(name)
