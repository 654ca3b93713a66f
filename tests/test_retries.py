"""Errors and retries (issue 14 §2): the error codes a caller sees, the load
its retries offer, the share of requests that fail after every attempt, and
the risks `retry-storm`, `error-budget` and `timeouts`.

The vectors are worked by hand (each comment shows how); the fixed point
is also checked against a seeded simulation of retrying clients."""
from __future__ import annotations

import json
import math
import random
from fractions import Fraction

import numpy
import pytest
from conftest import error_of, run
from hypothesis import given, settings
from hypothesis import strategies as st

from bote.model import retries as rt

# ---- the formulas -------------------------------------------------------------------------


def test_each_failed_attempt_is_tried_again_up_to_retries_times():
    # 1 + 0.1 + 0.01 = 1.11, exactly.
    assert rt.retry_factor(Fraction(1, 10), 2) == Fraction(111, 100)
    assert rt.retry_factor(Fraction(1, 2), 0) == 1
    assert rt.retry_factor(1.0, 3) == 4.0   # every attempt fails: 1 + retries of them


def test_a_request_fails_when_every_attempt_does():
    assert rt.exhausted(Fraction(1, 10), 2) == Fraction(1, 1000)


def test_a_limit_rejects_what_is_above_it():
    assert rt.rejected(Fraction(1100), Fraction(1000)) == Fraction(1, 11)
    assert rt.rejected(Fraction(900), Fraction(1000)) == 0
    assert rt.rejected(0.0, 1000.0) == 0


def test_failure_shares_combine_as_independent_steps():
    # 1 - 0.9 x 0.8 = 28%
    assert rt.combined(Fraction(1, 10), Fraction(1, 5)) == Fraction(28, 100)


def test_a_call_on_some_requests_fails_that_share_and_a_fan_out_fails_if_any_call_does():
    assert rt.through_calls(Fraction(1, 10), Fraction(1, 2)) == Fraction(1, 20)
    assert rt.through_calls(Fraction(1, 10), Fraction(3)) == 1 - Fraction(9, 10) ** 3


def test_the_timeout_share_of_an_m_m_1_queue_is_exponential():
    # M/M/1: T ~ Exp(mu - lambda) = Exp(100 - 50), so P(T > 50 ms) = e^-2.5.
    assert rt.timeout_share(0.05, 50.0, 0.01, 1, 1) == pytest.approx(math.exp(-2.5), rel=1e-12)
    assert rt.timeout_share(0.05, 100.0, 0.01, 1, 1) == 1.0   # unstable: everything times out


def test_the_fixed_point_of_retries_at_a_rate_limit_solves_the_quadratic():
    # o = 1,100 (1 + p), p = 1 - 1,000 / o: o^2 - 2,200 o + 1,100,000 = 0,
    # whose root above the first attempts is 1,100 + sqrt(110,000).
    offered, (p,) = rt.offered_fixed_point([1100], [1], lambda o: [rt.rejected(o, 1000.0)])
    assert offered == pytest.approx(1100 + math.sqrt(110_000), rel=1e-9)
    assert p ** 2 == pytest.approx(1 / 11, rel=1e-9)


# ---- against a simulation -----------------------------------------------------------------


def simulate(first: int, limit: int, error_rate: float, retries: int, rounds: int, seed: int) -> list[float]:
    """Each second, `first` new requests and the retries of the second before
    arrive; the server admits `limit` of them at random and fails each
    admitted one with `error_rate`; a failed attempt with attempts left is
    tried again the next second. Returns the attempts offered each second."""
    rng = random.Random(seed)
    waiting = [0] * (retries + 1)   # attempts due this second, by how many were made before
    offered = []
    for _ in range(rounds):
        arrivals = [0] * first + [made for made, n in enumerate(waiting) for _ in range(n)]
        rng.shuffle(arrivals)
        again = [0] * (retries + 1)
        for index, made in enumerate(arrivals):
            failed = index >= limit or rng.random() < error_rate
            if failed and made < retries:
                again[made + 1] += 1
        waiting = again
        offered.append(len(arrivals))
    return offered


def test_the_fixed_point_agrees_with_a_seeded_simulation():
    first, limit, error_rate, retries = 440, 400, 0.02, 2
    samples = simulate(first, limit, error_rate, retries, rounds=1600, seed=7)[100:]   # the first seconds warm up
    batches = [sum(samples[i:i + 50]) / 50 for i in range(0, len(samples), 50)]
    mean = sum(batches) / len(batches)
    sd = math.sqrt(sum((b - mean) ** 2 for b in batches) / (len(batches) - 1))
    standard_error = sd / math.sqrt(len(batches))

    def attempt_failure(o):
        return [rt.combined(rt.rejected(o, float(limit)), error_rate)]

    offered, _ = rt.offered_fixed_point([first], [retries], attempt_failure)
    assert abs(mean - offered) <= 3 * standard_error, (mean, offered, standard_error)
    assert 440 < offered < 440 * 3   # the retries add load, and not every request retries twice


# ---- in a file ----------------------------------------------------------------------------

DB = """
component api {
  load = 1k req/s
  capacity = 500 req/s
  retries = 2
}
component db {
  kind = database
  capacity = 2k req/s
  error_rate = 10%
}
flow { api -> db }
sent = db.load -> req/s
fails = api.failure_share
"""

STORM = """
component checkout {
  load = 1.1k req/s
  capacity = 1k req/s
  retries = 1
}
component processor {
  kind = third_party
  rate_limit = 1k req/s
}
flow { checkout -> processor }
offered = processor.offered_load -> req/s
rejected = processor.rate_limited
lost = checkout.failure_share
"""

SLOW = """
component web {
  load = 50 req/s
  capacity = 1k req/s
  timeout = 50 ms
}
component search {
  service_time = 10 ms
  instances = 1
}
flow { web -> search }
slow = search.timed_out
"""


def values(text: str) -> dict:
    return {v.name: v.quantity.magnitude for v in run(text).values}


def kinds(text: str) -> set:
    return {(r.component, r.kind) for r in run(text).risks}


def test_the_load_bote_sizes_for_counts_the_retries_of_healthy_errors():
    # 1k x (1 + 10% + 1%) = 1,110, exact; an api request fails when all 3 attempts do: 0.1^3.
    v = values(DB)
    assert v["sent"] == 1110
    assert float(v["fails"]) == pytest.approx(0.001, rel=1e-9)


def test_retries_past_a_rate_limit_are_a_retry_storm():
    v = values(STORM)
    assert float(v["offered"]) == pytest.approx(1100 + math.sqrt(110_000), rel=1e-9)
    assert float(v["rejected"]) == pytest.approx(math.sqrt(1 / 11), rel=1e-9)
    assert float(v["lost"]) == pytest.approx(1 / 11, rel=1e-9)
    assert ("processor", "retry-storm") in kinds(STORM)


def test_without_retries_there_is_no_storm_only_the_rate_limit():
    text = STORM.replace("  retries = 1\n", "  timeout = 1 s\n")
    assert ("processor", "retry-storm") not in kinds(text)
    assert ("processor", "rate-limit") in kinds(text)
    assert float(values(text)["offered"]) == pytest.approx(1100)


def test_the_storm_names_backoff_only_when_the_callers_do_not_back_off():
    def storm(text):
        (risk,) = [r for r in run(text).risks if r.kind == "retry-storm"]
        return risk
    assert "exponential backoff" in storm(STORM).remedy
    backed_off = storm(STORM.replace("  retries = 1\n", "  retries = 1\n  backoff = exponential\n"))
    assert "backoff" not in backed_off.remedy and "retry budget" in backed_off.remedy


def test_calls_slower_than_the_timeout_are_504s_and_warn_above_one_percent():
    assert float(values(SLOW)["slow"]) == pytest.approx(math.exp(-2.5), rel=1e-9)
    assert ("search", "timeouts") in kinds(SLOW)
    assert ("search", "timeouts") not in kinds(SLOW.replace("timeout = 50 ms", "timeout = 200 ms"))  # e^-10


def test_the_callee_s_own_timeout_is_a_deadline_the_lesser_one_wins():
    text = SLOW.replace("  timeout = 50 ms\n", "  timeout = 10 s\n").replace("  instances = 1\n",
                                                                          "  instances = 1\n  timeout = 50 ms\n")
    assert float(values(text)["slow"]) == pytest.approx(math.exp(-2.5), rel=1e-9)


def test_an_error_budget_of_the_file_bounds_what_the_users_of_a_source_lose():
    # checkout loses 1/11 of its requests, above 1%.
    text = STORM + "max_error_rate = 1%\n"
    assert ("checkout", "error-budget") in kinds(text)
    assert ("checkout", "error-budget") not in kinds(STORM + "max_error_rate = 10%\n")


def test_a_component_s_own_error_budget_bounds_its_answers():
    text = DB.replace("  error_rate = 10%\n", "  error_rate = 10%\n  max_error_rate = 5%\n")
    (risk,) = [r for r in run(text).risks if r.kind == "error-budget"]
    assert risk.component == "db" and "10% 500" in risk.message


def test_a_fan_out_fails_a_request_when_any_of_its_calls_does():
    # Each api request makes 3 db calls that fail 10%^3 = 0.1% after the retries: 1 - 0.999^3.
    v = values(DB.replace("api -> db", "api -> db * 3").replace("capacity = 2k req/s", "capacity = 20k req/s"))
    assert float(v["fails"]) == pytest.approx(1 - 0.999 ** 3, rel=1e-9)


def test_any_component_may_enforce_a_rate_limit_and_answer_429_past_it():
    # 1.2k req/s against a limit of 1k: 1 - 1,000 / 1,200 = 1/6 are rejected.
    text = "component api {\n  load = 1.2k req/s\n  capacity = 500 req/s\n  rate_limit = 1k req/s\n}\n" \
           "limited = api.rate_limited\n"
    assert values(text)["limited"] == Fraction(1, 6)


def test_a_file_without_errors_or_retries_has_no_failure_figures():
    text = "component api {\n  load = 1k req/s\n  capacity = 500 req/s\n}\nx = api.offered_load\n"
    (d,) = error_of(text)
    assert d.kind == "property" and (d.span.line, d.span.column) == (5, 5)
    assert "models errors and retries" in d.message
    assert run(text.replace("x = api.offered_load\n", "")).components[0].failures is None


def test_an_error_budget_in_a_file_without_components_is_a_plain_binding():
    # Found by the fuzzer: `max_error_rate = 0` alone made the failure node of no component.
    assert values("max_error_rate = 0\n") == {"max_error_rate": 0}


def test_retries_must_be_a_whole_number_and_backoff_a_known_word():
    (d,) = error_of(DB.replace("retries = 2", "retries = 1.5"))
    assert d.span.line == 5
    (d,) = error_of(DB.replace("retries = 2", "retries = 2\n  backoff = linear"))
    assert d.span.line == 6 and "exponential" in (d.hint or d.message)


def test_errors_and_retries_with_ranges_are_distributions():
    r = run(STORM.replace("load = 1.1k req/s", "load = 900 req/s to 1.3k req/s"))
    (risk,) = [x for x in r.risks if x.kind == "retry-storm"]
    assert 0 < risk.probability < 1


@pytest.mark.parametrize("fmt", ["table", "json", "github", "sarif", "junit"])
def test_the_new_risks_show_in_every_output_format(fmt, tmp_path):
    from click.testing import CliRunner

    from bote.cli import main
    path = tmp_path / "storm.bote"
    path.write_text(STORM + "max_error_rate = 1%\n" + SLOW.replace("web", "shop"), encoding="utf-8")
    out = CliRunner().invoke(main, ["check", str(path), "--format", fmt]).output
    for kind in ("retry-storm", "error-budget", "timeouts"):
        assert kind in out, kind
    if fmt == "sarif":
        rules = {r["id"]: r for r in json.loads(out)["runs"][0]["tool"]["driver"]["rules"]}
        assert "retry budget" in rules["retry-storm"]["help"]["text"]
        assert "max_error_rate" in rules["error-budget"]["help"]["text"]
    if fmt == "json":
        (f,) = json.loads(out)["files"]
        failures = f["components"]["processor"]["failures"]
        assert failures["errors"]["429"] == pytest.approx(math.sqrt(1 / 11), rel=1e-9)
        assert failures["offered_load"]["magnitude"] == pytest.approx(1100 + math.sqrt(110_000), rel=1e-9)
    if fmt == "table":
        assert "errors and retries" in out and "1.43k req/s" in out


# ---- properties of the fixed point ---------------------------------------------------------

@settings(max_examples=1000, deadline=None)
@given(first=st.floats(1, 1e6), limit=st.floats(1, 1e6), error_rate=st.floats(0, 0.5), retries=st.integers(0, 5))
def test_the_offered_load_is_a_fixed_point_between_one_and_every_attempt(first, limit, error_rate, retries):
    def attempt_failure(o):
        return [rt.combined(rt.rejected(o, limit), error_rate)]
    offered, (p,) = rt.offered_fixed_point([first], [retries], attempt_failure)
    assert first * (1 - 1e-12) <= offered <= first * (retries + 1) * (1 + 1e-12)
    if retries:
        # o = first × (1 + p(o) + … + p(o)^retries), to the iteration's tolerance, where it settled
        # an iterate: at most the fixed point it climbs to (F(o) >= o), and within 1e-4 of
        # it even where the load meets the limit and the climb is slow (`retries.MAX_STEPS`)
        following = first * rt.retry_factor(p, retries)
        assert following >= offered * (1 - 1e-12)
        assert offered == pytest.approx(following, rel=1e-4)


def test_where_the_load_meets_the_limit_the_slow_climb_still_reaches_the_lowest_fixed_point():
    # first attempts exactly at the limit: F'(o) -> 1 at the fixed point, where plain
    # iteration crawls; the answer is within 1e-4 of a fixed point and nothing below it is one.
    def attempt_failure(o):
        return [rt.combined(rt.rejected(o, 1.0), 0.00024073280565428684)]
    offered, (p,) = rt.offered_fixed_point([1.0], [2], attempt_failure)
    assert offered == pytest.approx(rt.retry_factor(p, 2), rel=1e-4)
    below = [1.0 + (offered - 1.0) * i / 1000 for i in range(1000)]
    assert all(rt.retry_factor(attempt_failure(x)[0], 2) > x for x in below)


def test_an_s_shaped_failure_share_settles_at_the_healthy_fixed_point_not_the_storm():
    # Timeouts rise in an S with the load (M/M/1 at 10 ms, a 50 ms timeout, 3 retries):
    # three fixed points, and from 54.52 req/s of first attempts the lowest is at about
    # 70.4 req/s (22.7% time out), well below the storm at 4 x 54.52 = 218 req/s.
    def attempt_failure(o):
        return [rt.timeout_share(0.05, o, 0.01, 1, 1)]
    offered, (p,) = rt.offered_fixed_point([54.5207], [3], attempt_failure)
    assert offered == pytest.approx(70.4, abs=0.05)
    assert p == pytest.approx(0.227, abs=0.001)


def test_an_error_rate_given_as_a_range_is_a_distribution_of_failures():
    text = "component api {\n  load = 1k req/s\n  capacity = 500 req/s\n  error_rate = 1% to 5%\n}\n" \
           "fails = api.failure_share\n"
    (c,) = run(text).components
    share = c.failures.failure_share
    # no retries, so the share is the error rate sample by sample: its 90% interval is 1% to 5%
    assert numpy.percentile(share, 5) == pytest.approx(0.01, rel=0.05)
    assert numpy.percentile(share, 95) == pytest.approx(0.05, rel=0.05)


# ---- across the file (found by the review) ---------------------------------------------------

CHAIN = """
component api {
  load = 1k req/s
  capacity = 1k req/s
  retries = 2
}
component mid {
  capacity = 1k req/s
  retries = 2
}
component db {
  kind = database
  capacity = 10k req/s
  error_rate = 50%
}
flow { api -> mid -> db }
mido = mid.offered_load -> req/s
dbo = db.offered_load -> req/s
f = api.failure_share
"""


def test_every_attempt_a_caller_serves_calls_its_callees_again():
    # mid retries db's 50% twice: a mid request fails 0.5^3 = 12.5%, so api sends mid
    # 1k x (1 + 0.125 + 0.125^2) = 1,140.6 attempts, each making 1 + 0.5 + 0.25 = 1.75
    # calls to db: 1,996 req/s; an api request fails 0.125^3 = 0.195%.
    v = values(CHAIN)
    mid = 1000 * (1 + 0.125 + 0.125 ** 2)
    assert float(v["mido"]) == pytest.approx(mid, rel=1e-9)
    assert float(v["dbo"]) == pytest.approx(mid * 1.75, rel=1e-9)
    assert float(v["f"]) == pytest.approx(0.125 ** 3, rel=1e-9)


def test_a_timeout_compares_with_the_path_of_the_caller_s_own_flow():
    # Rides go gateway -> dispatch (10 ms), pings gateway -> locations (500 ms); a
    # rider's 100 ms timeout is far from a ride's ~11 ms, whatever the pings take.
    text = """
component riders {
  kind = clients
  count = 100
  rate = 1 req/s
  timeout = 100 ms
}
component drivers {
  kind = clients
  count = 100
  rate = 1 req/s
}
component gateway {
  service_time = 1 ms
  workers = 8
}
component dispatch {
  kind = third_party
  rate_limit = 10k req/s
  latency = 10 ms
}
component locations {
  kind = third_party
  rate_limit = 10k req/s
  latency = 500 ms
}
flow rides { riders -> gateway -> dispatch }
flow pings { drivers -> gateway -> locations }
lost = riders.failure_share
"""
    assert float(values(text)["lost"]) < 1e-9


def test_a_consumer_behind_a_queue_answers_no_503_its_messages_wait():
    text = """
component web {
  load = 100 req/s
  capacity = 1k req/s
  retries = 2
}
component jobs {
  kind = queue
  error_rate = 1%
}
component worker {
  capacity = 50 req/s
  instances = 1
}
flow { web -> jobs -> worker }
"""
    (worker,) = [c for c in run(text).components if c.name == "worker"]
    assert worker.failures.overloaded == 0 and worker.failures.offered == Fraction(10101, 100)   # 100 x 1.0101


def test_the_codes_are_shares_of_all_attempts_each_answered_one():
    # 200 req/s at a limit of 150 (25% answered 429), 150 admitted to 100 req/s of
    # capacity (a third of them, 25% of all, answered 503), 10% of the 100 served fail:
    # 5% of all. Together 55%, the share that fails.
    text = "component svc {\n  load = 200 req/s\n  capacity = 100 req/s\n  instances = 1\n" \
           "  rate_limit = 150 req/s\n  error_rate = 10%\n}\n"
    f = run(text).components[0].failures
    assert (f.rate_limited, f.overloaded, f.failed) == (Fraction(1, 4), Fraction(1, 4), Fraction(1, 20))
    assert f.failure_share == Fraction(11, 20)
    assert ("svc", "rate-limit") in kinds(text)


def test_ranges_never_give_a_negative_load_or_share():
    text = SLOW.replace("load = 50 req/s", "load = 500 req/s to 900 req/s").replace("instances = 1", "instances = 10") \
        .replace("timeout = 50 ms", "timeout = 50 ms\n  retries = 3")
    (c,) = [x for x in run(text).components if x.name == "search"]
    assert numpy.all(c.failures.offered >= c.failures.first - 1e-9) and numpy.all(c.failures.timed_out >= 0)


def test_many_workers_take_erlang_c_from_halfin_whitt_within_a_few_percent():
    from bote.model import queueing
    for servers, offered in ((1001, 950.0), (2000, 1900.0), (5000, 4900.0)):
        assert float(rt.many_servers_wait(servers, offered)) == pytest.approx(queueing.erlang_c(servers, offered),
                                                                              rel=0.1)
