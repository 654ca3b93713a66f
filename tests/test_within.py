"""Asserts with a tolerance, and failures in the assert's units (issue 10, part 4)."""
import math
from fractions import Fraction

import pytest
from conftest import error_of, run

MONTHLY = "read_qps = 250B requests per month -> req/s\n"   # 95,064.6 req/s with bote's month


def only_assert(text):
    (a,) = run(text).asserts
    return a


class TestRelativeTolerance:
    def test_a_share_of_the_right_side(self):
        # |95,064.6 - 95,000| = 64.6 is 0.068% of 95,000
        assert only_assert(MONTHLY + "assert read_qps == 95k req/s within 0.1%\n").passed
        assert not only_assert(MONTHLY + "assert read_qps == 95k req/s within 0.05%\n").passed

    def test_the_bound_is_inclusive_and_exact(self):
        assert only_assert("x = 105\nassert x == 100 within 5%\n").passed
        assert not only_assert("x = 105.0001\nassert x == 100 within 5%\n").passed

    def test_the_failure_says_how_far_off_in_the_asserts_unit(self):
        a = only_assert(MONTHLY + "assert read_qps == 96.5k req/s within 0.5%\n")
        # (95,064.6 - 96,500) / 96,500 = -1.487%
        assert a.message == ("assert failed: read_qps == 96.5k req/s within 0.5% "
                             "(read_qps is 95.1k req/s, 1.49% below)")

    def test_a_thirty_day_month_passes_it(self):
        assert only_assert("unit month = 30 days\n" + MONTHLY + "assert read_qps == 96.5k req/s within 0.5%\n").passed


class TestAbsoluteTolerance:
    def test_an_amount_of_the_sides_dimension(self):
        assert only_assert("storage = 1.505 PB\nassert storage == 1.5 PB within 10 TB\n").passed
        a = only_assert("storage = 1.6 PB\nassert storage == 1.5 PB within 10 TB\n")
        assert not a.passed
        assert a.message.endswith("(storage is 1.6 PB, 100 TB above)")

    def test_a_tolerance_of_another_dimension_is_an_error(self):
        (d,) = error_of("x = 5 GB\nassert x == 5 GB within 1 s\n")
        assert d.kind == "dimension" and d.span.line == 2


class TestOnlyAfterEquals:
    @pytest.mark.parametrize("op", ["<", "<=", ">", "!="])
    def test_within_after_another_comparison_is_an_error_at_within(self, op):
        (d,) = error_of(f"x = 5\nassert x {op} 3 within 1%\n")
        assert (d.kind, d.span.line, d.span.column) == ("syntax", 2, 13 + len(op))
        assert "x == y within 5%" in d.hint

    def test_within_binds_looser_than_the_comparison(self):
        # `a == b within 1% + 1%` is `a == b` within 2%
        assert only_assert("x = 102\nassert x == 100 within 1% + 1%\n").passed
        assert only_assert("x = 102\nassert x == 100 within 2% and x > 101\n").passed


def test_prob_of_a_tolerance_with_ranges():
    report = run("x = 90 to 110\nshare = prob(x == 100 within 5%)\n")
    share = float(report.values[0 if report.values[0].name == "share" else 1].quantity.magnitude)
    # lognormal with its 90% interval at 90 and 110: P(95 <= x <= 105)
    mu, sigma = (math.log(90) + math.log(110)) / 2, (math.log(110) - math.log(90)) / (2 * 1.6448536269514722)
    phi = lambda z: 0.5 * (1 + math.erf(z / math.sqrt(2)))
    expected = phi((math.log(105) - mu) / sigma) - phi((math.log(95) - mu) / sigma)
    standard_error = math.sqrt(expected * (1 - expected) / 10_000)
    assert abs(share - expected) < 5 * standard_error


class TestFailuresInTheAssertsUnits:
    def test_a_named_side_shows_in_the_literal_sides_unit(self):
        a = only_assert("storage = 1500 TB\nassert storage < 1 PB\n")
        assert a.message == "assert failed: storage < 1 PB (storage is 1.5 PB)"

    def test_a_share_compared_with_a_percentage_shows_as_a_percentage(self):
        a = only_assert("hit = 0.0144\nassert hit > 5%\n")
        assert a.message == "assert failed: hit > 5% (hit is 1.44%)"

    def test_two_named_sides_each_in_their_own_unit(self):
        a = only_assert("a = 2 GB\nb = 1500 MB\nassert a < b\n")
        assert a.message == "assert failed: a < b (a is 2 GB; b is 1.5 GB)"


def test_magnitudes_stay_exact():
    # 1/3 == 0.3333 within 0.01%: |1/3 - 0.3333| = 1/30,000 = 0.01% of 0.3333... barely over
    assert not only_assert("x = 1 / 3\nassert x == 0.3333 within 0.01%\n").passed
    assert Fraction(1, 3) - Fraction(3333, 10000) > Fraction(1, 10000) * Fraction(3333, 10000)


def test_the_docs_failure_message_is_bote_s():
    """docs/language.md quotes the message the first assert gives without the 30-day month."""
    from conftest import ROOT
    text = (ROOT / "docs" / "language.md").read_text(encoding="utf-8")
    quoted = "assert failed: read_qps == 96.5k req/s within 0.5% (read_qps is 95.1k req/s, 1.49% below)"
    assert quoted in text
    assert only_assert(MONTHLY + "assert read_qps == 96.5k req/s within 0.5%\n").message == quoted


def test_within_is_a_keyword_and_says_so_when_bound():
    (d,) = error_of("within = 5\n")
    assert (d.kind, d.message) == ("syntax", "`within` is a keyword and cannot be bound")
