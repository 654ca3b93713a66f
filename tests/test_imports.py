"""What `bote --version` and `bote --help` load: click and bote's command line,
never the evaluator, Lark, tabulate, pint or numpy (issue 17: a start that
prints a version or a usage costs no more than click).  Each case runs in a
fresh interpreter, since this test process has imported everything already."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

#: Top-level packages that only the commands doing real work may import.
HEAVY = ("lark", "tabulate", "pint", "numpy", "markdown_it")
#: bote's own modules that parse, evaluate or render (the group's callback
#: loads `bote.model`, whose package module is a switch with no dependencies).
EVALUATOR = ("bote.api", "bote.pipeline", "bote.language", "bote.model.evaluation", "bote.model.report",
             "bote.render", "bote.writeback", "bote.docs")


def _loaded(*argv: str) -> list[str]:
    """The modules loaded by `bote ARGV`, run in a fresh interpreter."""
    script = (
        "import json, sys\n"
        "from bote.cli import main\n"
        f"sys.argv = ['bote', *{list(argv)!r}]\n"
        "try:\n"
        "    main(prog_name='bote')\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stdout.write('\\n' + json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return json.loads(out.rsplit("\n", 1)[1])


@pytest.mark.parametrize("argv", [("--version",), ("--help",), ("check", "--help")])
def test_version_and_help_import_no_evaluator(argv):
    loaded = _loaded(*argv)
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY)
    evaluator = sorted(m for m in loaded if m.startswith(EVALUATOR))
    assert heavy == [] and evaluator == []


def test_the_package_names_still_resolve():
    """`import bote` is lazy, but `bote.evaluate` and the other names are
    there when asked for."""
    import bote
    assert bote.evaluate("x = 2 * 3", "x.bote").values["x"].quantity.magnitude == 6
    assert {"evaluate", "evaluate_file", "BoteError", "Quantity", "Report"} <= set(dir(bote))
    with pytest.raises(AttributeError):
        bote.no_such_name  # noqa: B018


def test_a_valid_file_is_checked_without_lark(tmp_path):
    """The generated parse table parses it (`bote.language.lalr`); Lark is
    for syntax errors only."""
    (tmp_path / "plan.bote").write_text("peak = 20k req/s\ncomponent api {\n  load = peak\n  capacity = 1k req/s\n}\n")
    loaded = _loaded("check", "--no-cache", str(tmp_path / "plan.bote"))
    assert "bote.language.parse" in loaded and "lark" not in loaded


def test_a_check_loads_neither_the_explainer_nor_openssl(tmp_path):
    """What a plain check needs only (issue 17): not `bote explain`'s
    derivations (the library's `bote.api` imports them), not the checker of
    `# =>` results in a file that has none, and no OpenSSL (`hashlib`; the grammar's and the methods'
    digests come from `bote.digests`) when the result cache is off."""
    (tmp_path / "plan.bote").write_text("peak = 20k req/s\n")
    loaded = _loaded("check", "--no-cache", str(tmp_path / "plan.bote"))
    assert "bote.model.evaluation" in loaded
    assert [m for m in ("bote.api", "bote.model.explain", "bote.docs.inline_results", "hashlib", "_hashlib")
            if m in loaded] == []


def test_a_cached_re_check_imports_no_evaluator(tmp_path):
    """A result served from the cache (issue 17: within 1.2x of importing the
    command line) loads click, the cache and nothing that evaluates: not the
    figure graph, not the sampler."""
    plan = tmp_path / "plan.bote"
    plan.write_text("peak = 20k req/s\ncomponent api {\n  load = peak\n  capacity = 1k req/s\n}\n")
    env_cache = tmp_path / "cache"
    script_env = {**os.environ, "BOTE_CACHE_DIR": str(env_cache)}
    script = ("import json, sys\nfrom bote.cli import main\n"
              f"sys.argv = ['bote', 'check', {str(plan)!r}]\n"
              "try:\n    main(prog_name='bote')\nexcept SystemExit:\n    pass\n"
              "sys.stdout.write('\\n' + json.dumps(sorted(sys.modules)))\n")
    # The same interpreter and sys.path twice (both are in the key): the first stores, the second is served.
    first, out = (subprocess.run([sys.executable, "-c", script], env=script_env, capture_output=True, text=True,
                                 check=True).stdout for _ in range(2))
    assert list(env_cache.glob("result-*.json")) and "bote.model.evaluation" in json.loads(first.rsplit("\n", 1)[1])
    printed, modules = out.rsplit("\n", 1)
    loaded = json.loads(modules)
    assert "20k req/s" in printed      # the cached report was printed
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(EVALUATOR)) == []
    assert "bote.model.graph" not in loaded and "bote.uncertainty.sampling" not in loaded
    # Nor pathlib (with urllib.parse and ipaddress, about 3 ms) or OpenSSL (about 2 ms): a
    # small file's key and entry are hashed by CPython's own SHA-256 (`bote.digests`).
    assert [m for m in ("pathlib", "hashlib", "_hashlib") if m in loaded] == []


@pytest.mark.parametrize("size", [0, 3, 64 * 1024, (1 << 20) - 1, 1 << 20, 3 << 20])
def test_the_sha256_picked_by_size_is_sha256(size):
    """Below `SMALL_INPUT` CPython's own, from it OpenSSL's: the same digests,
    so a cache key does not depend on which one hashed it."""
    import hashlib

    from bote.digests import SMALL_INPUT, sha256_for
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    assert sha256_for(len(data))(data).hexdigest() == hashlib.sha256(data).hexdigest()
    assert (sha256_for(size) is hashlib.sha256) == (size >= SMALL_INPUT)
