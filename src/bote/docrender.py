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
"""
from __future__ import annotations

import difflib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tabulate import tabulate

from .markdown import LINE_BREAK, find_blocks, parse_markdown
from .report import FileReport

BEGIN = "<!-- bote:begin -->"
BEGIN_SUMMARY = "<!-- bote:begin summary -->"
END = "<!-- bote:end -->"
SUMMARY_HERE = "<!-- bote:summary -->"
BEGIN_PLOT = "<!-- bote:begin plot {name} -->"

_BEGIN_PLOT = re.compile(r"<!-- bote:begin plot (\S+) -->")
_PLOT_HERE = re.compile(r"<!--\s*bote:plot\b(.*?)-->")
#: A binding (`traffic`) or a component's figure (`db.utilization`): also
#: what keeps an image's file name inside the doc's folder.
_PLOT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?")

_CONTAINER = re.compile(r"^[ \t>]*")


def _bare(line: str) -> str:
    """A line without its container markup (`> `, indentation)."""
    return _CONTAINER.sub("", line).rstrip()


class Lines:
    """A document as lines that keep their own line endings."""

    def __init__(self, text: str):
        # CommonMark line endings only (\r\n, \r, \n), each kept with its line.
        self.lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
        first = LINE_BREAK.search(text)
        self.eol = first.group() if first else "\n"

    @staticmethod
    def content(line: str) -> str:
        return line.rstrip("\r\n")

    def insert_after(self, index: int, new: list[str]) -> None:
        """Insert `new` (lines without endings) after line `index` (0-based);
        a last line without a final newline stays without one."""
        if not new:
            return
        at_end = index == len(self.lines) - 1 and not self.lines[index].endswith(("\n", "\r"))
        if at_end:
            self.lines[index] += self.eol
            chunk = [line + self.eol for line in new[:-1]] + [new[-1]]
        else:
            chunk = [line + self.eol for line in new]
        self.lines[index + 1: index + 1] = chunk

    def remove(self, start: int, stop: int) -> None:
        """Remove lines start..stop-1; when that was the end of a file without
        a final newline, the line before loses its ending again."""
        last_had_no_eol = stop == len(self.lines) and not self.lines[-1].endswith(("\n", "\r"))
        del self.lines[start:stop]
        if last_had_no_eol and start > 0:
            self.lines[start - 1] = self.content(self.lines[start - 1])

    def text(self) -> str:
        return "".join(self.lines)


class UnmatchedMarker(ValueError):
    """A `<!-- bote:begin -->` without its end: bote will not guess what it owns."""

    def __init__(self, line: int):
        super().__init__(f"line {line}: `<!-- bote:begin -->` has no `<!-- bote:end -->`")
        self.line = line


@dataclass
class Markers:
    """Where bote's markers stand in a document (0-based line indexes)."""

    sections: list[tuple[int, int]]          # (begin, end) of each section bote owns
    summary: int | None                      # the `<!-- bote:summary -->` line
    plots: list[tuple[int, str]]             # `<!-- bote:plot NAME -->` lines outside sections, with NAME
    plotted: list[str]                       # NAME of each `<!-- bote:begin plot NAME -->` section


def _markers(text: str) -> Markers:
    """The sections bote owns, the summary placeholder and the plot
    requests. Markers count only where Markdown reads them as HTML (not in
    code blocks that show them as examples)."""
    html = [(t.map[0], _bare(t.content.split("\n")[0])) for t in parse_markdown(text)
            if t.type == "html_block" and t.map]
    found = Markers([], None, [], [])
    open_at = None
    for line, marker in html:
        plot = _BEGIN_PLOT.fullmatch(marker)
        if marker in (BEGIN, BEGIN_SUMMARY) or plot:
            if open_at is not None:
                raise UnmatchedMarker(open_at + 1)
            open_at = line
            if plot:
                found.plotted.append(plot.group(1))
        elif marker == END and open_at is not None:
            found.sections.append((open_at, line))
            open_at = None
        elif marker == SUMMARY_HERE and found.summary is None:
            found.summary = line
        elif open_at is not None:
            continue  # inside a section: bote's own text
        elif request := _PLOT_HERE.fullmatch(marker):
            found.plots.append((line, request.group(1).strip()))
    if open_at is not None:
        raise UnmatchedMarker(open_at + 1)
    return found


def clean(text: str) -> str:
    """The document without any section bote generated."""
    doc = Lines(text)
    for begin, end in reversed(_markers(text).sections):
        start = begin - 1 if begin > 0 and _bare(doc.lines[begin - 1]) == "" else begin
        doc.remove(start, end + 1)
    return doc.text()


def render(text: str, report: FileReport, mermaid: str | None = None,
           plots: dict[str, str] | None = None) -> str:
    """The document with every generated section brought up to date.

    `report` must come from evaluating `clean(text)` (its lines).  `plots`
    maps the NAME of each `<!-- bote:plot NAME -->` line to the Markdown
    that shows its image (see `draw_plots`); a name it lacks gets no section."""
    base = clean(text)
    blocks = find_blocks(base)
    doc = Lines(base)
    markers = _markers(base)
    summary_at = markers.summary
    inserts: list[tuple[int, list[str]]] = []
    closed = [b for b in blocks if b.close_line is not None]  # an open fence swallows what follows it
    for b in closed:
        after = b.close_line - 1
        rows = [[v.name, _value_text(v, report)] for v in report.values if b.first_line <= v.span.line <= b.last_line]
        if rows:
            table = tabulate(rows, ["name", "value"], tablefmt="github", disable_numparse=True)
            inserts.append((after, _section(BEGIN, table.splitlines(), b.prefix)))
    if (report.components or report.asserts) and (summary_at is not None or closed):
        where = summary_at if summary_at is not None else closed[-1].close_line - 1
        prefix = _CONTAINER.match(doc.lines[where]).group() if summary_at is not None else closed[-1].prefix
        inserts.append((where, _section(BEGIN_SUMMARY, summary_lines(report, mermaid), prefix)))
    for line, name in markers.plots:
        if plots and name in plots:
            prefix = _CONTAINER.match(doc.lines[line]).group()
            inserts.append((line, _section(BEGIN_PLOT.format(name=name), [plots[name]], prefix)))
    # From the bottom up, so earlier indexes stay valid. At one index, the
    # later item goes in first: a summary placed after the last block ends up
    # below that block's own section.
    order = sorted(range(len(inserts)), key=lambda k: (inserts[k][0], k), reverse=True)
    for k in order:
        doc.insert_after(*inserts[k])
    return doc.text()


def _section(begin: str, body: list[str], prefix: str) -> list[str]:
    blank = prefix.rstrip()
    return [blank, prefix + begin, blank, *[prefix + line if line else blank for line in body], blank, prefix + END]


def _value_text(v, report: FileReport) -> str:
    from .format import quantity_text
    return quantity_text(v.quantity, report.units, v.fixed_unit)


def summary_lines(report: FileReport, mermaid: str | None) -> list[str]:
    from .render.figures import component_rows, conventions_text, drivers_text
    from .render.table import COMPONENT_HEADERS

    out: list[str] = []
    if conventions_text(report):
        out += [f"_{conventions_text(report)}_", ""]
    if report.components:
        out += ["**Components**", ""]
        out += tabulate(component_rows(report), COMPONENT_HEADERS, tablefmt="github",
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


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


# ---- plots ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Image:
    """One plot a doc asks for: the file bote draws and the Markdown line
    that shows it."""

    path: Path
    data: bytes
    markdown: str


def image_path(doc: str | Path, name: str) -> Path:
    """`<doc-stem>.NAME.svg`, beside the doc."""
    doc = Path(doc)
    return doc.with_name(f"{doc.stem}.{name}.svg")


def draw_plots(path: str | Path, text: str, report: FileReport) -> dict[str, Image]:
    """The image of each `<!-- bote:plot NAME -->` line of `text` (the doc as
    it stands, for error positions), drawn from `report` (of `clean(text)`).
    Raises `BoteError` at the marker for a bad or unknown NAME, a single
    value, or a missing matplotlib; draws nothing until every name is good."""
    from .errors import BoteError, Diagnostic, Span
    from .plot import MISSING_MATPLOTLIB, find_distribution, plot_bytes

    requests = _markers(text).plots
    if not requests:
        return {}
    lines = Lines(text).lines

    def span(line: int) -> Span:
        content = Lines.content(lines[line])
        column = len(_CONTAINER.match(content).group()) + 1
        return Span(str(path), line + 1, column, line + 1, len(content.rstrip()) + 1)

    found, problems = {}, []
    for line, name in requests:
        if not _PLOT_NAME.fullmatch(name):
            problems.append(Diagnostic("syntax", "a plot marker names one value: `<!-- bote:plot NAME -->`",
                                       span(line), "e.g. `<!-- bote:plot traffic -->` or "
                                       "`<!-- bote:plot db.utilization -->`"))
            continue
        try:
            found[name] = find_distribution(report, name, span(line))
        except BoteError as e:
            problems.extend(e.diagnostics)
    if problems:
        raise BoteError(problems)
    try:
        import matplotlib  # noqa: F401 - say so at the marker, before drawing anything
    except ImportError:
        raise BoteError.at("dependency", MISSING_MATPLOTLIB, span(requests[0][0]),
                           "or remove the `<!-- bote:plot ... -->` lines; bote left the file untouched") from None
    images = {}
    for name, dist in found.items():
        target = image_path(path, name)
        alt = f"{name}: {dist.spread_text}".replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
        images[name] = Image(target, plot_bytes(dist, "svg"), f"![{alt}]({_link(target.name)})")
    return images


def _link(name: str) -> str:
    """A link destination for a file name: `<...>` around one with spaces,
    parentheses or angle brackets."""
    if not re.search(r"[\s()<>]", name):
        return name
    return "<" + name.replace("<", "\\<").replace(">", "\\>") + ">"


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_atomically(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data`: a temporary file in the same folder, then a
    rename, so a reader never sees half a file. The file's mode is kept; a
    new file gets the usual mode (0666 less the umask), not mkstemp's 0600."""
    path = Path(path)
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".bote-tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@dataclass
class Outcome:
    """What `bote render` did to one file."""

    exit_code: int = 0
    errors: list[str] = field(default_factory=list)
    diff: str = ""
    note: str = ""


def render_file(path: str, *, check_only: bool = False, clean_only: bool = False, sampling=None) -> Outcome:
    """Bring one Markdown file's generated sections, and the `# =>` results
    written in its blocks, up to date (or remove the sections). An invalid
    block leaves the file untouched (exit 2)."""
    from .api import evaluate_markdown, read_text
    from .errors import BoteError
    from .inline import render_results
    from .render.diagnostics import render_diagnostic

    text, failed = read_text(path)
    if failed is not None:
        return Outcome(2, [render_diagnostic(d, failed.source, file=path) for d in failed.errors])
    try:
        # Checked as it stands, so errors point at the lines the author sees.
        as_is = evaluate_markdown(text, path, sampling)
        plotted = _markers(text).plotted
        if clean_only:
            new, images = clean(text), {}
        else:
            # The results in the blocks first: they change no line's number.
            current = render_results(text, as_is, markdown=True) if not as_is.skipped else text
            base = clean(current)
            report = evaluate_markdown(base, path, sampling)
            images = draw_plots(path, current, report)
            new = render(current, report, mermaid=_mermaid(report),
                         plots={name: image.markdown for name, image in images.items()})
    except BoteError as e:
        return Outcome(2, [render_diagnostic(d, text, file=path) for d in e.diagnostics])
    except UnmatchedMarker as e:
        return Outcome(2, [f"{path}:{e.line}:1: error: `<!-- bote:begin -->` has no `<!-- bote:end -->`\n"
                           "  hint: restore the end marker, or delete the section; bote left the file untouched"])
    except Exception as e:  # noqa: BLE001 - a bug in bote must not look like a stale doc (exit 1)
        return Outcome(2, [f"{path}: error: bote could not render this file ({type(e).__name__}: {e})\n"
                           "  hint: this is a bug in bote; please report it with the file"])
    # The images bote owns: redrawn when their bytes would change, removed
    # with their section (by --clean, or when the plot line is gone).
    redraw = [image for image in images.values() if _read(image.path) != image.data]
    remove = sorted({p for name in plotted if name not in images and _PLOT_NAME.fullmatch(name)
                     and (p := image_path(path, name)).is_file()})
    if new == text and not redraw and not remove:
        if as_is.skipped:
            return Outcome(0, note=f"{path}: no ```bote blocks, nothing to {'clean' if clean_only else 'render'}")
        return Outcome(0, note=f"{path}: up to date")
    diff = unified_diff(path, Lines(text).lines, Lines(new).lines)
    for p in sorted({image.path for image in redraw} | set(remove)):
        diff += f"Binary files a/{p} and b/{p} differ\n"
    if check_only:
        return Outcome(1, diff=diff, note=f"{path}: would be rewritten (run `bote render {path}`)")
    for image in redraw:
        write_atomically(image.path, image.data)
    for p in remove:
        p.unlink(missing_ok=True)
    if new != text:
        write_text(path, new)
    return Outcome(0, note=f"{path}: {'cleaned' if clean_only else 'rendered'}")


def unified_diff(path: str, old: list[str], new: list[str]) -> str:
    """What `--diff` prints: the change to one file's lines (each with its ending)."""
    return "".join(difflib.unified_diff(old, new, f"a/{path}", f"b/{path}"))


def write_text(path: str | Path, text: str) -> None:
    """Replace a text file atomically with `text` in UTF-8, keeping the byte
    order mark it had."""
    raw = Path(path).read_bytes()
    bom = b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b""
    write_atomically(path, bom + text.encode("utf-8"))


def _mermaid(report: FileReport) -> str | None:
    if not report.edges:
        return None
    from .render.graph import render_mermaid
    return render_mermaid(report)
