"""What the fuzzer feeds bote: Hypothesis strategies for programs.

Three families:
- `grammar_programs()`: strings of `grammar/bote.lark`, drawn by
  `hypothesis.extra.lark.from_lark` with realistic tokens for the regex
  terminals (real unit, property, function and component names; numbers from
  `0` to `1e308`, with suffixes) and a space after every token, since Lark's
  `%ignore` whitespace is only drawn now and then and `componentapi` is one name.
- `mutated_programs()`: the project's own examples (examples/, the ```bote
  blocks of docs/ and README.md, the error corpus) with a few edits each:
  lines deleted, duplicated or swapped, tokens inserted, replaced or deleted
  (`^ 99999`, `to`, `->`, `(`, `per`, unit names, `1e308`, NUL, CR, tabs...),
  and edits that keep the syntax: a number or a unit replaced (`1e308`,
  `1e-300`, forty nines), `^ N` or `to N` added after one.
- `markdown_docs()`: either family wrapped in ```bote fences of a Markdown
  design doc (lists, quotes, two blocks, an unclosed fence, bote's own
  markers), then edited the same way.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
GRAMMAR = ROOT / "grammar" / "bote.lark"

UNITS = ["s", "ms", "us", "ns", "min", "h", "hour", "day", "days", "week", "month", "year", "byte", "bytes",
         "bit", "KB", "kB", "MB", "GB", "TB", "PB", "EB", "KiB", "MiB", "GiB", "TiB", "Gb", "Mbps", "Gbps", "bps",
         "qps", "rps", "tps", "Hz", "req", "request", "requests", "query", "op", "ops", "user", "users", "event",
         "msg", "messages", "percent", "USD", "EUR", "item", "gb"]
PROPERTIES = ["load", "service_time", "workers", "capacity", "max_utilization", "redundancy", "instances",
              "memory", "working_set", "storage", "data", "scaling", "latency_target", "latency_percentile",
              "max_connections", "connections", "hit_rate", "cold_hit_rate", "clients", "poll_interval", "jitter",
              "data_growth", "size_at", "storage_horizon", "kind", "count", "rate", "peak_factor", "burst",
              "drain_within", "message_size", "rate_limit", "latency", "batch", "batch_timeout", "write_share",
              "hot_key_share", "lock_time", "retention", "max_fill", "replication", "error_rate", "timeout",
              "retries", "backoff", "max_error_rate"]
KIND_VALUES = ["service", "clients", "queue", "third_party", "cache", "database", "horizontal", "single", "none",
               "exponential"]
BINDINGS = ["x", "y", "z", "n", "traffic", "reads", "writes", "peak", "size", "daily", "growth", "max_error_rate"]
COMPONENTS = ["api", "db", "cache", "web", "queue", "workers_pool"]
FIGURES = ["load", "needed", "instances", "utilization", "capacity", "memory", "storage", "latency", "x", "bogus",
           "offered_load", "failure_share", "timed_out", "rate_limited"]
FUNCTIONS = ["ceil", "floor", "round", "sqrt", "abs", "ln", "log2", "log10", "exp", "min", "max", "normal",
             "lognormal", "uniform", "pert", "mean", "p", "prob", "nope"]
NUMBERS = ["0", "1", "2", "3", "10", "64", "65", "100", "120", "0.5", ".5", "1.25", "1_000", "150_000", "99999",
           "1e3", "2.5e6", "1e-3", "10k", "5M", "2B", "3T", "5K", "20%", "99.99%", "100%", "0%", "1e0", "7E+2"]
#: Magnitudes near what a float holds, and long exact fractions (`1e308`
#: and `1e-308` are refused as literals, so they come with the mutations).
EXTREME_NUMBERS = ["1e300", "1e-300", "1e299", "1e-299", "1e200", "1e-200", "12345678901234567890",
                   "0.000000001", "9" * 40, "0." + "0" * 40 + "1"]
POWERS = ["2", "3", "-1", "0", "0.5", "64", "65", "-64", "100", "120", "1000", "99999", "1e300", "1e308", "-99999"]
SYMBOLS = ["$", "%", "€", "£", "µs", "μs"]

#: Edits a mutation may insert or put in place of a token.
INSERTIONS = ["^ 99999", "^ 1e308", "^ 64", "^ -65", "^ 0.5", "^", "**", " to ", "->", "(", ")", " per ", "{", "}",
              ",", "*", "/", "-", "+", "==", "<", " within ", " and ", " not ", " or ", "=", "1e308", "1e-308",
              "1e300", "0", "-1", "99999999999999999999", "150,000", "10kB", "2B", "1.2.3", "\0", "\r", "\r\n",
              "\n", "\t", "\f", "\v", "\\\n", "\u2028", "\x85", "\u00a0", "\ufeff", "\u200b", "#", "# => 5 GB",
              "# => ", "%", "$", "µs", "é", "🙂", "unit ", "unit month = 30 days\n", "component ", "flow ",
              "assert ", "kind = queue", "workers = 1e6", "instances = 3", "x", "api.load", "api.", ".", "lognormal(",
              "normal(", "pert(", "uniform(", "p(", "prob(", "mean(", "sqrt(", "exp(", "ln(", "ceil(", "min(",
              "10k to 50k", " 1 to 1e300 "] + UNITS[:20]

#: Extra edits for Markdown docs: fences, containers and bote's own markers.
MARKDOWN_INSERTIONS = ["```", "```bote\n", "~~~", "~~~bote\n", "````", "\n```\n", "> ", "- ", "  ", "1. ",
                       "<!-- bote:begin -->", "<!-- bote:end -->", "<!-- bote:summary -->",
                       "<!-- bote:begin summary -->", "<!--", "-->", "<div>", "    ", "\n\n"]


def _token(values) -> st.SearchStrategy[str]:
    return st.sampled_from(values)


def _spaced(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A token and a space after it (bote needs some between names; more,
    and tabs, come from the grammar's own `%ignore`)."""
    return strategy.map(lambda token: token + " ")


#: After this many rules expanded in one draw, each rule takes its shortest
#: alternative: an expression grammar drawn at random otherwise grows without
#: bound (thirteen levels from `expr` to `atom`, most of them recursive half
#: the time) and most draws would overrun Hypothesis' buffer.
MAX_EXPANSIONS = 30


def _bounded_lark_strategy():
    from hypothesis.extra.lark import LarkStrategy

    class BoundedLarkStrategy(LarkStrategy):
        """`from_lark`'s strategy with a size bound: only `draw_symbol` is
        changed, the rest is Hypothesis' own."""

        expanded = 0

        def __init__(self, *args):
            super().__init__(*args)
            # Each level of the expression grammar is a recursive alternative
            # (`or`, `and`, `not`, `within`, `==`, `to`, `+`, ...) beside the
            # one that passes through to the next level: drawn evenly, nearly
            # every expression is a chain of `or`s and `within`s. Passing
            # through is made three times as likely, so most expressions are
            # arithmetic with units, like the programs people write.
            self.shortest = {}
            for name, choices in self.nonterminal_strategies.items():
                options = list(choices.elements)
                self.shortest[name] = options[0]
                self.nonterminal_strategies[name] = st.sampled_from(
                    [o for o in options if len(o) == 1] * 2 + options)

        def do_draw(self, data):
            self.expanded = 0
            return super().do_draw(data)

        def draw_symbol(self, data, symbol, draw_state):
            if symbol.is_term or self.expanded < MAX_EXPANSIONS:
                self.expanded += not symbol.is_term
                return super().draw_symbol(data, symbol, draw_state)
            # Over the budget: the shortest alternative, with nothing drawn.
            for e in self.shortest[symbol.name]:
                self.draw_symbol(data, e, draw_state)

    return BoundedLarkStrategy


#: The statements of a file, as rules of the grammar.
STATEMENTS = ["binding", "binding", "binding", "component", "component", "flow", "assert_stmt", "unit_alias",
              "unit_labels"]


@cache
def _grammar_strategies() -> tuple[st.SearchStrategy[str], dict[str, st.SearchStrategy[str]]]:
    from hypothesis.extra.lark import get_terminal_names
    from lark import Lark

    grammar = Lark(GRAMMAR.read_text(encoding="utf-8"), parser="lalr", lexer="basic")
    terminals, _, _ = grammar.grammar.compile(["start"], ())
    explicit = {t.name: _spaced(st.just(t.pattern.value)) for t in terminals
                if t.pattern.type == "str"}
    explicit.update({
        "NUMBER": _spaced(st.one_of(_token(NUMBERS), _token(NUMBERS), _token(NUMBERS), _token(EXTREME_NUMBERS))),
        # Mostly units and a few binding names, so that many programs get
        # past name resolution to the arithmetic and the sizing.
        "NAME": _spaced(st.one_of(_token(UNITS), _token(UNITS), _token(BINDINGS[:3]), _token(BINDINGS[:3]),
                                  _token(BINDINGS + COMPONENTS + PROPERTIES + KIND_VALUES))),
        "CALL": _spaced(_token(FUNCTIONS).map(lambda f: f + "(")),
        "DOTTED": _spaced(st.tuples(_token(COMPONENTS + BINDINGS), _token(FIGURES)).map(".".join)),
        "SYMBOL": _spaced(_token(SYMBOLS)),
        "POW": _spaced(_token(["^", "**"])),
        "COMPARE": _spaced(_token(["<=", ">=", "==", "!=", "<", ">"])),
        # A comment ends its line: drawn between tokens it would swallow the
        # rest of the statement, so comments come with the newlines instead.
        "COMMENT": st.just(" "),
        "_NL": _NEWLINE,
        "__IGNORE_1": _token([" ", "\t"]),
        "__IGNORE_2": _token([" ", " ", " ", "\\\n"]),  # a line continuation, now and then
    })
    strategy = _bounded_lark_strategy()

    def of(rule: str) -> st.SearchStrategy[str]:
        # Hypothesis refuses strategies for terminals the rule cannot reach.
        reached = get_terminal_names(*grammar.grammar.compile([rule], ()))
        return strategy(grammar, rule, {k: v for k, v in explicit.items() if k in reached},
                        st.characters(codec="utf-8"))

    return of("start"), {rule: of(rule) for rule in sorted(set(STATEMENTS))}


_NEWLINE = st.sampled_from(["\n", "\n", "\n", "\n\n", "\r\n", "  # a note\n", "  # => 5 GB\n", "# => \n"])


def grammar_programs() -> st.SearchStrategy[str]:
    """Programs of bote's grammar (mostly valid syntax, often invalid meaning):
    one to five statements, each drawn from its rule, or now and then a
    whole file drawn from the `start` rule."""
    whole, by_rule = _grammar_strategies()
    statement = st.sampled_from(STATEMENTS).flatmap(lambda rule: by_rule[rule])
    lines = st.lists(st.tuples(statement, _NEWLINE).map("".join), min_size=1, max_size=5).map("".join)
    return st.one_of(lines, lines, lines, whole)


# ---- mutations of the project's own examples ------------------------------------------

_FENCE = re.compile(r"^([ \t>]*)```bote[^\n]*\n(.*?)^\1```", re.MULTILINE | re.DOTALL)


@cache
def seed_programs() -> tuple[str, ...]:
    """Every .bote example and ```bote block of the project, sorted by path."""
    found = []
    for path in sorted((ROOT / "examples").glob("*.bote")):
        found.append(path.read_text(encoding="utf-8"))
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md")), *sorted((ROOT / "examples").glob("*.md"))]:
        found.extend(m.group(2) for m in _FENCE.finditer(path.read_text(encoding="utf-8")))
    return tuple(text for text in dict.fromkeys(found) if text.strip())


@cache
def seed_lines() -> tuple[str, ...]:
    """The examples' bindings one at a time (`x = 10k req/s`): a small
    program that an edit turns into a bomb is the quickest to reach."""
    found = (line.strip() + "\n" for text in seed_programs() for line in text.splitlines())
    return tuple(dict.fromkeys(line for line in found if re.match(r"[A-Za-z_]\w* = ", line)))


@cache
def seed_errors() -> tuple[str, ...]:
    """The error corpus: one invalid program each."""
    # A few of its files are not UTF-8, on purpose.
    return tuple(p.read_bytes().decode("utf-8", "replace") for p in sorted((ROOT / "tests" / "errors").rglob("*.bote")))


@cache
def seed_docs() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.md")))


_TOKENS = re.compile(r"\s+|[A-Za-z_][A-Za-z0-9_.]*\(?|\d[\d_.]*(?:[eE][+-]?\d+)?[kKMBT%]?|\S")


def _boundaries(text: str) -> list[int]:
    return sorted({0, len(text), *(m.start() for m in _TOKENS.finditer(text))})


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True) or [""]


_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])(?:\d[\d_]*(?:\.\d[\d_]*)?|\.\d+)(?:[eE][+-]?\d+|%|[kKMBT](?![A-Za-z0-9_]))?")
_UNIT = re.compile(r"(?<![A-Za-z0-9_.])(?:" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
                   + r")(?![A-Za-z0-9_.(])")


def _semantic(text: str, op: str, i: int, k: int) -> str | None:
    """Edits that keep the syntax (most of the time), so the program reaches
    the arithmetic with an extreme value: a number replaced, a unit replaced,
    a power or a range added. None when the text has no such token."""
    found = list((_UNIT if op == "unit" else _NUMBER).finditer(text)) if op != "power" else \
        sorted([*_NUMBER.finditer(text), *_UNIT.finditer(text)], key=lambda m: m.start())
    if not found:
        return None
    m = found[i % len(found)]
    numbers = NUMBERS + EXTREME_NUMBERS + ["1e308", "1e-308", "1e301"]
    if op == "number":
        new = numbers[k % len(numbers)]
    elif op == "unit":
        new = UNITS[k % len(UNITS)]
    elif op == "power":
        new = f"{m.group()} ^ {POWERS[k % len(POWERS)]}"
    else:  # range
        new = f"{m.group()} to {numbers[k % len(numbers)]}"
    return text[:m.start()] + new + text[m.end():]


def _edit(text: str, edit: tuple, insertions: list[str]) -> str:
    """Apply one edit; indexes are taken modulo the text's size so that every
    drawn edit applies (and Hypothesis shrinks them towards the start)."""
    op, i, j, k = edit
    if op in ("delete-line", "duplicate-line", "swap-lines"):
        lines = _lines(text)
        a, b = i % len(lines), j % len(lines)
        if op == "delete-line":
            del lines[a]
        elif op == "duplicate-line":
            lines.insert(a, lines[a] if lines[a].endswith("\n") else lines[a] + "\n")
        else:
            lines[a], lines[b] = lines[b], lines[a]
        return "".join(lines)
    if op in ("number", "unit", "power", "range"):
        edited = _semantic(text, op, i, k)
        if edited is not None:
            return edited
        op = "insert"
    cuts = _boundaries(text)
    at = cuts[i % len(cuts)]
    after = min([c for c in cuts if c > at] or [len(text)])
    token = insertions[k % len(insertions)]
    if op == "insert":
        return text[:at] + token + text[at:]
    if op == "replace":
        return text[:at] + token + text[after:]
    if op == "delete":
        return text[:at] + text[after:]
    if op == "truncate":
        return text[:at]
    if op == "char":
        return text[:at] + chr(k % 0x110000 if not 0xD800 <= k % 0x110000 < 0xE000 else 0xFFFD) + text[at:]
    raise AssertionError(op)


_OPS = ["insert", "insert", "insert", "replace", "replace", "delete", "delete-line", "duplicate-line", "swap-lines",
        "truncate", "char", "number", "number", "unit", "power", "power", "range"]
_EDIT = st.tuples(st.sampled_from(_OPS), st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6))


def _mutated(base: st.SearchStrategy[str], insertions: list[str], most: int = 6) -> st.SearchStrategy[str]:
    @st.composite
    def edited(draw):
        text = draw(base)
        for edit in draw(st.lists(_EDIT, min_size=1, max_size=most)):
            text = _edit(text, edit, insertions)
        return text
    return edited()


def mutated_programs() -> st.SearchStrategy[str]:
    """The project's examples (half the time), one of their bindings alone
    or a case of the error corpus, each with one to six edits."""
    valid = st.sampled_from(seed_programs())
    return _mutated(st.one_of(valid, valid, st.sampled_from(seed_lines()), st.sampled_from(seed_errors())),
                    INSERTIONS)


# ---- Markdown docs --------------------------------------------------------------------

def _indented(program: str, prefix: str) -> str:
    return "".join(prefix + line for line in _lines(program))


_DOC_SHAPES = [
    lambda p, q: f"# Design\n\nSome prose.\n\n```bote\n{p}\n```\n",
    lambda p, q: f"```bote\n{p}\n```\n\nBetween.\n\n```bote\n{q}\n```\n",
    lambda p, q: f"- a list item\n\n  ```bote\n{_indented(p, '  ')}\n  ```\n",
    lambda p, q: f"> quoted\n>\n> ```bote\n{_indented(p, '> ')}\n> ```\n",
    lambda p, q: f"~~~bote\n{p}\n~~~\n",
    lambda p, q: f"Prose.\n\n```bote\n{p}",  # a fence never closed, no final newline
    lambda p, q: f"```bote\n{p}\n```\n\n<!-- bote:begin -->\nold\n<!-- bote:end -->\n\n<!-- bote:summary -->\n",
    lambda p, q: f"````\n```bote\n{q}\n```\n````\n\n```bote\n{p}\n```\n",
]


def markdown_docs() -> st.SearchStrategy[str]:
    """Design docs with ```bote blocks: example or grammar programs in one
    of a few Markdown shapes (or the example docs), then zero to four edits."""
    program = st.one_of(st.sampled_from(seed_programs()), grammar_programs())

    @st.composite
    def doc(draw):
        if draw(st.integers(0, 9)) == 0:
            return draw(st.sampled_from(seed_docs()))
        shape = draw(st.sampled_from(_DOC_SHAPES))
        return shape(draw(program).rstrip("\n"), draw(program).rstrip("\n"))

    return _mutated(doc(), INSERTIONS + MARKDOWN_INSERTIONS, most=4)


STRATEGIES = {"grammar": grammar_programs, "mutated": mutated_programs, "markdown": markdown_docs}
#: The file name each family is checked under (it decides .bote or Markdown).
FILE_NAMES = {"grammar": "fuzz.bote", "mutated": "fuzz.bote", "markdown": "fuzz.md"}
