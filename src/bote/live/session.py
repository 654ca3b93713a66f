"""The repl's state, without any terminal: the statements typed so far and
what each new line answers.  The whole session is evaluated again for every
line (sessions are short; the evaluator is the one `bote check` runs), so a
line's errors and values are exactly those of the saved file."""
from __future__ import annotations

import re
from dataclasses import field, replace
from pathlib import Path

from bote.api import evaluate_text, explain, read_text
from bote.dataclasses_compiled import dataclass
from bote.docs.markdown import find_blocks
from bote.errors import BoteError
from bote.files import is_markdown
from bote.model.report import FileReport
from bote.render.diagnostics import render_diagnostic
from bote.render.explain import render_explain_text
from bote.render.figures import value_text
from bote.uncertainty.sampling import Sampling

NAME = "<repl>"
#: An expression line is evaluated as this binding, appended to the session.
_RESULT = "_repl_value"
_PREFIX = f"{_RESULT} = "
_STATEMENT = re.compile(r"\s*(component|flow|variant|unit|assert)\b|\s*[A-Za-z_][A-Za-z0-9_.]*\s*=(?!=)|\s*(#|$)")


def is_statement(text: str) -> bool:
    """A binding, a declaration, a block or an assert; anything else is an
    expression to print (`peak * 2 -> GB`)."""
    return _STATEMENT.match(text) is not None


def open_braces(text: str) -> int:
    """How many `{` are still open: a component typed over several lines
    is read until this is 0."""
    depth = 0
    for line in text.splitlines():
        for c in line.split("#", 1)[0]:
            depth += (c == "{") - (c == "}")
    return depth


@dataclass
class Session:
    statements: list[str] = field(default_factory=list)
    report: FileReport | None = None       # the last good evaluation
    sampling: Sampling | None = None       # --seed, --samples: the Monte Carlo run of ranges

    @property
    def source(self) -> str:
        return "".join(s + "\n" for s in self.statements)

    def names(self) -> list[str]:
        """Binding and component names, for completion."""
        if self.report is None:
            return []
        return [v.name for v in self.report.values] + [c.name for c in self.report.components]

    def run(self, text: str) -> str:
        """What one entry (a line, or a whole block) prints."""
        stripped = text.strip()
        if stripped.startswith(":"):
            return self.command(stripped)
        if not stripped or stripped.startswith("#"):
            return ""
        if is_statement(text):
            return self._statement(text.rstrip("\n"))
        return self._expression(stripped)

    def _evaluate(self, candidate: str) -> FileReport:
        return evaluate_text(self.source + candidate + "\n", NAME, sampling=self.sampling)

    def _statement(self, text: str) -> str:
        f = self._evaluate(text)
        if f.errors:
            return self._errors(f)
        self.statements.append(text)
        self.report = f
        first = self.source.count("\n") - text.count("\n")
        out = [f"{f'line {r.span.line}'}: {r.severity}[{r.kind}] {r.message}" for r in f.risks
               if r.span is not None and r.span.line >= first]
        out += [a.message for a in f.asserts if not a.passed and a.span.line >= first]
        return "\n".join(out)

    def _expression(self, text: str) -> str:
        f = self._evaluate(_PREFIX + text)
        if f.errors:
            return self._errors(f, shift=len(_PREFIX))
        for v in f.values:
            if v.name == _RESULT:
                return value_text(v, f.evaluated_units)
        return ""

    def _errors(self, f: FileReport, shift: int = 0) -> str:
        """The first error with its caret, on the line as the user typed it."""
        d = f.errors[0]
        source = f.source
        last = source.count("\n")
        if shift and d.span is not None and d.span.line == last:
            span = replace(d.span, column=max(1, d.span.column - shift),
                           end_column=max(1, d.span.end_column - shift))
            d = replace(d, span=span, message=d.message.replace(_RESULT, "the expression"))
            lines = source.split("\n")
            lines[last - 1] = lines[last - 1][shift:]
            source = "\n".join(lines)
        return render_diagnostic(d, source, file=NAME)

    # ---- commands ---------------------------------------------------------------
    def command(self, text: str) -> str:
        word, _, argument = text.partition(" ")
        argument = argument.strip()
        commands = {":explain": self._explain, ":units": self._units, ":load": self._load, ":save": self._save}
        if word not in commands:
            return f"error: unknown command `{word}`\n  hint: the commands are {', '.join(commands)}"
        return commands[word](argument)

    def _explain(self, name: str) -> str:
        if not name:
            return "error: :explain takes a name\n  hint: `:explain peak`, `:explain api.instances`"
        from bote.model import keep_figure_graphs
        keep_figure_graphs(True)
        f = self._evaluate("")  # evaluated again: the last report may not have kept its figure graph
        try:
            return render_explain_text(explain(f, name)).rstrip("\n")
        except BoteError as e:
            return "\n".join(render_diagnostic(d, f.source, file=NAME) for d in e.diagnostics)

    def _units(self, needle: str) -> str:
        from bote.language.unit_table import registry
        from bote.language.units import describe_dims
        r = registry()
        rows = []
        for spelling, canonical in sorted(r.aliases.items(), key=lambda item: item[0].lower()):
            if needle.lower() not in spelling.lower() and needle.lower() not in canonical.lower():
                continue
            info = r.units[canonical]
            what = {"label": "a count label", "scale": "a plain multiplier"}.get(info.kind) or describe_dims(info.dims)
            rows.append(f"{spelling}  {what}" + ("" if spelling == canonical else f" ({canonical})"))
        return "\n".join(rows) if rows else f"no unit matches `{needle}`"

    def _load(self, path: str) -> str:
        if not path:
            return "error: :load takes a file\n  hint: `:load examples/url-shortener.bote`"
        text, failed = read_text(path)
        if failed is not None or text is None:
            return "\n".join(render_diagnostic(d, "", file=path) for d in failed.errors) if failed else ""
        if is_markdown(path):   # a design doc: the statements of its ```bote blocks
            text = "\n".join(line for block in find_blocks(text) for line in block.content)
        f = self._evaluate(text.rstrip("\n"))
        if f.errors:
            return self._errors(f)
        self.statements.append(text.rstrip("\n"))
        self.report = f
        return f"loaded {path}: {len(f.values)} values, {len(f.components)} components"

    def _save(self, path: str) -> str:
        if not path:
            return "error: :save takes a file\n  hint: `:save estimate.bote`"
        from bote.writeback.writing import write_atomically
        try:
            write_atomically(Path(path), self.source.encode("utf-8"))
        except OSError as e:
            return f"error: cannot write {path}: {e.strerror or e}"
        return f"saved {len(self.statements)} statements to {path}"
