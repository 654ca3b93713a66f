"""How `bote render` writes a file: never half of one, never through a
surprise, never with a traceback.

- **Atomically.**  The new bytes go to a temporary file beside the old one
  (`.NAME.XXXX.bote-tmp`), are flushed to disk, and replace it by a rename:
  a reader, or a kill at any moment, sees the old file or the new one, never
  a truncated one.  (A kill can leave the temporary file behind; it is never
  read.)
- **The file's mode is kept** (and its owner, when bote may set it); a new
  file gets 0666 less the umask.
- **A symbolic link is written through**: the new file replaces the link's
  target (beside the target, in the target's folder), so the link stays a
  link.
- **Hard links are kept**: a file with more than one link is rewritten in
  place (the same inode), because a rename would leave the other names with
  the old bytes.  That one case cannot also be atomic (POSIX has no way to
  replace an inode's content at once): bote writes the new bytes over the old
  ones from the start, then cuts the file to their length, and flushes, so
  a crash at the wrong moment can leave a mix of the two.  A doc with hard
  links is rare, and the alternative, silently unlinking the names the
  author made, is the worse surprise.
- **A read-only file is refused** (no write permission bit, or no write
  access for this user), and so is a file in a folder bote cannot write:
  `NotWritten` with a message, which the CLI prints as an error (exit 2).
"""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from bote.files import shown_name


class NotWritten(Exception):
    """A file bote will not or cannot write; the message says why, the hint
    what to do."""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


def target_of(path: str | Path) -> str:
    """The file a write to `path` changes: the end of its symbolic links."""
    return os.path.realpath(path)


def check_writable(path: str | Path) -> None:
    """Raise `NotWritten` unless `write_file(path, ...)` can work: an
    existing file must be writable, and its folder too unless the file is
    rewritten in place (several hard links)."""
    real = target_of(path)
    shown = shown_name(str(path))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise NotWritten(f"cannot write {shown}: {e.strerror or e}") from None
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise NotWritten(f"cannot write {shown}: it is not a regular file")
        if not st.st_mode & 0o222 or not os.access(real, os.W_OK):
            raise NotWritten(f"{shown} is read-only: bote will not rewrite it",
                             f"make it writable (`chmod u+w {shown}`) to render it")
        if st.st_nlink > 1:
            return
    folder = os.path.dirname(real) or "."
    if not os.access(folder, os.W_OK | os.X_OK):
        raise NotWritten(f"cannot write {shown}: its folder {shown_name(folder)} is not writable",
                         "bote writes the new file beside the old one, then renames it over the old one")


def write_file(path: str | Path, data: bytes) -> None:
    """Replace the file `path` leads to with `data`, as the module says:
    atomically, keeping its mode, through symbolic links, in place for a file
    with hard links.  Raises `NotWritten` (nothing changed)."""
    check_writable(path)
    real = target_of(path)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    try:
        if st is not None and st.st_nlink > 1:
            _write_in_place(real, data)
        else:
            _write_by_rename(real, data, st)
    except OSError as e:
        raise NotWritten(f"cannot write {shown_name(str(path))}: {e.strerror or e}") from None


def _write_in_place(real: str, data: bytes) -> None:
    # Over the old bytes first, then cut to length: never shorter than the
    # new content, whatever happens in between.
    fd = os.open(real, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.truncate(len(data))
        f.flush()
        os.fsync(f.fileno())


def _write_by_rename(real: str, data: bytes, st: os.stat_result | None) -> None:
    folder = os.path.dirname(real) or "."
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(real)}.", suffix=".bote-tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fchmod(f.fileno(), mode) if hasattr(os, "fchmod") else os.chmod(tmp, mode)
            if st is not None and hasattr(os, "fchown") and (st.st_uid, st.st_gid) != _owner(f.fileno()):
                try:
                    os.fchown(f.fileno(), st.st_uid, st.st_gid)
                except OSError:
                    pass  # only the owner (or root) may give a file away: keep ours
            os.fsync(f.fileno())
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def _owner(fd: int) -> tuple[int, int]:
    st = os.fstat(fd)
    return st.st_uid, st.st_gid


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable (POSIX); best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: str | Path, data: bytes) -> None:
    """Replace the file `path` leads to with `data` by a rename, keeping its
    mode; raises `OSError` as a plain write would (for `bote plot --out`,
    which reports it itself)."""
    real = target_of(path)
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    _write_by_rename(real, data, st)


def write_text(path: str | Path, text: str, had_bom: bool | None = None) -> None:
    """Replace a text file with `text` in UTF-8 (see `write_file`), keeping
    the byte order mark it had (`had_bom`, else read from the file)."""
    if had_bom is None:
        with open(target_of(path), "rb") as f:
            had_bom = f.read(3) == b"\xef\xbb\xbf"
    write_file(path, (b"\xef\xbb\xbf" if had_bom else b"") + text.encode("utf-8"))


__all__ = ["NotWritten", "check_writable", "target_of", "write_atomically", "write_file", "write_text"]
