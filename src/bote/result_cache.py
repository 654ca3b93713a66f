"""The result cache of `bote check`: an unchanged re-check prints what the
last one printed, without importing the parser or the evaluator.

An entry is the text `bote check` wrote to standard output and standard
error, in the order it wrote it, and its exit status, stored as JSON in the cache folder
(`resources.cache_dir`, read and written by `cache_files`: no symlink is
followed, no non-regular file opened, nothing bigger than its bound read).
It is data only: a hit prints strings and exits with an integer; nothing
read from the folder is ever executed or unpickled.

The key is a sha256 of everything the output depends on:
- bote's version and a fingerprint of its installed code (each module's
  name, size and modification time: an edited checkout never serves a result
  of the code before the edit), the Python that runs it and its `sys.path`
  (what numpy and lark it finds);
- the options (format, --strict, --tidal-wave, --set, --variant,
  --follow-symlinks, --seed, --samples, --digits), the working folder (names
  are shown relative to it);
- for each file named, the name as given, its real path and its bytes.

Only invocations that name regular files are cached (a folder's contents,
standard input and the CI formats, which read the repository's root from the
environment, are evaluated every time), and only results with exit status
0 or 1: an invalid file is what someone is editing.

An entry is used only when its recorded key matches and the sha256 of its
payload, stored beside it, matches; anything else (truncated, edited,
another format) is ignored, and the check runs and rewrites it.

The folder stays bounded: a hit marks its entry used (its modification
time), and each store keeps the `MAX_ENTRIES` entries used last, within
`MAX_TOTAL_BYTES`, deleting the others (and temporary files a killed
check left behind).
"""
from __future__ import annotations

import json
import os
import re
import stat
import sys

from bote.cache_files import read_bytes, sealed, unsealed, write_bytes
from bote.digests import sha256_for
from bote.resources import cache_folder
from bote.version import __version__

#: Off for callers that change bote's code inside the process, which the key
#: cannot see (the test suite's in-process runs, with their monkeypatches).
ENABLED = True

#: Bump when an entry's layout changes.
_FORMAT = 1

#: The formats whose output depends only on the files and the options.
CACHED_FORMATS = ("table", "concise", "json", "markdown")

#: Files bigger than this are not read here (the evaluator refuses them with its own error).
_MAX_FILE = 10 * 1024 * 1024

#: The entries kept, those used last (a result is a few KB; a big file's, a few MB).
MAX_ENTRIES = 1000
MAX_TOTAL_BYTES = 100 * 1024 * 1024

#: A temporary file older than this was left by a check that was killed.
_STALE_TEMPORARY_SECONDS = 3600

#: The names `_path` gives entries, and `cache_files.write_bytes` their temporary files.
_ENTRY = re.compile(r"result-[0-9a-f]{32}\.json")
_TEMPORARY = re.compile(r"\.result-[0-9a-f]{32}\.json-[^/]*\.tmp")


def _code_fingerprint() -> bytes:
    """Each module of the installed bote: name, size, modification time."""
    root = os.path.dirname(os.path.abspath(__file__))
    parts = []
    for folder, _dirs, names in sorted(os.walk(root)):
        for name in sorted(names):
            if name.endswith((".py", ".txt", ".lark", ".csv", ".json")):
                info = os.stat(os.path.join(folder, name))
                parts.append(f"{os.path.relpath(os.path.join(folder, name), root)}\0{info.st_size}\0{info.st_mtime_ns}")
    return "\n".join(parts).encode()


def key_of(files: tuple[str, ...], options: dict) -> str | None:
    """The entry's key for `bote check FILES` with `options`, or None when
    this invocation is not cached (a folder, standard input, a file that is
    not a regular one or cannot be read)."""
    if not ENABLED:
        return None
    size = 0
    for name in files:   # sizes first: the hasher depends on them, and no file is held in memory
        if name == "-":
            return None
        try:
            info = os.stat(name)
        except (OSError, ValueError):
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_FILE:
            return None
        size += info.st_size
    # The same SHA-256 either way: CPython's own for small inputs (hashlib
    # loads OpenSSL, about 2 ms of a 40 ms hit), OpenSSL's, faster, for big ones.
    digest = sha256_for(size)()

    def add(value: bytes) -> None:
        digest.update(len(value).to_bytes(8, "big"))
        digest.update(value)

    add(f"{_FORMAT}\0{__version__}\0{sys.version}\0{sys.executable}\0{sys.path!r}".encode())
    add(_code_fingerprint())
    add(json.dumps(options, sort_keys=True, default=str).encode())
    add(os.getcwd().encode("utf-8", "surrogateescape"))
    for name in files:
        try:
            if not stat.S_ISREG(os.stat(name).st_mode):   # again, just before the open: a FIFO swapped in would block it
                return None
            with open(name, "rb") as f:
                data = f.read(_MAX_FILE + 1)
        except (OSError, ValueError):
            return None
        add(name.encode("utf-8", "surrogateescape"))
        add(os.path.realpath(name).encode("utf-8", "surrogateescape"))
        add(data)
    return digest.hexdigest()


def _path(key: str) -> str | None:
    folder = cache_folder()   # os.path, not pathlib: a hit must stay cheap (issue 17)
    return os.path.join(folder, f"result-{key[:32]}.json") if folder is not None else None


#: What `bote check` wrote, in order: (to standard error?, text) pairs.
Events = list[tuple[bool, str]]


def load(key: str) -> tuple[Events, int] | None:
    """What the cached check wrote and its exit status, or None."""
    path = _path(key)
    raw = read_bytes(path) if path is not None else None
    if path is None or raw is None:
        return None
    payload = unsealed(raw, _FORMAT, key)
    if payload is None:
        return None
    try:
        events, status = json.loads(payload)
        if status not in (0, 1) or type(status) is not int or not isinstance(events, list):
            return None
        if not all(isinstance(e, list) and len(e) == 2 and type(e[0]) is bool and type(e[1]) is str
                   for e in events):
            return None
    except Exception:  # noqa: BLE001 - any damage at all means "check again"
        return None
    try:
        os.utime(path, follow_symlinks=False)   # used now: kept longest by `_prune`
    except (OSError, NotImplementedError):      # (a platform that cannot leave a link alone)
        pass
    return [(e[0], e[1]) for e in events], status


def store(key: str, events: Events, status: int) -> None:
    """Write the entry; a cache that cannot be written is only a slower re-check."""
    path = _path(key)
    if path is None or status not in (0, 1):
        return
    write_bytes(path, sealed(json.dumps([events, status]), _FORMAT, key))
    _prune(os.path.dirname(path))


def _prune(folder: str) -> None:
    """Keep the entries used last, at most MAX_ENTRIES and MAX_TOTAL_BYTES;
    delete the rest, and temporary files left by a killed check.  Only
    bote's own names, and never through a symlink (`unlink` removes a link,
    not its target)."""
    import time
    entries = []
    stale_before = time.time() - _STALE_TEMPORARY_SECONDS
    try:
        with os.scandir(folder) as found:
            for e in found:
                is_entry, is_temporary = bool(_ENTRY.fullmatch(e.name)), bool(_TEMPORARY.fullmatch(e.name))
                if not is_entry and not is_temporary:
                    continue   # not bote's: a shared BOTE_CACHE_DIR may hold anything
                try:
                    info = e.stat(follow_symlinks=False)
                except OSError:
                    continue   # gone meanwhile (another check pruning)
                if is_entry:
                    entries.append((info.st_mtime_ns, info.st_size, e.path))
                elif info.st_mtime < stale_before:
                    _remove(e.path)
    except OSError:
        return
    total = sum(size for _, size, _ in entries)
    if len(entries) <= MAX_ENTRIES and total <= MAX_TOTAL_BYTES:
        return
    entries.sort(reverse=True)   # used last first
    kept = kept_bytes = 0
    for _, size, entry in entries:
        if kept < MAX_ENTRIES and kept_bytes + size <= MAX_TOTAL_BYTES:
            kept += 1
            kept_bytes += size
        else:
            _remove(entry)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
