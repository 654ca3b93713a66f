"""Inline results, written: `bote render FILE.bote` brings each `# =>`
result up to date (or removes it, `--clean`); how a result is found and
when it is stale is `bote.docs.inline_results`."""
from __future__ import annotations

from pathlib import Path

from bote.docs.inline_results import (
    _SEPARATOR,
    _SPACE,
    _content,
    _ending,
    component_text,
    results,
    split_lines,
)
from bote.files import is_markdown
from bote.model.report import FileReport


def render_results(text: str, report: FileReport, markdown: bool = False) -> str:
    """`text` with every anchor's result up to date.  In a Markdown doc only
    the results already written are updated; in a .bote file a line without
    one gets `  # => TEXT` appended."""
    found = results(text, report, markdown, written_only=markdown)
    if not found:
        return text
    lines = split_lines(text)
    for r in found:
        line = lines[r.line - 1]
        content, ending = _content(line), _ending(line)
        if r.written is not None:
            content = content[: r.written.hash] + "# => " + r.computed
        elif markdown:
            continue
        else:
            trailing = len(content) - len(content.rstrip(_SPACE))
            content += _SEPARATOR[trailing:] + "# => " + r.computed
        lines[r.line - 1] = content + ending
    return "".join(lines)


def clean_results(text: str, report: FileReport, markdown: bool = False) -> str:
    """`text` without the results on its anchor lines (each with the spaces
    before it); a `# =>` on any other line is an ordinary comment, kept."""
    lines = split_lines(text)
    for r in results(text, report, markdown, written_only=True):
        if r.written is not None:
            line = lines[r.line - 1]
            lines[r.line - 1] = _content(line)[: r.written.start] + _ending(line)
    return "".join(lines)


# ---- bote render FILE.bote ----------------------------------------------------------------

def render_file(path: str, *, check_only: bool = False, clean_only: bool = False, sampling=None,
                tree: str | None = None, follow_symlinks: bool = False, want_diff: bool = True,
                overrides=None):
    """Bring one .bote file's results up to date (or remove them), the way
    `docrender.render_file` does for a Markdown doc (and written the same
    way, `bote.writeback.writing`): an invalid or unwritable file is left untouched
    (exit 2); with `check_only`, exit 1 when it would change."""
    from bote.errors import BoteError, Diagnostic
    from bote.files import file_span, shown_name
    from bote.pipeline import evaluate_source, read_text
    from bote.render.diagnostics import render_diagnostic, shown_source
    from bote.writeback.edits import Outcome, bug_outcome, first_change
    from bote.writeback.linediff import unified_diff
    from bote.writeback.writing import NotWritten, target_of, write_text

    assert not is_markdown(path)
    shown = shown_name(path)
    text, failed = read_text(path, tree=tree, follow_symlinks=follow_symlinks)
    if failed is not None:
        return Outcome(2, [render_diagnostic(d, failed.source, file=path) for d in failed.errors],
                       diagnostics=list(failed.errors))
    assert text is not None  # read_text gives the text when it gives no report
    try:
        report = evaluate_source(text, path, sampling, overrides)
        if not report.values and not any(component_text(c) is not None for c in report.components):
            verb = "clean" if clean_only else "render"
            return Outcome(0, note=f"{shown}: no bindings or sized components, nothing to {verb}")
        new = (clean_results if clean_only else render_results)(text, report)
    except BoteError as e:
        return Outcome(2, [render_diagnostic(d, shown_source(d, text, overrides), file=path) for d in e.diagnostics],
                       diagnostics=list(e.diagnostics))
    except Exception as e:  # noqa: BLE001 - a bug in bote must not look like a stale file (exit 1)
        return bug_outcome(path, shown, e)
    if new == text:
        return Outcome(0, note=f"{shown}: up to date")
    # Only anchor lines change, none is added or removed: compared line by line.
    diff = unified_diff(shown, split_lines(text), split_lines(new)) if want_diff else ""
    if check_only:
        return Outcome(1, diff=diff, note=f"{shown}: would be rewritten (run `bote render {shown}`)",
                       changed_line=first_change(split_lines(text), split_lines(new)))
    try:
        real = target_of(path)
        with open(real, "rb") as f:
            had_bom = f.read(3) == b"\xef\xbb\xbf"
        write_text(path, new, had_bom=had_bom)
    except (NotWritten, OSError) as e:
        message = str(e) if isinstance(e, NotWritten) else f"cannot write {shown}: {e.strerror or e}"
        hint = (e.hint + "; " if isinstance(e, NotWritten) and e.hint else "") + "bote left the file untouched"
        io = Diagnostic("io", message, file_span(path), hint)
        return Outcome(2, [render_diagnostic(io, "", file=path)], diagnostics=[io])
    through = f" -> {shown_name(real)}" if Path(path).is_symlink() else ""
    return Outcome(0, note=f"{shown}{through}: {'cleaned' if clean_only else 'rendered'}")
