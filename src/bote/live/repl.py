"""`bote repl`: a prompt over `Session`.  On a terminal, prompt_toolkit
(completion of names, units and commands; history in the cache folder);
with standard input piped, plain lines and no prompt, for scripts and tests."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

from bote.cache_files import read_bytes, write_bytes
from bote.live.session import Session, open_braces
from bote.resources import cache_dir

HISTORY_FILE = "repl-history"
#: Entries kept: the file is rewritten whole (atomically) on every entry.
HISTORY_ENTRIES = 1000
COMMANDS = (":explain", ":units", ":load", ":save")


def entries(lines: Iterable[str]) -> Iterator[str]:
    """Lines grouped into entries: a line with an open `{` goes on until it
    closes (`component api {` ... `}`)."""
    buffer = ""
    for line in lines:
        buffer += line if line.endswith("\n") else line + "\n"
        if open_braces(buffer) <= 0:
            yield buffer
            buffer = ""
    if buffer.strip():
        yield buffer


def run_piped(stdin: TextIO, stdout: TextIO, sampling=None) -> int:
    session = Session(sampling=sampling)
    for entry in entries(stdin):
        out = session.run(entry)
        if out:
            print(out, file=stdout, flush=True)
    return 0


def run_terminal(sampling=None) -> int:
    from prompt_toolkit import PromptSession
    session = Session(sampling=sampling)
    prompt: PromptSession = PromptSession(history=_history(), completer=_completer(session),
                                          complete_while_typing=False)
    while True:
        try:
            entry = prompt.prompt("bote> ") + "\n"
            while open_braces(entry) > 0:
                entry += prompt.prompt("...   ") + "\n"
        except KeyboardInterrupt:
            continue  # a fresh line, as a shell does
        except EOFError:
            return 0
        out = session.run(entry)
        if out:
            print(out, flush=True)


def _completer(session: Session):
    from prompt_toolkit.completion import Completer, Completion

    class Names(Completer):
        def get_completions(self, document, complete_event):
            word = document.get_word_before_cursor(WORD=True)
            if document.text_before_cursor.lstrip().startswith(":") and " " not in document.text_before_cursor:
                pool: Iterable[str] = COMMANDS
            else:
                word = document.get_word_before_cursor()
                pool = [*session.names(), *_unit_names()]
            for name in sorted(set(pool)):
                if word and name.startswith(word):
                    yield Completion(name, start_position=-len(word))
    return Names()


def _unit_names() -> list[str]:
    from bote.language.unit_table import registry
    return registry().names()


def _history():
    """The history file in bote's cache folder, read and written by the
    cache's rules (never through a symlink, only the user's own file);
    with no usable cache folder, history for this session only."""
    from prompt_toolkit.history import History, InMemoryHistory
    folder = cache_dir()
    if folder is None:
        return InMemoryHistory()
    path = folder / HISTORY_FILE

    class CacheHistory(History):
        def load_history_strings(self):
            raw = read_bytes(path) or b""
            kept = [line for line in raw.decode("utf-8", "replace").split("\0") if line]
            return list(reversed(kept))   # newest first, as prompt_toolkit wants

        def store_string(self, string: str) -> None:
            kept = self.get_strings()[-HISTORY_ENTRIES:]   # oldest first, the new one included
            write_bytes(path, "\0".join(kept).encode("utf-8"))
    return CacheHistory()


def run(sampling=None) -> int:
    if sys.stdin.isatty() and sys.stdout.isatty():
        return run_terminal(sampling)
    return run_piped(sys.stdin, sys.stdout, sampling)
