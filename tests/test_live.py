"""`bote watch` and `bote repl`: live results in the terminal (issue 15 §3).

The repl is specified through its piped mode (lines in, answers out, no
prompt); both commands are then driven in a real terminal, tmux, whose
screen is read with capture-pane until it shows what is expected or a
deadline passes (no test waits a fixed time for a result)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BOTE = [sys.executable, "-m", "bote"]

API = "peak = 10k req/s\ncomponent api {\n  load = peak\n  service_time = 20 ms\n}\n"


def repl(lines: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*BOTE, "repl"], input=lines, capture_output=True, text=True, cwd=cwd, timeout=60)


# ---- the repl, piped -----------------------------------------------------------------------
def test_an_expression_prints_its_value_and_bindings_accumulate():
    # 10k req/s for a day: 10,000 x 86,400 s = 864,000,000 requests.
    out = repl("peak = 10k req/s\npeak * 1 day\n")
    assert out.returncode == 0 and out.stdout == "864M req\n"


def test_a_component_typed_over_several_lines_is_one_statement():
    # 10k req/s at 20 ms each on one worker (50 req/s) and 70% utilization:
    # ceil(10,000 / 35) = ceil(285.7) = 286 needed, + 1 spare = 287.
    out = repl(API + "api.instances\n")
    assert out.stdout == "287\n"


def test_an_error_shows_the_line_as_typed_with_its_caret_and_the_repl_goes_on():
    out = repl("peak = 10k req/s\nfoo * 2\npeak * 2\n")
    assert out.stdout.splitlines() == [
        "<repl>:2:1: error: unknown name `foo`",
        " 2 | foo * 2",
        "   | ^^^",
        "20k req/s",
    ]


def test_a_failed_statement_is_not_kept():
    out = repl("x = 1 +\nx = 2\nx\n")
    assert out.stdout.splitlines()[-1] == "2"


def test_explain_prints_the_derivation():
    out = repl(API + ":explain api.instances\n")
    assert out.stdout.startswith("api.instances = needed + redundancy = 286 + 1 = 287\n")


def test_units_lists_matching_units_with_their_dimension():
    out = repl(":units Gbps\n")
    assert out.stdout == "Gbps  data/time\n"


def test_save_writes_the_statements_typed_so_far_as_a_bote_file(tmp_path):
    out = repl(API + "peak * 2\nnope +\n:save est.bote\n", cwd=tmp_path)
    assert out.stdout.endswith("saved 2 statements to est.bote\n")
    assert (tmp_path / "est.bote").read_text() == API   # expressions and failed lines are left out
    checked = subprocess.run([*BOTE, "check", "est.bote"], cwd=tmp_path, capture_output=True, text=True)
    assert checked.returncode == 0


def test_load_adds_a_files_statements(tmp_path):
    (tmp_path / "est.bote").write_text(API)
    out = repl(":load est.bote\npeak / 2\n", cwd=tmp_path)
    assert out.stdout == "loaded est.bote: 1 values, 1 components\n5k req/s\n"


def test_an_unknown_command_names_the_commands():
    out = repl(":quit\n")
    assert "hint: the commands are :explain, :units, :load, :save" in out.stdout


def test_without_watchfiles_watch_names_the_install_line(tmp_path):
    (tmp_path / "a.bote").write_text(API)
    code = ("import sys; sys.modules['watchfiles'] = None\n"
            "from bote.cli import main; main(['watch', 'a.bote'])")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode == 2
    assert "pip install 'bote-lang[live]'" in out.stderr and "Traceback" not in out.stderr


# ---- in a real terminal ------------------------------------------------------------------------
needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)")


class Terminal:
    """One tmux server of its own (its socket named for the test), one pane."""

    def __init__(self, command: str, cwd: Path):
        self.socket = f"bote-test-{uuid.uuid4().hex[:8]}"
        env = f"env PYTHONPATH={ROOT / 'src'} "
        self._tmux("new-session", "-d", "-x", "120", "-y", "60", "-c", str(cwd),
                   f"{env}{command}; echo EXIT=$?; sleep 30")

    def _tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True,
                              check=True).stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p")

    def keys(self, *keys: str) -> None:
        self._tmux("send-keys", *keys)

    def wait_for(self, text: str, deadline: float = 20) -> str:
        end = time.monotonic() + deadline
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > end:
                raise AssertionError(f"the screen never showed {text!r}:\n{screen}")
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path):
    made = []

    def start(command: str) -> Terminal:
        t = Terminal(command, tmp_path)
        made.append(t)
        return t
    yield start
    for t in made:
        t.close()


@needs_tmux
def test_watch_redraws_after_an_edit_and_keeps_the_last_good_result_under_an_error(tmp_path, terminal):
    (tmp_path / "a.bote").write_text(API)
    t = terminal(f"{sys.executable} -m bote watch a.bote")
    t.wait_for("286 + 1")
    # Twice the traffic: ceil(20,000 / 35) = ceil(571.4) = 572 needed.
    (tmp_path / "a.bote").write_text(API.replace("10k", "20k"))
    screen = t.wait_for("572 + 1")
    assert "286 + 1" not in screen and "a.bote: 0 errors" in screen
    (tmp_path / "a.bote").write_text(API.replace("10k req/s", "20k req/s +"))
    screen = t.wait_for("last good result:")
    lines = screen.splitlines()
    assert lines[:3] == ["a.bote:1:19: error: the line ends where a value was expected",
                         " 1 | peak = 20k req/s +",
                         "   |                   ^"]
    assert screen.index("last good result:") < screen.index("572 + 1")
    t.keys("C-c")
    t.wait_for("EXIT=0")


@needs_tmux
def test_watch_reads_the_blocks_of_a_markdown_doc(tmp_path, terminal):
    (tmp_path / "doc.md").write_text("# Design\n\n```bote\n" + API + "```\n")
    t = terminal(f"{sys.executable} -m bote watch doc.md")
    t.wait_for("286 + 1")
    t.keys("C-c")
    t.wait_for("EXIT=0")


@needs_tmux
def test_repl_in_a_terminal_answers_explains_and_exits_on_end_of_input(tmp_path, terminal):
    t = terminal(f"env BOTE_CACHE_DIR={tmp_path / 'cache'} {sys.executable} -m bote repl")
    t.wait_for("bote>")  # capture-pane drops trailing spaces
    t.keys("peak = 10k req/s", "Enter")
    t.keys("component api {", "Enter", "load = peak", "Enter", "service_time = 20 ms", "Enter", "}", "Enter")
    t.keys("api.instances", "Enter")
    t.wait_for("\n287\n")
    t.keys("nope * 2", "Enter")
    t.wait_for("unknown name `nope`")
    t.keys(":explain api.instances", "Enter")
    screen = t.wait_for("api.instances = needed + redundancy = 286 + 1 = 287")
    assert "needed_for_load = ceil(load / (capacity * max_utilization))" in screen
    t.keys("C-d")
    t.wait_for("EXIT=0")
    history = (tmp_path / "cache" / "repl-history").read_bytes().decode()
    assert history.split("\0")[0] == "peak = 10k req/s"


def test_the_session_in_docs_live_md_is_what_the_repl_answers(tmp_path):
    text = (ROOT / "docs" / "live.md").read_text()
    session = text.split("```text\n", 1)[1].split("```\n", 1)[0]
    typed = [line.split(" ", 1)[1] if " " in line else "" for line in session.splitlines()
             if line.startswith(("bote> ", "... "))]
    answers = [line for line in session.splitlines() if not line.startswith(("bote> ", "... "))]
    out = repl("\n".join(typed) + "\n", cwd=tmp_path)
    assert out.stdout.splitlines() == answers
    assert (tmp_path / "estimate.bote").read_text() == API.replace("\n  ", "\n    ")


def test_load_reads_the_blocks_of_a_markdown_doc(tmp_path):
    (tmp_path / "doc.md").write_text("# Design\n\nThe traffic:\n\n```bote\n" + API + "```\n")
    out = repl(":load doc.md\napi.instances\n", cwd=tmp_path)
    assert out.stdout == "loaded doc.md: 1 values, 1 components\n287\n"


def test_watch_draws_again_only_when_the_result_changes(tmp_path, monkeypatch):
    import io

    from bote.live import watch
    target = tmp_path / "a.bote"
    target.write_text(API)
    edits = iter([API + "# a comment: the same figures\n", API.replace("10k", "20k")])

    def changes(_watchfiles, _folders, _targets):
        yield set()                       # the first evaluation
        for text in edits:
            target.write_text(text)
            yield {("modified", str(target))}
    monkeypatch.setattr(watch, "_changes_of", changes)
    monkeypatch.setitem(sys.modules, "watchfiles", object())
    out = io.StringIO()
    assert watch.watch([str(target)], out=out) == 0
    drawn = out.getvalue()
    assert drawn.count(f"{target}: 0 errors") == 2      # three evaluations, two screens
    assert drawn.index("286 + 1") < drawn.index("572 + 1")


def test_check_imports_neither_watchfiles_nor_prompt_toolkit():
    code = ("import sys\nfrom bote.cli import main\ntry:\n    main(['check', 'examples/url-shortener.bote'])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('watchfiles', 'prompt_toolkit')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.splitlines()[-1] == "[]"


def test_completion_offers_the_sessions_names_units_and_commands():
    from prompt_toolkit.document import Document

    from bote.live.repl import _completer
    from bote.live.session import Session
    session = Session()
    session.run(API)

    def offered(text: str) -> list[str]:
        return [c.text for c in _completer(session).get_completions(Document(text), None)]
    assert {"peak", "percent"} <= set(offered("x = pe"))   # a binding and a unit
    assert "api" in offered("ap")
    assert "Gbps" in offered("10 Gb")
    assert offered(":ex") == [":explain"]
