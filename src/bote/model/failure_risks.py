"""The risks of errors and retries (`bote.model.failures`): a retry storm,
an error budget spent, timeouts. One function each, returning a `Risk` or
None; nothing here prints."""
from __future__ import annotations

from bote.errors import Span
from bote.language.format import format_number, format_percent
from bote.magnitudes import Magnitude
from bote.model.failures import Failures
from bote.model.risks import ERROR, WARNING, Risk, above, chance, typical, uncertain

#: A caller's requests past its timeout, above which `timeouts` warns.
TIMEOUT_SHARE = 0.01

_STORM_REMEDIES = ("retry with jittered exponential backoff", ("cap the retries with a retry budget (at most 10% "
                   "of the requests)"), "shed the load past capacity", "open a circuit breaker in the callers")


def retry_storm(name: str, f: Failures, span: Span | None, rate: str, *, backed_off: bool,
                what: str = "its instances serve") -> Risk | None:
    """Retries raise the offered load above what it serves, so the failures
    that cause them grow with them: the overload feeds itself (a metastable
    failure, which outlasts the spike that started it)."""
    if not f.retried or f.limit is None:
        return None
    holds = above(f.offered, f.limit) & above(f.offered, f.first)
    if not chance(holds):
        return None
    first, offered, limit = typical(f.first, holds), typical(f.offered, holds), typical(f.limit, holds)
    remedies = [r for r in _STORM_REMEDIES if not (backed_off and "backoff" in r)]
    message = (f"retries raise the load on {name} from {_rate(first, rate)} (first attempts) to "
               f"{_rate(offered, rate)}, above the {_rate(limit, rate)} {what}: the overload feeds itself "
               f"and outlasts the spike that started it ({format_percent(typical(f.failure_share, holds))} "
               "of attempts fail)")
    return uncertain(Risk(name, "retry-storm", ERROR, message, "; ".join(remedies), span,
                          {"first_attempts": float(first), "offered_load": float(offered), "limit": float(limit)}),
                     holds, f.offered)


def error_budget(name: str, f: Failures, budget: Magnitude, span: Span | None, *, source: bool) -> Risk | None:
    """The share of its answers that fail (a source: of its users' requests,
    after every retry) exceeds `max_error_rate`."""
    holds = above(f.failure_share, budget)
    if not chance(holds):
        return None
    share = typical(f.failure_share, holds)
    whose = f"{format_percent(share)} of {name}'s requests fail end to end" if source else \
        f"{format_percent(share)} of {name}'s answers fail"
    causes = _causes(f, holds)
    message = f"{whose}, above its error budget of {format_percent(budget)}" + (f" ({causes})" if causes else "")
    remedy = ("retry the calls that fail (with jittered backoff), add capacity or a rate limit in front, "
              "lengthen the timeouts that cut answers short, or relax the budget")
    return uncertain(Risk(name, "error-budget", ERROR, message, remedy, span,
                          {"failure_share": float(share), "max_error_rate": float(budget)}), holds, f.failure_share)


def timeouts(name: str, f: Failures, span: Span | None, *, queued: bool = True, scalable: bool = True) -> list[Risk]:
    """More than 1% of a caller's requests to it take longer than the timeout."""
    found = []
    for caller in f.callers:
        share = f.timeouts.get((caller.caller, caller.flow))
        if share is None or caller.timeout is None or not caller.caller:   # not a caller the file names
            continue
        holds = above(share, TIMEOUT_SHARE)
        if not chance(holds):
            continue
        q = typical(share, holds)
        whose = "their timeout" if caller.timeout_of == caller.caller else f"{name}'s own deadline"
        message = (f"{format_percent(q)} of {caller.caller}'s calls to {name} take longer than {whose} "
                   f"of {_seconds(typical(caller.timeout, holds))}")
        if queued:
            remedy = f"add instances to {name} (its queue is the wait), cut what it calls on the way, or give the " \
                     "call a longer timeout"
        elif scalable:
            remedy = f"cut what {name} calls on the way (or call it in parallel, or asynchronously through a " \
                     "queue), or give the call a longer timeout"
        else:
            remedy = f"give the call a longer timeout than {name} takes to answer, or cache its answers"
        remedy += "; retried, each timeout is a request more"
        found.append(uncertain(Risk(name, "timeouts", WARNING, message, remedy, span,
                                    {"timed_out": float(q), "caller": caller.caller}), holds, share))
    return found


def _causes(f: Failures, holds) -> str:
    """The error codes behind a failure share, largest first."""
    parts = [("429", f.rate_limited), ("503", f.overloaded), ("504", f.timed_out), ("500", f.failed)]
    shown = [(code, typical(q, holds)) for code, q in parts]
    shown = [(code, q) for code, q in shown if q and float(q) > 0]
    shown.sort(key=lambda c: -float(c[1]))
    text = ", ".join(f"{format_percent(q)} {code}" for code, q in shown)
    downstream = [typical(d, holds) for d in f.downstream.values()]
    if any(float(d) > 0 for d in downstream):
        text += (", " if text else "") + f"{format_percent(max(float(d) for d in downstream))} from its calls"
    return text


def _rate(x, rate: str) -> str:
    return f"{format_number(x)} {rate}"


def _seconds(x) -> str:
    from bote.language.format import format_duration
    return format_duration(x)
