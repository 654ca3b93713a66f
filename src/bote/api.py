"""The library entry points: everything the CLI does is reachable from here."""
from __future__ import annotations

import gc
from pathlib import Path

from .errors import BoteError, Diagnostic
from .report import FileReport, Report


def evaluate(text: str, filename: str = "<input>") -> Report:
    """Evaluate bote source. Returns the `Report` the CLI prints; raises
    `BoteError` (with every diagnostic found) when the input is invalid."""
    return Report([evaluate_source(text, filename)])


def evaluate_source(text: str, filename: str = "<input>") -> FileReport:
    from .evaluation import evaluate_program
    from .parse import parse
    # The syntax tree and the values are acyclic: the cyclic garbage
    # collector only rescans them, over and over, as a large file grows
    # (a third of the time on a 15,000-line file; see bench/).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return evaluate_program(parse(text, filename))
    finally:
        if collecting:
            gc.enable()


_SKIPPED_FOLDERS = frozenset({".venv", "venv", "node_modules", "__pycache__"})


def expand_paths(paths) -> list[str]:
    """Files as given; a directory becomes the .bote files beneath it, sorted,
    skipping hidden folders, virtualenvs and node_modules."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            found = [f for f in path.rglob("*.bote") if f.is_file() and not any(
                part.startswith(".") or part in _SKIPPED_FOLDERS for part in f.relative_to(path).parts[:-1])]
            # An empty folder is reported, not silently passed.
            out.extend(str(f) for f in sorted(found)) if found else out.append(p)
        else:
            out.append(p)
    return out


def evaluate_file(path: str | Path) -> FileReport:
    """Evaluate one file. Invalid or unreadable input does not raise: the
    returned report carries the diagnostics (and exits 2)."""
    name = str(path)
    if Path(path).is_dir():
        return FileReport(name, "", errors=[Diagnostic("io", f"{name} is a directory with no .bote files in it", None)])
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        return FileReport(name, "", errors=[Diagnostic("io", f"cannot read {name}: {e.strerror or e}", None)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        from .errors import Span
        return FileReport(name, raw.decode("utf-8", "replace"), errors=[Diagnostic(
            "syntax", "this is not a bote file: it is not valid UTF-8 text", Span(name, line, col, line, col + 1),
            "bote reads UTF-8 text")])
    try:
        return evaluate_source(text, name)
    except BoteError as e:
        return FileReport(name, text, errors=e.diagnostics)
