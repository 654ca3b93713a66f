"""The images `bote render` draws beside a doc, one per `<!-- bote:plot NAME -->`
line: `<doc-stem>.NAME.svg`, where NAME (a binding or a component's figure)
can hold no `/` or `..`, so an image never lands outside the doc's folder.

bote rewrites or removes an image only when it drew it: a regular file (not
a link) whose SVG metadata names bote as its creator (`bote.writeback.plot.SVG_CREATOR`).
An image of that name bote did not draw is an error at the plot line, and
nothing is written.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from bote.dataclasses_compiled import dataclass
from bote.docs.doc_markers import PLOT_NAME as _PLOT_NAME
from bote.docs.doc_markers import Markers, scan
from bote.docs.markdown import container_prefix
from bote.model.report import FileReport


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


def draw_plots(path: str | Path, text: str, report: FileReport, markers: Markers | None = None,
               beside: str | Path | None = None) -> dict[str, Image]:
    """The image of each `<!-- bote:plot NAME -->` line of `text` (the doc as
    it stands, for error positions), drawn from `report` (of `clean(text)`),
    each to go beside `beside` (the doc's real path; `path` by default).
    Raises `BoteError` at the marker for a bad or unknown NAME, a single
    value, a missing matplotlib, or an image file of that name that bote did
    not draw; draws nothing until every name is good."""
    requests = (scan(text, str(path)) if markers is None else markers).plots
    if not requests:
        return {}
    from bote.errors import BoteError, Diagnostic, Span
    from bote.files import shown_name
    from bote.writeback.edits import Lines
    from bote.writeback.plot import MISSING_MATPLOTLIB, find_distribution, plot_bytes
    lines = Lines(text).lines

    def span(line: int) -> Span:
        content = Lines.content(lines[line])
        column = len(container_prefix(content)) + 1
        return Span(str(path), line + 1, column, line + 1, len(content.rstrip()) + 1)

    found, problems = {}, []
    for line, name in requests:
        if not _PLOT_NAME.fullmatch(name):
            problems.append(Diagnostic("syntax", "a plot marker names one value: `<!-- bote:plot NAME -->`",
                                       span(line), "e.g. `<!-- bote:plot traffic -->` or "
                                       "`<!-- bote:plot db.utilization -->`"))
            continue
        target = image_path(beside or path, name)
        if _exists(target) and not is_botes_image(target):
            problems.append(Diagnostic("io", f"{shown_name(str(target))} is there already and bote did not draw "
                                             "it: bote will not overwrite it", span(line),
                                       "move or rename that file; bote left everything untouched"))
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
        target = image_path(beside or path, name)
        alt = f"{name}: {dist.spread_text}".replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
        images[name] = Image(target, plot_bytes(dist, "svg"), f"![{alt}]({_link(target.name)})")
    return images


def _link(name: str) -> str:
    """A link destination for a file name: `<...>` around one with spaces,
    parentheses or angle brackets."""
    if not re.search(r"[\s()<>]", name):
        return name
    return "<" + name.replace("<", "\\<").replace(">", "\\>") + ">"


#: How bote's SVGs name their creator (`bote.writeback.plot.SVG_CREATOR`), in their
#: metadata near the top of the file.
_BOTES_IMAGE = re.compile(rb"<dc:creator>\s*<cc:Agent>\s*<dc:title>bote</dc:title>")
_IMAGE_HEAD = 4096


def _exists(path: Path) -> bool:
    return os.path.lexists(path)


def is_botes_image(path: Path) -> bool:
    """Whether `path` is a regular file (not a link) that bote drew."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        with open(path, "rb") as f:
            return _BOTES_IMAGE.search(f.read(_IMAGE_HEAD)) is not None
    except OSError:
        return False


def read_image(path: Path) -> bytes | None:
    """An image bote drew, for comparison (None when it is not there, not
    bote's, or larger than any image bote draws: it is then redrawn)."""
    from bote.files import MAX_FILE_BYTES
    if not is_botes_image(path):
        return None
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return None if len(data) > MAX_FILE_BYTES else data
