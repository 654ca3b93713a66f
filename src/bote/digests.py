"""SHA-256 of small texts (the grammar, the methods' texts of
`bote.dataclasses_compiled`) without loading OpenSSL.

`hashlib` loads OpenSSL's library on import, about 3 ms of a 100 ms `bote
check`; CPython's own SHA-256 (`_sha256`, which `hashlib` falls back to)
is built in.  Both give the same digests; OpenSSL's is the faster on large
inputs, so `bote.result_cache`, which hashes whole files, keeps `hashlib`.
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
