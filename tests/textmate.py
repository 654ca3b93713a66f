"""The VS Code extension's grammars run in node (editors/vscode/test/tokenize.js),
for the tests that check them; and the bote texts they are checked on.

The node packages are installed by the tests themselves, with `npm ci` from
the committed package-lock.json into editors/vscode/node_modules, and reused
while the lock file is unchanged. Without node, or when npm cannot reach its
registry, the tests that need it are skipped with the reason.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VSCODE = ROOT / "editors" / "vscode"

# ```bote or ~~~bote fences, indented or not (in lists), closed by the same fence.
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*bote[ \t]*\n"
                   r"(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$", re.DOTALL | re.MULTILINE)

# What npm says when it cannot reach the registry (rather than a broken lock file).
_OFFLINE = re.compile(r"ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH"
                      r"|network|proxy|socket hang up", re.IGNORECASE)


def markdown_files() -> list[Path]:
    return sorted((ROOT / "docs").glob("*.md")) + sorted((ROOT / "examples").glob("*.md")) + [ROOT / "README.md"]


def bote_sources() -> dict[str, str]:
    """Every example and every ```bote block of the docs, by a name that says
    where it comes from (`examples/chat.bote`, `README.md:12`)."""
    out = {f"examples/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.bote"))}
    for path in markdown_files():
        text = path.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            line = text[: m.start()].count("\n") + 1
            out[f"{path.relative_to(ROOT)}:{line}"] = m.group("body")
    return out


def _offline(output: str) -> str | None:
    found = _OFFLINE.search(output)
    return None if found is None else found.group()


def node_ready() -> None:
    """Install the extension's node packages (once per lock file), or skip."""
    outcome, message = _install()
    if outcome == "skip":
        pytest.skip(message)
    if outcome == "fail":
        raise AssertionError(message)


@cache
def _install() -> tuple[str, str]:
    """("ok" | "skip" | "fail", why): tried once per test run."""
    if shutil.which("node") is None:
        return "skip", "node is not installed: the VS Code extension's grammar and client tests run in node"
    lock = VSCODE / "package-lock.json"
    stamp = VSCODE / "node_modules" / ".bote-lock-sha256"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == digest:
        return "ok", ""
    if shutil.which("npm") is None:
        return "skip", "npm is not installed: it installs the extension's node packages (npm ci)"
    done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=VSCODE, capture_output=True, text=True,
                          timeout=900)
    if done.returncode != 0:
        why = _offline(done.stderr + done.stdout)
        if why is not None:
            return "skip", (f"npm ci could not reach the npm registry ({why}): the extension's node packages "
                            "are not installed")
        return "fail", f"npm ci failed in editors/vscode:\n{done.stderr[-3000:]}"
    stamp.write_text(digest + "\n", encoding="utf-8")
    return "ok", ""


def node(script: str, *args: str, stdin: str | None = None) -> str:
    """Run one of editors/vscode/test/'s scripts; its standard output."""
    node_ready()
    done = subprocess.run(["node", str(VSCODE / "test" / script), *args], input=stdin, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


@cache
def _tokenized(request: str) -> dict:
    return json.loads(node("tokenize.js", stdin=request))


def tokenize(texts: dict[str, str], scope: str = "source.bote") -> dict[str, list[tuple[int, int, int, list[str]]]]:
    """{name: [(line, start, end, scopes), ...]} for each text, as VS Code
    tokenizes it: lines and columns from 0, the scopes outermost first."""
    request = json.dumps([{"id": name, "text": text, "scope": scope} for name, text in texts.items()])
    return {name: [tuple(t) for t in tokens] for name, tokens in _tokenized(request).items()}
