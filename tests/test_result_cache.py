"""`bote check`'s result cache (issue 17): an unchanged re-check prints
byte for byte what the check printed, with its exit status, without loading
the parser; any change to the bytes or the options checks again; a damaged
or planted entry is ignored and rewritten; `--no-cache` and an empty
`BOTE_CACHE_DIR` turn it off.  Each case runs bote in a fresh interpreter
with a cache folder of its own."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

_RUN = """
import json, sys
from bote.cli import main
sys.argv = ["bote", *sys.argv[2:]]
try:
    main(prog_name="bote")
except SystemExit as e:
    code = e.code
with open(__import__("os").environ["LOADED"], "w") as f:
    json.dump(sorted(sys.modules), f)
sys.exit(code)
"""

PLAN = "users = 2M\npeak = 20k req/s\ncomponent api {\n  load = peak\n  service_time = 20 ms\n  workers = 8\n}\n" \
       "assert peak > 1k req/s\n"


def _check(tmp_path, *args, cache="cache"):
    env = dict(os.environ, BOTE_CACHE_DIR=str(tmp_path / cache) if cache else "",
               LOADED=str(tmp_path / "loaded.json"))
    done = subprocess.run([sys.executable, "-c", _RUN, "-", "check", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    loaded = json.loads((tmp_path / "loaded.json").read_text())
    return done.returncode, done.stdout, done.stderr, loaded


def _entries(tmp_path):
    folder = tmp_path / "cache"
    return sorted(p for p in folder.iterdir() if p.name.startswith("result-")) if folder.exists() else []


@pytest.fixture
def plan(tmp_path):
    (tmp_path / "plan.bote").write_text(PLAN)
    return "plan.bote"


def test_an_unchanged_recheck_prints_the_same_without_parsing(tmp_path, plan):
    first = _check(tmp_path, plan)
    again = _check(tmp_path, plan)
    assert first[:3] == again[:3]
    assert "bote.model.evaluation" in first[3] and "bote.model.evaluation" not in again[3]
    assert "bote.language.parse" not in again[3] and "lark" not in again[3]
    assert len(_entries(tmp_path)) == 1


def test_the_entry_is_json_data(tmp_path, plan):
    _check(tmp_path, plan)
    (entry,) = _entries(tmp_path)
    wrapper = json.loads(entry.read_bytes())
    events, status = json.loads(wrapper["payload"])
    assert status == 0 and "".join(text for err, text in events if not err) == _check(tmp_path, plan)[1]


@pytest.mark.parametrize("change", [["--digits", "5"], ["--format", "json"], ["--set", "peak=30k req/s"],
                                    ["--strict"]])
def test_other_options_check_again(tmp_path, plan, change):
    _check(tmp_path, plan)
    changed = _check(tmp_path, plan, *change)
    assert "bote.model.evaluation" in changed[3]
    assert changed[:3] == _check(tmp_path, plan, *change, "--no-cache")[:3]


def test_changed_bytes_check_again(tmp_path, plan):
    _check(tmp_path, plan)
    (tmp_path / plan).write_text(PLAN.replace("20k req/s", "40k req/s"))
    changed = _check(tmp_path, plan)
    assert "bote.model.evaluation" in changed[3] and "40" in changed[1]


def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path, plan):
    first = _check(tmp_path, plan)
    (entry,) = _entries(tmp_path)
    wrapper = json.loads(entry.read_bytes())
    wrapper["payload"] = json.dumps([[[False, "planted\n"]], 0])   # the sha256 no longer matches
    entry.write_text(json.dumps(wrapper))
    again = _check(tmp_path, plan)
    assert again[:3] == first[:3] and "bote.model.evaluation" in again[3]
    assert json.loads(entry.read_bytes())["payload"] != wrapper["payload"]
    entry.write_bytes(b"\x80\x04not json")
    assert _check(tmp_path, plan)[:3] == first[:3]


def test_no_cache_and_an_empty_cache_dir_write_nothing(tmp_path, plan):
    assert _check(tmp_path, plan, "--no-cache")[0] == 0
    assert _entries(tmp_path) == []
    assert _check(tmp_path, plan, cache="")[0] == 0
    assert _check(tmp_path, plan, cache="")[0] == 0
    assert not (tmp_path / "cache").exists() or _entries(tmp_path) == []


def test_a_failed_check_is_cached_with_its_status_an_invalid_one_is_not(tmp_path):
    (tmp_path / "failed.bote").write_text("peak = 2 req/s\nassert peak > 1k req/s\n")
    (tmp_path / "invalid.bote").write_text("peak = 2 foo\n")
    failed = _check(tmp_path, "failed.bote")
    assert failed[0] == 1 and _check(tmp_path, "failed.bote")[:3] == failed[:3]
    assert len(_entries(tmp_path)) == 1
    assert _check(tmp_path, "invalid.bote")[0] == 2
    assert len(_entries(tmp_path)) == 1


def test_a_folder_or_standard_input_is_evaluated_every_time(tmp_path, plan):
    _check(tmp_path, ".")
    assert _entries(tmp_path) == []


# ---- the folder stays bounded ----------------------------------------------------------

def _stored(monkeypatch, tmp_path, count, text="x"):
    from bote import result_cache
    monkeypatch.setenv("BOTE_CACHE_DIR", str(tmp_path / "cache"))
    keys = [f"{n:032x}" * 2 for n in range(count)]
    for n, key in enumerate(keys):
        result_cache.store(key, [(False, text)], 0)
        os.utime(result_cache._path(key), ns=(n * 10**9, n * 10**9))   # stored one second apart
    return result_cache, keys


def test_the_entries_used_last_are_kept(tmp_path, monkeypatch):
    from bote import result_cache
    monkeypatch.setattr(result_cache, "MAX_ENTRIES", 3)
    cache, keys = _stored(monkeypatch, tmp_path, 3)
    assert cache.load(keys[0]) is not None          # used again: now the newest
    cache.store(f"{99:032x}" * 2, [(False, "y")], 0)    # a fourth entry: the one used longest ago goes
    assert len(_entries(tmp_path)) == 3
    assert cache.load(keys[1]) is None
    assert all(cache.load(k) is not None for k in (keys[0], keys[2], f"{99:032x}" * 2))


def test_the_entries_stay_within_their_total_size(tmp_path, monkeypatch):
    from bote import result_cache
    monkeypatch.setattr(result_cache, "MAX_TOTAL_BYTES", 5_000)
    cache, keys = _stored(monkeypatch, tmp_path, 4, text="z" * 1_000)
    assert 2 <= len(_entries(tmp_path)) <= 4
    assert sum(p.stat().st_size for p in _entries(tmp_path)) <= 5_000
    assert cache.load(keys[-1]) is not None   # the newest stays


def test_pruning_removes_only_bote_s_own_files_and_never_a_link_s_target(tmp_path, monkeypatch):
    from bote import result_cache
    monkeypatch.setattr(result_cache, "MAX_ENTRIES", 1)
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    target = tmp_path / "precious.json"
    target.write_text("mine")
    (folder / f"result-{'e' * 32}.json").symlink_to(target)
    (folder / "grammar.json").write_text("{}")
    (folder / "result-2024.json").write_text("someone else's, in a shared folder")
    stale, fresh = folder / f".result-{'a' * 32}.json-1.tmp", folder / f".result-{'b' * 32}.json-2.tmp"
    stale.write_text("left by a killed check")
    fresh.write_text("being written")
    os.utime(stale, (0, 0))
    _cache, keys = _stored(monkeypatch, tmp_path, 2)
    assert target.read_text() == "mine" and (folder / "grammar.json").exists()
    assert (folder / "result-2024.json").exists()
    assert not stale.exists() and fresh.exists()
    assert [p.name for p in _entries(tmp_path) if p.name != "result-2024.json"] == [f"result-{keys[1][:32]}.json"]
