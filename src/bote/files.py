"""Reading the files bote is given, which anyone can put in a pull request.

bote reads only regular files: a named pipe, a device, a socket or a folder
is an error naming what it is (a FIFO would block `bote check` forever,
`/dev/zero` would fill the memory).  A file is read up to a bound,
`MAX_FILE_BYTES` (10 MB), and never further: a larger one is refused with its
size.  A symbolic link whose target lies outside the folder tree being
checked is refused unless the user asks for it (`--follow-symlinks`): a link
committed to a repository must not make bote echo `/proc/self/environ` or a
credentials file into CI logs through its error messages.  The tree of a
file found in a folder is that folder; the tree of a file named on the
command line is the current working directory when the file lies in it, else
the file's own folder (so that `bote check /elsewhere/x.bote` works, while
`x.bote -> /etc/passwd` does not).

File names are data in bote's reports (JSON, SARIF and the GitHub format
escape them their own way); wherever bote prints a name for people it goes
through `shown_name`, which shows control characters as escapes, so a file
name holding a newline cannot start a line of its own (a GitHub `::error`
command, say), and a name starting with `::` is shown after a `./`.
"""
from __future__ import annotations

import os
import stat

from bote.errors import Diagnostic, Span

#: The largest source file or doc bote reads, in bytes (10 MB).
MAX_FILE_BYTES = 10_000_000

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def is_markdown(path: str) -> bool:
    """Whether `path` names a Markdown document (whose ```bote blocks bote checks) by its suffix."""
    return path.lower().endswith((".md", ".markdown"))


def shown_name(name: str) -> str:
    """`name` as bote prints it for people: every character that is not
    printable (controls, line and paragraph separators, format characters)
    as a Python-style escape (`\\n`, `\\x1b`, `\\u202e`); a byte that was not
    UTF-8 (decoded by Python as a lone surrogate) as `\\xNN`.  A name that
    starts with `::` is shown as `./::...`: bote's lines start with the file
    name, and a line starting with `::` is a GitHub workflow command."""
    if name.startswith("::"):
        name = "./" + name
    if name.isprintable():
        return name
    out = []
    for c in name:
        if c.isprintable():
            out.append(c)
        elif c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif 0xDC80 <= ord(c) <= 0xDCFF:  # os.fsdecode's surrogateescape for a raw byte
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        elif ord(c) <= 0xFF:
            out.append(f"\\x{ord(c):02x}")
        elif ord(c) <= 0xFFFF:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return "".join(out)


def text_name(name: str) -> str:
    """`name` as Unicode text for a machine format (JSON, GitHub), which
    escapes controls itself: only a byte that was not UTF-8 (a lone
    surrogate, which no UTF-8 output can carry) is shown as `\\xNN`."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return "".join(shown_name(c) if 0xD800 <= ord(c) <= 0xDFFF else c for c in name)


def file_span(name: str) -> Span:
    """The position of an error about a whole file: its first line and column."""
    return Span(name, 1, 1, 1, 1)


class Refused(Exception):
    """Why a file is not read: a diagnostic at the file's first line."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def _refuse(name: str, message: str, hint: str | None = None) -> Refused:
    return Refused(Diagnostic("io", message, file_span(name), hint))


def what_it_is(mode: int) -> str:
    """`a named pipe (FIFO)`, `a character device`, ...: for a file that is not regular."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def tree_of(name: str) -> str:
    """The folder tree a file named on the command line belongs to: the
    current working directory when the file is in it, else its own folder."""
    absolute = os.path.abspath(name)
    try:
        here = os.getcwd()
    except OSError:  # the working folder is gone
        return os.path.dirname(absolute)
    if _inside(absolute, here):
        return here
    return os.path.dirname(absolute)


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives (Windows)
        return False


def check_link(name: str, tree: str | None) -> None:
    """Raise `Refused` when `name` resolves (through symbolic links) to a
    file outside `tree` (see `tree_of` for a file named on its own)."""
    tree = tree_of(name) if tree is None else tree
    real = os.path.realpath(name)
    if _inside(real, os.path.realpath(tree)):
        return
    raise _refuse(name, f"{shown_name(name)} is a symbolic link to {shown_name(real)}, outside "
                        f"{shown_name(tree)}: bote does not read it",
                  "pass --follow-symlinks to read files that links lead to outside the folder being checked")


def read_bytes(name: str, *, tree: str | None = None, follow_symlinks: bool = False) -> bytes:
    """The bytes of the regular file `name`, at most `MAX_FILE_BYTES` of
    them; raises `Refused` for a file bote will not read (the diagnostic says
    why: what the file is, its size, where its link leads) and `OSError` for
    one it cannot."""
    if not follow_symlinks:
        check_link(name, tree)
    mode = os.stat(name).st_mode  # stat never blocks, even on a FIFO; open could
    if not stat.S_ISREG(mode):
        raise _refuse(name, f"{shown_name(name)} is {what_it_is(mode)}, not a file: bote reads only regular files")
    # O_NONBLOCK: should the file have been swapped for a FIFO since the
    # stat, opening it does not wait for a writer; fstat then says what it is.
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                 | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb", buffering=0) as f:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise _refuse(name, f"{shown_name(name)} is {what_it_is(mode)}, not a file: "
                                "bote reads only regular files")
        return bounded_read(f, name)


def _read_at_most(source) -> bytes:
    """Read `source` to its end, but never more than `MAX_FILE_BYTES` + 1
    bytes (a file in /proc says its size is 0; a file may grow while it is
    read; standard input may be endless)."""
    chunks, total = [], 0
    while total <= MAX_FILE_BYTES:
        chunk = source.read(min(1 << 20, MAX_FILE_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def bounded_read(f, name: str) -> bytes:
    data = _read_at_most(f)
    if len(data) > MAX_FILE_BYTES:
        raise too_large(name, os.fstat(f.fileno()).st_size)
    return data


def too_large(name: str, size: int | None = None) -> Refused:
    how_big = f"{size:,} bytes" if size and size > MAX_FILE_BYTES else f"more than {MAX_FILE_BYTES:,} bytes"
    return _refuse(name, f"{shown_name(name)} is {how_big}: bote reads files of at most {MAX_FILE_BYTES:,} "
                         "bytes (10 MB)", "split it into smaller files")


def read_stdin(stream) -> bytes:
    """Standard input, bounded like a file."""
    source = getattr(stream, "buffer", None)
    if source is None:  # a text stream without bytes under it
        data = stream.read(MAX_FILE_BYTES + 1).encode("utf-8", "surrogateescape")
    else:
        data = _read_at_most(source)
    if len(data) > MAX_FILE_BYTES:
        raise too_large("<stdin>")
    return data


__all__ = ["MAX_FILE_BYTES", "Refused", "file_span", "read_bytes", "read_stdin", "shown_name", "tree_of"]
