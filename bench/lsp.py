#!/usr/bin/env python3
"""The language server's latency (issue 15): `bote lsp` started as an editor
starts it, driven over its standard input and output by a small LSP client
(the standard library's json and subprocess, no pygls on this side).

On the largest example (and the largest Markdown doc), its `# =>` results
taken off (so every line gets its inlay hint), once the file is open and
evaluated:

  - each request an editor sends while one reads the file (hover on a
    binding and on `component.figure`, completion after `component.` and
    in an expression, inlay hints of the whole file, document symbols,
    folding, formatting, definition, references), timed round trip, N runs
    each, round-robin: medians against the target of 50 ms;
  - diagnostics after an edit: five keystrokes 40 ms apart (a number typed
    over), timed from the last keystroke to the diagnostics the server
    publishes for it (the debounce, the evaluation and the message):
    medians against the target of 300 ms;
  - a hover sent right after a keystroke (before the debounce is over:
    answered from the new text, evaluated at once).

Run it alone or from run.py (`--only lsp`):

    .venv/bin/python bench/lsp.py [--runs 21]
    .venv/bin/python bench/run.py --only lsp

It needs the lsp extra (pygls, lsprotocol) in the interpreter bote runs in;
without it, it says so and measures nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable

REQUEST_TARGET = 0.050      # seconds, median of each request
DIAGNOSTICS_TARGET = 0.300  # seconds, median from the last keystroke
KEYSTROKES, KEYSTROKE_GAP = 5, 0.040


class Client:
    """A minimal LSP client over a subprocess's pipes: requests answered in
    order, notifications kept until asked for, the server's own requests
    (`workspace/configuration`, `client/registerCapability`) answered with null."""

    def __init__(self, cmd: list[str], env: dict[str, str]):
        self.process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        self.next_id = 0
        self.notifications: list[tuple[float, dict]] = []

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> dict:
        out = self.process.stdout
        assert out is not None
        length = None
        while True:
            line = out.readline()
            if not line:
                raise RuntimeError("bote lsp closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        assert length is not None
        return json.loads(out.read(length))

    def _dispatch(self, message: dict) -> None:
        if "method" in message and "id" in message:      # the server asks the client
            self._send({"id": message["id"], "result": None})
        elif "method" in message:
            self.notifications.append((time.perf_counter(), message))

    def request(self, method: str, params: dict | None) -> object:
        self.next_id += 1
        wanted = self.next_id
        self._send({"id": wanted, "method": method, "params": params})
        while True:
            message = self._read()
            if message.get("id") == wanted and "method" not in message:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result")
            self._dispatch(message)

    def notify(self, method: str, params: dict) -> None:
        self._send({"method": method, "params": params})

    def wait_for(self, method: str, uri: str) -> float:
        """The time the next `method` notification about `uri` arrived."""
        while True:
            for i, (at, message) in enumerate(self.notifications):
                if message["method"] == method and message["params"].get("uri") == uri:
                    del self.notifications[i]
                    return at
            self._dispatch(self._read())

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", {})
            self.process.wait(timeout=10)
        except Exception:  # noqa: BLE001 - a benchmark that ends must not leave the server behind
            self.process.kill()


# ---- the requests, at positions found in the file ------------------------------------

def _position(text: str, pattern: str, group: int = 1, end: bool = False) -> dict:
    """The position of a regex group's start (or end) in `text` (the
    first match outside a comment)."""
    for number, line in enumerate(text.split("\n")):
        code = line.split("#", 1)[0]
        m = re.search(pattern, code)
        if m:
            return {"line": number, "character": m.end(group) if end else m.start(group)}
    raise SystemExit(f"bench: no `{pattern}` in the example")


def requests(uri: str, text: str) -> list[tuple[str, str, dict]]:
    """(label, method, params) of each request timed."""
    doc = {"uri": uri}
    lines = text.split("\n")
    read = r"^\w+ *= *([a-z_]\w*)\.([a-z_]\w*)"            # `reads = readers.load`
    figure = _position(text, read, 2)                           # on `load`
    component = _position(text, read, 1)                        # on `readers`
    after_dot = _position(text, read, 2)                        # just after the dot
    binding = _position(text, r"^(\w+) *= ")
    expression = _position(text, r"^\w+ *= *()")   # where an expression starts: every name and unit
    whole = {"start": {"line": 0, "character": 0}, "end": {"line": len(lines), "character": 0}}
    return [
        ("hover on a binding", "textDocument/hover", {"textDocument": doc, "position": binding}),
        ("hover on component.figure", "textDocument/hover", {"textDocument": doc, "position": figure}),
        ("completion after `component.`", "textDocument/completion", {"textDocument": doc, "position": after_dot}),
        ("completion in an expression", "textDocument/completion", {"textDocument": doc, "position": expression}),
        ("inlay hints (whole file)", "textDocument/inlayHint", {"textDocument": doc, "range": whole}),
        ("document symbols", "textDocument/documentSymbol", {"textDocument": doc}),
        ("folding ranges", "textDocument/foldingRange", {"textDocument": doc}),
        ("formatting", "textDocument/formatting",
         {"textDocument": doc, "options": {"tabSize": 2, "insertSpaces": True}}),
        ("definition", "textDocument/definition", {"textDocument": doc, "position": component}),
        ("references", "textDocument/references",
         {"textDocument": doc, "position": component, "context": {"includeDeclaration": True}}),
    ]


#: A `# =>` result: taken off the file before it is opened, so that every
#: binding and component gets its inlay hint (the most the hints can be).
_RESULT = re.compile(r"[ \t]*#[ \t]?=>.*$", re.MULTILINE)


def _open(client: Client, path: Path) -> tuple[str, str, float]:
    text = _RESULT.sub("", path.read_text(encoding="utf-8"))
    uri = path.resolve().as_uri()
    started = time.perf_counter()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown" if path.suffix == ".md" else "bote", "version": 1, "text": text}})
    return uri, text, client.wait_for("textDocument/publishDiagnostics", uri) - started


def time_requests(client: Client, uri: str, text: str, runs: int) -> dict[str, list[float]]:
    cases = requests(uri, text)
    times: dict[str, list[float]] = {label: [] for label, _, _ in cases}
    for round_ in range(runs + 1):            # round-robin, after one discarded warm-up round
        for label, method, params in cases:
            t0 = time.perf_counter()
            answer = client.request(method, params)
            took = time.perf_counter() - t0
            empty = answer in (None, []) or isinstance(answer, dict) and answer.get("items") == []
            if round_ == 0 and empty and method != "textDocument/formatting":
                raise SystemExit(f"bench: {label} answered nothing (the position is wrong?)")
            if round_:
                times[label].append(took)
    return times


def _number_edit(text: str) -> tuple[dict, str, str]:
    """The range of the first multi-digit number of a binding or property (the number
    typed over) and the two texts typed there in turn."""
    for number, line in enumerate(text.split("\n")):
        m = re.match(r"^\s*\w+ *= *(\d\d+)", line.split("#", 1)[0])
        if m:
            start = {"line": number, "character": m.start(1)}
            return {"start": start, "end": {"line": number, "character": m.end(1)}}, m.group(1), \
                str(int(m.group(1)) + 1)
    raise SystemExit("bench: no binding with a number to type over")


def time_typing(client: Client, uri: str, text: str, runs: int) -> tuple[list[float], list[float]]:
    """(seconds from the last keystroke to its diagnostics, seconds of a
    hover sent just after a keystroke), `runs` times each."""
    where, first, second = _number_edit(text)
    hover_at = {"textDocument": {"uri": uri}, "position": _position(text, r"^(\w+) *= ")}
    version = 1
    current = first
    diagnostics, hovers = [], []
    for run in range(runs + 1):
        for _ in range(KEYSTROKES):
            version += 1
            new = second if current == first else first
            end_char = where["start"]["character"] + len(current)
            change = {"range": {"start": where["start"], "end": {"line": where["start"]["line"],
                                                                 "character": end_char}}, "text": new}
            current = new
            client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                     "contentChanges": [change]})
            last = time.perf_counter()
            time.sleep(KEYSTROKE_GAP)
        if run % 2:
            t0 = time.perf_counter()
            client.request("textDocument/hover", hover_at)
            if run:
                hovers.append(time.perf_counter() - t0)
        arrived = client.wait_for("textDocument/publishDiagnostics", uri)
        if run:
            diagnostics.append(arrived - last)
        time.sleep(0.3)   # the next burst of typing starts after this one is published
        client.notifications.clear()
    return diagnostics, hovers


# ---- the benchmark ---------------------------------------------------------------------

def _bote_command() -> list[str]:
    script = Path(PY).parent / ("bote.exe" if os.name == "nt" else "bote")
    return [str(script)] if script.exists() else [PY, "-m", "bote"]


def largest(suffix: str) -> Path:
    return max((ROOT / "examples").glob(f"*{suffix}"), key=lambda p: (len(p.read_text(encoding="utf-8")), p.name))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f}"


def _table(title: str, rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    print(f"\n== {title}")
    print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


def bench_lsp(runs: int, env: dict[str, str], summary: list[tuple[str, str, bool]]) -> None:
    """Time the server on the largest example and the largest doc; add the
    targets' lines to `summary` (what, measured, met)."""
    probe = subprocess.run([PY, "-c", "import pygls, lsprotocol"], capture_output=True, env=env)
    if probe.returncode != 0:
        print("\n== language server (issue 15): skipped, pygls and lsprotocol are not installed "
              "(pip install 'bote-lang[lsp]')")
        return
    client = Client([*_bote_command(), "lsp"], env)
    try:
        client.request("initialize", {"processId": os.getpid(), "rootUri": ROOT.as_uri(), "capabilities": {}})
        client.notify("initialized", {})
        worst_request, worst_typing = 0.0, 0.0
        for path in (largest(".bote"), largest(".md")):
            uri, text, opened = _open(client, path)
            times = time_requests(client, uri, text, runs)
            rows = [[label, str(len(t)), _ms(statistics.median(t)), _ms(min(t)), _ms(max(t))]
                    for label, t in times.items()]
            rows.insert(0, ["open: evaluated, diagnostics published", "1", _ms(opened), _ms(opened), _ms(opened)])
            typed, hovered = time_typing(client, uri, text, max(5, runs // 2))
            rows.append([f"diagnostics {KEYSTROKES} keystrokes later (from the last)", str(len(typed)),
                         _ms(statistics.median(typed)), _ms(min(typed)), _ms(max(typed))])
            rows.append(["hover just after a keystroke", str(len(hovered)), _ms(statistics.median(hovered)),
                         _ms(min(hovered)), _ms(max(hovered))])
            lines = len(text.splitlines())
            _table(f"language server: {path.relative_to(ROOT)} ({lines} lines), round trip over stdio",
                   rows, ["request", "runs", "median ms", "min ms", "max ms"])
            worst_request = max(worst_request, *(statistics.median(t) for t in times.values()))
            worst_typing = max(worst_typing, statistics.median(typed))
        summary.append(("LSP: each request on the largest example and doc <= 50 ms (slowest median)",
                        f"{_ms(worst_request)} ms", worst_request <= REQUEST_TARGET))
        summary.append(("LSP: diagnostics <= 300 ms after the last keystroke (slowest median)",
                        f"{_ms(worst_typing)} ms", worst_typing <= DIAGNOSTICS_TARGET))
    finally:
        client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="timed runs of each request (default 21)")
    args = parser.parse_args()
    summary: list[tuple[str, str, bool]] = []
    bench_lsp(args.runs, dict(os.environ), summary)
    if summary:
        _table("targets (issue 15)", [[what, got, "PASS" if ok else "MISS"] for what, got, ok in summary],
               ["target", "measured (median)", "verdict"])


if __name__ == "__main__":
    main()
