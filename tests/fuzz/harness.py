"""The fuzzer's parent side: a worker process with a time limit, the
outcome of each program, and a minimizer for the inputs that fail.

One worker serves every program (starting Python and bote for each would cost
more than checking it); a program that takes longer than the time limit is a
hang: the worker is killed and a fresh one started for the next program. A
program that checks without errors is then explained, every figure of its
graph (`bote explain`, text and JSON), under a time limit of its own; a
failure there has a signature that starts with `explain: `.
"""
from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Self

WORKER = Path(__file__).resolve().with_name("worker.py")
TIME_LIMIT = 5.0          # seconds a program may take, every format and render included
MEMORY_LIMIT = 1 << 30    # bytes of address space (RLIMIT_AS) of the worker

#: The outcomes that are bugs in bote.
FAILURES = ("internal", "hang", "memory", "crash")
OUTCOMES = ("ok", "diagnostic", *FAILURES)


@dataclass(frozen=True)
class Outcome:
    kind: str           # one of OUTCOMES
    detail: str = ""    # the traceback or message of a failure; a diagnostic's kind
    signature: str = "" # tells one bug from another: "OverflowError in quantity.py:_float"
    explained: int = 0  # figures `bote explain` explained (a valid program)
    refused: int = 0    # figures it refused with a BoteError

    @property
    def failed(self) -> bool:
        return self.kind in FAILURES

    @property
    def bug(self) -> str:
        """The failure as one key: its kind and signature."""
        return f"{self.kind}: {self.signature}" if self.signature else self.kind


class Worker:
    """A worker process, restarted after a hang, a death or a memory blow-up."""

    def __init__(self, time_limit: float = TIME_LIMIT, memory_limit: int = MEMORY_LIMIT, explain: bool = True):
        self.time_limit, self.memory_limit, self.explain = time_limit, memory_limit, explain
        self.folder = Path(tempfile.mkdtemp(prefix="bote-fuzz-"))
        self.env = dict(os.environ, BOTE_CACHE_DIR=str(self.folder / "cache"), OPENBLAS_NUM_THREADS="1",
                        OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONHASHSEED="0")
        self.process: subprocess.Popen | None = None
        self.restarts = 0
        self._buffer = b""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _start(self) -> None:
        files = self.folder / "files"
        files.mkdir(exist_ok=True)
        # open for the worker's life, closed by _stop: no `with` block spans that
        self._stderr = open(self.folder / "stderr.txt", "w+b")  # noqa: SIM115
        self.process = subprocess.Popen([sys.executable, str(WORKER), str(self.memory_limit), str(files)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                                        env=self.env)
        self._buffer = b""
        ready = self._read_line(120.0)
        if ready != b"ready":
            raise RuntimeError(f"the fuzz worker did not start: {self._stderr_tail()}")

    def _stop(self) -> None:
        if self.process is not None:
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.process.stdin.close()
            self.process.stdout.close()
            self._stderr.close()
            self.process = None

    def restart(self) -> None:
        self._stop()
        self.restarts += 1

    def _stderr_tail(self) -> str:
        self._stderr.flush()
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")[-2000:]

    def _read_line(self, timeout: float) -> bytes | None:
        """A line from the worker; None on timeout; b"" when it died."""
        deadline = time.monotonic() + timeout
        fd = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b""
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line

    def run(self, text: str, name: str = "fuzz.bote") -> Outcome:
        """Check one program (`name` decides .bote or Markdown), then explain
        every figure of a valid one."""
        outcome = self._ask({"text": text, "name": name})
        if outcome.kind != "ok" or not self.explain:
            return outcome
        explained = self._ask({"explain": text, "name": name})
        if explained.failed:
            return Outcome(explained.kind, f"explain: {explained.detail}", f"explain: {explained.signature}".rstrip(": "))
        if explained.kind != "ok":  # the second evaluation disagrees with the first
            return Outcome("internal", f"explain: the program checked fine, then gave {explained.kind} "
                           f"{explained.detail}", "explain: evaluations disagree")
        counts = explained.detail.split()
        return Outcome("ok", explained=int(counts[0]), refused=int(counts[1]))

    def probe(self, what: str) -> Outcome:
        """Have the worker hang, run out of memory, raise or die (`hang`,
        `memory`, `raise`, `die`): the harness's own tests."""
        return self._ask({"probe": what})

    def _ask(self, request: dict) -> Outcome:
        if self.process is None:
            self._start()
        try:
            self.process.stdin.write(json.dumps(request).encode() + b"\n")
            self.process.stdin.flush()
            line = self._read_line(self.time_limit)
        except BrokenPipeError:
            line = b""
        if line is None:
            self.restart()
            return Outcome("hang", f"no answer in {self.time_limit:g} s")
        if not line:
            code = self.process.wait()
            tail = self._stderr_tail()
            self.restart()
            how = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exited with status {code}"
            return Outcome("crash", f"the worker died ({how})\n{tail}", how)
        answer = json.loads(line)
        outcome = Outcome(answer["outcome"], answer["detail"], answer["signature"])
        if outcome.kind == "memory":  # a process that ran out of memory is not trusted further
            self.restart()
        return outcome


# ---- minimizing ---------------------------------------------------------------------------

_TOKEN = re.compile(r"\s+|[A-Za-z_][A-Za-z0-9_]*|\d[\d_.]*(?:[eE][+-]?\d+)?|\S")


def _ddmin(parts: list[str], fails, join) -> list[str]:
    """Zeller's delta debugging: a 1-minimal sublist of `parts` that still fails."""
    n = 2
    while len(parts) >= 2:
        chunk = max(1, len(parts) // n)
        subsets = [parts[i:i + chunk] for i in range(0, len(parts), chunk)]
        for k in range(len(subsets)):
            complement = [p for j, s in enumerate(subsets) if j != k for p in s]
            if fails(join(complement)):
                parts, n = complement, max(n - 1, 2)
                break
        else:
            if n >= len(parts):
                break
            n = min(len(parts), n * 2)
    return parts


def _statements(text: str) -> list[str]:
    """The text's lines, a component's or a flow's lines (up to the line
    where its braces close) as one."""
    out: list[str] = []
    depth = 0
    for line in text.splitlines(keepends=True):
        if depth > 0:
            out[-1] += line
        else:
            out.append(line)
        depth = max(0, depth + line.count("{") - line.count("}"))
    return out


def minimize(text: str, fails, budget: float = 300.0) -> str:
    """A smaller `text` for which `fails(text)` still holds: whole
    statements removed first, then lines, tokens, and characters (when it is
    short). Stops improving after `budget` seconds."""
    deadline = time.monotonic() + budget

    def still(candidate: str) -> bool:
        return time.monotonic() < deadline and fails(candidate)

    statements = _ddmin(_statements(text), still, "".join)
    lines = _ddmin("".join(statements).splitlines(keepends=True), still, "".join)
    tokens = _ddmin(_TOKEN.findall("".join(lines)), still, "".join)
    text = "".join(tokens)
    if len(text) <= 200:
        text = "".join(_ddmin(list(text), still, "".join))
    # Tidier when it still fails: each run of blanks as one space.
    tidy = re.sub(r"[ \t]+", " ", text)
    return tidy if tidy != text and still(tidy) else text


def minimal_failure(worker: Worker, text: str, name: str, outcome: Outcome, budget: float = 300.0) -> str:
    """`minimize` for the same bug (kind and signature) as `outcome`."""
    return minimize(text, lambda t: worker.run(t, name).bug == outcome.bug, budget)
