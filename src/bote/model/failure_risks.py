"""The risks of errors and retries (`bote.model.failures`): a retry storm,
an error budget spent, timeouts. One function each, returning a `Risk` or
None; nothing here prints."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from bote.errors import Span
from bote.language.format import format_duration, format_number, format_percent
from bote.magnitudes import Magnitude, is_sampled
from bote.model.failures import Failures
from bote.model.kind_risks import _rate
from bote.model.risks import ERROR, WARNING, Risk, above, chance, typical, uncertain

if TYPE_CHECKING:
    from bote.model.evaluation import _Run

#: A caller's requests past its timeout, above which `timeouts` warns.
TIMEOUT_SHARE = 0.01

def component_risks(run: _Run, name: str, f: Failures) -> list[Risk]:
    """Every risk of one component's errors and retries: `retry-storm`,
    `error-budget` (its own `max_error_rate`, or the file's for a source),
    `timeouts`, and a `rate-limit` it enforces itself turning requests away."""
    from bote.model.resolve import MAX_ERROR_RATE
    info = run.r.components[name]
    props, span = info.properties, info.node.name_span
    sizing, server, _ = info.kind.parts(run.model(name))
    limited = f.binding == "rate_limit" or info.kind.capacity_is_limit or sizing is None
    serves = "its rate limit accepts" if limited else \
        f"its {format_number(sizing.instances)} instance{'s serve' if sizing.instances != 1 else ' serves'}"
    retrying = [c for c in f.callers if c.caller in run.r.components and c.retries > 0]
    backed_off = bool(retrying) and all(run.r.components[c.caller].choices.get("backoff") == "exponential"
                                        for c in retrying)
    at_limit = props["rate_limit"].name_span if "rate_limit" in props else span
    rate = run.rate_text(name)
    found = [retry_storm(name, f, at_limit if limited else span, rate, backed_off=backed_off, what=serves)]
    if "rate_limit" in props and not info.kind.capacity_is_limit:
        found.append(own_rate_limit(name, f, at_limit, rate))
    source = not run.r.incoming.get(name)
    if "max_error_rate" in props:
        found.append(error_budget(name, f, run.magnitude_of(name)("max_error_rate"), props["max_error_rate"].name_span,
                                  source=source, retries=int(run.magnitude_of(name)("retries") or 0)))
    elif source and MAX_ERROR_RATE in run.r.bindings:
        found.append(error_budget(name, f, run.quantity(("binding", MAX_ERROR_RATE)).magnitude,
                                  run.r.bindings[MAX_ERROR_RATE].name_span, source=True,
                                  retries=int(run.magnitude_of(name)("retries") or 0)))
    queued = server is not None and server.service_time is not None and server.workers is not None
    found += timeouts(name, f, span, queued=queued, scalable=not limited,
                      service_time=server.service_time if queued else None)
    return [r for r in found if r is not None]


def own_rate_limit(name: str, f: Failures, span: Span | None, rate: str) -> Risk | None:
    """A `rate_limit` a component enforces turns part of its requests away (429)."""
    holds = above(f.rate_limited, 0)
    if not chance(holds):
        return None
    share = typical(f.rate_limited, holds)
    message = (f"{name} turns away {format_percent(share)} of the requests offered it (429) at its rate limit of "
               f"{_rate(typical(f.limit, holds), rate)}: {_rate(typical(f.offered, holds), rate)} come")
    remedy = "raise the limit with more instances behind it, or have the callers back off (and cache what they ask)"
    return uncertain(Risk(name, "rate-limit", WARNING, message, remedy, span,
                          {"rate_limited": float(share)}), holds, f.rate_limited)


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


def error_budget(name: str, f: Failures, budget: Magnitude, span: Span | None, *, source: bool,
                 retries: int = 0) -> Risk | None:
    """The share of its answers that fail (a source: of its users' requests,
    after every retry) exceeds `max_error_rate`."""
    holds = above(f.failure_share, budget)
    if not chance(holds):
        return None
    share = typical(f.failure_share, holds)
    whose = f"{format_percent(share)} of {possessive(name)} requests fail end to end" if source else \
        f"{format_percent(share)} of {possessive(name)} answers fail"
    causes = _causes(f, holds)
    message = f"{whose}, above its error budget of {format_percent(budget)}" + (f" ({causes})" if causes else "")
    remedies = []
    if nonzero_share(f.rate_limited, holds):
        remedies.append("keep under the rate limit (a queue in front, caching, batching) or raise it")
    if nonzero_share(f.overloaded, holds):
        remedies.append("add instances")
    if nonzero_share(f.timed_out, holds):
        remedies.append("lengthen the timeouts that cut answers short")
    if any(nonzero_share(d, holds) for d in f.downstream.values()) or nonzero_share(f.failed, holds):
        remedies.append("retry the calls that fail, with jittered backoff" if not retries else
                        "make the failing calls fail less (they still fail after the retries)")
    remedy = ", ".join(remedies + ["or relax the budget"])
    return uncertain(Risk(name, "error-budget", ERROR, message, remedy, span,
                          {"failure_share": float(share), "max_error_rate": float(budget)}), holds, f.failure_share)


def timeouts(name: str, f: Failures, span: Span | None, *, queued: bool = True, scalable: bool = True,
             service_time: Magnitude | None = None) -> list[Risk]:
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
        whose = "their timeout" if caller.timeout_of == caller.caller else f"{possessive(name)} own deadline"
        deadline = typical(caller.timeout, holds)
        message = (f"{format_percent(q)} of {possessive(caller.caller)} calls to {name} take longer than {whose} "
                   f"of {format_duration(deadline)}")
        alone = None if service_time is None or is_sampled(service_time) else \
            1 - math.exp(-float(deadline) / float(service_time))   # P(S <= t): no queue does better
        if alone is not None and 1 - alone > TIMEOUT_SHARE:
            remedy = (f"its service time alone ({format_duration(service_time)} on average) passes the timeout "
                      f"on {format_percent(1 - alone)} of the calls: no instance count helps; give the call a "
                      f"longer timeout, or cut the work of one request")
        elif queued:
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


def possessive(name: str) -> str:
    """`riders'`, `api's`."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def nonzero_share(q, holds) -> bool:
    x = typical(q, holds)
    return x is not None and float(x) > 0


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


