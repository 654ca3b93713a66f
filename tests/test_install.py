"""A non-editable install into a fresh virtualenv works from another directory:
the grammar and the unit definitions ship inside the wheel."""
import os
import subprocess
import sys
import venv

import pytest
from conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    where = tmp_path_factory.mktemp("install")
    env_dir = where / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    wheels = where / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels),
                            str(ROOT)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("bote-*.whl")
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    return env_dir, wheel


def test_wheel_contains_grammar_and_units(installed):
    import zipfile
    _, wheel = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "bote/grammar/bote.lark" in names and "bote/units.txt" in names


def test_wheel_ships_the_typing_marker(installed):
    # PEP 561: type checkers read bote's annotations only with py.typed
    import zipfile
    env_dir, wheel = installed
    assert "bote/py.typed" in zipfile.ZipFile(wheel).namelist()
    where = subprocess.run([str(env_dir / "bin" / "python"), "-c",
                            "import bote, pathlib; print((pathlib.Path(bote.__file__).parent / 'py.typed').is_file())"],
                           capture_output=True, text=True)
    assert where.stdout.strip() == "True", where.stderr


def test_check_runs_from_another_directory(installed, tmp_path):
    env_dir, _ = installed
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "est.bote").write_text("x = 150 TB / 100 GB\ncomponent c {\n  load = 1 req/s\n  capacity = 1 req/s\n}\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["BOTE_CACHE_DIR"] = str(tmp_path / "cache")
    result = subprocess.run([str(env_dir / "bin" / "bote"), "check", "est.bote", "--format", "json"],
                            cwd=work, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert '"magnitude": 1500.0' in result.stdout
    # The package imported is the installed one, not the source tree.
    where = subprocess.run([str(env_dir / "bin" / "python"), "-c", "import bote; print(bote.__file__)"],
                           cwd=work, capture_output=True, text=True, env=env).stdout
    assert str(env_dir) in where
    # And a read-only cache location is not a failure.
    env["BOTE_CACHE_DIR"] = "/proc/no-such-dir"
    result = subprocess.run([str(env_dir / "bin" / "bote"), "check", "est.bote"], cwd=work,
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
