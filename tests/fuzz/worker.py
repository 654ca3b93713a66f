"""The fuzzer's worker: a long-lived process that checks programs the way
`bote check` and `bote render --check` do and says how each went.

Run by `harness.Worker` as `python worker.py MEMORY_BYTES FOLDER`; it limits
its own address space to MEMORY_BYTES before it imports anything, writes the
files `bote render` reads into FOLDER, says `ready`, then
answers one JSON line per JSON line read (`{"text": ..., "name": ...}` ->
`{"outcome": ..., "detail": ..., "signature": ...}`). A request
`{"explain": ..., "name": ...}` runs `bote explain` (text and JSON) on every
figure of the program's graph, a second request so that it has a time limit
of its own (the last program checked is kept, so it is not evaluated again).
The outcomes:

- `ok`: a valid file, printed in every format (for an explain request, the
  detail is the number of figures explained);
- `diagnostic`: bote's own errors (`FILE:LINE:COL: error: ...`);
- `internal`: anything else: a diagnostic of kind `internal` ("this is a bug
  in bote"), an exception out of a renderer (`bote could not print this
  report`), or `bote could not render this file`; for an explain request,
  any exception but a `BoteError`;
- `memory`: a `MemoryError` anywhere (the address-space limit was hit).

Hangs and deaths are seen by the parent, which enforces the time limit.
"""
from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time
import traceback
from pathlib import Path


def _limit_memory(limit: int) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _signature(error: BaseException) -> str:
    """What tells one bug from another: the exception type and the innermost
    frame in bote's own code."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f"{os.sep}bote{os.sep}" in f.filename]
    where = f" in {Path(frames[-1].filename).name}:{frames[-1].name}" if frames else ""
    return f"{type(error).__name__}{where}"


class Failure(Exception):
    """An outcome found partway (an internal diagnostic, a message of bote's
    "could not" path): ends the checks of one program."""

    def __init__(self, outcome: str, detail: str, signature: str):
        super().__init__(detail)
        self.outcome, self.detail, self.signature = outcome, detail, signature


def _internal_from_evaluation(text: str, name: str, message: str) -> Failure:
    """`evaluate_text` turned an exception into a diagnostic of kind
    `internal`: evaluate again without its guard, for the traceback."""
    from bote.api import evaluate_markdown, evaluate_source
    from bote.errors import BoteError
    from bote.files import is_markdown
    evaluate = evaluate_markdown if is_markdown(name) else evaluate_source
    try:
        evaluate(text, name)
    except BoteError:
        pass
    except BaseException as e:  # noqa: BLE001
        kind = "memory" if isinstance(e, MemoryError) else "internal"
        return Failure(kind, f"{message}\n{traceback.format_exc()}", _signature(e))
    kind = "memory" if "MemoryError" in message else "internal"
    return Failure(kind, message, message.split("(")[-1].split(":")[0])


#: The last program checked and its report: what an explain request that
#: follows it explains.
_last: tuple[str, str, object] | None = None


def check_program(text: str, name: str, folder: Path) -> tuple[str, str]:
    """Evaluate, print in every format, render: (outcome, detail)."""
    global _last
    _last = None
    from bote.api import evaluate_text
    from bote.cli.check import CHECK_FORMATS, _render
    from bote.files import is_markdown
    from bote.language.format import significant_digits
    from bote.model.report import Report
    from bote.render.diagnostics import render_diagnostic
    from bote.render.graph import render_dot, render_mermaid

    with significant_digits(3):  # `bote check`'s default --digits
        f = evaluate_text(text, name, markdown=is_markdown(name))
        _last = (text, name, f)
        for d in f.errors:
            if d.kind == "internal":
                raise _internal_from_evaluation(text, name, d.message)
        report = Report([] if f.skipped else [f])
        for d in f.errors:
            render_diagnostic(d, f.source, file=f.file)
        for fmt in CHECK_FORMATS:
            for strict in (False, True):
                _render(report, fmt, strict)
        if f.errors:
            return "diagnostic", f.errors[0].kind
        if not f.skipped:
            render_mermaid(f)
            render_dot(f)
        _render_file(text, name, folder)
    return "ok", ""


def explain_program(text: str, name: str) -> tuple[str, str]:
    """`bote explain FILE NAME` and `--format json` for every figure of the
    program's graph, the way the command does: a `BoteError` is bote's own
    answer; anything else is a bug. (outcome, "EXPLAINED REFUSED": the
    figures explained, and those explain refused with a `BoteError`)."""
    from bote.api import evaluate_text
    from bote.errors import BoteError
    from bote.files import is_markdown
    from bote.language.format import significant_digits
    from bote.model.explain import explain
    from bote.render.explain import render_explain_json, render_explain_text

    with significant_digits(3):
        f = _last[2] if _last is not None and _last[:2] == (text, name) else \
            evaluate_text(text, name, markdown=is_markdown(name))
        if f.errors:  # explain refuses such a file before it walks anything
            return "diagnostic", f.errors[0].kind
        if f.skipped:  # a doc without blocks: nothing to explain
            return "ok", "0 0"
        explained = refused = 0
        for figure in list(f.figures):
            try:
                step = explain(f, figure.name)
            except BoteError:
                refused += 1
                continue
            render_explain_text(step)
            render_explain_json(step, f)
            explained += 1
    return "ok", f"{explained} {refused}"


def _render_file(text: str, name: str, folder: Path) -> None:
    """`bote render --check` on the program written to a file."""
    from bote.files import is_markdown
    from bote.writeback.docrender import render_file as render_doc
    from bote.writeback.inline import render_file as render_bote
    path = folder / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    outcome = (render_doc if is_markdown(name) else render_bote)(str(path), check_only=True)
    for message in outcome.errors:
        if "could not render" in message:
            raise Failure("internal", message, "render: " + message.split("(")[-1].split(":")[0])


def _probe(what: str) -> tuple[str, str]:
    """Misbehave on purpose, so the harness's own tests see each outcome
    without depending on a bug in bote."""
    if what == "hang":
        time.sleep(3600)
    elif what == "memory":
        bytearray(4 << 30)
    elif what == "raise":
        raise KeyError("probe")
    elif what == "die":
        os.kill(os.getpid(), signal.SIGSEGV)
    return "ok", ""


def answer(request: dict, folder: Path) -> dict:
    try:
        if "probe" in request:
            outcome, detail = _probe(request["probe"])
        elif "explain" in request:
            outcome, detail = explain_program(request["explain"], request["name"])
        else:
            outcome, detail = check_program(request["text"], request["name"], folder)
        return {"outcome": outcome, "detail": detail, "signature": ""}
    except Failure as f:
        return {"outcome": f.outcome, "detail": f.detail, "signature": f.signature}
    except MemoryError as e:
        return {"outcome": "memory", "detail": traceback.format_exc(), "signature": _signature(e)}
    except BaseException as e:  # noqa: BLE001 - every escape is what the fuzzer looks for
        return {"outcome": "internal", "detail": traceback.format_exc(), "signature": _signature(e)}


def _warm_up(folder: Path) -> None:
    # Imports and caches (grammar, unit table, numpy) happen here, not inside
    # the first program's time limit.
    for text in ["x = 1 GB\ncomponent api {\n  load = 1k to 2k req/s\n  service_time = 10 ms\n}\n",
                 "x = (\n", "```bote\ny = 2 s\n```\n"]:
        name = "warm.md" if text.startswith("`") else "warm.bote"
        answer({"text": text, "name": name}, folder)
        answer({"explain": text, "name": name}, folder)


def main() -> None:
    _limit_memory(int(sys.argv[1]))
    # Answers go to the real stdout; anything bote might print goes to stderr.
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    folder = Path(sys.argv[2])
    _warm_up(folder)
    print("ready", file=replies, flush=True)
    for line in sys.stdin:
        print(json.dumps(answer(json.loads(line), folder)), file=replies, flush=True)


if __name__ == "__main__":
    main()
