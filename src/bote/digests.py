"""SHA-256 of small texts (the grammar, the methods' texts of
`bote.dataclasses_compiled`) without loading OpenSSL.

`hashlib` loads OpenSSL's library on import, about 3 ms of a 100 ms `bote
check`; CPython's own SHA-256 (`_sha256`, which `hashlib` falls back to)
is built in.  Both give the same digests; OpenSSL's is the faster on large
inputs, so `sha256_for` picks by size (`bote.result_cache` hashes whole
files, and its entries).
"""
from __future__ import annotations

try:
    from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11
except ImportError:   # pragma: no cover - later Pythons
    try:
        from _sha2 import sha256  # type: ignore[import-not-found, no-redef]  # 3.12 on
    except ImportError:
        from hashlib import sha256  # type: ignore[no-redef]


def sha256_hex(text: str) -> str:
    """The hex SHA-256 of `text` in UTF-8."""
    return sha256(text.encode("utf-8")).hexdigest()


#: Inputs smaller than this are hashed by CPython's own SHA-256: a few KB
#: take microseconds either way, and importing OpenSSL takes milliseconds.
SMALL_INPUT = 1 << 20


def sha256_for(size: int):
    """A SHA-256 constructor for `size` bytes of input."""
    if size < SMALL_INPUT:
        return sha256
    import hashlib
    return hashlib.sha256
