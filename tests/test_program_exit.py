"""The `bote` program (console script and `python -m bote`) is `bote.cli.run`:
the commands of `main`, and at exit every object frozen, so that Python's
shutdown does not walk them all in a last collection (issue 17: a fifth of
a cold check's CPU).  Output and exit status are `main`'s."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

from click.testing import CliRunner

from bote.cli import main

#: Runs `bote ARGV` as the console script does, then reports how many objects were frozen at exit.
_RUN = """
import atexit, gc, sys
atexit.register(lambda: sys.stderr.write(f"\\nfrozen at exit: {gc.get_freeze_count()}\\n"))
from bote.cli import run
sys.argv = ["bote", *sys.argv[1:]]
run()
"""


def _program(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _RUN, *argv], capture_output=True, text=True)


def test_the_console_script_is_run():
    (script,) = entry_points(group="console_scripts", name="bote")
    assert script.value == "bote.cli:run"


def test_a_check_exits_with_mains_output_and_status_and_its_objects_frozen(tmp_path):
    good, bad = tmp_path / "good.bote", tmp_path / "bad.bote"
    good.write_text("peak = 20k req/s\nper_day = peak * 1 day\n")
    bad.write_text("peak = 20k req/s +\n")
    for path, status in ((good, 0), (bad, 2)):
        program = _program("check", "--no-cache", str(path))
        in_process = CliRunner().invoke(main, ["check", "--no-cache", str(path)])
        assert program.returncode == in_process.exit_code == status
        assert program.stdout == in_process.stdout
        shown, frozen = program.stderr.rsplit("\nfrozen at exit: ", 1)
        assert shown == in_process.stderr and int(frozen) > 10_000


def test_python_dash_m_bote_is_the_same_program(tmp_path):
    (tmp_path / "x.bote").write_text("x = 2 * 3\n")
    module = subprocess.run([sys.executable, "-m", "bote", "check", "--no-cache", str(tmp_path / "x.bote")],
                            capture_output=True, text=True)
    assert module.returncode == 0 and module.stdout == _program("check", "--no-cache",
                                                                str(tmp_path / "x.bote")).stdout
