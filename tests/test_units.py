"""The curated registry: a conversion table checked exactly."""
from fractions import Fraction as F

import pytest
from conftest import error_of, run, shown

from bote.language.unit_table import registry
from bote.language.units import FileUnits, format_unit, parse_unit


def magnitude(source_expr):
    report = run(f"x = {source_expr}\n")
    return report.values[0].quantity.magnitude


@pytest.mark.parametrize("expr, base", [
    ("1 KB", 1000), ("1 kB", 1000), ("1 KiB", 1024), ("1 MB", 10**6), ("1 MiB", 2**20),
    ("1 GB", 10**9), ("1 GiB", 2**30), ("1 TB", 10**12), ("1 TiB", 2**40), ("1 PB", 10**15),
    ("1 PiB", 2**50), ("1 EB", 10**18),
    ("1 bit", F(1, 8)), ("8 bits", 1), ("1 Kb", 125), ("1 Mb", 125_000), ("1 Gb", 125 * 10**6),
    ("1 Tb", 125 * 10**9), ("1 bps", F(1, 8)), ("1 Kbps", 125), ("1 Mbps", 125_000), ("1 Gbps", 125 * 10**6),
    ("1 ns", F(1, 10**9)), ("1 us", F(1, 10**6)), ("1 µs", F(1, 10**6)), ("1 ms", F(1, 1000)),
    ("1 s", 1), ("1 sec", 1), ("2 seconds", 2), ("1 min", 60), ("3 minutes", 180), ("1 h", 3600),
    ("1 hr", 3600), ("1 hour", 3600), ("1 day", 86400), ("2 days", 172800), ("1 week", 604800),
    ("1 year", F(36525 * 864)), ("1 month", F(36525 * 864, 12)), ("1 months", F(36525 * 864, 12)),
    ("1 qps", 1), ("1 rps", 1), ("1 Hz", 1), ("1 kHz", 1000), ("2 MHz", 2 * 10**6), ("3 GHz", 3 * 10**9),
    ("1 request", 1), ("1 req", 1), ("3 queries", 3), ("1 op", 1), ("2 users", 2), ("1 event", 1),
    ("1 message", 1), ("1 item", 1), ("4 cores", 4),
    ("5 USD", 5), ("5 $", 5), ("25 cents", F(1, 4)), ("1 cent", F(1, 100)),
    # spelled out, as people write them
    ("5 msec", F(5, 1000)), ("2 usec", F(2, 10**6)), ("3 nsec", F(3, 10**9)),
    ("3 terabytes", 3 * 10**12), ("1 gigabyte", 10**9), ("2 megabytes", 2 * 10**6), ("1 kilobyte", 1000),
    ("1 petabyte", 10**15), ("1 exabyte", 10**18), ("1 kibibyte", 1024), ("1 gibibyte", 2**30),
    ("1 mebibyte", 2**20), ("1 tebibyte", 2**40), ("1 pebibyte", 2**50),
    ("2 megabits", 250_000), ("1 kilobit", 125), ("1 gigabit", 125 * 10**6), ("1 terabit", 125 * 10**9),
    ("20 percent", F(1, 5)), ("20%", F(1, 5)), ("3 ppm", F(3, 10**6)),
    ("2 thousand", 2000), ("2 million", 2 * 10**6), ("2 billion", 2 * 10**9), ("2 trillion", 2 * 10**12),
])
def test_conversion_table(expr, base):
    assert magnitude(expr) == base


@pytest.mark.parametrize("expr, text", [
    ("1 month -> day", "30.4 day"),
    ("1 year -> day", "365 day"),
    ("12 months -> year", "1 year"),
    ("1 GiB -> GB", "1.07 GB"),
    ("1 GB -> GiB", "0.931 GiB"),
    ("1 Gbps -> MB/s", "125 MB/s"),
    ("1 MB -> Mb", "8 Mb"),
    ("40M user/day -> req/s", "463 req/s"),
    ("3 queries/s -> req/s", "3 req/s"),
    ("1 req/s -> user/day", "86.4k user/day"),
    ("100 USD/month -> USD/year", "1.2k USD/year"),
])
def test_displayed_conversions(expr, text):
    report = run(f"x = {expr}\n")
    assert shown(report, "x") == text


def test_month_is_a_twelfth_of_a_julian_year():
    assert magnitude("1 year / 12") == magnitude("1 month") == 2_629_800


def test_counts_convert_freely_but_keep_their_label():
    report = run("unit tweet\nx = 500M tweets per day\ny = x -> req/s\n")
    assert shown(report, "x") == "500M tweet/day"
    assert shown(report, "y") == "5.79k req/s"


def test_declared_label_plurals():
    report = run("unit category, box, photo\na = 2 categories\nb = 3 boxes\nc = 4 photos\n")
    assert [shown(report, n) for n in "abc"] == ["2 category", "3 box", "4 photo"]


def test_derived_unit():
    report = run("unit page = 8 KiB\nx = 1000 pages -> KiB\n")
    assert shown(report, "x") == "8k KiB"


def test_bare_B_is_not_a_unit():
    (d,) = error_of("x = 2 B\n")
    assert (d.kind, d.span.line, d.span.column) == ("unknown-unit", 1, 7)
    assert "2 bytes" in d.hint and "2B" in d.hint


def test_short_names_stay_free():
    report = run("N = 3\nb = 4\na = 5\nt = 6\nx = N * b * a * t\n")
    assert shown(report, "x") == "360"


def test_physics_units_are_not_there():
    for unit in ("meter", "kg", "N", "J", "W"):
        assert registry().lookup(unit) is None


def test_unit_strings_round_trip():
    units = FileUnits(registry())
    for text in ["request / second", "TB", "USD / month", "byte / second ** 2", "1 / second", "user / day"]:
        assert format_unit(parse_unit(text, units), units, short=False) == text
    assert parse_unit("req/s", units) == (("request", 1), ("second", -1))
    assert parse_unit("µs", units) == (("microsecond", 1),)
    with pytest.raises(ValueError):
        parse_unit("furlong", units)


def test_the_unit_table_is_never_read_from_or_written_to_the_cache_folder(tmp_path, monkeypatch):
    """bote reduces units.txt itself at every start (tests/test_units_oracle.py
    holds it to Pint's reading): a table planted where bote 0.2 cached its own
    is not read, and nothing is written."""
    import json

    from bote.language.unit_table import load
    monkeypatch.setenv("BOTE_CACHE_DIR", str(tmp_path))
    planted = tmp_path / "units-0123456789abcdef.json"
    planted.write_text(json.dumps({"units": {"KB": {"factor": [1024, 1]}}}))
    assert load().lookup("KB").factor == 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == [planted.name]


def test_registry_loads_without_a_cache_folder(monkeypatch):
    from bote.language.unit_table import load
    monkeypatch.setenv("BOTE_CACHE_DIR", "")
    assert load().lookup("month").factor == 2_629_800
