"""bote's LALR parser without Lark: the parse table Lark computes for
`grammar/bote.lark`, stored as data in the module `lalr_table.py` (read
from its cached bytecode like any module, without `json`: a tenth of what
that import and parse cost), and a small driver that runs it.

Lark stays the parser generator and the grammar file the reference:
`python -m bote.language.lalr_gen` writes the table (the states, each rule's
callback and which children it keeps, the lexer's terminals) from Lark's own
analysis, with the sha256 of the grammar it came from.  At run time the table
is used only when that hash matches the grammar bote reads; otherwise
(`load` returns None) bote parses with Lark as before, only slower to start.

The driver is Lark's LALR loop (`lark.parsers.lalr_parser`) with Lark's tree
building for a transformer run inside the parser
(`lark.parse_tree_builder`: tokens the grammar filters out are dropped, the
children of `_rules` spliced into their parent, a `?rule` with one child
replaced by the child, each other rule handed to the builder's method of
its name or alias).  tests/test_lalr.py checks that it builds the same
statements as Lark on every example, doc block and fuzzed program.  It
never reports a syntax error itself: on an unexpected token it raises
`Unexpected` (and its lexer, on anything unusual, `lexing.Bail`), and the
caller parses again with Lark, whose exceptions `syntax_errors` explains.
"""
from __future__ import annotations

import importlib
from operator import itemgetter
from typing import NamedTuple

from bote.digests import sha256_hex
from bote.errors import Span

#: The generated module that holds the table (`TABLE`).
TABLE_MODULE = "bote.language.lalr_table"

#: Bump when the table's layout changes (the generator and this reader together).
FORMAT = 3


class Token(NamedTuple):
    """A token the tree keeps (a name, a number, a parenthesis): its text and
    where it is.  A plain pair, made for every such token of a file (sixty
    thousand for a big one): `lexing.TableLexer` makes it with
    `tuple.__new__`, and `lark_parser` turns Lark's tokens into these."""

    text: str
    span: Span


class Unexpected(Exception):
    """A token or character the table has no action for: a syntax error, which Lark reports."""


def _splice(children: list) -> list:
    """The value of an inlined rule (`_statement`, Lark's `__x_star_n`): its
    children, which its parent splices into its own.  A plain list: every
    parent of an inlined rule splices it (Lark's child filter expands each
    `_rule` it meets), so a list never needs telling from a value, and the
    list the driver made for the reduction serves as it is."""
    return children


class Table:
    """The parse table and the lexer's rules, read from `lalr_table.py`."""

    def __init__(self, data: dict) -> None:
        self.states: list[dict[str, int]] = data["states"]
        self.start: int = data["start"]
        self.end: int = data["end"]
        self.rules: list[list] = data["rules"]
        self.master: str = data["lexer"]["master"]
        self.alternatives: list[tuple[str, str]] = [(name, regexp) for name, regexp in data["lexer"]["alternatives"]]
        self.keywords: dict[str, str] = data["lexer"]["keywords"]
        self.ignore: list[str] = data["lexer"]["ignore"]
        self.kept: list[str] = data["lexer"]["kept"]
        self.spaces: list[str] = data["lexer"]["spaces"]
        #: (state below, state on top, terminal) -> the top state after the
        #: one-child reductions that terminal makes there (see `parse`).
        self.climbs: dict[tuple[int, int, str], int] = {}


def grammar_hash(grammar: str) -> str:
    return sha256_hex(grammar)


def load(grammar: str) -> Table | None:
    """The table, when it was generated from `grammar` in this layout; else None."""
    try:
        data = importlib.import_module(TABLE_MODULE).TABLE
        if data.get("format") != FORMAT or data.get("grammar_sha256") != grammar_hash(grammar):
            return None
        return Table(data)
    except (ImportError, AttributeError, ValueError, KeyError, TypeError):
        return None


def callbacks(table: Table, builder) -> list[tuple[str, int, object | None]]:
    """Per rule: (the nonterminal it reduces to, its length, what builds its
    value).  What builds it is None for a `?rule` of one symbol, whose value
    is its child's: most reductions are those (every atom of an expression
    climbs the chain of precedence rules, `?sum` to `?atom`), and the driver
    then only changes the state."""
    made: list[tuple[str, int, object | None]] = []
    for origin, size, name, expand1, include in table.rules:
        if expand1 and include is None and size == 1:
            made.append((origin, size, None))
            continue
        method = getattr(builder, name, None)
        made.append((origin, size, _callback(method or _splice, expand1, include)))
    return made


def _callback(build, expand1: bool, include):
    if include is None and not expand1:
        return build
    if include is None:
        return lambda children: children[0] if len(children) == 1 else build(children)
    include = [(i, bool(expand)) for i, expand in include]
    if not any(expand for _, expand in include):
        # Only some children kept, none spliced: picked out in one step.
        if len(include) == 1:
            (only, _), = include
            if expand1:
                return lambda children: children[only]
            return lambda children: build([children[only]])
        if len(include) == 2:   # `name = expr`, `a * b`: the commonest
            (one, _), (two, _) = include
            return lambda children: build([children[one], children[two]])
        if include:
            pick = itemgetter(*(i for i, _ in include))
            return lambda children: build(list(pick(children)))

    if not include:
        return lambda children: build([])
    first, first_expanded = include[0]
    rest = include[1:]

    def callback(children):
        # A left-recursive list (`(statement _NL+)*` is `__star: __star statement`)
        # extends the list its first child already holds, as Lark's ChildFilterLALR
        # does: copying it at every item made a file of n statements cost n² / 2.
        # Each spliced list is built for one parent, so taking it over is safe.
        kept: list = children[first] if first_expanded else [children[first]]
        for i, expand in rest:
            if expand:
                kept += children[i]
            else:
                kept.append(children[i])
        if expand1 and len(kept) == 1:
            return kept[0]
        return build(kept)
    return callback


def _climb(states: list[dict[str, int]], rules: list, key: tuple[int, int, str]) -> int:
    """The top state after the one-child reductions (their builder None) the
    terminal makes, from `top` with `below` under it: the state whose action
    on the terminal is a shift, another reduction, or none (an error)."""
    below, top, terminal = key
    while True:
        action = states[top].get(terminal)
        if action is None or action >= 0:
            return top
        origin, _, build = rules[-1 - action]
        if build is not None:
            return top
        top = states[below][origin]


def parse(table: Table, rules: list, kinds: list[str], values: list, contextual: dict[str, str]):
    """Run the table over the tokens (`lexing.TableLexer`: each token's
    terminal, and its value); the start rule's value.  A kind of
    `contextual` (`batch?`, the lexer's kind for the word `batch`) is its
    keyword where the parser would shift that next, else a name; it is
    spelled apart from every grammar symbol, since a state's actions hold
    the rules' gotos too (the rule `batch`)."""
    # The hot loop of a parse: a hundred thousand shifts and as many
    # reductions for a big file.  The state on top is a local (`state`),
    # `below` the states under it, and a reduction of one child replaces the
    # top value in place.
    states = table.states
    actions = [actions.get for actions in states]
    climbs = table.climbs
    state = table.start
    below: list[int] = []
    stack: list = []   # the values, one for each state of `below` but the first

    def takes(terminal: str) -> bool:
        # the reductions the parser would make first, on a copy of the states (no node is built)
        path = [*below, state]
        while True:
            action = actions[path[-1]](terminal)
            if action is None:
                return False
            if action >= 0:
                return True
            origin, size, _ = rules[~action]
            if size:
                del path[-size:]
            goto = actions[path[-1]](origin)
            if goto is None:
                return False
            path.append(goto)
    for kind, value in zip(kinds, values):
        while True:
            action = actions[state](kind)
            if action is None:
                if kind in contextual:
                    kind = contextual[kind] if takes(contextual[kind]) else "NAME"
                    continue
                raise Unexpected(kind)
            if action >= 0:   # shift
                below.append(state)
                state = action
                stack.append(value)
                break
            origin, size, build = rules[~action]
            if build is None:
                # A run of one-child reductions keeps the value and the state
                # below it, so where it ends depends on (below, top, token)
                # only: climbed once, then looked up.
                key = (below[-1], state, kind)
                top = climbs.get(key)
                if top is None:
                    top = climbs[key] = _climb(states, rules, key)
                state = top
            elif size == 1:
                stack[-1] = build([stack[-1]])
                state = states[below[-1]][origin]
            elif size:
                children = stack[-size:]
                del stack[-size:]
                del below[1 - size:]
                stack.append(build(children))
                state = states[below[-1]][origin]
            else:
                stack.append(build([]))
                below.append(state)
                state = states[state][origin]
    end = table.end
    while True:   # `$END`: reduce until the start rule is accepted
        action = actions[state]("$END")
        if action is None or action >= 0:
            raise Unexpected("end of input")
        origin, size, build = rules[~action]
        if build is not None:
            children = stack[-size:] if size else []
            if size:
                del stack[-size:]
            stack.append(build(children))
        if size:
            del below[len(below) + 1 - size:]
            state = states[below[-1]][origin]
        else:
            below.append(state)
            state = states[state][origin]
        if state == end:
            return stack[-1]
