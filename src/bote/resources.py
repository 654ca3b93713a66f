"""Where bote finds the files it ships and the folder it caches into."""
from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# os.path, not pathlib, on the way of a `bote check`: pathlib (with the
# urllib.parse and ipaddress it imports) is a tenth of a cold check's CPU
# beyond click (issue 17); the functions that return a Path import it.
_PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))


def grammar_file() -> str:
    """`grammar/bote.lark`: inside the package in a wheel, at the repository
    top level in a source checkout (editable installs read it from there)."""
    shipped = os.path.join(_PACKAGE_DIR, "grammar", "bote.lark")
    if os.path.isfile(shipped):
        return shipped
    return os.path.join(os.path.dirname(os.path.dirname(_PACKAGE_DIR)), "grammar", "bote.lark")


def grammar_path() -> Path:
    from pathlib import Path
    return Path(grammar_file())


def units_file() -> str:
    return os.path.join(_PACKAGE_DIR, "units.txt")


def units_path() -> Path:
    from pathlib import Path
    return Path(units_file())


def read_text(file: str) -> str:
    """A file bote ships, as text."""
    with open(file, encoding="utf-8") as f:
        return f.read()


def cache_dir() -> Path | None:
    """`cache_folder` as a Path."""
    from pathlib import Path
    folder = cache_folder()
    return Path(folder) if folder is not None else None


def cache_folder() -> str | None:
    """A folder that bote owns, or None when there is none (then bote
    rebuilds what it would cache, and still works).

    `BOTE_CACHE_DIR` wins (an empty value turns caching off), then
    `$XDG_CACHE_HOME/bote`, then `~/.cache/bote`.  bote creates it with mode
    0700.  A folder that is a symlink, not a folder, not owned by the user
    running bote, or not writable is not used: files planted there by
    someone else are never read.  Everything in it is rebuilt when missing,
    so deleting it is always safe; how its files are read is
    `cache_files`.  (A string: a re-check answered from the cache imports
    no pathlib.)"""
    configured = os.environ.get("BOTE_CACHE_DIR")
    if configured is not None:
        if not configured:
            return None
        folder = configured.rstrip(os.sep) or os.sep   # `a/b/` is the folder b, as for pathlib
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "bote")
    try:
        parent = os.path.dirname(folder)
        if parent:
            os.makedirs(parent, exist_ok=True)
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        info = os.lstat(folder)
    except (OSError, ValueError):
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid():
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None
