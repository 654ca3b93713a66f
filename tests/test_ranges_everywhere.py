"""A figure an example states may be given as a range instead.

Each bundled example is rewritten with one stated figure at a time, then
every one of them at once, turned into a range around it (`4 ms` becomes
`3.6 ms to 4.4 ms`; a decision such as `workers` stays one number), and
must still evaluate and print as a table, as Markdown and as JSON.
Where a range meets exact figures the arithmetic works on float samples,
never on numpy arrays of Python objects: those print nothing (numpy's
`isfinite` refuses them) and are slow. Three such mixes took bote's "this
is a bug" path: a range of service times under an exact load, in the
latency and connection limits; a flow's own ranged service time at a
shared component, in its capacity and its end-to-end latency; a range of
`max_connections`, in the connection limit.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
import pytest

import bote
from bote.errors import BoteError
from bote.model.kinds import PROPERTIES
from bote.render.json import render_json
from bote.render.table import render_markdown, render_table

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: `name = 4 ms`, `capacity = 2k req/s`, `hit_rate = 90%`, `max_connections = 50k`,
#: `service_time[pings] = 1 ms  # why`: a figure stated as one literal, nothing computed.
STATED = re.compile(r"^(?P<head>\s*(?P<name>\w+)(?:\[\w+\])?\s*=\s*)(?P<number>\d+(?:\.\d+)?)"
                    r"(?P<suffix>[kMB]?)(?P<unit>%|(?:\s+[A-Za-z/µ][\w/µ ]*?)?)(?P<tail>\s*(?:#.*)?)$")


def bounds(name: str, n: float, percent: bool) -> tuple[float, float] | None:
    """The range to put in place of `n`: 0.9x to 1.1x, or 0.8x to 0.9x for
    a property bounded above (`hit_rate`), so that no sample leaves its
    bounds (a range's tails go past its ends); None where a range is not a
    fair rewrite: a property that is a decision (`workers`, `instances`)
    must stay one number."""
    spec = PROPERTIES.get(name)
    scale = 100 if percent else 1
    if spec is not None and spec.certain:
        return None
    low, high = (0.8 * n, 0.9 * n) if spec is not None and spec.maximum is not None else (0.9 * n, 1.1 * n)
    tails = high - low   # far past where the samples reach
    if spec is not None and spec.maximum is not None and (high + tails) / scale >= spec.maximum:
        return None
    if spec is not None and spec.minimum is not None and (low - tails) / scale <= spec.minimum < n / scale:
        return None
    return low, high


def ranged_line(line: str) -> str | None:
    m = STATED.match(line)
    if m is None or " to " in m["unit"] or float(m["number"]) == 0:
        return None
    unit = m["unit"].strip()
    found = bounds(m["name"], float(m["number"]), unit == "%")
    if found is None:
        return None
    k, gap = m["suffix"], "" if unit == "%" else " "
    low, high = (f"{x:g}{k}{gap}{unit}".rstrip() for x in found)
    return f"{m['head']}{low} to {high}{m['tail']}"


def plain(text: str) -> list[str]:
    """The example without its `# =>` results and asserts (which a range
    would rightly fail)."""
    text = re.sub(r"[ \t]*# =>[^\n]*", "", text)
    return [line for line in text.split("\n") if not line.lstrip().startswith("assert")]


def rewrites(name: str) -> list[tuple[str, str]]:
    lines = plain((EXAMPLES / name).read_text(encoding="utf-8"))
    ranged = {i: new for i, line in enumerate(lines) if (new := ranged_line(line)) is not None}
    every = [ranged.get(i, line) for i, line in enumerate(lines)]
    return [("every stated figure", "\n".join(every))] + [
        (f"line {i + 1}", "\n".join([*lines[:i], new, *lines[i + 1:]])) for i, new in ranged.items()]


CASES = [pytest.param(text, id=f"{name}-{label}")
         for name in sorted(p.name for p in EXAMPLES.glob("*.bote"))
         for label, text in rewrites(name)]


def object_arrays(obj, path: str, seen: set[int]) -> list[str]:
    """The places under a report's results that hold an array of objects."""
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, np.ndarray):
        return [path] if obj.dtype == object else []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return [p for f in dataclasses.fields(obj)
                for p in object_arrays(getattr(obj, f.name, None), f"{path}.{f.name}", seen)]
    if isinstance(obj, dict):
        return [p for k, v in obj.items() for p in object_arrays(v, f"{path}[{k!r}]", seen)]
    if isinstance(obj, (list, tuple)):
        return [p for i, v in enumerate(obj) for p in object_arrays(v, f"{path}[{i}]", seen)]
    return []


def test_every_example_has_figures_to_range():
    for name in (p.name for p in EXAMPLES.glob("*.bote")):
        assert len(rewrites(name)) >= 2, name   # every figure at once, and each alone


def test_the_rewrite_turns_a_figure_into_a_range_around_it():
    assert ranged_line("  service_time = 4 ms      # a ride request") == \
        "  service_time = 3.6 ms to 4.4 ms      # a ride request"
    assert ranged_line("  capacity[pings] = 20k req/s") == "  capacity[pings] = 18k req/s to 22k req/s"
    assert ranged_line("  max_connections = 50k") == "  max_connections = 45k to 55k"
    assert ranged_line("online_share = 10%  # of the DAU") == "online_share = 9% to 11%  # of the DAU"
    assert ranged_line("  hit_rate = 90%") == "  hit_rate = 72% to 81%"   # below its bound of 100%
    assert ranged_line("  peak_factor = 1.05") is None   # its range's tails would pass below 1
    assert ranged_line("  peak_factor = 3") == "  peak_factor = 2.7 to 3.3"
    assert ranged_line("  workers = 8") is None          # a decision
    assert ranged_line("peak = reads * 3") is None       # computed, not stated


@pytest.mark.parametrize("text", CASES)
def test_an_example_with_ranges_evaluates_and_prints(text):
    try:
        report = bote.evaluate(text, "ranged.bote", samples=200)
    except BoteError as e:
        # A binding's range may reach a decision (`instances = ceil(dau / per_gateway)`):
        # a clean error at that property, and the one a range may give here.
        assert all(d.kind == "value" and "must be a single number, not a range" in d.message
                   for d in e.diagnostics), [d.message for d in e.diagnostics]
        return
    f = report.files[0]
    assert f.sampling is not None and f.sampling.samples == 200   # the range took effect
    assert object_arrays(f.components, "components", set()) == []
    assert object_arrays(f.values, "values", set()) == []
    assert render_table(f) and render_markdown(f) and render_json(report)


def test_a_range_of_connections_per_instance_limits_the_headroom_sample_by_sample():
    # No `connections` figure: the requests in flight (Little's law, about 20
    # at today's traffic) grow with it until they pass what the 5 instances
    # hold, scenario by scenario, well before utilization reaches 100% (2x).
    source = ("component api {{\n  load = 2k req/s\n  service_time = 10 ms\n  workers = 8\n"
              "  max_connections = {}\n}}\n")
    exact = bote.evaluate(source.format("6"), "exact.bote").files[0].components[0].headroom
    ranged = bote.evaluate(source.format("5.5 to 6.5"), "ranged.bote", samples=200).files[0].components[0].headroom
    assert exact.fails_by == ranged.fails_by == "connections"
    assert 1 < float(exact.multiplier) < 1.9
    assert float(np.median(ranged.multiplier)) == pytest.approx(float(exact.multiplier), rel=0.02)
