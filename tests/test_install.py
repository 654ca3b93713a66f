"""The distribution as it would be uploaded: `python -m build` makes the sdist
and, from it, the wheel; `twine check --strict` passes on both; the wheel's
metadata is bote-lang's; and a non-editable install into a fresh virtualenv
works from another directory (the grammar and the unit definitions ship
inside the wheel)."""
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from email.parser import Parser

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sdist and the wheel, as `python -m build` makes them (the wheel from the sdist)."""
    out = tmp_path_factory.mktemp("dist")
    build = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    (sdist,) = out.glob("bote_lang-*.tar.gz")
    (wheel,) = out.glob("bote_lang-*-py3-none-any.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory):
    _, wheel = built
    env_dir = tmp_path_factory.mktemp("install") / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    return env_dir, wheel


def test_twine_check_strict_passes_on_the_wheel_and_the_sdist(built):
    # The metadata PyPI validates on upload, and the README rendered as PyPI renders it.
    result = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2, result.stdout


def test_the_wheel_metadata_is_bote_langs(built):
    import tomllib

    import bote
    _, wheel = built
    with zipfile.ZipFile(wheel) as z:
        metadata = Parser().parsestr(z.read(f"bote_lang-{bote.__version__}.dist-info/METADATA").decode())
        names = z.namelist()
    assert metadata["Name"] == "bote-lang" and metadata["Version"] == bote.__version__
    assert metadata["License-Expression"] == "MIT"
    assert f"bote_lang-{bote.__version__}.dist-info/licenses/LICENSE" in names
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload() == (ROOT / "README.md").read_text(encoding="utf-8")
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL"))
    assert set(urls) == {"Homepage", "Documentation", "Issues", "Changelog"}
    classifiers = metadata.get_all("Classifier")
    for expected in ["Programming Language :: Python :: 3.11", "Programming Language :: Python :: 3.12",
                     "Programming Language :: Python :: 3.13", "Operating System :: OS Independent",
                     "Typing :: Typed"]:
        assert expected in classifiers
    assert any(c.startswith("Topic :: ") for c in classifiers)
    # The runtime dependencies are pyproject's, and no extra leaks into them.
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    runtime = [r for r in metadata.get_all("Requires-Dist") if "extra ==" not in r]
    assert sorted(r.split("<")[0].split(">")[0] for r in runtime) == \
        sorted(r.split("<")[0].split(">")[0] for r in declared)
    assert {e for e in metadata.get_all("Provides-Extra")} >= {"plot", "lsp", "test"}


def test_the_sdist_holds_what_the_wheel_is_built_from(built):
    sdist, _ = built
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ["pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "grammar/bote.lark",
                   "src/bote/units.txt", "src/bote/py.typed", "src/bote/model/catalog/instances.csv",
                   "src/bote/language/lalr_table.py"]:
        assert needed in names, needed


def test_wheel_contains_grammar_and_units(installed):
    _, wheel = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "bote/grammar/bote.lark" in names and "bote/units.txt" in names
    assert "bote/language/lalr_table.py" in names   # the parse table a check runs without Lark


def test_wheel_ships_the_typing_marker(installed):
    # PEP 561: type checkers read bote's annotations only with py.typed
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
