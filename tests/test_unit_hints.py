"""Hints that point to the real unit; transactions; money besides USD;
`150,000` (issue 10, part 7)."""
from fractions import Fraction

import pytest
from conftest import error_of, run, shown


@pytest.mark.parametrize("written, real", [
    ("5 gb", "`GB`"), ("2 tb", "`TB`"), ("4 mb", "`MB`"), ("10 Ms", "`ms`"),
    ("2 GBps", "`GB/s`"), ("1 gbit/s", "`Gbit`"), ("5 kqps", "`5k qps`"),
    ("5 -> gb", "`GB`"),
])
def test_a_near_miss_names_the_real_unit(written, real):
    (d,) = error_of(f"x = {written}\n")
    assert d.kind == "unknown-unit" and real in d.hint
    assert "declare the label" not in d.hint


def test_bytes_per_second_is_never_suggested_as_bits():
    (d,) = error_of("x = 2 GBps\n")
    assert d.hint.startswith("did you mean `GB/s`?")      # Gbps is 8x off


def test_the_label_hint_only_when_no_real_unit_is_close():
    (d,) = error_of("x = 5 widgets\n")
    assert d.hint == "to count widgets, declare the label: `unit widget`"


def test_transactions_are_built_in():
    report = run("batch = 5 transactions\nrate = 2k tps\nother = 3 TPS\nevery_second = rate * 1 s\n")
    v = {x.name: x for x in report.values}
    assert v["batch"].quantity.unit == (("transaction", 1),)
    assert v["rate"].quantity.magnitude == 2000 and v["other"].quantity.magnitude == 3
    assert shown(report, "every_second") == "2k txn"


class TestMoneyBesidesUsd:
    def test_a_currency_of_the_files_own_converts(self):
        report = run("unit EUR = 1.08 USD\nbill = 100 USD/hour -> EUR/month\n")
        # 100 USD/h * 730.5 h/month / 1.08
        assert report.values[0].quantity.to("EUR/month") == float(100 * Fraction(7305, 10) / Fraction(108, 100))
        assert shown(report, "bill") == "67.6k EUR/month"

    def test_the_symbols_once_the_file_defines_them(self):
        report = run("unit EUR = 1.08 USD\nunit GBP = 1.27 USD\na = 100 € -> USD\nb = 2 £ -> USD\n")
        assert [v.quantity.magnitude for v in report.values] == [108, Fraction(254, 100)]

    def test_a_symbol_without_its_currency_is_an_error(self):
        (d,) = error_of("price = 5 €\n")
        assert (d.kind, d.span.column) == ("unknown-unit", 11) and "`unit EUR = " in d.hint


class TestCommasInNumbers:
    @pytest.mark.parametrize("written, hint", [("150,000", "write `150_000` or `150k`"),
                                               ("1,500,000", "write `1_500_000` or `1.5M`"),
                                               ("1,234,567", "write `1_234_567`")])
    def test_an_error_over_the_whole_number(self, written, hint):
        (d,) = error_of(f"users = {written} users\n")
        assert (d.kind, d.span.line, d.span.column, d.span.end_column) == ("syntax", 1, 9, 9 + len(written))
        assert d.hint == hint

    def test_the_arguments_of_a_call_keep_their_commas(self):
        assert run("x = max(1, 2)\n").values[0].quantity.magnitude == 2


def test_a_grouped_number_in_a_call_is_an_error_not_two_arguments():
    """`max(1,000, x)` would silently be max(1, 0, x)."""
    (d,) = error_of("x = max(1,000, 5)\n")
    assert (d.kind, d.span.line, d.span.column) == ("syntax", 1, 10)
    assert d.hint.startswith("write `1_000` or `1k`")
    assert run("x = max(1, 000)\n").values[0].quantity.magnitude == 1   # a space: two arguments


class TestHintsForWhatPeopleWrite:
    def test_a_thing_counted_per_gets_the_label_hint_beside_a_near_unit(self):
        (d,) = error_of("x = 10 KB per tweet\n")
        assert d.hint == "did you mean `week`, or to count tweets, declare the label: `unit tweet`?"

    def test_an_unknown_value_gets_no_label_hint(self):
        (d,) = error_of("x = foo + 1\n")
        assert d.hint is None

    def test_a_comparison_after_a_conversion_says_to_add_parentheses(self):
        (d,) = error_of("assert 5 GB -> MB == 5000 MB\n")
        assert (d.kind, d.span.column) == ("syntax", 19) and "(x -> TB) == 1.5 PB" in d.hint

    def test_nearly_equal_points_to_within(self):
        (d,) = error_of("assert 5 ~= 4\n")
        assert d.kind == "syntax" and "within" in d.hint


@pytest.mark.parametrize("written, bits", [
    ("1 Gbit", 10**9), ("10 Mbit", 10**7), ("1 kbit", 1000), ("1 Kbit", 1000), ("2 Tbit", 2 * 10**12)])
def test_bits_spelled_with_bit_are_units(written, bits):
    """IEC 80000-13's spelling (`Gbit`, `Mbit/s`) is what people write beside
    `Gb` and `Gbps`: 1 Gbit = 10^9 bits = 125 MB."""
    report = run(f"x = {written} -> byte\n")
    (value,) = report.values
    assert Fraction(value.quantity.magnitude) == Fraction(bits, 8)


def test_a_link_in_gbit_per_second():
    """100 MB/s = 800 Mbit/s = 0.8 Gbit/s; `kbps` is `Kbps`."""
    assert shown(run("x = 100 MB/s -> Gbit/s\n"), "x") == "0.8 Gb/s"
    assert shown(run("x = 5 kbps -> bps\n"), "x") == "5k bps"
