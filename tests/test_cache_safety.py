"""The cache folder is data: whatever is found there is checked, never run,
never followed, and rebuilt when it is not what bote wrote.

Each test gets its own cache folder (never the user's ~/.cache) and runs
`bote check` in a subprocess with a time limit, so a hang fails the test."""
import json
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

#: Figures that depend on the unit table: 1 KB is 1000 bytes, not 1024.
CHECKED = "assert 1 KB == 1000 bytes\nassert 1 hour == 3600 s\nx = 3 GB / 2 s -> MB/s  # 1,500 MB/s\n"


#: A syntax error: bote parses it again with Lark, which reads the grammar
#: cache (a valid file is parsed with the generated table, `bote.language.lalr`).
SYNTAX_ERROR = "x = (1 + \n"


def bote(cache: Path | str, tmp_path: Path, timeout: float = 10) -> subprocess.CompletedProcess:
    """`bote check` of CHECKED with `cache` as the cache folder (`--no-cache`:
    these are the grammar's and the unit table's files, read on every check;
    the result cache has tests of its own, tests/test_result_cache.py), then
    of SYNTAX_ERROR, whose result is the returned one's `syntax`."""
    source = tmp_path / "figures.bote"
    source.write_text(CHECKED)
    broken = tmp_path / "broken.bote"
    broken.write_text(SYNTAX_ERROR)
    env = {**os.environ, "BOTE_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-m", "bote", "check", "--no-cache", str(source)], env=env,
                            capture_output=True, text=True, timeout=timeout)
    result.syntax = subprocess.run([sys.executable, "-m", "bote", "check", "--no-cache", str(broken)], env=env,
                                   capture_output=True, text=True, timeout=timeout)
    return result


def passes(result: subprocess.CompletedProcess) -> bool:
    """CHECKED's figures hold, and the syntax error is reported as one (never a traceback)."""
    syntax = result.syntax
    return (result.returncode == 0 and "2 of 2 asserts passed" in result.stdout
            and syntax.returncode == 2 and "broken.bote:1:" in syntax.stderr and "Traceback" not in syntax.stderr)


def cache_files(cache: Path) -> dict[str, Path]:
    """The files bote writes there, by kind: the grammar's alone (the unit
    table is built from units.txt at every start, tests/test_units_oracle.py)."""
    found = {p.name.split("-")[0]: p for p in cache.iterdir() if p.suffix == ".json"}
    assert set(found) == {"grammar"}, sorted(cache.iterdir())
    return found


@pytest.fixture
def warm(tmp_path):
    """A cache folder after one run: its grammar file."""
    cache = tmp_path / "cache"
    assert passes(bote(cache, tmp_path))
    return cache, cache_files(cache)


def class_bomb(marker: Path) -> bytes:
    """A pickle that creates `marker` when loaded."""
    class Bomb:
        def __reduce__(self):
            return (open, (str(marker), "w"))
    return pickle.dumps(Bomb())


# ---- nothing read from the cache runs ----------------------------------------------

def test_a_pickle_planted_where_the_grammar_cache_goes_does_not_run(warm, tmp_path):
    cache, files = warm
    marker = tmp_path / "pwned"
    bomb = class_bomb(marker)
    # Where bote writes its cache now, and where bote 0.1's Lark `cache=` wrote it.
    from bote import __version__
    # and where bote 0.2 cached its unit table (bote no longer reads one)
    for path in (files["grammar"], cache / f"grammar-{__version__}.lark-cache", cache / "units-0123456789abcdef.json"):
        path.write_bytes(bomb)
    assert passes(bote(cache, tmp_path))
    assert not marker.exists()
    json.loads(files["grammar"].read_text())   # rebuilt as JSON


def test_the_grammar_loads_from_the_cache_without_pickle(tmp_path, monkeypatch):
    from bote.language import grammar_cache, parse
    monkeypatch.setenv("BOTE_CACHE_DIR", str(tmp_path))
    grammar = (ROOT / "grammar" / "bote.lark").read_text()
    grammar_cache.build(grammar, parse._Lexer, parse._TRANSFORMER)     # compiles and writes

    def refuse(*args, **kwargs):
        raise AssertionError("pickle used")
    for name in ("load", "loads", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    loaded = grammar_cache.build(grammar, parse._Lexer, parse._TRANSFORMER)
    assert loaded.source_path == "<deserialized>"       # from the cache, not compiled again
    assert isinstance(loaded.parser.lexer, parse._Lexer)


def test_the_cached_grammar_parses_every_example_as_the_compiled_one(tmp_path, monkeypatch):
    from bote.language import grammar_cache, parse
    monkeypatch.setenv("BOTE_CACHE_DIR", str(tmp_path))
    grammar = (ROOT / "grammar" / "bote.lark").read_text()
    compiled = grammar_cache.build(grammar, parse._Lexer, parse._TRANSFORMER)
    cached = grammar_cache.build(grammar, parse._Lexer, parse._TRANSFORMER)
    assert compiled.source_path != "<deserialized>"
    assert cached.source_path == "<deserialized>"
    sources = [p.read_text() for p in sorted((ROOT / "examples").glob("*.bote"))]
    assert len(sources) >= 5
    from bote.language import lark_parser
    saved = lark_parser._PARSER
    try:
        programs = []
        for parser in (compiled, cached):
            lark_parser._PARSER = parser
            programs.append([parse._parse(text, "example.bote", table=False) for text in sources])
    finally:
        lark_parser._PARSER = saved
    assert programs[0] == programs[1]


# ---- damaged files are rebuilt -----------------------------------------------------

@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "other json", "edited payload"])
def test_a_damaged_grammar_cache_is_rebuilt(tmp_path, monkeypatch, damage):
    from bote.language import grammar_cache, parse
    monkeypatch.setenv("BOTE_CACHE_DIR", str(tmp_path))
    grammar = (ROOT / "grammar" / "bote.lark").read_text()
    grammar_cache.build(grammar, parse._Lexer, parse._TRANSFORMER)
    (path,) = tmp_path.glob("grammar-*.json")
    good = path.read_bytes()
    wrapper = json.loads(good)
    damaged = {
        "truncated": good[: len(good) // 2],
        "garbage": os.urandom(5000),
        "empty": b"",
        "other json": b'{"format": 1, "payload": [1, 2, 3]}',
        # A terminal renamed inside the payload: its recorded sha256 no longer matches.
        "edited payload": json.dumps({**wrapper, "payload": wrapper["payload"].replace('"NAME"', '"NAMF"')})
                          .encode(),
    }[damage]
    assert damaged != good
    path.write_bytes(damaged)
    rebuilt = grammar_cache.build(grammar, parse._Lexer, parse._TRANSFORMER)
    assert rebuilt.source_path != "<deserialized>"          # compiled again, not loaded
    assert json.loads(path.read_bytes())["key"] == wrapper["key"]     # and written back
    assert grammar_cache.build(grammar, parse._Lexer, parse._TRANSFORMER).source_path == "<deserialized>"


def test_a_truncated_cache_is_rebuilt_by_bote_check(warm, tmp_path):
    cache, files = warm
    for path in files.values():
        path.write_bytes(path.read_bytes()[:200])
    assert passes(bote(cache, tmp_path))
    for path in files.values():
        json.loads(path.read_bytes())


def test_a_unit_table_planted_in_the_cache_folder_is_not_read(warm, tmp_path):
    """bote 0.2 cached its unit table as `units-KEY.json` and checked it row by
    row; bote now reduces units.txt at every start, so a table planted there,
    however well formed, changes no figure (1 KB stays 1000 bytes)."""
    cache, _ = warm
    from bote.language import unit_table
    from bote.resources import units_path
    table = unit_table.build(units_path().read_text(encoding="utf-8"))
    table["units"]["KB"]["factor"] = [1024, 1]
    table["aliases"] = {"KB": "KiB"}
    planted = cache / "units-0123456789abcdef.json"
    planted.write_text(json.dumps({"schema": 4, "key": "0" * 64, **table}))
    assert passes(bote(cache, tmp_path))
    assert json.loads(planted.read_text())["units"]["KB"]["factor"] == [1024, 1]   # left alone, unread


# ---- links and special files ---------------------------------------------------------

def test_a_symlink_planted_at_a_cache_file_is_neither_written_through_nor_read(warm, tmp_path):
    cache, files = warm
    for kind, path in files.items():
        target = tmp_path / f"precious-{kind}"
        target.write_bytes(path.read_bytes()[:100])     # what bote would write, half-way
        path.unlink()
        path.symlink_to(target)
    assert passes(bote(cache, tmp_path))
    for kind, path in files.items():
        assert len((tmp_path / f"precious-{kind}").read_bytes()) == 100     # not overwritten
        assert not path.is_symlink() and path.is_file()                      # replaced by a file
        json.loads(path.read_text())


@pytest.mark.parametrize("planted", ["fifo", "link to /dev/zero", "directory", "huge file"])
def test_bote_answers_promptly_whatever_is_planted(warm, tmp_path, planted):
    cache, files = warm
    for path in files.values():
        path.unlink()
        if planted == "fifo":
            os.mkfifo(path)
        elif planted == "link to /dev/zero":
            path.symlink_to("/dev/zero")
        elif planted == "directory":
            path.mkdir()
        else:
            with open(path, "wb") as f:
                f.truncate(11 * 1024 * 1024)   # sparse: past the 10 MB bound
    assert passes(bote(cache, tmp_path, timeout=10))


# ---- the folder -----------------------------------------------------------------------

def test_the_cache_folder_is_created_private(tmp_path):
    cache = tmp_path / "new" / "bote"
    assert passes(bote(cache, tmp_path))
    assert stat.S_IMODE(os.stat(cache).st_mode) == 0o700
    assert {p.stat().st_mode & 0o077 for p in cache.iterdir()} == {0}


def test_a_cache_folder_that_is_a_symlink_is_not_used(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "cache").symlink_to(elsewhere)
    assert passes(bote(tmp_path / "cache", tmp_path))
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a folder away")
def test_a_cache_folder_or_file_owned_by_someone_else_is_not_used(warm, tmp_path):
    cache, files = warm
    bomb = class_bomb(tmp_path / "pwned")
    files["grammar"].write_bytes(bomb)
    os.chown(files["grammar"], 65534, 65534)
    assert passes(bote(cache, tmp_path))        # file not ours: rebuilt over it
    assert os.stat(files["grammar"]).st_uid == 0
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    os.chown(theirs, 65534, 65534)
    assert passes(bote(theirs, tmp_path))
    assert list(theirs.iterdir()) == []


@pytest.mark.parametrize("where", ["under a file", "disabled"])
def test_bote_works_without_a_usable_cache_folder(tmp_path, where):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = {"under a file": blocker / "cache", "disabled": ""}[where]
    assert passes(bote(cache, tmp_path))
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_bote_works_with_a_read_only_cache_folder(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o500)
    try:
        assert passes(bote(cache, tmp_path))
        assert list(cache.iterdir()) == []
    finally:
        cache.chmod(0o700)
