"""The VS Code extension (editors/vscode/): its TextMate grammar, run in node
with vscode-textmate and vscode-oniguruma as VS Code runs it, on every
example and every ```bote block of the docs; its injection into Markdown;
the language client's configuration; and the .vsix it builds to.

The node packages come from the committed package-lock.json (`npm ci`, see
tests/textmate.py); without node these tests are skipped, with the reason."""
import json
import os
import re
import subprocess
import sys
import zipfile

import pytest
from textmate import (
    FENCE,
    ROOT,
    VSCODE,
    bote_sources,
    markdown_files,
    node,
    node_ready,
    tokenize,
)

SOURCES = bote_sources()
GOLDEN = ROOT / "tests" / "golden" / "vscode-tokens-payments.txt"
MANIFEST = json.loads((VSCODE / "package.json").read_text(encoding="utf-8"))


def classified(scopes: list[str]) -> list[str]:
    """The scopes that say what a token is: not the file's, not a block's."""
    return [s for s in scopes if s != "source.bote" and not s.startswith("meta.")]


@pytest.fixture(scope="module")
def tokens():
    return tokenize(SOURCES)


# ---- the grammar is bote's ------------------------------------------------------------

def test_the_grammar_file_is_what_the_script_writes():
    """The grammar is generated from bote's tables (units, functions, properties):
    a property added to bote must reach the editor too."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "vscode_grammar.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_manifest_contributes_the_language_and_its_grammars():
    (language,) = MANIFEST["contributes"]["languages"]
    assert language["id"] == "bote" and language["extensions"] == [".bote"]
    config = json.loads((VSCODE / language["configuration"]).read_text(encoding="utf-8"))
    assert config["comments"] == {"lineComment": "#"}
    grammars = {g["scopeName"]: g for g in MANIFEST["contributes"]["grammars"]}
    assert grammars["source.bote"]["language"] == "bote"
    assert grammars["markdown.bote.codeblock"]["injectTo"] == ["text.html.markdown"]
    for g in grammars.values():
        assert json.loads((VSCODE / g["path"]).read_text(encoding="utf-8"))["scopeName"] == g["scopeName"]


def test_language_configuration_indents_blocks():
    """VS Code indents after a line that opens a block and outdents a closing
    brace; the patterns are JavaScript regular expressions that Python's `re`
    reads the same way."""
    rules = json.loads((VSCODE / "language-configuration.json").read_text(encoding="utf-8"))["indentationRules"]
    increase, decrease = re.compile(rules["increaseIndentPattern"]), re.compile(rules["decreaseIndentPattern"])
    for opens in ("component api {", "component api {          # => 46 + 1", "flow {", "flow rides {",
                  "variant cache {"):
        assert increase.search(opens), opens
    for stays in ("component a { capacity = 1 req/s }", "x = 1  # {", "  load = x", "}"):
        assert not increase.search(stays), stays
    assert decrease.search("  }") and not decrease.search("  load = 1 # }")


def test_word_pattern_takes_names_and_numbers_whole():
    pattern = json.loads((VSCODE / "language-configuration.json").read_text(encoding="utf-8"))["wordPattern"]
    words = [m.group() for m in re.finditer(pattern, "x = db.load_2 * 1_000.5e3 + 10k req/s + 20%")]
    assert words == ["x", "db", "load_2", "1_000.5e3", "10k", "req", "s", "20%"]


# ---- every example and every doc block -------------------------------------------------

def test_there_is_plenty_to_tokenize():
    assert len([n for n in SOURCES if n.startswith("examples/")]) >= 14
    assert len(SOURCES) >= 30


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_every_token_has_a_scope_and_none_is_invalid(tokens, name):
    lines = SOURCES[name].split("\n")
    unscoped, invalid = [], []
    for line, start, end, scopes in tokens[name]:
        text = lines[line][start:end]
        if not text.strip():
            continue
        where = f"{name}:{line + 1}:{start + 1} {text!r} {scopes}"
        if not classified(scopes):
            unscoped.append(where)
        if any(s.startswith("invalid") for s in scopes):
            invalid.append(where)
    assert not unscoped, "tokens with no scope of their own:\n" + "\n".join(unscoped)
    assert not invalid, "invalid scopes on a valid file:\n" + "\n".join(invalid)


def test_tokens_cover_every_character(tokens):
    for name, text in SOURCES.items():
        lines = text.split("\n")
        by_line: dict[int, int] = {}
        for line, start, end, _ in tokens[name]:
            assert start == by_line.get(line, 0), (name, line, start)
            by_line[line] = end
        for n, line in enumerate(lines):
            assert by_line.get(n, 0) >= len(line), (name, n)


def snapshot(text: str, tokens) -> str:
    """One line a token: where, the text, the scopes (the file's scope left out)."""
    lines = text.split("\n")
    out = []
    for line, start, end, scopes in tokens:
        word = lines[line][start:end]
        if word.strip():
            out.append(f"{line + 1}:{start + 1}\t{word.strip()}\t{' '.join(s for s in scopes if s != 'source.bote')}")
    return "\n".join(out) + "\n"


def test_token_snapshot_of_one_example(tokens):
    """The scopes of every token of examples/payments.bote (clients, a queue,
    a third party, a catalog instance, prices, asserts and a variant).
    BOTE_UPDATE_SNAPSHOTS=1 rewrites the snapshot; review its diff."""
    got = snapshot(SOURCES["examples/payments.bote"], tokens["examples/payments.bote"])
    if os.environ.get("BOTE_UPDATE_SNAPSHOTS"):
        GOLDEN.write_text(got, encoding="utf-8")
    assert got == GOLDEN.read_text(encoding="utf-8")


# ---- what VS Code shows, token by token ------------------------------------------------

def scopes_of(text: str) -> list[tuple[str, list[str]]]:
    """(token text, its classifying scopes) for each token of one text."""
    found = _SCOPE_TOKENS.get(text) or tokenize({"t": text})["t"]
    lines = text.split("\n")
    return [(lines[line][start:end].strip(), classified(scopes)) for line, start, end, scopes in found
            if lines[line][start:end].strip()]


def scope_of(text: str, word: str) -> str:
    for token, scopes in scopes_of(text):
        if token == word:
            return scopes[-1]
    raise AssertionError(f"no token {word!r} in {scopes_of(text)}")


_SCOPE_TOKENS: dict[str, list] = {}


@pytest.fixture(scope="module")
def scope_cases():
    """The texts of test_scope, tokenized in one run of node."""
    texts = {text: text for text, _, _ in SCOPE_CASES}
    _SCOPE_TOKENS.update(tokenize(texts))


SCOPE_CASES = [
    ("x = 10k req/s", "x", "entity.name.variable.binding.bote"),
    ("x = 10k req/s", "10k", "constant.numeric.bote"),
    ("x = 10k req/s", "req", "keyword.other.unit.bote"),
    ("x = 10kB", "10", "constant.numeric.bote"),            # a scale suffix glued to a letter is a unit's
    ("x = 10kB", "kB", "keyword.other.unit.bote"),
    ("x = 2B", "2B", "constant.numeric.bote"),              # two billion
    ("x = 20%", "20%", "constant.numeric.bote"),
    ("x = 1_000.5e3", "1_000.5e3", "constant.numeric.bote"),
    ("x = 3 µs", "µs", "keyword.other.unit.bote"),
    ("x = $0.192 / hour", "$", "keyword.other.unit.bote"),
    ("d = (1 - 99.9%) * 1 year -> hms", "hms", "keyword.other.unit.bote"),
    ("d = 8h 45m 57s", "8h 45m 57s", "constant.numeric.duration.bote"),
    ("x = ceil(y)", "ceil", "support.function.builtin.bote"),
    ("x = foo(y)", "foo", "entity.name.function.bote"),     # a call bote will say it does not know
    ("x = 5 min (y)", "min", "keyword.other.unit.bote"),    # not glued: minutes
    ("assert not(a)", "not", "keyword.operator.logical.bote"),
    ("x = a per day", "per", "keyword.operator.word.bote"),
    ("x = 10k to 50k qps", "to", "keyword.operator.word.bote"),
    ("assert a == b within 1%", "within", "keyword.operator.word.bote"),
    ("assert a < b", "assert", "keyword.control.assert.bote"),
    ("assert a <= b", "<=", "keyword.operator.comparison.bote"),
    ("x = a -> req/s", "->", "keyword.operator.conversion.bote"),
    ("x = a ** 2", "**", "keyword.operator.arithmetic.bote"),
    ('component a {\n  instance = "m6i.xlarge"\n}', '"m6i.xlarge"', "string.quoted.double.bote"),
    ("x = db.utilization", "db", "variable.other.object.component.bote"),
    ("x = db.utilization", "utilization", "variable.other.property.bote"),
    ("x = db.utilization", ".", "punctuation.accessor.bote"),
    ("unit tweet, entry", "unit", "keyword.declaration.unit.bote"),
    ("unit tweet, entry", "entry", "entity.name.type.unit.bote"),
    ("unit page = 8 KiB", "KiB", "keyword.other.unit.bote"),
    ("x = 1  # => 1", "=>", "punctuation.definition.result.bote"),
    ("x = 1  # => 1 req/s", "1 req/s", "comment.line.number-sign.result.bote"),
    ("# a comment", "a comment", "comment.line.number-sign.bote"),
    ("component db {\n  scaling = single\n}", "scaling", "support.type.property-name.bote"),
    ("component db {\n  scaling = single\n}", "single", "constant.language.choice.bote"),
    ("component db {\n  kind = third_party\n}", "third_party", "constant.language.choice.bote"),
    ("component db {\n  capacty = 1\n}", "capacty", "variable.other.property.bote"),  # misspelt: not bote's
    ("load = 3", "load", "entity.name.variable.binding.bote"),     # outside a component, a binding
    ("flow {\n  api -> db * 10%\n}", "api", "entity.name.type.component.bote"),
    ("flow {\n  api -> db * 10%\n}", "db", "entity.name.type.component.bote"),
    ("flow {\n  api -> db * 10%\n}", "->", "keyword.operator.arrow.bote"),
    ("flow { a -> b }", "a", "entity.name.type.component.bote"),
    ("variant bigger {\n  api.workers = 16\n}", "bigger", "entity.name.type.variant.bote"),
    ("variant bigger {\n  api.workers = 16\n}", "workers", "variable.other.property.bote"),
    # Issue 14's traffic classes: named flows and a figure or a property for one class.
    ("flow rides {\n  riders -> gateway\n}", "rides", "entity.name.type.flow.bote"),
    ("x = gateway.load[rides]", "rides", "variable.other.flow.bote"),
    ("x = gateway.load[rides]", "[", "punctuation.section.brackets.begin.bote"),
    ("component g {\n  service_time[pings] = 2 ms\n}", "service_time", "support.type.property-name.bote"),
    ("component g {\n  service_time[pings] = 2 ms\n}", "pings", "variable.other.flow.bote"),
    ("flow pings {\n  drivers -> gateway { service_time = 2 ms } -> locations\n}", "service_time",
     "support.type.property-name.bote"),
    ("flow pings {\n  drivers -> gateway { service_time = 2 ms } -> locations\n}", "locations",
     "entity.name.type.component.bote"),
    ("x = 1 @ 2", "@", "invalid.illegal.character.bote"),  # not bote: shown as such
]


@pytest.mark.parametrize("text, word, scope", SCOPE_CASES)
def test_scope(scope_cases, text, word, scope):
    assert scope_of(text, word) == scope


def test_a_block_spans_lines_and_ends_at_its_brace():
    text = "component api {\n  load = 1 req/s\n}\nload = 2\n"
    assert scope_of(text, "load") == "support.type.property-name.bote"
    assert scopes_of(text)[-3] == ("load", ["entity.name.variable.binding.bote"])


def test_every_property_and_function_of_bote_is_highlighted():
    from bote.language.quantity import FUNCTIONS
    from bote.model.kinds import PROPERTIES
    text = "component c {\n" + "".join(f"  {p} = 1\n" for p in PROPERTIES) + "}\n"
    assert {w: s[-1] for w, s in scopes_of(text) if w in PROPERTIES} == dict.fromkeys(
        PROPERTIES, "support.type.property-name.bote")
    text = "".join(f"x = {f}(1)\n" for f in FUNCTIONS)
    assert {w for w, s in scopes_of(text) if s[-1] == "support.function.builtin.bote"} == set(FUNCTIONS)


# ---- Markdown: ```bote fences --------------------------------------------------------

def test_bote_fences_in_markdown_are_bote(tokens):
    """In VS Code's own Markdown grammar with the extension's injection, each
    ```bote block gets the same scopes as the same text in a .bote file, and
    nothing outside the blocks gets bote's."""
    docs = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in markdown_files()}
    in_markdown = tokenize(docs, scope="text.html.markdown")
    checked = 0
    for name, text in docs.items():
        lines = text.split("\n")
        inside: set[int] = set()
        for m in FENCE.finditer(text):
            first = text[: m.start("body")].count("\n")
            body = m.group("body")
            inside.update(range(first, first + body.count("\n")))
            alone = tokens[f"{name}:{first}"]
            want = [(line + first, lines[line + first][s:e], classified(sc)) for line, s, e, sc in alone
                    if body.split("\n")[line][s:e].strip()]
            got = [(line, lines[line][s:e], [x for x in classified(sc) if x.endswith(".bote")])
                   for line, s, e, sc in in_markdown[name] if line in inside and first <= line < first +
                   body.count("\n") and lines[line][s:e].strip()]
            assert got == want, f"{name}:{first + 1}"
            checked += 1
        outside = [(line, sc) for line, _, _, sc in in_markdown[name]
                   if line not in inside and any(x.endswith(".bote") and not x.startswith("markdown.bote")
                                                 for x in sc)]
        assert not outside, f"{name}: bote scopes outside its blocks: {outside[:3]}"
    assert checked >= 20


def test_a_bote_fence_is_marked_embedded_for_the_editor():
    """`meta.embedded.block.bote` is what package.json's embeddedLanguages maps
    to the bote language: comments toggle with `#` and brackets close inside
    the block."""
    text = "# Doc\n\n```bote\nx = 10k req/s\n```\n\n```python\nx = 1\n```\n"
    (found,) = tokenize({"doc": text}, scope="text.html.markdown").values()
    by_line = {}
    for line, _, _, scopes in found:
        by_line.setdefault(line, set()).update(scopes)
    assert "meta.embedded.block.bote" in by_line[3] and "keyword.other.unit.bote" in by_line[3]
    assert not any(s.endswith(".bote") for s in by_line[7])
    grammar = next(g for g in MANIFEST["contributes"]["grammars"] if g["scopeName"] == "markdown.bote.codeblock")
    assert grammar["embeddedLanguages"] == {"meta.embedded.block.bote": "bote"}


# ---- the language client ------------------------------------------------------------

def activate(**scenario) -> dict:
    """What the extension asks VS Code for when it activates (test/client.js)."""
    return json.loads(node("client.js", json.dumps(scenario)))


def server_of(seen: dict) -> dict:
    (client,) = seen["clients"]
    run = client["serverOptions"]["run"]
    assert client["serverOptions"]["debug"] == run
    return {"command": run["command"], "args": run["args"], "transport": run["transport"]}


def test_the_client_starts_bote_lsp_from_path_by_default():
    seen = activate()
    assert server_of(seen) == {"command": "bote", "args": ["lsp"], "transport": 0}  # 0: stdio
    (client,) = seen["clients"]
    assert {s["language"] for s in client["clientOptions"]["documentSelector"]} == {"bote", "markdown"}
    assert seen["commands"] == ["bote.restartServer"] and not seen["messages"]


def test_the_client_takes_a_configured_path_and_extra_arguments():
    seen = activate(settings={"server.path": "/opt/bote/bin/bote",
                              "server.extraArgs": ["--samples", "2000", "--seed", "7"]})
    assert server_of(seen)["command"] == "/opt/bote/bin/bote"
    assert server_of(seen)["args"] == ["lsp", "--samples", "2000", "--seed", "7"]


@pytest.mark.parametrize("configured, command", [
    ("${workspaceFolder}/.venv/bin/bote", "/work/project/.venv/bin/bote"),
    (".venv/bin/bote", "/work/project/.venv/bin/bote"),       # relative: from the workspace folder
    ("~/bin/bote", os.path.expanduser("~/bin/bote")),
    ("  ", "bote"),                                           # empty: the default
])
def test_the_configured_path_is_expanded(configured, command):
    seen = activate(settings={"server.path": configured}, folder="/work/project")
    assert server_of(seen)["command"] == command


def test_every_setting_read_is_declared():
    declared = set(MANIFEST["contributes"]["configuration"]["properties"])
    seen = activate()
    assert set(seen["settingsRead"]) <= declared
    assert {"bote.server.path", "bote.server.extraArgs"} <= set(seen["settingsRead"])


def test_a_server_that_cannot_start_says_which_setting_to_change():
    seen = activate(startFails=True)
    (message,) = seen["messages"]
    assert "`bote lsp`" in message and "spawn bote ENOENT" in message and "bote.server.path" in message


# ---- the .vsix ----------------------------------------------------------------------------

def test_it_builds_to_a_vsix(tmp_path):
    """`npx @vscode/vsce package`, as the README says, into a temporary folder:
    the extension with its grammars and its one runtime dependency, without
    the tests or the tools that test it."""
    node_ready()
    out = tmp_path / "bote.vsix"
    done = subprocess.run(["npx", "--no-install", "@vscode/vsce", "package", "--out", str(out)], cwd=VSCODE,
                          capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    names = set(zipfile.ZipFile(out).namelist())
    for wanted in ("extension/package.json", "extension/extension.js", "extension/server.js",
                   "extension/language-configuration.json", "extension/syntaxes/bote.tmLanguage.json",
                   "extension/syntaxes/bote.markdown.tmLanguage.json", "extension/LICENSE.txt",
                   "extension/node_modules/vscode-languageclient/package.json"):
        assert wanted in names, wanted
    assert not [n for n in names if n.startswith(("extension/test/", "extension/node_modules/vscode-textmate/",
                                                  "extension/node_modules/@vscode/vsce/",
                                                  "extension/node_modules/tm-grammars/"))]
