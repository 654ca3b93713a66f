"""The commands around the estimates: `instances` (the bundled catalog),
`fmt` (the canonical layout), and the long-running `lsp`, `watch` and
`repl`."""
from __future__ import annotations

import sys

import click

from bote.cli.shared import sampling_options, symlinks_option


@click.command()
@click.argument("filter", required=False, default=None)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table, or the rows as a JSON list of objects.")
def instances(filter: str | None, fmt: str) -> None:
    """List the bundled instance catalog: vCPUs, memory, local disk and the
    on-demand hourly price of common AWS, GCP and Azure types, with its
    region, date and source.  FILTER keeps the types whose name, provider
    or family contains it (`m6i`, `gcp`, `memory`), ignoring case.

    Exit status: 0 listed; 1 FILTER matches nothing."""
    from bote.model.catalog import matching
    from bote.render.catalog import instances_json, instances_table, no_match_text

    types = matching(filter)
    if fmt == "json":
        click.echo(instances_json(types), nl=False)
    elif types:
        click.echo(instances_table(types), nl=False)
    if not types:
        click.echo(no_match_text(filter or ""), err=True)
        sys.exit(1)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when a file would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff of what would change (implies --check).")
@symlinks_option
def fmt(files: tuple[str, ...], check_only: bool, diff: bool, follow_symlinks: bool) -> None:
    """Lay out FILES in bote's canonical layout: one statement a line, two
    spaces of indent in components, flows and variants, one space around
    operators, the `=` of a block aligned; comments and `# =>` results are
    kept.  In a Markdown doc, each ```bote block.  `-` reads standard input
    and prints the result.  A file that does not parse is left untouched.

    Exit status: 0 formatted (or already so); 1 with --check or --diff, a
    file would change; 2 invalid input or an unreadable or unwritable file."""
    from bote.api import expand_inputs
    from bote.files import shown_name
    from bote.pipeline import is_folder
    from bote.writeback.formatting import format_file

    worst = 0
    for name, tree in expand_inputs(files):
        if name == "-":
            worst = max(worst, _fmt_stdin(check_only or diff))
            continue
        if is_folder(name):
            click.echo(f"error: {shown_name(name)} has no .bote or .md files", err=True)
            worst = 2
            continue
        outcome = format_file(name, check_only=check_only or diff, want_diff=diff, tree=tree,
                              follow_symlinks=follow_symlinks)
        for message in outcome.errors:
            click.echo(message, err=True)
        if diff and outcome.diff:
            click.echo(outcome.diff, nl=False)
        if outcome.note:
            click.echo(outcome.note)
        worst = max(worst, outcome.exit_code)
    sys.exit(worst)


def _fmt_stdin(check_only: bool) -> int:
    """`bote fmt -`: standard input formatted to standard output (for an
    editor's formatter hook); with --check, nothing printed, exit 1 when it
    would change."""
    from bote.api import decode
    from bote.errors import BoteError
    from bote.files import Refused, read_stdin
    from bote.render.diagnostics import render_diagnostic
    from bote.writeback.formatting import formatted
    try:
        text, failed = decode(read_stdin(sys.stdin), "<stdin>")
    except Refused as e:
        click.echo(render_diagnostic(e.diagnostic, ""), err=True)
        return 2
    if failed is not None:
        for d in failed.errors:
            click.echo(render_diagnostic(d, failed.source, file="<stdin>"), err=True)
        return 2
    assert text is not None
    try:
        new = formatted(text, "<stdin>")
    except BoteError as e:
        for d in e.diagnostics:
            click.echo(render_diagnostic(d, text, file="<stdin>"), err=True)
        return 2
    if check_only:
        return int(new != text)
    click.echo(new, nl=False)
    return 0


@click.command()
@sampling_options
def lsp(seed: int | None, samples: int | None) -> None:
    """Run bote's language server on standard input and output, for an
    editor: diagnostics as `bote check` reports them, each figure beside its
    line, hover, completion, go to definition, references, rename, symbols,
    folding, quick fixes and formatting, for .bote files and the ```bote
    blocks of Markdown docs.  Needs the lsp extra: pip install 'bote-lang[lsp]'."""
    try:
        from bote.lsp.server import serve
    except ImportError as e:
        click.echo(f"error: bote lsp needs pygls and lsprotocol ({e}); install them with: pip install 'bote-lang[lsp]'",
                   err=True)
        sys.exit(2)
    serve(seed=seed, samples=samples)


_LIVE_HINT = "install them with: pip install 'bote-lang[live]'"


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@sampling_options
def watch(files: tuple[str, ...], seed: int | None, samples: int | None) -> None:
    """Evaluate FILES (.bote files or Markdown docs) and again whenever one
    changes, redrawing their tables (values, components, risks, summary);
    an invalid edit shows its first error above the last good result.
    Ctrl-C stops.  Needs the live extra: pip install 'bote-lang[live]'."""
    try:
        import watchfiles  # noqa: F401 - only to say what is missing
    except ImportError as e:
        click.echo(f"error: bote watch needs watchfiles ({e}); {_LIVE_HINT}", err=True)
        sys.exit(2)
    from bote.api import sampling_of
    from bote.live.watch import watch as run_watch
    sys.exit(run_watch(list(files), sampling_of(seed, samples)))


@click.command()
@sampling_options
def repl(seed: int | None, samples: int | None) -> None:
    """A prompt for bote: each line a statement (bindings accumulate) or an
    expression (its value is printed); `:explain NAME`, `:units [FILTER]`,
    `:load FILE`, `:save FILE`.  With standard input piped, reads its lines
    without a prompt.  On a terminal, needs the live extra:
    pip install 'bote-lang[live]'.  The session is evaluated again for each
    entry: with ranges, fewer --samples answer sooner."""
    from bote.api import sampling_of
    from bote.live import repl as live
    if sys.stdin.isatty() and sys.stdout.isatty():
        try:
            import prompt_toolkit  # noqa: F401 - only to say what is missing
        except ImportError as e:
            click.echo(f"error: bote repl needs prompt_toolkit on a terminal ({e}); {_LIVE_HINT}", err=True)
            sys.exit(2)
    sys.exit(live.run(sampling_of(seed, samples)))
