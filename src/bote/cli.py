"""The `bote` command: thin click commands over `bote.api`."""
from __future__ import annotations

import sys

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bote")
def main() -> None:
    """bote: back-of-the-envelope capacity estimates.

    Write traffic, per-request costs and per-instance capacity in a .bote
    file; bote walks the traffic through the flow, sizes every component and
    flags the ones likely to fail."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="Output format.")
@click.option("--strict", is_flag=True, help="Warnings fail the check too (exit 1).")
def check(files: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Evaluate FILES and report sizes, risks and asserts.

    A directory stands for every .bote file beneath it (hidden folders,
    .venv and node_modules skipped).  Exit status: 0 fine; 1 a failed assert
    or an error-level risk (with --strict, a warning too); 2 invalid or
    unreadable input."""
    from .api import evaluate_file, evaluate_source, expand_paths
    from .errors import BoteError
    from .render.diagnostics import render_diagnostic
    from .report import FileReport, Report

    report = Report()
    for name in expand_paths(files):
        if name == "-":
            text = sys.stdin.read()
            try:
                report.files.append(evaluate_source(text, "<stdin>"))
            except BoteError as e:
                report.files.append(FileReport("<stdin>", text, errors=e.diagnostics))
        else:
            report.files.append(evaluate_file(name))

    for f in report.files:
        for d in f.errors:
            click.echo(render_diagnostic(d, f.source, file=f.file), err=True)
    if fmt == "json":
        from .render.json import render_json
        click.echo(render_json(report), nl=False)
    else:
        from .render.table import render_markdown, render_table
        render = render_markdown if fmt == "markdown" else render_table
        click.echo("\n".join(render(f) for f in report.files if f.valid), nl=False)
    sys.exit(report.exit_code(strict))
