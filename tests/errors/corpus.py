"""The error corpus: reading a case's header and running `bote check` on it.

Shared by `tests/test_errors.py` (which checks every case) and
`tests/errors/regen.py` (which rewrites the `.out` snapshots).

A case is `tests/errors/<kind>/<what>.bote`: one small failing program whose
leading comment lines state what bote must say about it::

    # what the case is about (free text)
    # expect: unknown-name 3:5        kind and LINE:COL of the first diagnostic
    # message: unknown name `foo`     a substring of its message (optional)
    # hint: did you mean              a substring of its hint (optional)
    # also: dimension 4:5 cannot add  a further diagnostic: kind LINE:COL [message substring]
    # xfail: reason                   a known bug: the case states the right behaviour

Lines and columns are 1-based and count the header lines.  The diagnostics
bote reports must be exactly the `expect` line followed by the `also` lines,
in that order (so a cascade of follow-on errors is a failure too).

Next to each case, `<what>.out` is the exact stderr of
`bote check tests/errors/<kind>/<what>.bote` run from the repository root.
"""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
ROOT = CORPUS.parent.parent

#: Diagnostic kinds (see src/bote/errors.py); a case lives in the folder of
#: the kind of its first diagnostic.
KINDS = ("syntax", "unknown-name", "unknown-unit", "dimension", "property", "duplicate",
         "cycle", "flow", "value", "type", "call", "io", "name")

#: Generous: a case that takes this long is a hang (bote starts in ~0.2 s).
TIMEOUT = 60

_DIRECTIVE = re.compile(r"#\s*(expect|message|hint|also|xfail):\s?(.*)$")
_POSITION = re.compile(r"(\S+)\s+(\d+):(\d+)(?:\s+(.*))?$")


@dataclass(frozen=True)
class Expected:
    kind: str
    line: int
    column: int
    message: str | None = None


@dataclass
class Case:
    path: Path
    expected: list[Expected] = field(default_factory=list)   # `expect`, then the `also` lines
    hint: str | None = None
    xfail: str | None = None

    @property
    def rel(self) -> str:
        """The path bote is given (and prints): relative to the repository root."""
        return self.path.relative_to(ROOT).as_posix()

    @property
    def id(self) -> str:
        return self.path.relative_to(CORPUS).with_suffix("").as_posix()

    @property
    def snapshot(self) -> Path:
        return self.path.with_suffix(".out")


def cases() -> list[Case]:
    return [load(p) for p in sorted(CORPUS.glob("*/*.bote"))]


def load(path: Path) -> Case:
    """Read the header of one case (decoded leniently: some cases are binary)."""
    text = path.read_bytes().decode("utf-8", "replace")
    case = Case(path)
    first: Expected | None = None
    also: list[Expected] = []
    message: str | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _DIRECTIVE.match(line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).rstrip()
        if key in ("expect", "also"):
            p = _POSITION.match(value)
            if not p:
                raise ValueError(f"{path}: bad `# {key}:` line: {line!r}")
            e = Expected(p.group(1), int(p.group(2)), int(p.group(3)), p.group(4))
            if key == "expect":
                if first is not None:
                    raise ValueError(f"{path}: more than one `# expect:` line")
                first = e
            else:
                also.append(e)
        elif key == "message":
            message = value
        elif key == "hint":
            case.hint = value
        elif key == "xfail":
            case.xfail = value
    if first is None:
        raise ValueError(f"{path}: no `# expect: KIND LINE:COL` header")
    if first.message is not None:
        raise ValueError(f"{path}: put the message on its own `# message:` line")
    case.expected = [Expected(first.kind, first.line, first.column, message), *also]
    return case


def run_check(rel: str, *extra: str) -> subprocess.CompletedProcess:
    """`bote check REL` from the repository root, as a user would run it.

    A hang raises `subprocess.TimeoutExpired` after `TIMEOUT` seconds."""
    return subprocess.run(
        [sys.executable, "-m", "bote", "check", *extra, rel],
        cwd=ROOT, capture_output=True, timeout=TIMEOUT,
    )
