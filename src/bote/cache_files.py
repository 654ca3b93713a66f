"""Reading and writing files in bote's cache folder as data, never trusting them.

The cache folder (`resources.cache_dir`) holds what bote can always rebuild:
the compiled grammar Lark uses for syntax errors, and `bote check`'s results
(`result_cache`).  Whatever is found there may have
been truncated by a crash, left by an older bote, or planted, so a file is
only ever read as bytes, and only when it is what bote itself would write:

- its last path component is not a symlink (`O_NOFOLLOW`: a link planted in
  the cache's place is neither read nor written through);
- it is a regular file owned by the user running bote (`fstat` after
  opening, so a FIFO, a device or `/dev/zero` is refused before one byte is
  read; `O_NONBLOCK` keeps the open itself from waiting on a FIFO);
- it is at most `MAX_BYTES` long.

Writes go to a fresh temporary file created in the folder (`O_EXCL`, mode
0600) and renamed over the destination: `os.replace` replaces a symlink
planted there with the new file, it never writes to the link's target.

What a reader does with the bytes is its own business: each cache format
carries its own checks (see `grammar_cache` and `result_cache`).
"""
from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

#: A cache file bigger than this is not bote's (the compiled grammar is
#: about 110 KB, a result as big as the output it replays).
MAX_BYTES = 10 * 1024 * 1024

_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def read_bytes(path: str | Path) -> bytes | None:
    """The file's bytes, or None when it is missing, a symlink, not a
    regular file, not the user's own, too large or unreadable."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid() or info.st_size > MAX_BYTES:
            return None
        chunks, size = [], 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return None if size > MAX_BYTES else b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def write_bytes(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; a cache that cannot be written
    is only a slower start, so failures are silent."""
    import tempfile  # writes only: a re-check answered from the cache never needs it
    tmp = None
    try:
        folder, name = os.path.split(os.fspath(path))
        fd, tmp = tempfile.mkstemp(dir=folder or None, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def sealed(payload: str, format_version: int, key: str) -> bytes:
    """A cache entry: the payload (JSON text) with its format, its key and
    the sha256 of the payload, so that `unsealed` can tell a damaged or
    foreign entry from a good one."""
    import json

    from bote.digests import sha256_for
    data = payload.encode()
    digest = sha256_for(len(data))(data).hexdigest()
    return json.dumps({"format": format_version, "key": key, "sha256": digest, "payload": payload}).encode()


def unsealed(raw: bytes, format_version: int, key: str) -> str | None:
    """The payload of an entry `sealed` wrote with this format and key, when
    its sha256 still matches; None for anything else (never an exception)."""
    import json

    from bote.digests import sha256_for
    try:
        wrapper = json.loads(raw)
        payload = wrapper["payload"]
        if (wrapper["format"] != format_version or wrapper["key"] != key or not isinstance(payload, str)
                or sha256_for(len(payload))(payload.encode()).hexdigest() != wrapper["sha256"]):
            return None
        return payload
    except Exception:  # noqa: BLE001 - any damage at all means "not an entry"
        return None
