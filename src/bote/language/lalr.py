"""bote's LALR parser without Lark: the parse table Lark computes for
`grammar/bote.lark`, stored as data in `lalr_table.json`, and a small
driver that runs it.

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
`Unexpected`, and the caller parses again with Lark, whose exceptions
`syntax_errors` explains.
"""
from __future__ import annotations

import hashlib
import json
from operator import itemgetter
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("lalr_table.json")

#: Bump when the table's layout changes (the generator and this reader together).
FORMAT = 1


_new_str = str.__new__


class Token(str):
    """A token: its text, with the fields of Lark's `Token` that bote reads.
    A token of bote's lexer never spans lines (a line break is a token of its
    own), so `end_line` is `line`; `value` is the text itself.  Those two are
    read, not stored: one is made per token, a hundred thousand for a big file."""

    type: str
    start_pos: int
    end_pos: int
    line: int
    column: int
    end_column: int

    def __new__(cls, type_, value, start_pos, line, column, end_line, end_column, end_pos):
        self = _new_str(cls, value)
        self.type, self.start_pos, self.end_pos = type_, start_pos, end_pos
        self.line, self.column, self.end_column = line, column, end_column
        return self

    @property
    def value(self) -> str:
        return str(self)

    @property
    def end_line(self) -> int:
        return self.line


class Unexpected(Exception):
    """A token or character the table has no action for: a syntax error, which Lark reports."""


def unexpected_character(text, pos, line, column) -> Unexpected:
    return Unexpected(f"{line}:{column}")


class _Splice:
    """The children of an inlined rule (`_statement`, Lark's `__x_star_n`), spliced into its parent."""

    __slots__ = ("children",)

    def __init__(self, children) -> None:
        self.children = children


class Table:
    """The parse table and the lexer's rules, read from `lalr_table.json`."""

    def __init__(self, data: dict) -> None:
        self.states: list[dict[str, int]] = data["states"]
        self.start: int = data["start"]
        self.end: int = data["end"]
        self.rules: list[list] = data["rules"]
        self.master: str = data["lexer"]["master"]
        self.keywords: dict[str, str] = data["lexer"]["keywords"]
        self.ignore: list[str] = data["lexer"]["ignore"]
        #: (state below, state on top, terminal) -> the top state after the
        #: one-child reductions that terminal makes there (see `parse`).
        self.climbs: dict[tuple[int, int, str], int] = {}


def grammar_hash(grammar: str) -> str:
    return hashlib.sha256(grammar.encode("utf-8")).hexdigest()


def load(grammar: str) -> Table | None:
    """The table, when it was generated from `grammar` in this layout; else None."""
    try:
        data = json.loads(TABLE_PATH.read_bytes())
        if data.get("format") != FORMAT or data.get("grammar_sha256") != grammar_hash(grammar):
            return None
        return Table(data)
    except (OSError, ValueError, KeyError, TypeError):
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
        made.append((origin, size, _callback(method or _Splice, expand1, include)))
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
        # Each `_Splice` list is built for one parent, so taking it over is safe.
        kept: list = children[first].children if first_expanded else [children[first]]
        for i, expand in rest:
            if expand:
                kept += children[i].children
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


def parse(table: Table, rules: list, tokens_for):
    """Run the table over the tokens `tokens_for(takes)` gives (an iterator of
    `Token`; `takes(terminal)` tells the lexer whether the parser would shift
    that terminal next, for contextual keywords); the start rule's value."""
    states = table.states
    climbs = table.climbs
    state_stack = [table.start]
    value_stack: list = []
    end_token = None

    def takes(terminal: str) -> bool:
        # the reductions the parser would make first, on a copy of the state stack (no node is built)
        stack = list(state_stack)
        while True:
            action = states[stack[-1]].get(terminal)
            if action is None:
                return False
            if action >= 0:
                return True
            origin, size, _ = rules[-1 - action]
            if size:
                del stack[-size:]
            goto = states[stack[-1]].get(origin)
            if goto is None:
                return False
            stack.append(goto)
    for token in tokens_for(takes):
        kind = token.type
        while True:
            action = states[state_stack[-1]].get(kind)
            if action is None:
                raise Unexpected(f"{token.line}:{token.column}: {kind}")
            if action >= 0:   # shift
                state_stack.append(action)
                value_stack.append(token)
                break
            origin, size, build = rules[-1 - action]
            if build is None:
                # A run of one-child reductions keeps the value and the state
                # below it, so where it ends depends on (below, top, token)
                # only: climbed once, then looked up.
                key = (state_stack[-2], state_stack[-1], kind)
                top = climbs.get(key)
                if top is None:
                    top = climbs[key] = _climb(states, rules, key)
                state_stack[-1] = top
                continue
            if size:
                children = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                children = []
            value_stack.append(build(children))
            state_stack.append(states[state_stack[-1]][origin])
        end_token = token
    del end_token
    end = table.end
    # The reduction below is the loop's above again, written out rather than
    # called: it runs once per rule of every statement, the parser's hot path.
    while True:   # `$END`: reduce until the start rule is accepted
        action = states[state_stack[-1]].get("$END")
        if action is None or action >= 0:
            raise Unexpected("end of input")
        origin, size, build = rules[-1 - action]
        if build is None:
            state_stack[-1] = states[state_stack[-2]][origin]
        else:
            if size:
                children = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
            else:
                children = []
            value_stack.append(build(children))
            state_stack.append(states[state_stack[-1]][origin])
        if state_stack[-1] == end:
            return value_stack[-1]
