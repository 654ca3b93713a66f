"""Write the VS Code extension's TextMate grammar for bote,
editors/vscode/syntaxes/bote.tmLanguage.json, from bote's own tables.

    python scripts/vscode_grammar.py          # write it
    python scripts/vscode_grammar.py --check  # exit 1 when the file is not what this writes

The token shapes are grammar/bote.lark's (a number with its scale suffix, a
compound duration, a call glued to `(`, `a.b`), and the words it highlights
are the ones the Pygments lexer knows (src/bote/pygments_lexer.py): the
shipped units, the functions, the properties and their choices.  So when a
property, a unit or a function is added to bote, run this again
(tests/test_vscode_grammar.py fails until the file is current).  Units a file
declares with `unit` are highlighted where they are declared; elsewhere a
TextMate grammar, which sees one line at a time, cannot know them.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "editors" / "vscode" / "syntaxes" / "bote.tmLanguage.json"

NAME = r"[A-Za-z_][A-Za-z0-9_]*"
END = r"(?![A-Za-z0-9_])"           # a word ends here: `ms` but not `msgs`
START = r"(?<![A-Za-z0-9_])"        # a word starts here
# grammar/bote.lark's NUMBER, DURATION and SYMBOL, verbatim: Oniguruma reads them as Python does.
NUMBER = r"([0-9]+(_[0-9]+)*(\.[0-9]+(_[0-9]+)*)?|\.[0-9]+(_[0-9]+)*)([eE][+-]?[0-9]+|%|[kKMBT](?![A-Za-z0-9_]))?"
DURATION = (r"[0-9]+d(?=[ \t]+[0-9]+[hms]\b)(?:[ \t]+[0-9]+h)?(?:[ \t]+[0-9]+m)?(?:[ \t]+[0-9]+(?:\.[0-9]+)?s)?(?![\w.])"
            r"|[0-9]+h(?=[ \t]+[0-9]+[ms]\b)(?:[ \t]+[0-9]+m)?(?:[ \t]+[0-9]+(?:\.[0-9]+)?s)?(?![\w.])"
            r"|[0-9]+m[ \t]+[0-9]+(?:\.[0-9]+)?s(?![\w.])")
SYMBOL = r"[µμ]s|\$|%|€|£"
# An optional index after a name: `service_time[pings]` (a traffic class).
INDEX = r"(?:\s*\[[^\]\n]*\])?"


def words(names) -> str:
    """An alternation of words, longest first, so that `ms` is tried before `m`."""
    import re
    return "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))


def grammar() -> dict:
    from bote.model import kinds
    from bote.pygments_lexer import CONTEXTUAL_KEYWORDS, DECLARATIONS, FUNCTIONS, KEYWORDS, PROPERTIES, UNITS

    declarations = sorted(DECLARATIONS | {"variant"})
    logical = ["and", "or", "not"]
    word_operators = sorted(KEYWORDS - set(logical) - {"assert"})
    from bote.language.units import HMS  # `-> hms`: a duration shown as `8h 45m 57s`
    units = UNITS | {HMS}
    plain_units = [u for u in units if u[0].isalpha() or u[0] == "_"]
    choices = {name: spec.choices for name, spec in kinds.PROPERTIES.items() if spec.choices}

    def block_begin(keyword: str, name_scope: str, optional_name: bool = False) -> dict:
        name = f"(?:\\s+({NAME}))?" if optional_name else f"\\s+({NAME})"
        return {"begin": f"{START}({keyword}){name}\\s*(\\{{)",
                "beginCaptures": {"1": {"name": f"keyword.declaration.{keyword}.bote"}, "2": {"name": name_scope},
                                  "3": {"name": "punctuation.section.block.begin.bote"}},
                "end": r"\}", "endCaptures": {"0": {"name": "punctuation.section.block.end.bote"}}}

    properties = {
        "patterns": [
            *[{"match": f"{START}({name})\\s*(=)\\s*({words(values)}){END}",
               "captures": {"1": {"name": "support.type.property-name.bote"},
                            "2": {"name": "keyword.operator.assignment.bote"},
                            "3": {"name": "constant.language.choice.bote"}}}
              for name, values in sorted(choices.items())],
            {"match": f"{START}({words(PROPERTIES)}){END}(?={INDEX}\\s*=(?!=))",
             "name": "support.type.property-name.bote"},
            # A property bote does not know: bote says so, with the one it meant.
            {"match": f"{START}({NAME})(?={INDEX}\\s*=(?!=))", "name": "variable.other.property.bote"},
            {"match": r"=(?!=)", "name": "keyword.operator.assignment.bote"},
        ],
    }

    repository = {
        "comment": {
            "patterns": [
                # `# => 1.16k req/s`: the result bote writes after a line (bote render).
                {"match": r"(#)\s*(=>).*$", "name": "comment.line.number-sign.result.bote",
                 "captures": {"1": {"name": "punctuation.definition.comment.bote"},
                              "2": {"name": "punctuation.definition.result.bote"}}},
                {"match": r"(#).*$", "name": "comment.line.number-sign.bote",
                 "captures": {"1": {"name": "punctuation.definition.comment.bote"}}},
            ],
        },
        "continuation": {"match": r"\\$", "name": "punctuation.separator.continuation.line.bote"},
        "component": {
            "name": "meta.block.component.bote",
            **block_begin("component", "entity.name.type.component.bote"),
            "patterns": [{"include": "#comment"}, {"include": "#continuation"}, {"include": "#properties"},
                         {"include": "#expression"}],
        },
        "properties": properties,
        "flow": {
            "name": "meta.block.flow.bote",
            **block_begin("flow", "entity.name.type.flow.bote", optional_name=True),
            "patterns": [{"include": "#comment"}, {"include": "#continuation"}, {"include": "#edge-block"},
                         {"include": "#chain"}, {"include": "#expression"}],
        },
        # `flow { a -> b * 10% -> c }`: the first name of a chain and each name after `->` are components.
        "chain": {
            "patterns": [
                {"match": f"(->)\\s*({NAME}){END}(?!\\.)",
                 "captures": {"1": {"name": "keyword.operator.arrow.bote"},
                              "2": {"name": "entity.name.type.component.bote"}}},
                {"match": f"(?:^|(?<=\\{{))\\s*({NAME}){END}(?=\\s*->)",
                 "captures": {"1": {"name": "entity.name.type.component.bote"}}},
                # `-> db batch 100`: a keyword only here (a component may be called `batch`).
                {"match": f"{START}({words(sorted(CONTEXTUAL_KEYWORDS))}){END}", "name": "keyword.operator.word.bote"},
            ],
        },
        # `drivers -> gateway { service_time = 2 ms } -> locations`: a class's own cost at a component.
        "edge-block": {
            "name": "meta.block.edge.bote",
            "begin": r"\{", "beginCaptures": {"0": {"name": "punctuation.section.block.begin.bote"}},
            "end": r"\}", "endCaptures": {"0": {"name": "punctuation.section.block.end.bote"}},
            "patterns": [{"include": "#comment"}, {"include": "#continuation"}, {"include": "#properties"},
                         {"include": "#expression"}],
        },
        "variant": {
            "name": "meta.block.variant.bote",
            **block_begin("variant", "entity.name.type.variant.bote"),
            "patterns": [{"include": "#comment"}, {"include": "#continuation"}, {"include": "#component"},
                         {"include": "#flow"}, {"include": "#override"}, {"include": "#binding"},
                         {"include": "#expression"}],
        },
        # `api.workers = 16` in a variant: a component's property replaced.
        "override": {
            "match": f"^\\s*({NAME})(\\.)({NAME})({INDEX})\\s*(=)(?!=)",
            "captures": {"1": {"name": "variable.other.object.component.bote"},
                         "2": {"name": "punctuation.accessor.bote"},
                         "3": {"name": "variable.other.property.bote"},
                         "4": {"patterns": [{"include": "#index"}]},
                         "5": {"name": "keyword.operator.assignment.bote"}},
        },
        "binding": {
            "match": f"^\\s*({NAME})\\s*(=)(?!=)",
            "captures": {"1": {"name": "entity.name.variable.binding.bote"},
                         "2": {"name": "keyword.operator.assignment.bote"}},
        },
        # `unit tweet, entry` or `unit page = 8 KiB`.
        "unit-declaration": {
            "begin": f"^\\s*(unit){END}", "beginCaptures": {"1": {"name": "keyword.declaration.unit.bote"}},
            "end": "$",
            "patterns": [
                {"include": "#comment"},
                {"begin": r"=(?!=)", "beginCaptures": {"0": {"name": "keyword.operator.assignment.bote"}},
                 "end": "$", "patterns": [{"include": "#expression"}]},
                {"match": NAME, "name": "entity.name.type.unit.bote"},
                {"match": ",", "name": "punctuation.separator.comma.bote"},
                {"include": "#invalid"},
            ],
        },
        "assert": {"match": f"{START}assert{END}", "name": "keyword.control.assert.bote"},
        "expression": {
            "patterns": [
                {"include": "#comment"},
                {"include": "#continuation"},
                {"match": DURATION, "name": "constant.numeric.duration.bote"},
                {"match": NUMBER, "name": "constant.numeric.bote"},
                {"match": r'"[^"\n]*"', "name": "string.quoted.double.bote"},
                # `db.utilization`, `gateway.load[rides]` (before the keywords: `to.x` is a figure)
                {"match": f"({NAME})(\\.)({NAME})",
                 "captures": {"1": {"name": "variable.other.object.component.bote"},
                              "2": {"name": "punctuation.accessor.bote"},
                              "3": {"name": "variable.other.property.bote"}}},
                {"match": f"{START}({words(logical)}){END}", "name": "keyword.operator.logical.bote"},
                {"match": f"{START}({words(word_operators)}){END}", "name": "keyword.operator.word.bote"},
                {"match": f"{START}({words(declarations)}){END}", "name": "keyword.declaration.bote"},
                {"match": f"{START}assert{END}", "name": "keyword.control.assert.bote"},
                # A function glued to `(` is a call: `min(a, b)`; `5 min (x)` is minutes.
                {"begin": f"({words(FUNCTIONS)})(\\()",
                 "beginCaptures": {"1": {"name": "support.function.builtin.bote"},
                                   "2": {"name": "punctuation.section.parens.begin.bote"}},
                 "end": r"\)", "endCaptures": {"0": {"name": "punctuation.section.parens.end.bote"}},
                 "name": "meta.function-call.bote", "patterns": [{"include": "#expression"}]},
                {"begin": f"({NAME})(\\()",
                 "beginCaptures": {"1": {"name": "entity.name.function.bote"},
                                   "2": {"name": "punctuation.section.parens.begin.bote"}},
                 "end": r"\)", "endCaptures": {"0": {"name": "punctuation.section.parens.end.bote"}},
                 "name": "meta.function-call.bote", "patterns": [{"include": "#expression"}]},
                {"begin": r"\(", "beginCaptures": {"0": {"name": "punctuation.section.parens.begin.bote"}},
                 "end": r"\)", "endCaptures": {"0": {"name": "punctuation.section.parens.end.bote"}},
                 "patterns": [{"include": "#expression"}]},
                {"include": "#index"},
                {"match": f"(?<![A-Za-z_])({words(plain_units)}){END}", "name": "keyword.other.unit.bote"},
                {"match": SYMBOL, "name": "keyword.other.unit.bote"},
                {"match": NAME, "name": "variable.other.bote"},
                {"match": r"->", "name": "keyword.operator.conversion.bote"},
                {"match": r"<=|>=|==|!=|<|>", "name": "keyword.operator.comparison.bote"},
                {"match": r"\*\*|[-+*/^]", "name": "keyword.operator.arithmetic.bote"},
                {"match": r"=", "name": "keyword.operator.assignment.bote"},
                {"match": ",", "name": "punctuation.separator.comma.bote"},
                {"include": "#invalid"},
            ],
        },
        # `gateway.load[rides]`: the load of one traffic class.
        "index": {
            "begin": r"\[", "beginCaptures": {"0": {"name": "punctuation.section.brackets.begin.bote"}},
            "end": r"\]", "endCaptures": {"0": {"name": "punctuation.section.brackets.end.bote"}},
            "patterns": [{"match": f"{NAME}(?=\\s*[\\],])", "name": "variable.other.flow.bote"},
                         {"include": "#expression"}],
        },
        # Anything else is not bote: shown as such rather than passed over.
        "invalid": {"match": r"[^\s]", "name": "invalid.illegal.character.bote"},
    }
    return {
        "name": "bote",
        "scopeName": "source.bote",
        "fileTypes": ["bote"],
        "comment": "Generated by scripts/vscode_grammar.py from bote's tables: edit that, not this file.",
        "patterns": [
            {"include": "#comment"},
            {"include": "#continuation"},
            {"include": "#component"},
            {"include": "#flow"},
            {"include": "#variant"},
            {"include": "#unit-declaration"},
            {"include": "#assert"},
            {"include": "#binding"},
            {"include": "#expression"},
        ],
        "repository": repository,
    }


def text() -> str:
    return json.dumps(grammar(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    wanted = text()
    if argv[1:] == ["--check"]:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != wanted:
            print(f"{OUT.relative_to(ROOT)} is stale: run python scripts/vscode_grammar.py", file=sys.stderr)
            return 1
        return 0
    if argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    OUT.write_text(wanted, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
