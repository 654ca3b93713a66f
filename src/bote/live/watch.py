"""`bote watch`: evaluate files, and again whenever one changes (watchfiles),
redrawing the screen only when what it shows changes.

The screen is each file's table as `bote check` prints it.  When a file
stops evaluating, its first error (with the caret) is shown and its last good
table is kept under it, so the figures stay in view while the edit is
finished."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from bote.api import evaluate_file_report
from bote.model.report import FileReport
from bote.render.diagnostics import render_diagnostic
from bote.render.table import render_table

#: Home, then each line followed by erase-to-end-of-line, then erase below:
#: the new screen overwrites the old one in place, with no blank frame between.
_HOME, _ERASE_LINE, _ERASE_BELOW = "\x1b[H", "\x1b[K", "\x1b[J"
_HIDE_CURSOR, _SHOW_CURSOR = "\x1b[?25l", "\x1b[?25h"


class Watcher:
    def __init__(self, files: list[str], sampling=None):
        self.files = files
        self.sampling = sampling
        self.last_good: dict[str, str] = {}

    def screen(self) -> str:
        """What the screen shows now: every file evaluated again."""
        return "\n".join(self._file_screen(name) for name in self.files)

    def _file_screen(self, name: str) -> str:
        f = evaluate_file_report(name, self.sampling)
        if f.skipped:
            return f"{name}: no ```bote blocks yet\n"
        if f.valid:
            self.last_good[name] = _table(f)
            return self.last_good[name]
        error = render_diagnostic(f.errors[0], f.source_of(f.errors[0]), file=f.file)
        more = len(f.errors) - 1
        parts = [error + (f"\n({more} more error{'s' if more > 1 else ''})" if more else "")]
        if name in self.last_good:
            parts.append("last good result:\n\n" + self.last_good[name])
        return "\n\n".join(parts) + "\n"


def _table(f: FileReport) -> str:
    return render_table(f)


def redraw(text: str) -> str:
    """The escape sequences that replace the screen with `text`."""
    return _HOME + "".join(line + _ERASE_LINE + "\n" for line in text.rstrip("\n").split("\n")) + _ERASE_BELOW


def watch(files: list[str], sampling=None, out: TextIO = sys.stdout) -> int:
    """Run until Ctrl-C; returns the exit status (0)."""
    import watchfiles
    watcher = Watcher(files, sampling)
    targets = {str(Path(name).resolve()) for name in files}
    # The folders, not the files: an editor that saves by writing a new file
    # and renaming it over the old one would end a watch on the file itself.
    folders = sorted({str(Path(name).resolve().parent) for name in files})
    terminal = out.isatty()
    shown = None
    try:
        if terminal:
            out.write(_HIDE_CURSOR + "\x1b[2J")
        for _changes in _changes_of(watchfiles, folders, targets):
            text = watcher.screen()
            if text != shown:   # an unchanged result is not drawn again: no flicker
                out.write(redraw(text) if terminal else text + "\n")
                out.flush()
                shown = text
    except KeyboardInterrupt:
        pass
    finally:
        if terminal:
            out.write(_SHOW_CURSOR)
            out.flush()
    return 0


def _changes_of(watchfiles, folders: list[str], targets: set[str]):
    """Once at the start, then once per batch of changes to the files."""
    yield set()
    yield from watchfiles.watch(*folders, watch_filter=lambda _change, path: str(Path(path).resolve()) in targets,
                                debounce=400, step=50)
