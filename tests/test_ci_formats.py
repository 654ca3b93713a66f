"""The CI formats: GitHub annotations, SARIF 2.1.0 and JUnit XML.

Each failure mode (invalid file, failing assert, error-level risk, warning,
note) shown in each format, from reports bote itself produced."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import bote
from bote.api import evaluate_file_report
from bote.errors import Diagnostic, Span
from bote.model.report import FileReport, Report
from bote.render.github import render_github
from bote.render.junit import render_junit
from bote.render.sarif import RULES, render_sarif

# api: a warning (hot, line 4); db: two errors (overloaded, cannot-scale, line 6);
# lonely: a note (assumed-load, line 11); web: fine; one assert fails (line 18).
SYSTEM = """\
component api {
  load = 800 req/s
  capacity = 100 req/s
  instances = 10
}
component db {
  load = 3000 req/s
  capacity = 2000 req/s
  scaling = single
}
component lonely {
  capacity = 100k req/s
}
component web {
  load = 10 req/s
  capacity = 100 req/s
}
assert api.instances > 20
assert db.instances >= 1
"""

WARNING_ONLY = "component api {\n  load = 800 req/s\n  capacity = 100 req/s\n  instances = 10\n}\n"
CLEAN = "component web {\n  load = 10 req/s\n  capacity = 100 req/s\n}\nassert web.instances >= 2\n"
INVALID = "x = 3 * foos\ny = zz + 1\n"


def system(name="sys.bote"):
    return bote.evaluate(SYSTEM, name)


@pytest.fixture
def invalid(tmp_path, monkeypatch):
    """An invalid file, read from disk under a relative path: two diagnostics."""
    monkeypatch.chdir(tmp_path)
    Path("bad.bote").write_text(INVALID)
    return Report([evaluate_file_report("bad.bote")])


def hand_made(*errors):
    return Report([FileReport("x.bote", "", errors=list(errors))])


# ---- GitHub workflow commands ---------------------------------------------------------------

class TestGithub:
    def test_one_line_per_risk_and_failed_assert_in_source_order(self):
        assert render_github(system()).splitlines() == [
            ("::warning file=sys.bote,line=4,col=3,endLine=4,endColumn=12,title=bote (hot)::"
             "api runs at 80%25 utilization, above its 70%25 ceiling. Fix: add instances to restore headroom for peaks"),
            ("::error file=sys.bote,line=6,col=11,endLine=6,endColumn=13,title=bote (overloaded)::"
             "db is overloaded: 3k req/s offered, 2k req/s of capacity across 1 instance (150%25 utilization). "
             "Fix: shard it, queue and batch the work in front of it, or cut the cost of one request "
             "(more instances do not help with scaling = single)"),
            ("::error file=sys.bote,line=6,col=11,endLine=6,endColumn=13,title=bote (cannot-scale)::"
             "db cannot scale out (scaling = single) but its load of 3k req/s needs 3 instances at 70%25. "
             "Fix: shard it 3 ways (with scaling = horizontal it needs 3 instances) or put a cache with "
             "hit_rate ≥ 54%25 in front; else batch the writes, or put a queue in front to smooth them"),
            ("::notice file=sys.bote,line=11,col=11,endLine=11,endColumn=17,title=bote (assumed-load)::"
             "nothing feeds lonely and it sets no load: assumed 10k req/s. Fix: set `load`, or connect it in a `flow`"),
            ("::error file=sys.bote,line=18,col=1,endLine=18,endColumn=26,title=bote (assert)::"
             "assert failed: api.instances > 20 (api.instances is 10)"),
        ]

    def test_strict_turns_warnings_into_errors(self):
        lines = render_github(bote.evaluate(WARNING_ONLY, "w.bote"), strict=True).splitlines()
        assert [line.split(" ")[0] for line in lines] == ["::error"]
        assert render_github(bote.evaluate(WARNING_ONLY, "w.bote")).startswith("::warning ")

    def test_a_clean_file_prints_nothing(self):
        assert render_github(bote.evaluate(CLEAN, "ok.bote")) == ""

    def test_invalid_file_one_error_per_diagnostic(self, invalid):
        assert render_github(invalid).splitlines() == [
            "::error file=bad.bote,line=1,col=9,endLine=1,endColumn=13,title=bote (unknown-name)::unknown name `foos`",
            "::error file=bad.bote,line=2,col=5,endLine=2,endColumn=7,title=bote (unknown-name)::unknown name `zz`",
        ]

    def test_hint_follows_the_message(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        Path("open.bote").write_text("component a {\n  load = 1 req/s\n")
        assert render_github(Report([evaluate_file_report("open.bote")])) == (
            "::error file=open.bote,line=1,col=13,endLine=1,endColumn=14,title=bote (syntax)::"
            "this `{` is never closed. Hint: add the missing `}`\n")

    def test_without_a_span_only_the_file(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        assert render_github(Report([evaluate_file_report("missing.bote")])) == (
            "::error file=missing.bote,title=bote (io)::cannot read missing.bote: No such file or directory\n")

    def test_message_escapes_percent_cr_lf(self):
        report = hand_made(Diagnostic("value", "100% of\r\nthe load\nis %0A", Span("x.bote", 1, 1, 1, 2)))
        assert render_github(report) == (
            "::error file=x.bote,line=1,col=1,endLine=1,endColumn=2,title=bote (value)::"
            "100%25 of%0D%0Athe load%0Ais %250A\n")

    def test_file_property_escapes_colon_and_comma_too(self):
        line = render_github(bote.evaluate(WARNING_ONLY, "C:/docs/a,b%.bote"))
        assert line.startswith("::warning file=C%3A/docs/a%2Cb%25.bote,line=4,col=3,")
        # the message keeps its `:` and `,`
        assert "::api runs at 80%25 utilization, above its 70%25 ceiling. Fix: add instances" in line

    def test_multi_line_span_sends_no_columns(self):
        # The toolkit: columns "cannot be sent when startLine and endLine are different".
        report = hand_made(Diagnostic("syntax", "oops", Span("x.bote", 2, 5, 4, 3)))
        assert render_github(report) == "::error file=x.bote,line=2,endLine=4,title=bote (syntax)::oops\n"

    def test_every_file_of_the_report(self, invalid):
        report = Report(invalid.files + bote.evaluate(WARNING_ONLY, "w.bote").files)
        files = [line.split("file=")[1].split(",")[0] for line in render_github(report).splitlines()]
        assert files == ["bad.bote", "bad.bote", "w.bote"]


# ---- SARIF 2.1.0 --------------------------------------------------------------------------

LEVELS = {"none", "note", "warning", "error"}


def assert_valid_sarif(log):
    """The properties SARIF 2.1.0 requires, and the constraints on the ones bote
    writes (no schema validator offline: checked by hand against the spec)."""
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"                          # sarifLog: version, runs
    assert isinstance(log["runs"], list) and log["runs"]
    for run in log["runs"]:
        driver = run["tool"]["driver"]                        # run: tool; tool: driver
        assert isinstance(driver["name"], str)                # toolComponent: name
        assert run.get("columnKind", "unicodeCodePoints") in {"unicodeCodePoints", "utf16CodeUnits"}
        rules = driver.get("rules", [])
        assert len({r["id"] for r in rules}) == len(rules)     # reportingDescriptor: id (unique here)
        for r in rules:
            assert isinstance(r["id"], str)
            assert isinstance(r["shortDescription"]["text"], str)   # multiformatMessageString: text
            assert r["defaultConfiguration"]["level"] in LEVELS
        for res in run["results"]:
            assert isinstance(res["message"]["text"], str)    # result: message; message: text or id
            assert res["level"] in LEVELS
            assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
            for loc in res["locations"]:
                physical = loc["physicalLocation"]
                assert isinstance(physical["artifactLocation"]["uri"], str)  # anyOf artifactLocation, address
                region = physical.get("region")
                if region is not None:
                    assert region["startLine"] >= 1 and region["startColumn"] >= 1
                    assert region["endLine"] >= region["startLine"] and region["endColumn"] >= 1
                    if region["endLine"] == region["startLine"]:
                        assert region["endColumn"] >= region["startColumn"]


def sarif(report, strict=False):
    text = render_sarif(report, strict)
    log = json.loads(text)
    assert_valid_sarif(log)
    return log


def results(log):
    return [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"].get("region", {}).get("startLine"))
            for r in log["runs"][0]["results"]]


# Trips every risk kind once (db trips overloaded as well as cannot-scale).
ZOO = """\
component over {
  load = 1000 req/s
  capacity = 100 req/s
  instances = 10
}
component warm {
  load = 800 req/s
  capacity = 100 req/s
  instances = 10
}
component alone {
  load = 10 req/s
  capacity = 100 req/s
  redundancy = 0
}
component db {
  load = 3000 req/s
  capacity = 2000 req/s
  scaling = single
}
component cache {
  load = 1 req/s
  capacity = 100 req/s
  memory = 64 GB
  working_set = 200 GB
  instances = 3
}
component disk {
  load = 1 req/s
  capacity = 100 req/s
  storage = 2 TB
  data = 5 TB
  instances = 2
}
component idle {
  capacity = 100 req/s
}
assert over.instances > 10
"""

RISK_KINDS = ["overloaded", "hot", "single-point-of-failure", "cannot-scale", "memory", "storage", "assumed-load"]
ERROR_KINDS = ["syntax", "unknown-name", "unknown-unit", "dimension", "property", "duplicate", "cycle", "flow",
               "value", "type", "call", "io"]


class TestSarif:
    def test_driver_lists_every_kind_in_a_fixed_order(self):
        driver = sarif(bote.evaluate(CLEAN, "ok.bote"))["runs"][0]["tool"]["driver"]
        assert driver["name"] == "bote" and driver["version"] == bote.__version__
        # The kinds the latency model added come after the first ones: a
        # rule's index never changes once published.
        later = ["unstable", "latency", "connections", "cold-cache", "synchronized-clients", "internal"]
        kinds = ["rate-limit", "backlog", "slow-drain"]  # component kinds (issue 6)
        natural = ["name", "label-not-binding", "stale-result"]  # writing it the way people write it (issue 10)
        classes = ["unsized-flow"]  # traffic classes (issue 14)
        assert [r["id"] for r in driver["rules"]] == (RISK_KINDS + ["assert"] + ERROR_KINDS + later + kinds + natural
                                                      + classes)

    def test_a_clean_file_has_no_results(self):
        assert sarif(bote.evaluate(CLEAN, "ok.bote"))["runs"][0]["results"] == []

    def test_results_carry_level_region_and_relative_uri(self):
        log = sarif(system("docs/sys.bote"))
        assert results(log) == [("hot", "warning", 4), ("overloaded", "error", 6), ("cannot-scale", "error", 6),
                                ("assumed-load", "note", 11), ("assert", "error", 18)]
        hot = log["runs"][0]["results"][0]
        assert hot["locations"] == [{"physicalLocation": {
            "artifactLocation": {"uri": "docs/sys.bote"},
            "region": {"startLine": 4, "startColumn": 3, "endLine": 4, "endColumn": 12}}}]
        assert hot["message"]["text"] == ("api runs at 80% utilization, above its 70% ceiling. "
                                          "Fix: add instances to restore headroom for peaks")

    def test_strict_turns_warnings_into_errors(self):
        assert results(sarif(system(), strict=True))[0] == ("hot", "error", 4)

    def test_every_risk_kind_is_a_rule_with_the_severity_it_is_reported_at(self):
        log = sarif(bote.evaluate(ZOO, "zoo.bote"))
        rules = {r["id"]: r["defaultConfiguration"]["level"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
        found = results(log)
        assert {kind for kind, _, _ in found} == set(RISK_KINDS) | {"assert"}
        assert all(rules[kind] == level for kind, level, _ in found)

    def test_invalid_file_results_per_diagnostic(self, invalid):
        log = sarif(invalid)
        assert results(log) == [("unknown-name", "error", 1), ("unknown-name", "error", 2)]
        assert log["runs"][0]["results"][0]["ruleIndex"] == 9

    def test_unreadable_file_has_a_location_without_region(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        (res,) = sarif(Report([evaluate_file_report("missing.bote")]))["runs"][0]["results"]
        assert res["ruleId"] == "io" and res["locations"] == [
            {"physicalLocation": {"artifactLocation": {"uri": "missing.bote"}}}]

    @pytest.mark.parametrize("kind", sorted(p.name for p in (Path(__file__).parent / "errors").iterdir()
                                            if p.is_dir() and p.name != "__pycache__"))
    def test_each_error_kind_of_the_corpus_is_a_rule(self, kind):
        case = next(p for p in sorted((Path(__file__).parent / "errors" / kind).glob("*.bote"))
                    if "# xfail:" not in p.read_text())
        log = sarif(Report([evaluate_file_report(case)]))
        assert log["runs"][0]["results"][0]["ruleId"] == kind
        assert kind in {r[0]: r for r in RULES}

    def test_uri_of_a_path_with_spaces(self):
        log = sarif(bote.evaluate(WARNING_ONLY, "my docs/a b.bote"))
        assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
            "my%20docs/a%20b.bote"


# ---- JUnit XML ----------------------------------------------------------------------------

def junit(report, strict=False):
    text = render_junit(report, strict)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    return ET.fromstring(text.encode("utf-8"))


def counts(element):
    return {k: int(element.get(k)) for k in ("tests", "failures", "errors")}


def case(root, name):
    (found,) = [c for c in root.iter("testcase") if c.get("name") == name]
    return found


class TestJunit:
    def test_one_testcase_per_component_and_per_assert(self):
        root = junit(system())
        (suite,) = root
        assert suite.get("name") == "sys.bote"
        assert [c.get("name") for c in suite] == ["component: api", "component: db", "component: lonely",
                                                  "component: web", "assert: api.instances > 20",
                                                  "assert: db.instances >= 1"]
        assert {c.get("classname") for c in suite} == {"sys.bote"}
        assert counts(suite) == counts(root) == {"tests": 6, "failures": 2, "errors": 0}

    def test_error_level_risk_fails_its_component(self):
        (failure,) = case(junit(system()), "component: db").findall("failure")
        assert failure.get("type") == "overloaded"
        assert failure.get("message").startswith("db is overloaded: 3k req/s offered")
        assert failure.text.splitlines() == [
            ("sys.bote:6:11: error overloaded: db is overloaded: 3k req/s offered, 2k req/s of capacity "
             "across 1 instance (150% utilization)"),
            ("  fix: shard it, queue and batch the work in front of it, or cut the cost of one request "
             "(more instances do not help with scaling = single)"),
            ("sys.bote:6:11: error cannot-scale: db cannot scale out (scaling = single) but its load of 3k req/s "
             "needs 3 instances at 70%"),
            ("  fix: shard it 3 ways (with scaling = horizontal it needs 3 instances) or put a cache with "
             "hit_rate ≥ 54% in front; else batch the writes, or put a queue in front to smooth them"),
        ]

    def test_warning_passes_with_the_risk_in_system_out(self):
        api = case(junit(system()), "component: api")
        assert api.find("failure") is None
        assert api.find("system-out").text.startswith("sys.bote:4:3: warning hot: api runs at 80% utilization")

    def test_warning_fails_with_strict(self):
        root = junit(system(), strict=True)
        api = case(root, "component: api")
        assert api.find("failure").get("type") == "hot" and api.find("system-out") is None
        assert counts(root) == {"tests": 6, "failures": 3, "errors": 0}

    def test_notes_never_fail(self):
        lonely = case(junit(system(), strict=True), "component: lonely")
        assert lonely.find("failure") is None
        assert "note assumed-load: nothing feeds lonely" in lonely.find("system-out").text

    def test_failing_assert(self):
        root = junit(system())
        (failure,) = case(root, "assert: api.instances > 20")
        assert failure.tag == "failure" and failure.get("type") == "assert"
        assert failure.get("message") == "assert failed: api.instances > 20 (api.instances is 10)"
        assert failure.text == "sys.bote:18:1: assert failed: api.instances > 20 (api.instances is 10)"
        assert list(case(root, "assert: db.instances >= 1")) == []
        assert list(case(root, "component: web")) == []

    def test_invalid_file_is_one_parse_testcase_with_an_error_per_diagnostic(self, invalid):
        root = junit(invalid)
        (suite,) = root
        assert counts(suite) == {"tests": 1, "failures": 0, "errors": 1}
        (parse,) = suite
        assert parse.get("name") == "parse" and parse.get("classname") == "bad.bote"
        assert [(e.tag, e.get("type"), e.get("message"), e.text) for e in parse] == [
            ("error", "unknown-name", "unknown name `foos`", "bad.bote:1:9: unknown name `foos`"),
            ("error", "unknown-name", "unknown name `zz`", "bad.bote:2:5: unknown name `zz`"),
        ]

    def test_one_suite_per_file_and_totals(self, invalid):
        root = junit(Report(invalid.files + system().files + bote.evaluate(CLEAN, "ok.bote").files))
        assert [s.get("name") for s in root] == ["bad.bote", "sys.bote", "ok.bote"]
        assert counts(root) == {"tests": 1 + 6 + 2, "failures": 2, "errors": 1}

    def test_text_that_xml_cannot_hold_raw_is_escaped_or_replaced(self):
        report = hand_made(Diagnostic("syntax", 'unexpected `<&">` and \x01', Span("x.bote", 1, 1, 1, 2),
                                      "a hint"))
        (error,) = case(junit(report), "parse")
        assert error.get("message") == 'unexpected `<&">` and \ufffd'
        assert error.text == 'x.bote:1:1: unexpected `<&">` and \ufffd\n  hint: a hint'

    def test_pretty_printed(self):
        lines = render_junit(system()).splitlines()
        assert lines[1].startswith("<testsuites ") and lines[2].startswith("  <testsuite ")
        assert lines[3].startswith("    <testcase ")
