"""Did-you-mean hints for names, units, properties and functions."""
from __future__ import annotations

import difflib


def did_you_mean(name: str, candidates) -> str | None:
    candidates = list(candidates)
    same_but_case = [c for c in candidates if c.lower() == name.lower() and c != name]
    if same_but_case:
        return f"did you mean `{same_but_case[0]}`?"
    if len(name) < 3:
        return None  # any two-letter name is "close" to dozens of units
    match = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f"did you mean `{match[0]}`?" if match else None
