"""Results written back into a design doc, between markers bote owns.

After each ```bote block that binds values, bote owns one section:

    <!-- bote:begin -->
    | name | value |
    ...
    <!-- bote:end -->

and one summary section (components, risks, asserts, and a Mermaid flowchart
when the doc has a flow) after the line `<!-- bote:summary -->`, or after the
last block.  A line `<!-- bote:plot NAME -->` asks for a histogram of one
uncertain value: bote draws it into `<doc-stem>.NAME.svg` beside the doc and
owns a section right after that line,

    <!-- bote:begin plot NAME -->
    ![NAME: p5 ..., median ..., p95 ...](doc.NAME.svg)
    <!-- bote:end -->

and the image file (rewritten when its bytes would change, removed with the
section).  Everything else is the author's: rendering works on the exact
lines of the file (line endings, a missing final newline, trailing spaces and
encoding kept), so bytes outside the markers never change, and rendering twice
changes nothing.  Generated text holds no line numbers, so inserting it cannot
make it stale.

bote touches only what it can prove it wrote: sections whose markers pair up
and hold what bote writes (`bote.docs.doc_markers`; a stray marker is an error and
nothing is written), and images that name bote as their creator in their
metadata (an SVG of the same name bote did not draw is never overwritten or
deleted).  Files are written as `bote.writeback.writing` says (atomically, through
symbolic links, keeping hard links and the mode; a read-only file is an
error).  Rendering takes time linear in the size of the doc, and evaluates
the doc once: the figures written are those of the doc without bote's
sections, which are the doc's own figures with every line moved up, as long
as the blocks read the same once the sections are gone (else the cleaned doc
is evaluated again).  It parses the doc's Markdown once, too, when the
cleaned doc's blocks and markers are provably the doc's own, moved up
(`bote.writeback.cleaning` says when; else the cleaned doc is parsed).
"""
from __future__ import annotations

import bisect
import os
from dataclasses import replace

from tabulate import tabulate

from bote.docs.doc_markers import (
    BEGIN,
    BEGIN_EXPLAIN,
    BEGIN_PLOT,
    BEGIN_SUMMARY,
    END,
    SUMMARY_HERE,
    Markers,
    scan,
)
from bote.docs.markdown import Block, container_prefix, find_blocks
from bote.model.report import FileReport
from bote.render.figures import value_text
from bote.writeback.cleaning import CleanDoc, clean, clean_doc, lines_in_clean, pieces
from bote.writeback.doc_images import draw_plots, image_path, is_botes_image, read_image
from bote.writeback.edits import Lines, Outcome, bug_outcome, first_change
from bote.writeback.linediff import unified_diff
from bote.writeback.writing import (
    NotWritten,
    check_writable,
    target_of,
    write_atomically,
    write_file,
    write_text,
)

__all__ = [
    "BEGIN",
    "BEGIN_PLOT",
    "BEGIN_SUMMARY",
    "END",
    "SUMMARY_HERE",
    "Outcome",
    "clean",
    "draw_plots",
    "image_path",
    "lines_in_clean",
    "pieces",
    "render",
    "render_file",
    "summary_lines",
    "write_atomically",
    "write_text",
]


def _blocks_only_move(before: list[Block], after: list[Block], line_of: list[int]) -> bool:
    """Whether `after` are the blocks `before`, each moved to the lines
    `line_of` gives (fence and closing fence; the content lines between
    follow) and otherwise the same (content, container markup)."""
    return len(before) == len(after) and all(
        (line_of[b.fence_line], None if b.close_line is None else line_of[b.close_line], b.prefix, b.content)
        == (a.fence_line, a.close_line, a.prefix, a.content) for b, a in zip(before, after))


def render(text: str, report: FileReport, mermaid: str | None = None,
           plots: dict[str, str] | None = None, line_of: list[int] | None = None,
           markers: Markers | None = None, variants: dict[str, FileReport] | None = None,
           cleaned: CleanDoc | None = None) -> str:
    """The document with every generated section brought up to date.

    `report` must come from evaluating `clean(text)` (its lines), or from a
    text whose blocks `line_of` maps onto those of `clean(text)` (see
    `lines_in_clean`).  `plots` maps the NAME of each `<!-- bote:plot NAME
    -->` line to the Markdown that shows its image (see `draw_plots`); a
    name it lacks gets no section.  `markers`: those of `text`, when known.
    `variants`: the reports of the doc's variants, compared in the summary.
    `cleaned`: `clean_doc(text, markers)`, when known."""
    if cleaned is None:
        cleaned = clean_doc(text, scan(text) if markers is None else markers)
    blocks = cleaned.blocks
    doc = Lines(cleaned.text)
    markers = cleaned.markers
    summary_at = markers.summary
    inserts: list[tuple[int, list[str]]] = []
    closed = [b for b in blocks if b.close_line is not None]  # an open fence swallows what follows it
    # Each value to its block, in one pass (blocks are in line order).
    firsts = [b.first_line for b in closed]
    rows: list[list[list[str]]] = [[] for _ in closed]
    for v in report.values:
        line = v.span.line if line_of is None else line_of[v.span.line]
        k = bisect.bisect_right(firsts, line) - 1
        if k >= 0 and line <= closed[k].last_line:
            rows[k].append([v.name, value_text(v, report.evaluated_units)])
    for b, block_rows in zip(closed, rows):
        if block_rows:
            inserts.append((_closing(b) - 1, _section(BEGIN, github_table(block_rows, ["name", "value"]), b.prefix)))
    # A doc with only values still says which calendar its figures use.
    calendar = report.units is not None and report.units.convention_values
    if (report.components or report.asserts or calendar) and (summary_at is not None or closed):
        where = summary_at if summary_at is not None else _closing(closed[-1]) - 1
        prefix = container_prefix(doc.lines[where]) if summary_at is not None else closed[-1].prefix
        inserts.append((where, _section(BEGIN_SUMMARY, summary_lines(report, mermaid, variants), prefix)))
    for line, name in markers.plots:
        if plots and name in plots:
            prefix = container_prefix(doc.lines[line])
            inserts.append((line, _section(BEGIN_PLOT.format(name=name), [plots[name]], prefix)))
    for line, name in markers.explains:
        prefix = container_prefix(doc.lines[line])
        inserts.append((line, _section(BEGIN_EXPLAIN.format(name=name), _explanation(report, name, line), prefix)))
    # At one index, in the order found: a summary placed after the last
    # block ends up below that block's own section.
    doc.insert_after_all(inserts)
    return doc.text()




def github_table(rows: list[list[str]], headers: list[str]) -> list[str]:
    """The lines of `tabulate(rows, headers, tablefmt="github",
    disable_numparse=True)`, written directly when every cell is plain
    printable ASCII without surrounding spaces (a doc's values, block after
    block: tabulate's set-up per call was most of rendering a values table);
    anything else (wide characters, control codes, padding tabulate strips)
    goes to tabulate."""
    cells = [*headers, *(cell for row in rows for cell in row)]
    if not all(c.isascii() and c.isprintable() and c == c.strip() for c in cells):
        return tabulate(rows, headers, tablefmt="github", disable_numparse=True).splitlines()
    widths = [max([len(h) + 2, *(len(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |",
           "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in rows]
    return out


def _closing(b: Block) -> int:
    """The closing fence's line of a block that has one (the `closed` ones)."""
    assert b.close_line is not None
    return b.close_line


def _section(begin: str, body: list[str], prefix: str) -> list[str]:
    blank = prefix.rstrip()
    return [blank, prefix + begin, blank, *[prefix + line if line else blank for line in body], blank, prefix + END]


def summary_lines(report: FileReport, mermaid: str | None, variants: dict[str, FileReport] | None = None) -> list[str]:
    from bote.render.figures import (
        breaking_text,
        component_headers,
        component_rows,
        conventions_text,
        drivers_text,
    )

    out: list[str] = []
    calendar = conventions_text(report)
    if calendar:
        out += [f"_{calendar}_", ""]
    if report.components:
        out += ["**Components**", ""]
        out += tabulate(component_rows(report), component_headers(report), tablefmt="github",
                        disable_numparse=True).splitlines()
        if breaking_text(report):
            out += ["", f"_{breaking_text(report)}_"]
    if variants:
        from bote.docs.doc_markers import VARIANTS_HEADING
        from bote.render.compare import comparison_rows
        headers, rows = comparison_rows({"base": report, **variants})
        out += ["", VARIANTS_HEADING, ""]
        out += tabulate([[_cell(c) for c in row] for row in rows], headers, tablefmt="github",
                        disable_numparse=True).splitlines()
    if report.risks:
        rows = [[r.component or "-", r.severity, r.kind, _cell(f"{r.message}; {r.remedy}{drivers_text(r)}")]
                for r in report.risks]
        out += ["", "**Risks**", ""]
        out += tabulate(rows, ["component", "severity", "kind", "message"], tablefmt="github",
                        disable_numparse=True).splitlines()
    if report.asserts:
        rows = [[_cell(f"`{a.text}`"), "passed" if a.passed else _cell(f"**failed**: {a.message}")]
                for a in report.asserts]
        out += ["", "**Asserts**", ""]
        out += tabulate(rows, ["assert", "result"], tablefmt="github", disable_numparse=True).splitlines()
    if mermaid and report.edges:
        out += ["", "```mermaid", *mermaid.rstrip("\n").splitlines(), "```"]
    return out


def _explanation(report: FileReport, name: str, line: int) -> list[str]:
    """`<!-- bote:explain NAME -->`: the derivation `bote explain` prints, as
    a fenced block (`_check_explained` said that NAME is a figure)."""
    from bote.model.explain import explain
    from bote.render.explain import render_explain_text
    # Without lines: the sections bote writes move them, render after render.
    text = render_explain_text(explain(report, name), with_lines=False)
    return ["```text", *text.rstrip("\n").splitlines(), "```"]


def _check_explained(report: FileReport, markers: Markers) -> None:
    """Each `<!-- bote:explain NAME -->` names a figure of the doc; an error at
    its line otherwise."""
    from bote.errors import BoteError, Diagnostic, Span
    from bote.model.explain import explain
    problems = []
    for line, name in markers.explains:
        try:
            explain(report, name)
        except BoteError as e:
            d = e.diagnostics[0]
            problems.append(Diagnostic(d.kind, f"<!-- bote:explain {name} -->: {d.message}",
                                       Span(report.file, line + 1, 1, line + 1, 2), d.hint))
    if problems:
        raise BoteError(problems)


def _variants(text: str, path: str, sampling, overrides) -> dict[str, FileReport] | None:
    """Each variant of the clean doc `text`, evaluated for the summary's
    comparison (none under a what-if: the comparison is of the doc as written)."""
    from bote.language.overrides import Overrides
    from bote.pipeline import evaluate_markdown, variant_names
    names = variant_names(text, path)
    if not names or overrides:
        return None
    return {name: evaluate_markdown(text, path, sampling, Overrides((), name)) for name in names}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_file(path: str, *, check_only: bool = False, clean_only: bool = False, sampling=None,
                tree: str | None = None, follow_symlinks: bool = False, want_diff: bool = True,
                overrides=None) -> Outcome:
    """Bring one Markdown file's generated sections, and the `# =>` results
    written in its blocks, up to date (or remove the sections). An invalid
    block, a marker out of place or a file bote cannot write leaves every
    file untouched (exit 2).  `tree` and `follow_symlinks`: see
    `bote.api.read_text`; `want_diff`: compute `Outcome.diff`."""
    from bote.files import shown_name
    from bote.pipeline import read_text
    from bote.render.diagnostics import render_diagnostic

    shown = shown_name(path)
    text, failed = read_text(path, tree=tree, follow_symlinks=follow_symlinks)
    if failed is not None:
        return Outcome(2, [render_diagnostic(d, failed.source, file=path) for d in failed.errors],
                       diagnostics=list(failed.errors))
    assert text is not None  # read_text gives the text when it gives no report
    from bote.model import figure_graphs_kept, keep_figure_graphs
    kept = figure_graphs_kept()
    if "bote:explain" in text:
        keep_figure_graphs(True)   # an explanation is a walk of the figure graph
    try:
        return _render_text(path, text, shown, check_only=check_only, clean_only=clean_only, sampling=sampling,
                            want_diff=want_diff, overrides=overrides)
    finally:
        keep_figure_graphs(kept)


def _render_text(path: str, text: str, shown: str, *, check_only: bool, clean_only: bool, sampling, want_diff: bool,
                 overrides) -> Outcome:
    from bote.errors import BoteError
    from bote.files import shown_name
    from bote.pipeline import evaluate_markdown
    from bote.render.diagnostics import render_diagnostic, shown_source
    from bote.writeback.inline import render_results
    real = target_of(path)
    try:
        # Checked as it stands, so errors point at the lines the author sees.
        as_is = evaluate_markdown(text, path, sampling, overrides)
        markers = scan(text, path)
        _check_explained(as_is, markers)
        if clean_only:
            new, images = clean(text, markers), {}
        else:
            # The results in the blocks first: they change no line's number.
            current = render_results(text, as_is, markdown=True) if not as_is.skipped else text
            # Updated results change no marker: scanned again only when they changed.
            current_markers = markers if current == text else scan(current, path)
            cleaned = clean_doc(current, current_markers)
            report, line_of = _report_of_clean(text, current, current_markers, as_is, cleaned)
            if report is None:
                report = evaluate_markdown(cleaned.text, path, sampling, overrides)
            # Beside the doc; for a doc that is a link, beside its target.
            images = draw_plots(path, current, report, current_markers,
                                beside=real if os.path.islink(path) else path)
            new = render(current, report, mermaid=_mermaid(report),
                         plots={name: image.markdown for name, image in images.items()}, line_of=line_of,
                         markers=current_markers, variants=_variants(cleaned.text, path, sampling, overrides),
                         cleaned=cleaned)
    except BoteError as e:
        return Outcome(2, [render_diagnostic(d, shown_source(d, text, overrides), file=path) for d in e.diagnostics],
                       diagnostics=list(e.diagnostics))
    except Exception as e:  # noqa: BLE001 - a bug in bote must not look like a stale doc (exit 1)
        return bug_outcome(path, shown, e)
    # The images bote owns: redrawn when their bytes would change, removed
    # with their section (by --clean, or when the plot line is gone), and
    # only when bote drew them.
    redraw = [image for image in images.values() if read_image(image.path) != image.data]
    remove = sorted({p for name in markers.plotted if name not in images
                     and is_botes_image(p := image_path(real if os.path.islink(path) else path, name))})
    if new == text and not redraw and not remove:
        if as_is.skipped:
            return Outcome(0, note=f"{shown}: no ```bote blocks, nothing to {'clean' if clean_only else 'render'}")
        return Outcome(0, note=f"{shown}: up to date")
    diff = ""
    if want_diff:
        old_lines, new_lines = Lines(text).lines, Lines(new).lines
        diff = unified_diff(shown, old_lines, new_lines, _pieces_or_none(text, markers), _pieces_or_none(new))
        for p in sorted({image.path for image in redraw} | set(remove)):
            diff += f"Binary files a/{shown_name(str(p))} and b/{shown_name(str(p))} differ\n"
    if check_only:
        return Outcome(1, diff=diff, note=f"{shown}: would be rewritten (run `bote render {shown}`)",
                       changed_line=first_change(Lines(text).lines, Lines(new).lines))
    try:
        # Everything checked before anything is written.
        for target in [image.path for image in redraw] + ([path] if new != text else []):
            check_writable(target)
        for image in redraw:
            write_file(image.path, image.data)
        for p in remove:
            p.unlink(missing_ok=True)
        if new != text:
            write_text(path, new, had_bom=_had_bom(real))
    except (NotWritten, OSError) as e:
        from bote.errors import Diagnostic
        from bote.files import file_span
        message = str(e) if isinstance(e, NotWritten) else f"cannot write {shown}: {e.strerror or e}"
        hint = (e.hint + "; " if isinstance(e, NotWritten) and e.hint else "") + "bote left the file untouched"
        io = Diagnostic("io", message, file_span(path), hint)
        return Outcome(2, [render_diagnostic(io, "", file=path)], diagnostics=[io])
    through = f" -> {shown_name(_relative(real))}" if os.path.islink(path) else ""
    return Outcome(0, note=f"{shown}{through}: {'cleaned' if clean_only else 'rendered'}")


def _report_of_clean(text: str, current: str, markers: Markers, as_is: FileReport,
                     cleaned: CleanDoc) -> tuple[FileReport | None, list[int] | None]:
    """What evaluating `clean(current)` gives, and where the report's lines
    stand in `clean(current)`, from `as_is` (the report of `text`, which has
    `current`'s lines, only its results older) without evaluating the doc
    again: cleaning removes only bote's sections, which stand outside the
    blocks, so the program is the same, each line moved up.  (None, None)
    when that cannot be shown (a block reads differently once cleaned) or
    the findings would differ (a result still stale names its line): the
    caller then evaluates `clean(current)`.  `markers`: those of `current`;
    `cleaned`: `clean_doc(current, markers)`."""
    from bote.docs.inline_results import STALE, stale_results
    if as_is.skipped:
        return None, None
    base, line_of = cleaned.text, cleaned.line_of
    blocks = find_blocks(current)
    if current != text and [(b.fence_line, b.close_line, len(b.content)) for b in blocks] != [
            (b.fence_line, b.close_line, len(b.content)) for b in find_blocks(text)]:
        return None, None
    if not _blocks_only_move(blocks, cleaned.blocks, line_of) or stale_results(current, as_is, markdown=True):
        return None, None
    return replace(as_is, source=base, risks=[r for r in as_is.risks if r.kind != STALE]), line_of


def _pieces_or_none(text: str, markers: Markers | None = None) -> list[int] | None:
    try:
        return pieces(text, markers)
    except Exception:  # noqa: BLE001 - the diff falls back to difflib
        return None


def _had_bom(real: str) -> bool:
    with open(real, "rb") as f:
        return f.read(3) == b"\xef\xbb\xbf"


def _relative(path: str) -> str:
    """`path` relative to the working directory when it is inside it."""
    try:
        here = os.getcwd()
        if os.path.commonpath([path, here]) == here:
            return os.path.relpath(path, here)
    except (OSError, ValueError):
        pass
    return path


def _mermaid(report: FileReport) -> str | None:
    if not report.edges:
        return None
    from bote.render.graph import render_mermaid
    return render_mermaid(report)
