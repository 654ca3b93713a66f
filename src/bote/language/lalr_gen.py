"""Writes `lalr_table.py`, the parse table `bote.language.lalr` runs, from
Lark's LALR analysis of `grammar/bote.lark`:

    python -m bote.language.lalr_gen

Run it after every change to the grammar (tests/test_lalr.py fails with
this command while the table is stale; until then bote parses with Lark).
"""
from __future__ import annotations

import pprint
import sys
from pathlib import Path

from lark import Lark
from lark.grammar import Terminal
from lark.lexer import _regexp_has_newline
from lark.parse_tree_builder import maybe_create_child_filter
from lark.parsers.lalr_analysis import Shift

from bote.language import grammar_cache
from bote.language.lalr import FORMAT, grammar_hash
from bote.language.lark_parser import _Lexer
from bote.language.lexing import lexer_alternatives, lexer_rules
from bote.resources import grammar_path


def table(grammar: str) -> dict:
    """The table of `grammar` as plain data (dicts, lists, strings, numbers)."""
    parser = Lark(grammar, **grammar_cache._options(_Lexer))
    analysis = parser.parser.parser.parser.parse_table
    rules: list = []
    index: dict = {}

    def rule_index(rule) -> int:
        if rule not in index:
            index[rule] = len(rules)
            expand1 = bool(rule.options.expand1 and not rule.alias)
            # no placeholders (`[]`, as Lark's None): which children the rule keeps or splices
            child_filter = maybe_create_child_filter(rule.expansion, rule.options.keep_all_tokens, False, [])
            include = None if child_filter is None else [list(entry[:2]) for entry in child_filter.args[0]]
            name = rule.alias or rule.options.template_source or rule.origin.name
            rules.append([str(rule.origin.name), len(rule.expansion), str(name), expand1, include])
        return index[rule]

    # Lark numbers its states in an order that changes from run to run (string
    # hashing); numbered here breadth-first from the start state, symbols in
    # sorted order, the same grammar always gives the same file.
    (lark_start,) = analysis.start_states.values()
    (lark_end,) = analysis.end_states.values()
    order = {lark_start: 0}
    queue = [lark_start]
    for number in queue:
        for _symbol, (action, arg) in sorted(analysis.states[number].items()):
            if action is Shift and arg not in order:
                order[arg] = len(order)
                queue.append(arg)
    states = []
    for number in queue:
        actions = {}
        for symbol, (action, arg) in sorted(analysis.states[number].items()):
            actions[symbol] = order[arg] if action is Shift else -1 - rule_index(arg)
        states.append(actions)
    start, end = 0, order[lark_end]
    master, keywords, ignore = lexer_rules(parser.lexer_conf.terminals, parser.lexer_conf.ignore)
    alternatives = [list(pair) for pair in lexer_alternatives(parser.lexer_conf.terminals)[0]]
    # The terminals some rule keeps as a child (the others, `"="` or `_NL`,
    # the tree never shows: the driver makes no token object for them).
    kept = sorted({sym.name for rule in parser.rules for sym in rule.expansion
                   if isinstance(sym, Terminal) and (rule.options.keep_all_tokens or not sym.filter_out)})
    # The ignored terminals that never hold a line break (by Lark's own test),
    # which the driver's lexer skips in the same match as the token after them.
    spaces = sorted(t.pattern.to_regexp() for t in parser.lexer_conf.terminals
                    if t.name in parser.lexer_conf.ignore and not _regexp_has_newline(t.pattern.to_regexp()))
    return {"format": FORMAT, "grammar_sha256": grammar_hash(grammar), "start": start, "end": end,
            "lexer": {"master": master, "alternatives": alternatives, "keywords": keywords, "ignore": ignore,
                      "kept": kept, "spaces": spaces},
            "rules": rules, "states": states}


TABLE_PATH = Path(__file__).with_name("lalr_table.py")

_HEADER = '''"""The parse table of `grammar/bote.lark`: written by `python -m
bote.language.lalr_gen`, do not edit (see `bote.language.lalr`)."""
# ruff: noqa
# mypy: ignore-errors
# fmt: off

'''


def table_source(grammar: str) -> str:
    """The text of `lalr_table.py` for `grammar`."""
    return _HEADER + "TABLE = " + pprint.pformat(table(grammar), width=120, sort_dicts=True) + "\n"


def main() -> None:
    source = table_source(grammar_path().read_text(encoding="utf-8"))
    if TABLE_PATH.exists() and TABLE_PATH.read_text(encoding="utf-8") == source:
        sys.stdout.write(f"{TABLE_PATH} is current\n")   # left as it is, so that its cached bytecode stays valid
        return
    TABLE_PATH.write_text(source, encoding="utf-8")
    sys.stdout.write(f"wrote {TABLE_PATH}\n")


if __name__ == "__main__":
    main()
