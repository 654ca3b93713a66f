"""Did-you-mean hints for names, units, properties and functions."""
from __future__ import annotations


def _close_matches(name: str, candidates, cutoff: float) -> list[str]:
    # difflib (and the heapq it pulls in) only when a hint is wanted: a
    # check of a valid file never asks, and it is read at every start.
    import difflib
    return difflib.get_close_matches(name, candidates, n=1, cutoff=cutoff)


def did_you_mean(name: str, candidates) -> str | None:
    candidates = list(candidates)
    same_but_case = [c for c in candidates if c.lower() == name.lower() and c != name]
    if same_but_case:
        return f"did you mean `{same_but_case[0]}`?"
    if len(name) < 3:
        return None  # any two-letter name is "close" to dozens of units
    match = _close_matches(name, candidates, 0.6)
    return f"did you mean `{match[0]}`?" if match else None


#: Units people spell out or abbreviate their own way -> bote's spelling.
_SPELLED = {
    "kilobyte": "KB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB", "petabyte": "PB", "exabyte": "EB",
    "kibibyte": "KiB", "mebibyte": "MiB", "gibibyte": "GiB", "tebibyte": "TiB", "pebibyte": "PiB",
    "kilobit": "Kb", "megabit": "Mb", "gigabit": "Gb", "terabit": "Tb",
    "msec": "ms", "millisec": "ms", "usec": "µs", "microsec": "µs", "nsec": "ns", "nanosec": "ns",
    "sec": "s", "minute": "min", "hour": "h",
}

#: Bytes per second written like bits per second: `GBps` is 8x `Gbps`.
_BYTES_PER_SECOND = {"KBps": "KB/s", "MBps": "MB/s", "GBps": "GB/s", "TBps": "TB/s", "PBps": "PB/s"}

_SCALES = "kKMBT"


def unit_hint(name: str, units, number: str | None = None) -> str | None:
    """A hint for a name written where a unit goes that is not one, naming
    the real unit when one is close: `5 gb` -> `GB`, `terabytes` -> `TB`,
    `GBps` -> `GB/s` (not `Gbps`, 8x off), `kqps` -> `k qps`.  None when
    nothing real is close (then the name may be a new count label)."""
    if name in _BYTES_PER_SECOND:
        return f"did you mean `{_BYTES_PER_SECOND[name]}`? (`{name[:-3]}bps` would be bits, 8x less)"
    lower = name.lower()
    singular = lower[:-1] if lower.endswith("s") and lower[:-1] in _SPELLED else lower
    if singular in _SPELLED:
        real = _SPELLED[singular]
        return f"did you mean `{real}`?"
    names = units.names()
    same_but_case = sorted((c for c in names if c.lower() == lower and c != name),
                           key=lambda c: (not c.endswith("B"), c))   # `gb` is far likelier GB than Gb
    if same_but_case:
        return f"did you mean `{same_but_case[0]}`?"
    if len(name) > 1 and name[0] in _SCALES and units.lookup(name[1:]) is not None:
        n = number or "5"
        return f"a scale belongs to the number: write `{n}{name[0]} {name[1:]}`"
    if len(name) >= 4:
        match = _close_matches(name, names, 0.8)
        if match:
            return f"did you mean `{match[0]}`?"
    return None
