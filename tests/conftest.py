import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Tests never write into the user's real cache folder.
os.environ.setdefault("BOTE_CACHE_DIR", tempfile.mkdtemp(prefix="bote-test-cache-"))

# In-process `bote check` runs evaluate every time: tests monkeypatch bote's code,
# which the result cache's key cannot see (fresh interpreters still use the cache).
import bote.result_cache

bote.result_cache.ENABLED = False


def run(text: str, filename: str = "test.bote"):
    """Evaluate bote text; return the one-file report."""
    import bote
    return bote.evaluate(text, filename).files[0]


def error_of(text: str, filename: str = "test.bote"):
    """The diagnostics bote raises for `text` (fails if it does not raise)."""
    import bote
    from bote.errors import BoteError
    with pytest.raises(BoteError) as info:
        bote.evaluate(text, filename)
    return info.value.diagnostics


def shown(report, name: str) -> str:
    """The text `bote check` prints for binding `name`."""
    from bote.language.format import quantity_text
    v = {v.name: v for v in report.values}[name]
    return quantity_text(v.quantity, report.units, v.fixed_unit)


sys.path.insert(0, str(Path(__file__).resolve().parent))
