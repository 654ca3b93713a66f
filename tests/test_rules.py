"""The table of rules (bote.render.rules): one entry for every kind of finding
bote can emit, each with its docs section, help and tags within what code
scanning accepts."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import ROOT

from bote.render.rules import DOCS_URL, RULE_INDEX, RULES, anchor, rule_for

SRC = ROOT / "src" / "bote"


# ---- every kind bote can emit ------------------------------------------------------------

#: What a finding is made with, and where its kind is among the arguments.
MAKERS = {"Risk": 1, "Diagnostic": 0, "QuantityError": 0}


def _kind_argument(call: ast.Call) -> ast.expr | None:
    """The `kind` argument of `Risk(...)`, `Diagnostic(...)`,
    `QuantityError(...)` (which becomes a diagnostic) and `BoteError.at(...)`."""
    func = call.func
    if isinstance(func, ast.Name) and func.id in MAKERS:
        position = MAKERS[func.id]
    elif isinstance(func, ast.Attribute) and func.attr == "at" and isinstance(func.value, ast.Name) \
            and func.value.id == "BoteError":
        position = 0
    else:
        return None
    return _argument(call, "kind", position)


def _argument(call: ast.Call, name: str, position: int) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return call.args[position] if len(call.args) > position else None


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


class Unread(Exception):
    """A kind this scan cannot tell."""


def _values(expr: ast.expr, tree: ast.Module, parents, depth: int = 0) -> list[str]:
    """The kinds an expression can hold: a literal; `X.kind` (a kind made
    elsewhere, passed on: the place that made it is scanned too); a module
    constant; a loop variable over literal tuples; or a parameter of the
    enclosing function, through the calls of that function in the module."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return [expr.value]
    if isinstance(expr, ast.Attribute) and expr.attr == "kind":
        return []
    if not isinstance(expr, ast.Name) or depth > 5:
        raise Unread
    name = expr.id
    for statement in tree.body:  # STALE = "stale-result"
        if isinstance(statement, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name
                                                     for t in statement.targets):
            return _values(statement.value, tree, parents, depth + 1)
    scope = parents.get(expr)
    while scope is not None:
        if isinstance(scope, ast.For) and isinstance(scope.iter, ast.Tuple):
            target = scope.target
            names = [target] if isinstance(target, ast.Name) else list(getattr(target, "elts", []))
            at = next((i for i, t in enumerate(names) if isinstance(t, ast.Name) and t.id == name), None)
            if at is not None:
                items = [item if isinstance(target, ast.Name) else item.elts[at] for item in scope.iter.elts]
                return [kind for item in items for kind in _values(item, tree, parents, depth + 1)]
        if isinstance(scope, ast.FunctionDef):
            params = [a.arg for a in scope.args.args]
            if name not in params:
                raise Unread
            if scope.name == "at" and params[:2] == ["cls", "kind"]:
                return []  # BoteError.at itself: its calls are scanned
            method = params[0] in ("self", "cls")
            found: list[str] = []
            calls = 0
            for call in ast.walk(tree):
                if not isinstance(call, ast.Call):
                    continue
                by_name = isinstance(call.func, ast.Name) and call.func.id == scope.name and not method
                by_attribute = isinstance(call.func, ast.Attribute) and call.func.attr == scope.name and method
                if by_name or by_attribute:
                    argument = _argument(call, name, params.index(name) - method)
                    if argument is None:
                        raise Unread
                    found += _values(argument, tree, parents, depth + 1)
                    calls += 1
            if not calls:
                raise Unread
            return found
        scope = parents.get(scope)
    raise Unread


def emitted_kinds() -> tuple[dict[str, str], list[str]]:
    """Every kind a finding in src/bote is made with -> where; and the
    calls whose kind cannot be told."""
    kinds: dict[str, str] = {}
    unread: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = _parents(tree)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or (argument := _kind_argument(call)) is None:
                continue
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            try:
                for kind in _values(argument, tree, parents):
                    kinds.setdefault(kind, where)
            except Unread:
                unread.append(where)
    return kinds, unread


def test_every_kind_bote_can_emit_has_a_rule():
    kinds, unread = emitted_kinds()
    assert not unread, f"kinds this test cannot read (write them as literals or module constants): {unread}"
    missing = {kind: where for kind, where in kinds.items() if kind not in RULE_INDEX}
    assert not missing, f"add a Rule at the end of RULES in src/bote/render/rules.py for: {missing}"


def test_the_scan_finds_the_kinds_made_indirectly():
    kinds, _ = emitted_kinds()
    # memory and storage: a parameter (risks._does_not_fit) and a loop (kinds/queue.py);
    # stale-result: a module constant; the rest: literals in each layer.
    assert {"memory", "storage", "stale-result", "overloaded", "backlog", "rate-limit", "syntax", "io",
            "internal", "usage", "dependency", "label-not-binding"} <= set(kinds)


def test_the_scan_sees_a_new_kind(tmp_path, monkeypatch):
    module = tmp_path / "src" / "bote" / "model" / "new_risk.py"
    module.parent.mkdir(parents=True)
    module.write_text("from bote.model.risks import ERROR, Risk\n\n\ndef dam_burst(c):\n"
                      "    return Risk(c.name, 'dam-burst', ERROR, 'water', 'bail', c.span)\n")
    monkeypatch.setattr(__import__(__name__), "SRC", tmp_path / "src" / "bote")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    kinds, unread = emitted_kinds()
    assert kinds == {"dam-burst": "src/bote/model/new_risk.py:5"} and not unread
    assert "dam-burst" not in RULE_INDEX  # what test_every_kind_bote_can_emit_has_a_rule would report


def test_rule_ids_are_unique_and_in_their_published_order():
    assert len(RULE_INDEX) == len(RULES)
    # The first rules, as SARIF's ruleIndex published them: new ones are only appended.
    assert [r.id for r in RULES[:8]] == ["overloaded", "hot", "single-point-of-failure", "cannot-scale", "memory",
                                         "storage", "assumed-load", "assert"]
    assert RULE_INDEX["stale-result"] == 31


# ---- what code scanning shows of a rule ---------------------------------------------------

def headings(doc: Path) -> list[str]:
    """The anchors GitHub gives the headings of a Markdown file, outside
    code fences, with `-1`, `-2` after repeated ones."""
    seen: dict[str, int] = {}
    out = []
    fence = None
    for line in doc.read_text(encoding="utf-8").splitlines():
        opening = re.match(r"^\s*(`{3,}|~{3,})", line)
        if opening:
            marker = opening.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
            continue
        if fence is None and (m := re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)):
            slug = anchor(m.group(1))
            out.append(f"{slug}-{seen[slug]}" if slug in seen else slug)
            seen[slug] = seen.get(slug, 0) + 1
    return out


def test_anchor_is_githubs():
    assert anchor("Risks of this model") == "risks-of-this-model"
    assert anchor("What-ifs: `--set`") == "what-ifs---set"
    assert anchor("Inline results in .bote files") == "inline-results-in-bote-files"
    assert anchor("Queueing latency: an M/M/c queue per instance") == "queueing-latency-an-mmc-queue-per-instance"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_rule_points_at_a_section_that_exists(rule):
    assert rule.help_uri.startswith(DOCS_URL)
    page, _, fragment = rule.help_uri[len(DOCS_URL):].partition("#")
    assert fragment in headings(ROOT / "docs" / page), f"{rule.id}: no heading `{rule.section}` in docs/{page}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_each_rule_says_what_it_means_and_what_fixes_it(rule):
    assert rule.level in ("error", "warning", "note")
    assert rule.short.endswith(".") and rule.meaning and rule.remedies and all(rule.remedies)
    # GitHub: descriptions up to 1024 characters; 20 tags a rule (10 shown).
    assert len(rule.short) <= 1024 and len(rule.meaning) <= 1024
    assert 1 <= len(rule.tags) <= 10 if rule.id != "internal" else rule.tags == ("bug",)
    assert rule.help_uri in rule.help_text() and rule.help_uri in rule.help_markdown()
    for remedy in rule.remedies:
        assert f"- {remedy}" in rule.help_text() and f"- {remedy}" in rule.help_markdown()
    if rule.formula:
        assert rule.formula in rule.help_text()


def test_a_risk_has_its_formula_an_input_error_has_none():
    risks = {"overloaded", "hot", "cannot-scale", "memory", "storage", "unstable", "latency", "connections",
             "cold-cache", "synchronized-clients", "rate-limit", "backlog", "slow-drain", "lock-contention",
             "retry-storm", "error-budget", "timeouts"}
    assert all(rule_for(kind).formula for kind in risks)
    assert rule_for("unstable").formula.startswith("load per instance ≥ workers / service_time")
    assert not any(rule_for(kind).formula for kind in ("syntax", "unknown-unit", "dimension"))


def test_a_kind_not_in_the_table_gets_a_plain_rule():
    rule = rule_for("dam-burst")
    assert rule.id == "dam-burst" and "dam-burst" in rule.short
    assert rule.help_uri.endswith("language.md#risks")
