"""Where bote finds the files it ships and the folder it caches into."""
from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def grammar_path() -> Path:
    """`grammar/bote.lark`: inside the package in a wheel, at the repository
    top level in a source checkout (editable installs read it from there)."""
    shipped = _PACKAGE_DIR / "grammar" / "bote.lark"
    if shipped.is_file():
        return shipped
    return _PACKAGE_DIR.parent.parent / "grammar" / "bote.lark"


def units_path() -> Path:
    return _PACKAGE_DIR / "units.txt"


def cache_dir() -> Path | None:
    """A writable folder that bote owns, or None when there is none.

    `BOTE_CACHE_DIR` wins (an empty value turns caching off), then
    `$XDG_CACHE_HOME/bote`, then `~/.cache/bote`.  Everything in it is
    rebuilt when missing, so deleting it is always safe."""
    configured = os.environ.get("BOTE_CACHE_DIR")
    if configured is not None:
        if not configured:
            return None
        folder = Path(configured)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "bote"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None
