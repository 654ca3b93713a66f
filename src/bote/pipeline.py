"""Read a file and evaluate it: the steps `bote check`, `bote render` and the
Python API share. Below `bote.api` and the writers (`bote.writeback`), above
the docs reader and the model: it evaluates a .bote file or a Markdown doc and
adds the file-level findings (stale `# =>` results).
"""
from __future__ import annotations

import os
import re
import time
from typing import TYPE_CHECKING

from bote import collector
from bote.errors import BoteError, Diagnostic, Span
from bote.files import is_markdown
from bote.language.overrides import SOURCE as OVERRIDES
from bote.language.overrides import Overrides
from bote.model.report import FileReport
from bote.uncertainty.sampling import Sampling

if TYPE_CHECKING:
    from pathlib import Path


def sampling_of(seed: int | None = None, samples: int | None = None) -> Sampling:
    """The Monte Carlo settings, the defaults for what is not given."""
    default = Sampling()
    return Sampling(default.samples if samples is None else samples, default.seed if seed is None else seed)


def evaluate_source(text: str, filename: str = "<input>", sampling: Sampling | None = None,
                    overrides: Overrides | None = None) -> FileReport:
    """Evaluate bote source; with `overrides` (`--set`), some of its values
    replaced (its `# =>` results then describe another file: not checked)."""
    from bote.language.parse import parse
    from bote.model.evaluation import evaluate_program
    with collector.paused():
        report = evaluate_program(parse(text, filename), sampling, overrides)
    if not overrides and "=>" in text:   # else no `# =>` result to check, nor its module to import
        from bote.docs.inline_results import stale_results
        report.risks.extend(stale_results(text, report))
    return report


def evaluate_markdown(text: str, filename: str = "<input>", sampling: Sampling | None = None,
                      overrides: Overrides | None = None) -> FileReport:
    """Evaluate the ```bote blocks of a Markdown document as one program;
    positions are the document's own lines and columns."""
    from bote.docs.inline_results import stale_results
    from bote.docs.markdown import evaluate_doc
    with collector.paused():
        report = evaluate_doc(text, filename, sampling, overrides)
    if not overrides:
        report.risks.extend(stale_results(text, report, markdown=True))
    return report


_SKIPPED_FOLDERS = frozenset({".venv", "venv", "node_modules", "__pycache__"})


def expand_paths(paths) -> list[str]:
    """Files as given; a directory becomes the .bote and .md files beneath
    it, sorted, skipping hidden folders, virtualenvs and node_modules."""
    return [name for name, _ in expand_inputs(paths)]


def expand_inputs(paths) -> list[tuple[str, str | None]]:
    """`expand_paths`, each file with the folder tree it was found in (None
    for a file named as it is: see `bote.files.tree_of`).  Everything with
    a .bote or .md name that is not a folder is listed, a FIFO or a link
    included, so that reading it says what it is rather than skipping it."""
    out: list[tuple[str, str | None]] = []
    for p in paths:
        if p != "-" and is_folder(p):
            # For folders only: a check of files never imports pathlib (issue 17).
            from pathlib import Path
            path = Path(p)
            found = [f for f in path.rglob("*") if f.suffix in (".bote", ".md") and not _is_dir(f) and not any(
                part.startswith(".") or part in _SKIPPED_FOLDERS for part in f.relative_to(path).parts[:-1])]
            # An empty folder is reported, not silently passed.
            out.extend((str(f), str(p)) for f in sorted(found)) if found else out.append((p, None))
        else:
            out.append((p, None))
    return out


def is_folder(name: str) -> bool:
    """Whether `name` names a folder: `Path("")` is `.`, but "" names nothing
    (`bote check "$FILE"` with FILE unset), and reading it says so."""
    return name != "" and os.path.isdir(name)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a link loop, say: reading it says so
        return False


def read_text(path: str | Path, *, tree: str | None = None,
              follow_symlinks: bool = False) -> tuple[str | None, FileReport | None]:
    """(text, None), or (None, a report of why the file cannot be read).
    Only a regular file is read, of at most `bote.files.MAX_FILE_BYTES`, and
    unless `follow_symlinks`, only when its real path is inside `tree` (see
    `bote.files`)."""
    from bote.files import Refused, read_bytes, shown_name
    name = str(path)
    if name == "":
        return None, FileReport(name, "", errors=[
            Diagnostic("io", "an empty file name names no file", None,
                       "check the variable or glob that gave it (`bote check \"$FILE\"` with FILE unset)")])
    if is_folder(name):
        return None, FileReport(name, "", errors=[
            Diagnostic("io", f"{shown_name(name)} is a directory with no .bote or .md files in it", None)])
    try:
        raw = read_bytes(name, tree=tree, follow_symlinks=follow_symlinks)
    except Refused as e:
        return None, FileReport(name, "", errors=[e.diagnostic])
    except OSError as e:
        return None, FileReport(name, "", errors=[
            Diagnostic("io", f"cannot read {shown_name(name)}: {e.strerror or e}", None)])
    return decode(raw, name)


def decode(raw: bytes, name: str) -> tuple[str | None, FileReport | None]:
    """The text of a file's bytes, or a report that it is not UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A byte-order mark of UTF-16 (what some Windows editors save): say so, not "binary data".
        return None, FileReport(name, "", errors=[Diagnostic(
            "syntax", "this file is UTF-16 text; bote reads UTF-8", Span(name, 1, 1, 1, 2),
            "save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8`")])
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        # Everything before the first bad byte is valid UTF-8: count its lines
        # (LF, CRLF or CR) and characters, not bytes.
        before = re.split(r"\r\n|\r|\n", raw[: e.start].decode("utf-8-sig"))
        line, col = len(before), len(before[-1]) + 1
        return None, FileReport(name, raw.decode("utf-8", "replace"), errors=[Diagnostic(
            "syntax", "this is not a bote file: it is not valid UTF-8 text", Span(name, line, col, line, col + 1),
            "bote reads UTF-8 text; if it was saved as Latin-1 or Windows-1252, convert it, e.g. "
            "`iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8`")])


def evaluate_file_report(path: str | Path, sampling: Sampling | None = None, *, tree: str | None = None,
                         follow_symlinks: bool = False, overrides: Overrides | None = None) -> FileReport:
    """The report of one .bote or Markdown file, for the CLI to gather into
    a `Report`. Invalid or unreadable input does not raise: the returned
    report carries the diagnostics (and exits 2).  `tree` and
    `follow_symlinks`: see `read_text`."""
    name = str(path)
    started, clock = time.time(), time.perf_counter()
    text, report = read_text(path, tree=tree, follow_symlinks=follow_symlinks)
    if report is None:
        assert text is not None  # read_text gives the text when it gives no report
        report = evaluate_text(text, name, markdown=is_markdown(name), sampling=sampling, overrides=overrides)
    report.started, report.seconds = started, time.perf_counter() - clock
    return report


def variant_names(text: str, name: str) -> list[str]:
    """The names of a file's variants (`variant NAME { ... }`, or in a doc
    the `<!-- bote:variant NAME -->` sections), in order; none when it does
    not parse (its report says why)."""
    if "variant" not in text:
        # The keyword (a doc's marker holds it too) spelled nowhere: no
        # variant, without reading a whole doc's blocks and parsing them again.
        return []
    from bote.docs.markdown import find_blocks, program_text
    from bote.language.parse import parse
    from bote.language.variants import variants
    try:
        source = program_text(text, find_blocks(text)) if is_markdown(name) else text
        return [v.name for v in variants(parse(source, name))]
    except BoteError:
        return []


def compare_file(path: str | Path, sampling: Sampling | None = None, *, tree: str | None = None,
                 follow_symlinks: bool = False) -> dict[str, FileReport]:
    """The file and each of its variants, evaluated once each: {"base":
    report, NAME: report, ...}. An invalid file gives only its base report;
    an invalid variant, a report that carries its diagnostics."""
    name = str(path)
    text, failed = read_text(path, tree=tree, follow_symlinks=follow_symlinks)
    if failed is not None:
        return {"base": failed}
    assert text is not None
    base = evaluate_text(text, name, markdown=is_markdown(name), sampling=sampling,
                         overrides=Overrides(base_only=True))
    out = {"base": base}
    if not base.valid:
        return out
    for variant in variant_names(text, name):
        out[variant] = evaluate_text(text, name, markdown=is_markdown(name), sampling=sampling,
                                     overrides=Overrides((), variant))
    return out


def evaluate_text(text: str, name: str, markdown: bool = False, sampling: Sampling | None = None,
                  overrides: Overrides | None = None) -> FileReport:
    """Like `evaluate_file_report`, for text already read (stdin)."""
    sources = {OVERRIDES: overrides.source} if overrides else {}
    try:
        report = (evaluate_markdown(text, name, sampling, overrides) if markdown
                  else evaluate_source(text, name, sampling, overrides))
    except BoteError as e:
        return FileReport(name, text, errors=e.diagnostics, sources=sources)
    except Exception as e:  # noqa: BLE001 - a bug in bote must still not print a traceback
        return FileReport(name, text, errors=[Diagnostic(
            "internal", f"bote could not evaluate this file ({type(e).__name__}: {e})", None,
            "this is a bug in bote; please report it with the file")])
    report.sources = sources
    return report
