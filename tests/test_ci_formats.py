"""The CI formats: GitHub annotations, SARIF 2.1.0, JUnit XML and concise lines.

Each failure mode (invalid file, failing assert, error-level risk, warning,
note) shown in each format, from reports bote itself produced."""
import functools
import gzip
import json
import os
import re
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest
import xmlschema

import bote
from bote.api import evaluate_file_report
from bote.errors import Diagnostic, Span
from bote.model.report import FileReport, Report
from bote.render.concise import render_concise
from bote.render.github import render_github
from bote.render.junit import render_junit
from bote.render.rules import RULE_INDEX, rule_for
from bote.render.sarif import render_sarif

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

SCHEMAS = Path(__file__).parent / "schemas"   # vendored: their provenance and licenses are in README.md there
MAX_UPLOAD_BYTES = 10_000_000                   # GitHub code scanning: at most 10 MB (gzip-compressed)


@functools.cache
def sarif_validator():
    schema = json.loads((SCHEMAS / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def assert_valid_sarif(log, text=None):
    """Valid against the SARIF 2.1.0 schema, and within what GitHub code
    scanning accepts of an upload: at most 20 runs, 25,000 results and
    25,000 rules a run, 1,000 locations a result, 20 tags a rule, 10 MB
    compressed; and what it needs to show an alert: each result's rule in
    the driver, one location with a file and a line."""
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    if text is not None:
        assert len(gzip.compress(text.encode("utf-8"))) <= MAX_UPLOAD_BYTES
    assert len(log["runs"]) <= 20
    for run in log["runs"]:
        rules = run["tool"]["driver"]["rules"]
        assert len(rules) <= 25_000 and len(run["results"]) <= 25_000
        assert len({r["id"] for r in rules}) == len(rules)
        for rule in rules:
            assert len(rule["properties"]["tags"]) <= 20
            assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
            assert rule["help"]["text"] and rule["help"]["markdown"] and rule["helpUri"].startswith("https://")
        for res in run["results"]:
            assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
            assert 1 <= len(res["locations"]) <= 1000
            for loc in res["locations"]:
                physical = loc["physicalLocation"]
                assert physical["artifactLocation"]["uri"]
                assert physical["region"]["startLine"] >= 1
            assert res["partialFingerprints"]["bote/v1"]


def sarif(report, strict=False, root=None):
    text = render_sarif(report, strict, root)
    log = json.loads(text)
    assert_valid_sarif(log, text)
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
        ci = ["usage", "dependency", "stale"]  # the rest of what bote reports (issue 16)
        classes = ["unsized-flow", "missing-dependency"]  # traffic classes (issue 14); numpy missing (issue 16)
        locks = ["lock-contention"]  # database locks (issue 14)
        retries = ["retry-storm", "error-budget", "timeouts"]  # errors and retries (issue 14)
        lint = ["cache-edge-carries-hits"]  # a cache's edge without `* misses`
        ids = RISK_KINDS + ["assert"] + ERROR_KINDS + later + kinds + natural + ci + classes + locks + retries + lint
        assert [r["id"] for r in driver["rules"]] == ids
        # docs/ci.md names them in the same order
        paragraph = (Path(__file__).parent.parent / "docs" / "ci.md").read_text(encoding="utf-8")
        paragraph = paragraph.split("Rule ids are stable", 1)[1].split("only ever appended", 1)[0]
        assert [w for w in re.findall(r"`([a-z-]+)`", paragraph) if w in ids] == ids

    def test_a_clean_file_has_no_results(self):
        assert sarif(bote.evaluate(CLEAN, "ok.bote"))["runs"][0]["results"] == []

    def test_results_carry_level_region_and_relative_uri(self):
        log = sarif(system("docs/sys.bote"))
        assert results(log) == [("hot", "warning", 4), ("overloaded", "error", 6), ("cannot-scale", "error", 6),
                                ("assumed-load", "note", 11), ("assert", "error", 18)]
        hot = log["runs"][0]["results"][0]
        assert hot["locations"] == [{"physicalLocation": {
            "artifactLocation": {"uri": "docs/sys.bote", "uriBaseId": "%SRCROOT%"},
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

    def test_unreadable_file_is_located_at_its_first_line(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        (res,) = sarif(Report([evaluate_file_report("missing.bote")]))["runs"][0]["results"]
        # Code scanning needs a line: a finding about a whole file is at its first.
        assert res["ruleId"] == "io" and res["locations"] == [{"physicalLocation": {
            "artifactLocation": {"uri": "missing.bote", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 1, "startColumn": 1}}}]

    @pytest.mark.parametrize("kind", sorted(p.name for p in (Path(__file__).parent / "errors").iterdir()
                                            if p.is_dir() and p.name != "__pycache__"))
    def test_each_error_kind_of_the_corpus_is_a_rule(self, kind):
        case = next(p for p in sorted((Path(__file__).parent / "errors" / kind).glob("*.bote"))
                    if "# xfail:" not in p.read_text())
        log = sarif(Report([evaluate_file_report(case)]))
        assert log["runs"][0]["results"][0]["ruleId"] == kind
        assert kind in RULE_INDEX

    def test_uri_of_a_path_with_spaces(self):
        log = sarif(bote.evaluate(WARNING_ONLY, "my docs/a b.bote"))
        assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
            "my%20docs/a%20b.bote"


    def test_each_rule_carries_the_tables_text(self):
        rules = {r["id"]: r for r in sarif(system())["runs"][0]["tool"]["driver"]["rules"]}
        overloaded = rules["overloaded"]
        assert overloaded["shortDescription"]["text"] == rule_for("overloaded").short
        assert overloaded["fullDescription"]["text"] == rule_for("overloaded").meaning
        assert "load / (capacity × instances) > 100%" in overloaded["help"]["text"]
        assert "**Remedies:**" in overloaded["help"]["markdown"]
        assert overloaded["helpUri"] == "https://github.com/bote-lang/bote/blob/main/docs/language.md#risks"
        assert overloaded["properties"]["tags"] == ["capacity", "reliability", "throughput"]
        assert rules["backlog"]["helpUri"].endswith("#risks-of-the-kinds")

    def test_the_run_names_its_category_and_its_root(self, tmp_path):
        run = sarif(system(), root=str(tmp_path))["runs"][0]
        assert run["automationDetails"] == {"id": "bote/"}
        assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"

    def test_a_file_outside_the_root_keeps_its_own_uri(self, tmp_path):
        outside = tmp_path / "elsewhere" / "w.bote"
        log = sarif(bote.evaluate(WARNING_ONLY, str(outside)), root=str(tmp_path / "repo"))
        assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
            "uri": outside.as_uri()}

    def test_the_same_finding_twice_has_two_fingerprints(self, invalid):
        same = hand_made(Diagnostic("value", "division by zero", Span("x.bote", 1, 5, 1, 6)),
                         Diagnostic("value", "division by zero", Span("x.bote", 1, 5, 1, 6)))
        prints = [r["partialFingerprints"]["bote/v1"] for r in sarif(same)["runs"][0]["results"]]
        assert prints[0].endswith(":1") and prints[1].endswith(":2") and prints[0][:-2] == prints[1][:-2]


# A repository with the estimate one folder down: bote run from the root, from
# the folder, from outside it with GITHUB_WORKSPACE set, and on a copy of the
# file with lines added above every finding.
BOTE = str(Path(sys.executable).parent / "bote")


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "repo"
    (root / "est").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "est" / "sys.bote").write_text(SYSTEM)
    return root


def cli(fmt, cwd, name, env=None):
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_WORKSPACE"} | (env or {})
    done = subprocess.run([BOTE, "check", "--format", fmt, name], cwd=cwd, capture_output=True, text=True,
                          env=environment)
    assert done.returncode == 1, done.stderr
    return done.stdout


def located(log):
    return [(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["partialFingerprints"]["bote/v1"]) for r in log["runs"][0]["results"]]


class TestFromTheRepositoryRoot:
    def test_sarif_is_the_same_from_any_folder(self, repo, tmp_path):
        runs = [cli("sarif", repo, "est/sys.bote"),
                cli("sarif", repo / "est", "sys.bote"),
                cli("sarif", tmp_path, "repo/est/sys.bote", {"GITHUB_WORKSPACE": str(repo)})]
        logs = [json.loads(text) for text in runs]
        for log, text in zip(logs, runs):
            assert_valid_sarif(log, text)
        assert located(logs[0]) == located(logs[1]) == located(logs[2])
        assert {uri for _, uri, _ in located(logs[0])} == {"est/sys.bote"}
        assert {json.dumps(log["runs"][0]["originalUriBaseIds"]) for log in logs} == {
            json.dumps({"%SRCROOT%": {"uri": repo.resolve().as_uri() + "/",
                                      "description": {"text": "The repository root."}}})}

    def test_fingerprints_survive_an_edit_above_and_change_with_the_component(self, repo):
        before = located(json.loads(cli("sarif", repo, "est/sys.bote")))
        (repo / "est" / "sys.bote").write_text("# capacity plan\n\npeak = 3k req/s\n" + SYSTEM)
        after = json.loads(cli("sarif", repo, "est/sys.bote"))
        assert located(after) == before
        assert after["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4 + 3
        (repo / "est" / "sys.bote").write_text(SYSTEM.replace("db", "store"))
        renamed = {kind: fp for kind, _, fp in located(json.loads(cli("sarif", repo, "est/sys.bote")))}
        kept = {kind: fp for kind, _, fp in before}
        assert renamed["hot"] == kept["hot"] and renamed["assert"] == kept["assert"]
        assert renamed["overloaded"] != kept["overloaded"]

    def test_github_annotations_name_the_file_from_the_root(self, repo, tmp_path):
        for cwd, name, env in ((repo / "est", "sys.bote", None),
                               (tmp_path, "repo/est/sys.bote", {"GITHUB_WORKSPACE": str(repo)})):
            files = {line.split("file=")[1].split(",")[0] for line in cli("github", cwd, name, env).splitlines()}
            assert files == {"est/sys.bote"}

    def test_github_title_carries_the_kind(self, repo):
        titles = [line.split("title=")[1].split("::")[0] for line in cli("github", repo, "est/sys.bote").splitlines()]
        assert titles == ["bote (hot)", "bote (overloaded)", "bote (cannot-scale)", "bote (assumed-load)",
                          "bote (assert)"]

    def test_junit_names_the_file_from_the_root(self, repo):
        root = ET.fromstring(cli("junit", repo / "est", "sys.bote").encode("utf-8"))
        assert {c.get("file") for c in root.iter("testcase")} == {"est/sys.bote"}
        assert {c.get("classname") for c in root.iter("testcase")} == {"sys.bote"}  # the name as given

    def test_without_git_or_workspace_the_current_folder_is_the_root(self, tmp_path):
        (tmp_path / "plain").mkdir()
        (tmp_path / "plain" / "sys.bote").write_text(SYSTEM)
        env = {"GIT_CEILING_DIRECTORIES": str(tmp_path)}  # no repository above tmp_path is found
        log = json.loads(cli("sarif", tmp_path / "plain", "sys.bote", env))
        assert {uri for _, uri, _ in located(log)} == {"sys.bote"}


# ---- JUnit XML ----------------------------------------------------------------------------

@functools.cache
def junit_schema():
    return xmlschema.XMLSchema10(str(SCHEMAS / "junit-10.xsd"))


def assert_valid_junit(text):
    """Valid against the Jenkins schema (xunit's junit-10.xsd), but for the
    testcases' `file` and `line`, which the schema does not declare and
    bote adds for GitLab and Jenkins: without them the document is valid,
    and they are the only attributes the schema does not have."""
    root = ET.fromstring(text.encode("utf-8"))
    for case in root.iter("testcase"):
        assert case.get("file") and int(case.get("line")) >= 1
        del case.attrib["file"], case.attrib["line"]
    junit_schema().validate(ET.tostring(root, encoding="unicode"))


def junit(report, strict=False, root=None):
    text = render_junit(report, strict, root)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    assert_valid_junit(text)
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

    def test_the_schema_rejects_what_it_does_not_declare(self):
        # The validation above is real: an attribute the schema lacks fails it.
        with pytest.raises(xmlschema.XMLSchemaValidationError):
            junit_schema().validate('<testsuites><testsuite name="a" tests="1" failures="0" errors="0">'
                                    '<testcase name="b" line="3"/></testsuite></testsuites>')

    def test_each_testcase_has_file_line_and_time(self):
        suite = junit(system("docs/sys.bote"))[0]
        assert [(c.get("name"), c.get("file"), c.get("line")) for c in suite] == [
            ("component: api", "docs/sys.bote", "1"), ("component: db", "docs/sys.bote", "6"),
            ("component: lonely", "docs/sys.bote", "11"), ("component: web", "docs/sys.bote", "14"),
            ("assert: api.instances > 20", "docs/sys.bote", "18"), ("assert: db.instances >= 1", "docs/sys.bote", "19")]
        assert all(float(c.get("time")) == 0 for c in suite)  # evaluated from text: not timed

    def test_the_file_testcase_is_at_its_first_finding(self):
        report = bote.evaluate("x = 150 TB / 100 GB  # => 2k\n\ny = 2  # => 3\n", "stale.bote")
        (case,) = junit(report)[0]
        assert case.get("name") == "file" and case.get("line") == "1"

    def test_a_timed_file_shares_its_time_among_its_testcases(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        Path("sys.bote").write_text(SYSTEM)
        f = evaluate_file_report("sys.bote")
        assert f.seconds is not None and f.seconds > 0
        suite = junit(Report([f]))[0]
        assert suite.get("time") == f"{f.seconds:.3f}"
        assert {c.get("time") for c in suite} == {f"{f.seconds / 6:.3f}"}

    def test_the_suite_has_timestamp_and_hostname(self, tmp_path, monkeypatch):
        monkeypatch.chdir(tmp_path)
        Path("sys.bote").write_text(SYSTEM)
        before = datetime.now().astimezone().replace(microsecond=0)
        f = evaluate_file_report("sys.bote")
        suite = ET.fromstring(render_junit(Report([f]), hostname="ci-runner-7").encode("utf-8"))[0]
        stamp = datetime.fromisoformat(suite.get("timestamp"))
        assert stamp.tzinfo is not None and before <= stamp <= datetime.now().astimezone()
        assert suite.get("hostname") == "ci-runner-7"
        assert render_junit(Report([f])).count(f'hostname="{socket.gethostname()}"') == 1

    def test_an_invalid_file_is_at_its_first_error(self, invalid):
        (parse,) = junit(invalid)[0]
        assert parse.get("line") == "1" and parse.get("file") == "bad.bote"


# ---- concise: one line per finding -----------------------------------------------------------

class TestConcise:
    def test_one_line_per_finding_in_source_order(self):
        assert render_concise(system()).splitlines() == [
            "sys.bote:4:3: warning[hot] api runs at 80% utilization, above its 70% ceiling",
            ("sys.bote:6:11: error[overloaded] db is overloaded: 3k req/s offered, 2k req/s of capacity across "
             "1 instance (150% utilization)"),
            ("sys.bote:6:11: error[cannot-scale] db cannot scale out (scaling = single) but its load of 3k req/s "
             "needs 3 instances at 70%"),
            "sys.bote:11:11: note[assumed-load] nothing feeds lonely and it sets no load: assumed 10k req/s",
            "sys.bote:18:1: error[assert] assert failed: api.instances > 20 (api.instances is 10)",
        ]

    def test_strict_turns_warnings_into_errors(self):
        assert render_concise(bote.evaluate(WARNING_ONLY, "w.bote"), strict=True).startswith("w.bote:4:3: error[hot] ")

    def test_a_clean_file_prints_nothing(self):
        assert render_concise(bote.evaluate(CLEAN, "ok.bote")) == ""

    def test_invalid_and_unreadable_files(self, invalid, tmp_path):
        assert render_concise(invalid).splitlines() == ["bad.bote:1:9: error[unknown-name] unknown name `foos`",
                                                        "bad.bote:2:5: error[unknown-name] unknown name `zz`"]
        missing = Report([evaluate_file_report("missing.bote")])
        assert render_concise(missing) == "missing.bote:1:1: error[io] cannot read missing.bote: No such file or directory\n"

    def test_a_name_with_a_newline_stays_on_its_line(self):
        report = hand_made(Diagnostic("value", "bad\nvalue", Span("a\nb.bote", 1, 1, 1, 2)))
        assert render_concise(report) == "a\\nb.bote:1:1: error[value] bad value\n"

    def test_check_exits_as_with_every_format(self, repo):
        done = subprocess.run([BOTE, "check", "--format", "concise", "est/sys.bote"], cwd=repo, capture_output=True,
                              text=True)
        assert done.returncode == 1 and done.stderr == ""
        assert done.stdout.splitlines()[0] == "est/sys.bote:4:3: warning[hot] api runs at 80% utilization, above its 70% ceiling"

    def test_render_check_says_which_file_would_change_and_where(self, repo):
        (repo / "x.bote").write_text("a = 2\nb = a * 3  # => 5\n")
        (repo / "bad.bote").write_text("c = 3 foos\n")
        (repo / "ok.bote").write_text("d = 4  # => 4\n")
        done = subprocess.run([BOTE, "render", "--check", "--format", "concise", "x.bote", "bad.bote", "ok.bote"],
                              cwd=repo, capture_output=True, text=True)
        assert done.returncode == 2
        assert done.stdout.splitlines() == [
            "x.bote:1:1: error[stale] would be rewritten (run `bote render x.bote`)",
            "bad.bote:1:7: error[unknown-unit] unknown unit `foos`",
        ]
        assert done.stderr == "ok.bote: up to date\n"  # what is not a finding stays off stdout

