"""The library entry points: everything the CLI does is reachable from here."""
from __future__ import annotations

from pathlib import Path

from bote.files import is_markdown
from bote.model.explain import Step, explain  # noqa: F401 - how a figure was derived (`bote explain`)
from bote.model.report import Report
from bote.pipeline import (  # noqa: F401 - the library's entry points, beside evaluate()
    compare_file,
    decode,
    evaluate_file_report,
    evaluate_markdown,
    evaluate_source,
    evaluate_text,
    expand_inputs,
    expand_paths,
    read_text,
    sampling_of,
    variant_names,
)


def evaluate(text: str, filename: str = "<input>", *, seed: int | None = None,
             samples: int | None = None) -> Report:
    """Evaluate bote source, or the ```bote blocks of a Markdown document
    when `filename` ends in `.md` (as the CLI reads it). Returns the
    `Report` the CLI prints; raises `BoteError` (with every diagnostic
    found) when the input is invalid. `seed` and `samples` set the Monte
    Carlo run of files with ranges."""
    sampling = sampling_of(seed, samples)
    if is_markdown(filename):
        return Report([evaluate_markdown(text, filename, sampling)])
    return Report([evaluate_source(text, filename, sampling)])


def evaluate_file(path: str | Path, *, seed: int | None = None, samples: int | None = None) -> Report:
    """Evaluate one .bote or Markdown file, as `bote check` does. Unlike
    `evaluate`, invalid or unreadable input does not raise: the report
    carries the diagnostics (`report.errors`) and its exit code is 2."""
    return Report([evaluate_file_report(path, sampling_of(seed, samples))])
