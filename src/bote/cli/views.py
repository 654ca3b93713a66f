"""The commands that show one file's estimate another way: `graph` (its
flow), `compare` (its variants side by side), `explain` (how a figure was
derived) and `plot` (a distribution's histogram)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from bote.cli.shared import (
    digits_option,
    guarded,
    one_report,
    overrides_of,
    print_diagnostics,
    sampling_options,
    set_option,
    symlinks_option,
    variant_option,
)


@click.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["mermaid", "dot"]), default="mermaid", show_default=True)
@set_option
@variant_option
@symlinks_option
@sampling_options
@digits_option
def graph(file: str, fmt: str, sets: tuple[str, ...], variant: str | None, follow_symlinks: bool,
          seed: int | None,
          samples: int | None, digits: int) -> None:
    """Print FILE's flow with each component's load, instances and risks, as
    a Mermaid flowchart or a Graphviz graph."""
    from bote.files import shown_name
    from bote.language.format import significant_digits
    from bote.render.graph import render_dot, render_mermaid
    with significant_digits(digits):
        report = one_report(file, seed, samples, follow_symlinks, overrides_of(sets, variant))
        if report is None:
            click.echo(f"{shown_name(file)}: no ```bote blocks, nothing to draw", err=True)
            return
        if not report.files[0].components:
            click.echo(f"{shown_name(file)}: no components, the graph is empty", err=True)
        click.echo(guarded(lambda: (render_dot if fmt == "dot" else render_mermaid)(report.files[0])), nl=False)


@click.command()
@click.argument("file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json"]), default="table",
              show_default=True)
@symlinks_option
@sampling_options
@digits_option
def compare(file: str, fmt: str, follow_symlinks: bool, seed: int | None, samples: int | None, digits: int) -> None:
    """Evaluate FILE and each of its variants (`variant NAME { ... }`, or in a
    doc the blocks after <!-- bote:variant NAME -->) and print them side by
    side: each component's instances, headroom, cost and risks, the total
    cost and what breaks first, with what differs from the file marked.

    Exit status: 0 compared; 2 invalid input (the file or a variant)."""
    from bote.api import compare_file, sampling_of
    from bote.files import shown_name
    from bote.language.format import significant_digits
    from bote.model.report import Report
    if file == "-" or Path(file).is_dir():
        what = "standard input" if file == "-" else f"{shown_name(file)}, a folder"
        click.echo(f"error: bote compare compares the variants of one file, not {what}", err=True)
        sys.exit(2)
    with significant_digits(digits):
        scenarios = compare_file(file, sampling_of(seed, samples), follow_symlinks=follow_symlinks)
        base = scenarios["base"]
        print_diagnostics(Report(list(scenarios.values())))
        if not all(f.valid for f in scenarios.values()):
            sys.exit(2)
        if base.skipped:
            click.echo(f"error: {file} has no ```bote blocks", err=True)
            sys.exit(2)
        if fmt == "json":
            from bote.render.json import render_variants_json
            click.echo(guarded(lambda: render_variants_json(scenarios)), nl=False)
            return
        from bote.render.compare import render_comparison
        click.echo(guarded(lambda: render_comparison(scenarios, fmt == "markdown")), nl=False)


@click.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@set_option
@variant_option
@symlinks_option
@sampling_options
@digits_option
def explain(file: str, name: str, fmt: str, sets: tuple[str, ...], variant: str | None, follow_symlinks: bool,
            seed: int | None,
            samples: int | None, digits: int) -> None:
    """Print how NAME in FILE was derived, as a tree down to the values the
    file states: each step's formula, the numbers put into it and the
    result. NAME is a binding (`dau`) or a component's figure
    (`api.instances`, `db.load`, `api.p99`, `bus.drain_time`).

    Exit status: 0 explained; 2 invalid input or an unknown NAME."""
    from bote.errors import BoteError
    from bote.files import shown_name
    from bote.language.format import significant_digits
    from bote.model import keep_figure_graphs
    from bote.render.diagnostics import render_diagnostic
    from bote.render.explain import render_explain_json, render_explain_text
    keep_figure_graphs(True)  # the explanation is a walk of the figure graph
    with significant_digits(digits):
        report = one_report(file, seed, samples, follow_symlinks, overrides_of(sets, variant))
        if report is None:
            click.echo(f"error: {shown_name(file)} has no ```bote blocks", err=True)
            sys.exit(2)
        from bote.api import explain as explain_figure
        f = report.files[0]

        def explained() -> str:
            try:
                step = explain_figure(f, name)
            except BoteError as e:
                for d in e.diagnostics:
                    click.echo(render_diagnostic(d, f.source_of(d), file=f.file), err=True)
                sys.exit(2)
            return render_explain_json(step, f) if fmt == "json" else render_explain_text(step)
        click.echo(guarded(explained), nl=False)


@click.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.argument("name")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), metavar="PATH",
              help="The image to write: PATH.png or PATH.svg.")
@click.option("--title", default=None, help="The picture's title [default: NAME].")
@symlinks_option
@sampling_options
def plot(file: str, name: str, out: str, title: str | None, follow_symlinks: bool, seed: int | None,
         samples: int | None) -> None:
    """Draw a histogram of NAME's samples in FILE, with its p5, median and
    p95 marked: NAME is a binding (`traffic`) or a component's figure
    (`api.load`, `db.utilization`, `db.needed`).  Needs matplotlib:
    pip install 'bote-lang[plot]'.

    Exit status: 0 written; 2 invalid input, an unknown NAME, a single value,
    or no matplotlib."""
    from bote.errors import BoteError
    from bote.files import shown_name
    from bote.render.diagnostics import render_diagnostic
    from bote.writeback.plot import output_format, plot_figure

    def fail(diagnostics, source="", where=None):
        for d in diagnostics:
            click.echo(render_diagnostic(d, source, file=where), err=True)
        sys.exit(2)

    try:
        output_format(out)
    except BoteError as e:
        fail(e.diagnostics)
    if file != "-" and Path(file).is_dir():
        click.echo(f"error: {shown_name(file)} is a folder: bote plot draws a value of one file", err=True)
        sys.exit(2)
    report = one_report(file, seed, samples, follow_symlinks)
    if report is None:
        click.echo(f"error: {shown_name(file)} has no ```bote blocks", err=True)
        sys.exit(2)
    try:
        drawn = plot_figure(report.files[0], name, out, title=title)
    except BoteError as e:
        fail(e.diagnostics, report.files[0].source)
    click.echo(f"{shown_name(out)}: {name}: {drawn.spread_text}")
