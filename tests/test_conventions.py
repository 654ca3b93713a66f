"""Calendar conventions per file: `unit month = 30 days` (issue 10, part 3)."""
import json
from fractions import Fraction

import pytest
from conftest import error_of, run, shown

RATE = "reads = 250B requests per month -> req/s\n"


@pytest.mark.parametrize("convention, seconds_per_month, text", [
    ("unit month = 30 days\n", 30 * 86_400, "96.5k req/s"),
    ("unit month = 2.5M s\n", 2_500_000, "100k req/s"),
    ("", Fraction(36525, 100) * 86_400 / 12, "95.1k req/s"),
])
def test_a_monthly_rate_follows_the_files_month(convention, seconds_per_month, text):
    report = run(convention + RATE)
    reads = report.values[0].quantity
    assert reads.magnitude == Fraction(250 * 10**9) / seconds_per_month
    assert shown(report, "reads") == text


def test_the_units_defined_from_a_new_day_follow_it():
    report = run("unit day = 100k s\nw = 1 week -> s\ny = 1 year -> s\nm = 1 month -> s\nhr_s = 1 hour -> s\n")
    v = {x.name: x.quantity.magnitude for x in report.values}
    assert v == {"w": 700_000, "y": Fraction(36525, 100) * 100_000, "m": Fraction(36525, 100) * 100_000 / 12,
                 "hr_s": 3600}


def test_a_unit_the_file_redefines_itself_does_not_follow():
    report = run("unit day = 100k s\nunit month = 30 days\nunit year = 360 days\nm = 1 month -> s\n"
                 "y = 1 year -> s\n")
    v = {x.name: x.quantity.magnitude for x in report.values}
    assert v == {"m": 3_000_000, "y": 36_000_000}


def test_a_year_redefined_makes_the_month_a_twelfth_of_it():
    report = run("unit year = 360 days\nm = 1 month -> day\n")
    assert report.values[0].quantity.magnitude == 30 * 86_400


def test_conventions_never_leak_into_another_file():
    run("unit month = 30 days\nx = 1\n")
    assert shown(run(RATE), "reads") == "95.1k req/s"


def test_a_doc_shares_one_calendar_across_its_blocks():
    doc = "# Design\n\n```bote\nunit month = 30 days\n```\n\nText.\n\n```bote\n" + RATE + "```\n"
    from bote.api import evaluate_markdown
    f = evaluate_markdown(doc, "doc.md")
    assert f.values[0].quantity.magnitude == Fraction(250 * 10**9, 30 * 86_400)


class TestTheReportSaysSo:
    TEXT = "unit month = 30 days\n" + RATE

    def test_in_the_tables_header(self):
        from bote.render.table import render_markdown, render_table
        f = run(self.TEXT)
        assert render_table(f).splitlines()[1] == "conventions: month = 30 day"
        assert "_conventions: month = 30 day_" in render_markdown(f)

    def test_in_json(self):
        import bote
        from bote.render.json import render_json
        out = json.loads(render_json(bote.evaluate(self.TEXT, "t.bote")))["files"][0]
        assert out["conventions"] == {"month": {"magnitude": 2592000.0, "unit": "s"}}
        plain = json.loads(render_json(bote.evaluate(RATE, "t.bote")))["files"][0]
        assert plain["conventions"] == {}

    def test_in_a_rendered_docs_summary(self):
        from bote.api import evaluate_markdown
        from bote.writeback.docrender import summary_lines
        doc = "```bote\nunit month = 30 days\ncomponent api {\n  load = 1k qps\n  capacity = 1k qps\n}\n```\n"
        assert summary_lines(evaluate_markdown(doc, "d.md"), None)[0] == "_conventions: month = 30 day_"


class TestWhatCannotBeRedefined:
    def test_another_built_in_unit(self):
        (d,) = error_of("unit GB = 1000 MB\n")
        assert (d.kind, d.span.line, d.span.column) == ("duplicate", 1, 6)
        assert "calendar units (day, week, month, year)" in d.hint

    def test_a_calendar_unit_that_is_not_a_time(self):
        (d,) = error_of("unit month = 30 GB\n")
        assert (d.kind, d.span.line, d.span.column) == ("dimension", 1, 14)

    def test_twice(self):
        (d,) = error_of("unit month = 30 days\nunit month = 31 days\n")
        assert (d.kind, d.span.line) == ("duplicate", 2) and "line 1" in d.message


def test_calendar_redefinitions_settle_in_any_order():
    """`unit year = 12 months` above `unit month = 2.5M s` uses the file's month."""
    report = run("unit year = 12 months\nunit month = 2.5M s\nx = 1 year -> s\n")
    assert report.values[0].quantity.magnitude == 30_000_000


def test_calendar_redefinitions_that_never_settle_are_an_error():
    (d,) = error_of("unit month = year / 12\nunit year = 13 months\n")
    assert (d.kind, d.span.line) == ("cycle", 1)


def test_the_header_shows_a_redefinition_as_written():
    from bote.render.table import render_table
    assert render_table(run("unit day = 10^5 s\nx = 1\n")).splitlines()[1] == "conventions: day = 100k s"


def test_a_rendered_doc_with_only_values_still_names_its_calendar(tmp_path):
    from bote.writeback.docrender import render_file
    doc = tmp_path / "d.md"
    doc.write_text("# Plan\n\n```bote\nunit month = 30 days\nreads = 250B requests per month -> req/s\n```\n",
                   encoding="utf-8")
    assert render_file(str(doc)).exit_code == 0
    assert "_conventions: month = 30 day_" in doc.read_text(encoding="utf-8")
