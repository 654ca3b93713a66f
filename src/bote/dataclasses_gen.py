"""Writes `dataclasses_table.py`, the methods of bote's dataclasses compiled
ahead of time (`bote.dataclasses_compiled`):

    python -m bote.dataclasses_gen

Run it after adding, removing or changing a dataclass's fields or options
(tests/test_dataclasses_compiled.py fails with this command while the table
is stale; until then the changed classes' methods are compiled at start, as
`dataclasses` does).
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("dataclasses_table.py")

#: Run in a fresh interpreter, so that every class is made while recording:
#: imports every module of bote and prints the texts compiled for its dataclasses.
_RECORD = """
import importlib, pkgutil, sys
from bote import dataclasses_compiled
dataclasses_compiled.recording = []
import bote
for module in pkgutil.walk_packages(bote.__path__, "bote."):
    if module.name not in ("bote.__main__", "bote.dataclasses_table"):
        importlib.import_module(module.name)
sys.stdout.write(repr((dataclasses_compiled.recording, dataclasses_compiled.recipes)))
"""

_HEADER = '''\
"""The methods of bote's dataclasses, compiled ahead of time: written by
`python -m bote.dataclasses_gen`, do not edit (see `bote.dataclasses_compiled`).

Each function below is the verbatim text `dataclasses` writes for one
method of one or more of bote's classes, and MAKERS maps the SHA-256 of
that text to it."""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

#: The fingerprint (`code_fingerprint`) of the `dataclasses._create_fn` these texts were recorded from.
CREATE_FN = {create_fn!r}

#: `followed_fingerprint()` of the `dataclasses` the recipes were recorded from.
FOLLOWED = {followed!r}

MAKERS = {{}}
'''


def record() -> tuple[list[str], dict[tuple[str, str], tuple]]:
    """The texts `dataclasses` compiles for bote's classes, each once, in the
    order first made, and each class's recipe (`bote.dataclasses_replay`) by
    its module and qualified name (the first class of a name, where two share one)."""
    out = subprocess.run([sys.executable, "-c", _RECORD], capture_output=True, text=True, check=True).stdout
    texts, recipes = ast.literal_eval(out)
    by_name: dict[tuple[str, str], tuple] = {}
    for name, made in recipes:
        by_name.setdefault(name, made)
    return list(dict.fromkeys(texts)), by_name


def texts() -> list[str]:
    return record()[0]


def table_source(recorded: tuple[list[str], dict[tuple[str, str], tuple]]) -> str:
    """The text of `dataclasses_table.py` for the texts and recipes `recorded`."""
    import dataclasses

    from bote.dataclasses_compiled import code_fingerprint, followed_fingerprint
    from bote.digests import sha256_hex
    texts, recipes = recorded
    code = dataclasses._create_fn.__code__   # type: ignore[attr-defined]
    parts = [_HEADER.format(create_fn=code_fingerprint(code), followed=followed_fingerprint())]
    for txt in texts:
        parts.append(f"\n{txt}\nMAKERS[{sha256_hex(txt)!r}] = __create_fn__\n")
    parts.append("\n#: Each class's recipe (`bote.dataclasses_replay`), by its module and qualified name.\nCLASSES = {\n")
    parts.extend(f"    {name!r}: {made!r},\n" for name, made in recipes.items())
    parts.append("}\n")
    return "".join(parts)


def main() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit("bote.dataclasses_gen: run it with Python 3.11, whose dataclasses bote.dataclasses_compiled follows")
    recorded = record()
    source = table_source(recorded)
    if TABLE_PATH.exists() and TABLE_PATH.read_text(encoding="utf-8") == source:
        print(f"{TABLE_PATH} is current")   # left as it is, so that its cached bytecode stays valid
        return
    TABLE_PATH.write_text(source, encoding="utf-8")
    print(f"wrote {TABLE_PATH} ({source.count('MAKERS[')} texts, {len(recorded[1])} classes)")


if __name__ == "__main__":
    main()
