"""Generators of synthetic, valid bote programs for the benchmarks (and tests).

Everything here is deterministic (seeded) and uses the standard library only,
so a test can import it and get the same text every time:

    from bench.generate import big_program, small_program
    text = big_program(bindings=10_000, components=1_000)

`big_program` writes one large estimate: `bindings` named values that refer to
each other (short chains and random earlier references, in several dimensions:
rates, sizes, bandwidth, times, counts, money), `components` components wired
into ONE flow (a spine chain with fan-out and cache-miss edges in groups of
ten), bindings that read component figures such as `c17.instances`, and a few
asserts that must pass.  Half of the bindings come before the components and
half after, so the evaluator has to follow dependencies rather than line order.

`small_program` writes a ~20-line estimate (two components, a flow, asserts),
varied by its index, for the many-files benchmark.

`uncertain_program` writes an estimate in which a good share of the guesses
are ranges and distributions (issue 5's benchmark: 1,000 bindings and 100
components through 10,000 Monte Carlo samples); with `ranges=False` it writes
the same file with every range replaced by one number, for comparison.
"""
from __future__ import annotations

import os
import random

__all__ = ["big_program", "line_count", "small_program", "uncertain_program", "write_small_files"]

# Values that stay readable when combined: the generator never multiplies long
# chains of fractions together, so magnitudes (and exact denominators) stay small.
_RATES = ["50 req/s", "120 req/s", "300 req/s", "1k req/s", "2.5k req/s", "10k req/s", "40k req/min"]
_SIZES = ["200 bytes", "500 bytes", "2 KB", "8 KiB", "64 KB", "1 MB"]
_TIMES = ["1 ms", "2 ms", "5 ms", "10 ms", "25 ms", "500 us", "0.1 s"]
_USERS = ["1M users", "10M users", "50M users", "200k users"]
_SEGMENT = 20   # a chain of "previous binding" references restarts this often


class _Names:
    """Bindings generated so far, by kind, and whether they are 'pure' (do
    not depend on any component figure, so components may use them)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.by_kind: dict[str, list[str]] = {}
        self.pure_by_kind: dict[str, list[str]] = {}
        self.last: dict[str, str] = {}      # the latest binding of each kind in this segment

    def add(self, name: str, kind: str, pure: bool) -> None:
        self.by_kind.setdefault(kind, []).append(name)
        if pure:
            self.pure_by_kind.setdefault(kind, []).append(name)
        self.last[kind] = name

    def pick(self, kind: str, pure: bool = False) -> str | None:
        pool = (self.pure_by_kind if pure else self.by_kind).get(kind)
        return self.rng.choice(pool) if pool else None

    def prev(self, kind: str, pure: bool = False) -> str | None:
        """The previous binding of this kind (a chain), else a random one."""
        name = self.last.get(kind)
        if name is not None and (not pure or name in self.pure_by_kind.get(kind, ())) \
                and self.rng.random() < 0.7:
            return name
        return self.pick(kind, pure)


def _binding(i: int, names: _Names, rng: random.Random, components: int, allow_figures: bool) -> str:
    """One `vI = ...` line; registers the new name."""
    name = f"v{i}"
    if i % _SEGMENT == 0:
        names.last.clear()            # start a new chain
    # Which kinds can be derived depends on what exists already.
    choices = ["rate", "rate", "rate", "size", "time", "users", "bw", "count", "money"]
    if allow_figures and components:
        choices += ["figure_count", "figure_money", "figure_bw", "figure_util"]
    kind = rng.choice(choices)

    def lit(pool):
        return rng.choice(pool)

    pure = True
    if kind == "rate":
        p, q = names.prev("rate"), names.pick("rate")
        if p is None or rng.random() < 0.15:
            u = names.pick("users")
            if u is not None and rng.random() < 0.3:
                expr = f"{u} * {rng.choice([5, 20, 40])} per day -> req/s"
                pure = u in names.pure_by_kind.get("users", ())
            else:
                expr = lit(_RATES)
        else:
            r = rng.random()
            if r < 0.2:
                expr = f"{p} + {q}"
            elif r < 0.4:
                expr = f"{p} * {rng.choice([2, 3, 4])}"
            elif r < 0.7:
                expr = f"{p} * {rng.choice(['10%', '20%', '50%'])}"
            else:
                expr = f"{rng.choice(['max', 'min'])}({p}, {q})"
            pure = all(x in names.pure_by_kind.get("rate", ()) for x in (p, q))
    elif kind == "size":
        p = names.prev("size")
        if p is None or rng.random() < 0.4:
            expr = lit(_SIZES)
        else:
            expr = f"{p} * {rng.choice([2, 3, 10])} -> KB"
            pure = p in names.pure_by_kind.get("size", ())
    elif kind == "time":
        p = names.prev("time", pure=True)
        if p is None or rng.random() < 0.5:
            expr = lit(_TIMES)
        else:
            expr = f"{p} + {lit(_TIMES)}"
    elif kind == "users":
        expr = lit(_USERS)
    elif kind == "bw":
        r, s = names.pick("rate"), names.pick("size")
        if r is None or s is None:
            kind, expr = "size", lit(_SIZES)
        else:
            expr = f"{r} * {s} -> {rng.choice(['MB/s', 'Mbps', 'Gbps'])}"
            pure = r in names.pure_by_kind.get("rate", ()) and s in names.pure_by_kind.get("size", ())
    elif kind == "count":
        r = names.pick("rate")
        if r is None:
            expr = str(rng.choice([3, 8, 12]))
        else:
            expr = f"ceil({r} / ({rng.choice(['1k', '5k', '20k'])} req/s))"
            pure = r in names.pure_by_kind.get("rate", ())
    elif kind == "money":
        c = names.pick("count")
        if c is None:
            expr = "1200 USD/month"
        else:
            expr = f"{c} * {rng.choice(['0.10', '0.17', '0.50'])} USD/hour -> USD/month"
            pure = c in names.pure_by_kind.get("count", ())
    elif kind == "figure_count":
        expr = f"c{rng.randrange(components)}.instances + {rng.choice([0, 1, 2])}"
        kind, pure = "count", False
    elif kind == "figure_money":
        c, d = rng.randrange(components), rng.randrange(components)
        expr = f"(c{c}.instances + c{d}.needed) * 0.10 USD/hour -> USD/month"
        kind, pure = "money", False
    elif kind == "figure_bw":
        s = names.pick("size")
        if s is None:
            s = lit(_SIZES)
        expr = f"c{rng.randrange(components)}.load * {s} -> MB/s"
        kind, pure = "bw", False
    else:  # figure_util
        c = rng.randrange(components)
        expr = f"c{c}.utilization * c{c}.capacity -> req/s"
        kind, pure = "rate", False
    names.add(name, kind, pure)
    return f"{name} = {expr}"


def _component(k: int, names: _Names, rng: random.Random) -> list[str]:
    """`component cK { ... }`, using only 'pure' bindings (no cycles)."""
    lines = [f"component c{k} {{"]
    if k == 0:
        lines.append("  load = root_load")
    variant = k % 4
    if variant in (0, 1):
        t = names.pick("time", pure=True) if variant == 1 else None
        lines.append(f"  service_time = {t or rng.choice(_TIMES[:5])}")
        lines.append(f"  workers = {rng.choice([4, 8, 16])}")
    elif variant == 2:
        lines.append(f"  capacity = {rng.choice(['2k', '5k', '20k', '100k'])} req/s")
    else:
        lines.append(f"  capacity = {rng.choice(['10k', '50k'])} qps")
        lines.append(f"  memory = {rng.choice(['32 GiB', '64 GiB'])}")
        lines.append(f"  working_set = {rng.choice(['100', '500', '2000'])} GB")
    if k % 7 == 0:
        lines.append("  max_utilization = 60%")
    if k % 11 == 0:
        lines.append("  redundancy = 2")
    lines.append("}")
    return lines


def _flow(components: int) -> list[str]:
    """One flow: a spine c0 -> c10 -> c20 -> ..., and in each group of ten a
    short chain, fan-out (`* 3`, `* 2`) and cache-miss edges (`* 20%`)."""
    edges = []
    n = components

    def edge(line_parts):
        # keep only edges whose components exist
        if all(int(p.split()[0][1:]) < n for p in line_parts):
            edges.append("  " + " -> ".join(line_parts))

    spine = [f"c{b}" for b in range(0, n, 10)]
    if len(spine) > 1:
        edges.append("  " + " -> ".join(spine))
    for b in range(0, n, 10):
        edge([f"c{b}", f"c{b + 1}", f"c{b + 2} * 50%", f"c{b + 3}"])
        edge([f"c{b + 1}", f"c{b + 4} * 3"])
        edge([f"c{b + 1}", f"c{b + 5} * 20%"])
        edge([f"c{b + 4}", f"c{b + 6}", f"c{b + 7} * 10%"])
        edge([f"c{b + 2}", f"c{b + 8} * 2"])
        edge([f"c{b}", f"c{b + 9}"])
    # Components a short last group left without an incoming edge: hang them
    # off c0 so nothing falls back to the assumed load.
    fed = {0}
    for e in edges:
        parts = [p.strip().split()[0] for p in e.split("->")]
        fed.update(int(p[1:]) for p in parts[1:])
    for k in range(n):
        if k not in fed:
            edges.append(f"  c0 -> c{k}")
    return ["flow {", *edges, "}"]


def big_program(bindings: int = 10_000, components: int = 1_000, seed: int = 1) -> str:
    """A valid bote program with `bindings` bindings (plus one `root_load`)
    and `components` components in one flow."""
    rng = random.Random(seed)
    names = _Names(rng)
    out = [
        f"# Generated by bench/generate.py: {bindings} bindings, {components} components in one flow.",
        "unit widget",
        "root_load = 20k req/s",
    ]
    names.add("root_load", "rate", True)
    first = bindings // 2
    for i in range(first):
        out.append(_binding(i, names, rng, components, allow_figures=False))
    for k in range(components):
        out.extend(_component(k, names, rng))
    if components:
        out.extend(_flow(components))
    for i in range(first, bindings):
        out.append(_binding(i, names, rng, components, allow_figures=True))
    # Asserts that hold by construction of the flow.
    if components:
        out.append("assert c0.load == root_load")
    for b in range(0, components, 100):
        if b + 4 < components:
            out.append(f"assert c{b + 4}.load == 3 * c{b + 1}.load")
        if b + 5 < components:
            out.append(f"assert c{b + 5}.load == 20% * c{b + 1}.load")
    return "\n".join(out) + "\n"


# ---- uncertain estimates (issue 5) ---------------------------------------------------

# (low, high, unit) of the ranges, and the single value used instead of each
# with ranges=False (the geometric midpoint, the median of the lognormal).
_RATE_RANGES = [(50, 200), (100, 500), (500, 2000), (1000, 5000), (2000, 10000), (5000, 20000)]
_SIZE_RANGES = [(200, 800, "bytes"), (1, 8, "KB"), (2, 16, "KiB"), (20, 200, "KB"), (100, 500, "KB")]
_TIME_RANGES = [(1, 4, "ms"), (2, 10, "ms"), (5, 20, "ms"), (10, 40, "ms"), (200, 800, "us")]


def _mid(low, high) -> str:
    return f"{(low * high) ** 0.5:.4g}"


class _Uncertain:
    """Writes a range, a named distribution, or (ranges=False) the one
    number it stands for."""

    def __init__(self, rng: random.Random, ranges: bool):
        self.rng, self.ranges = rng, ranges
        self.drawn = 0   # how many ranges and distributions were written

    def _out(self, ranged: str, single: str) -> str:
        if self.ranges:
            self.drawn += 1
            return ranged
        return single

    def rate(self) -> str:
        lo, hi = self.rng.choice(_RATE_RANGES)
        if self.rng.random() < 0.2:
            return self._out(f"lognormal({lo} req/s, {hi} req/s)", f"{_mid(lo, hi)} req/s")
        return self._out(f"{lo} to {hi} req/s", f"{_mid(lo, hi)} req/s")

    def size(self) -> str:
        lo, hi, unit = self.rng.choice(_SIZE_RANGES)
        if self.rng.random() < 0.3:
            mode = lo + (hi - lo) / 4
            return self._out(f"pert({lo} {unit}, {mode:g} {unit}, {hi} {unit})",
                             f"{(lo + 4 * mode + hi) / 6:.4g} {unit}")
        return self._out(f"({lo} to {hi}) {unit}", f"{_mid(lo, hi)} {unit}")

    def time(self) -> str:
        lo, hi, unit = self.rng.choice(_TIME_RANGES)
        r = self.rng.random()
        if r < 0.2:
            return self._out(f"uniform({lo} {unit}, {hi} {unit})", f"{(lo + hi) / 2:g} {unit}")
        if r < 0.35:
            mean = (lo + hi) / 2
            return self._out(f"normal({mean:g} {unit}, {(hi - lo) / 10:g} {unit})", f"{mean:g} {unit}")
        return self._out(f"{lo} {unit} to {hi} {unit}", f"{_mid(lo, hi)} {unit}")

    def share(self) -> str:
        if self.rng.random() < 0.5:
            return self._out("uniform(5%, 30%)", "17.5%")
        return self._out("pert(60%, 80%, 95%)", "79.2%")

    def count(self) -> str:
        return self._out("normal(100, 10)", "100")


def _uncertain_binding(i: int, names: _Names, rng: random.Random, u: _Uncertain, components: int,
                       allow_figures: bool) -> str:
    """One `vI = ...` line: about a third are ranges or distributions, the
    rest arithmetic over earlier values, queries (mean, p, prob) and, in the
    second half, component figures."""
    name = f"v{i}"
    if i % _SEGMENT == 0:
        names.last.clear()
    pure = True
    r = rng.random()
    figure = allow_figures and components and rng.random() < 0.2
    if figure:
        c = rng.randrange(components)
        pick = rng.randrange(5)
        if pick == 0:
            kind, expr = "count", f"c{c}.instances + {rng.choice([0, 1, 2])}"
        elif pick == 1:
            kind, expr = "rate", f"c{c}.utilization * c{c}.capacity -> req/s"
        elif pick == 2:
            s = names.pick("size") or "2 KB"
            kind, expr = "bw", f"c{c}.load * {s} -> MB/s"
        elif pick == 3:
            kind, expr = "share", f"prob(c{c}.utilization > 60%)"
        else:
            kind, expr = "money", f"c{c}.instances * 0.17 USD/hour -> USD/month"
        names.add(name, kind, False)
        return f"{name} = {expr}"
    if r < 0.34 or not names.by_kind:
        kind = rng.choice(["rate", "rate", "size", "time", "share", "count"])
        expr = getattr(u, kind)()
        names.add(name, kind, True)
        return f"{name} = {expr}"
    kind = rng.choice(["rate", "rate", "rate", "size", "time", "bw", "count", "money", "query"])

    def ok(*xs):
        return all(x in names.pure_by_kind.get(k, ()) for x, k in xs)

    p, q = names.prev("rate"), names.pick("rate")
    if kind == "rate" and p:
        share = names.pick("share")
        x = rng.random()
        if x < 0.25:
            expr, pure = f"{p} + {q}", ok((p, "rate"), (q, "rate"))
        elif x < 0.45:
            expr, pure = f"{p} * {rng.choice([2, 3, 4])}", ok((p, "rate"))
        elif x < 0.7 and share:
            expr, pure = f"{p} * {share}", ok((p, "rate"), (share, "share"))
        elif x < 0.85:
            expr, pure = f"{rng.choice(['max', 'min'])}({p}, {q})", ok((p, "rate"), (q, "rate"))
        else:
            expr, pure = f"{p} * (1 - {share or '10%'})", ok((p, "rate")) and (share is None or ok((share, "share")))
    elif kind == "size" and names.pick("size"):
        s = names.prev("size")
        expr, pure = f"{s} * {rng.choice([2, 3, 10])} -> KB", ok((s, "size"))
    elif kind == "time" and names.pick("time", pure=True):
        t = names.prev("time", pure=True)
        expr = f"{t} + {names.pick('time', pure=True)}"
    elif kind == "bw" and p and names.pick("size"):
        s = names.pick("size")
        expr, pure = f"{p} * {s} -> {rng.choice(['MB/s', 'Mbps', 'Gbps'])}", ok((p, "rate"), (s, "size"))
    elif kind == "count" and p:
        expr, pure = f"ceil({p} / ({rng.choice(['1k', '5k', '20k'])} req/s))", ok((p, "rate"))
    elif kind == "money" and names.pick("count"):
        c = names.pick("count")
        expr, pure = f"{c} * {rng.choice(['0.10', '0.17', '0.50'])} USD/hour -> USD/month", ok((c, "count"))
    elif kind == "query" and p:
        x = rng.random()
        if x < 0.4:
            kind, expr = "rate", f"p({p}, {rng.choice(['50%', '90%', '95%', '99%'])})"
        elif x < 0.7:
            kind, expr = "rate", f"mean({p})"
        else:
            kind, expr = "share", f"prob({p} > {rng.choice(['500', '2k', '10k'])} req/s)"
        pure = ok((p, "rate"))
    else:
        kind = "rate"
        expr = u.rate()
    names.add(name, kind, pure)
    return f"{name} = {expr}"


def _uncertain_component(k: int, names: _Names, rng: random.Random, u: _Uncertain) -> list[str]:
    lines = [f"component c{k} {{"]
    if k == 0:
        lines.append("  load = root_load")
    variant = k % 4
    if variant == 0:
        t = names.pick("time", pure=True)
        lines.append(f"  service_time = {t or u.time()}")
        lines.append(f"  workers = {rng.choice([4, 8, 16])}")
    elif variant == 1:
        lines.append(f"  service_time = {u.time()}")
        lines.append(f"  workers = {rng.choice([8, 16])}")
        if k % 10 == 1:
            lines.append("  latency_target = 500 ms")
    elif variant == 2:
        lo, hi = rng.choice([(2, 5), (5, 20), (20, 100)])
        lines.append(f"  capacity = {u._out(f'({lo} to {hi}) * 1k req/s', f'{_mid(lo, hi)}k req/s')}")
    else:
        lines.append(f"  capacity = {rng.choice(['10k', '50k'])} req/s")
        lines.append("  memory = 64 GiB")
        lines.append(f"  working_set = {u._out('100 GB to 500 GB', '224 GB')}")
    if k % 7 == 0:
        lines.append("  size_at = 90%")
    if k % 11 == 0:
        lines.append("  redundancy = 2")
    lines.append("}")
    return lines


def uncertain_program(bindings: int = 1_000, components: int = 100, seed: int = 5, ranges: bool = True) -> str:
    """A valid bote program with `bindings` bindings (plus `root_load`) and
    `components` components in one flow, about a third of the bindings and
    of the component properties given as ranges or distributions (`a to b`,
    normal, lognormal, uniform, pert), the rest arithmetic and queries over
    them; some fan-out and cache-miss edges of the flow are ranges too.
    `ranges=False` writes the same file with each range replaced by its
    median (or mean), so the two can be timed side by side."""
    rng = random.Random(seed)
    names = _Names(rng)
    u = _Uncertain(random.Random(seed + 1), ranges)
    out = [
        f"# Generated by bench/generate.py: {bindings} bindings, {components} components in one flow, "
        + ("ranges and distributions." if ranges else "no ranges."),
        f"root_load = {u._out('10k to 50k req/s', '22.4k req/s')}",
    ]
    names.add("root_load", "rate", True)
    first = bindings // 2
    for i in range(first):
        out.append(_uncertain_binding(i, names, rng, u, components, allow_figures=False))
    for k in range(components):
        out.extend(_uncertain_component(k, names, rng, u))
    if components:
        flow = _flow(components)
        # The fan-out and cache-miss factors are guesses too.
        swap = {" * 3": u._out(" * (2 to 4)", " * 3"), " * 20%": u._out(" * (10% to 30%)", " * 20%")}
        for i, line in enumerate(flow):
            for a, b in swap.items():
                if line.endswith(a) and rng.random() < 0.5:
                    flow[i] = line[: -len(a)] + b
        out.extend(flow)
    for i in range(first, bindings):
        out.append(_uncertain_binding(i, names, rng, u, components, allow_figures=True))
    if components:
        out.append("assert prob(c0.utilization > 100%) < 50%")
        out.append("assert p(c0.load, 50%) > 1 req/s")
    return "\n".join(out) + "\n"


def small_program(index: int) -> str:
    """A ~20-line estimate, varied by `index` (valid bote)."""
    rng = random.Random(index)
    users = rng.choice(["1M", "5M", "20M", "80M"])
    per_user = rng.choice([10, 20, 50])
    size = rng.choice(["200 bytes", "2 KB", "8 KiB"])
    st = rng.choice(["5 ms", "10 ms", "20 ms"])
    workers = rng.choice([4, 8])
    hit = rng.choice(["10%", "20%", "30%"])
    return f"""\
# Generated small estimate #{index}: an API with a database behind a cache.
unit visit

dau = {users} users
visit_rate = dau * {per_user} visits per day -> visit/s
peak = visit_rate * 2 -> req/s
payload = {size}
egress = peak * payload -> Mbps

component api{index} {{
  load = peak
  service_time = {st}
  workers = {workers}
}}
component db{index} {{
  capacity = 5k req/s
}}
flow {{
  api{index} -> db{index} * {hit}
}}
cost = api{index}.instances * 0.10 USD/hour -> USD/month
assert db{index}.load == {hit} * api{index}.load
"""


def design_doc(blocks: int = 10_000, seed: int = 3) -> str:
    """A Markdown design doc with `blocks` ```bote blocks, each after a line
    of prose: bindings that build on earlier blocks' (rates, sizes,
    bandwidth), and every 20th block a component fed by them (valid bote;
    `bote render` gives every block a values table and the doc a summary)."""
    rng = random.Random(seed)
    out = [f"# A design doc with {blocks:,} blocks", ""]
    for i in range(blocks):
        out += [f"Step {i}: what the estimate assumes here.", "", "```bote"]
        if i == 0:
            out += ["rate0 = 1k req/s", "size0 = 2 KB"]
        elif i % 20 == 0:
            out += [f"component c{i} {{", f"  load = rate{i - 1}", f"  capacity = {rng.choice([200, 500, 1000])} req/s",
                    "}", f"rate{i} = rate{i - 1}", f"size{i} = size{i - 1}"]
        else:
            back = rng.randint(max(0, i - 20), i - 1)
            # Bounded however long the chain: every rate stays within 500 req/s to 20k req/s,
            # with small denominators (halving stops at the floor).
            form = rng.choice(["min(rate{b} * 2, 20k req/s)", "max(rate{b} * 50%, 500 req/s)",
                               "min(rate{b} + 250 req/s, 20k req/s)", "max(rate{b} - 100 req/s, 500 req/s)"])
            out += [f"rate{i} = {form.format(b=back)}",
                    f"size{i} = size{i - 1} + {rng.choice([1, 2, 5])} bytes -> KB"]
        out += ["```", ""]
    return "\n".join(out)


def write_small_files(folder: str, count: int = 200) -> list[str]:
    """Write `count` small programs into `folder`; return their paths."""
    paths = []
    for i in range(count):
        path = os.path.join(folder, f"small-{i:03d}.bote")
        with open(path, "w", encoding="utf-8") as f:
            f.write(small_program(i))
        paths.append(path)
    return paths


def line_count(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") or not text else 1)
