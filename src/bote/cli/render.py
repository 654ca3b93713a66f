"""`bote render`: write results into .bote files (`# =>` comments) and
Markdown docs (each block's values, the summary, plots)."""
from __future__ import annotations

import sys

import click

from bote.cli.shared import (
    collector_paused_for_the_command,
    digits_option,
    overrides_of,
    sampling_options,
    set_option,
    symlinks_option,
    variant_option,
)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=False))
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when a file would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff of what would change (implies --check).")
@click.option("--clean", is_flag=True, help="Remove the sections bote generated.")
@click.option("--format", "fmt", type=click.Choice(["full", "concise"]), default="full", show_default=True,
              help="How problems are printed: each with its source line and hint, or one line each "
                   "(PATH:LINE:COL: error[KIND] MESSAGE), a file that would change included.")
@set_option
@variant_option
@symlinks_option
@sampling_options
@digits_option
def render(files: tuple[str, ...], check_only: bool, diff: bool, clean: bool, fmt: str, sets: tuple[str, ...],
           variant: str | None,
           follow_symlinks: bool, seed: int | None, samples: int | None, digits: int) -> None:
    """Write results into FILES.  In a .bote file: a `# => TEXT` comment at
    the end of each binding's and each component's first line, with what
    bote prints for it.  In a Markdown doc: each ```bote block's values after
    it, between <!-- bote:begin --> and <!-- bote:end --> markers, and a
    summary (components, risks, asserts, a Mermaid flowchart) after the last
    block or at a <!-- bote:summary --> line; a <!-- bote:plot NAME --> line
    gets a histogram of that distribution, drawn next to the doc as an SVG
    (needs the plot extra); `# =>` comments written in the blocks are kept
    current.

    A doc that is a symbolic link is written through to its target; a doc
    with several hard links is rewritten in place, so every link sees it.

    Exit status: 0 done (or up to date); 1 with --check or --diff, a file
    would change; 2 an invalid block or an unreadable or unwritable file,
    which is then left untouched."""
    collector_paused_for_the_command()
    from bote.api import expand_inputs, sampling_of
    from bote.files import is_markdown, shown_name
    from bote.language.format import significant_digits
    from bote.pipeline import is_folder
    from bote.writeback.docrender import render_file as render_doc
    from bote.writeback.inline import render_file as render_bote

    if (sets or variant is not None) and not (check_only or diff):
        # A what-if is not the file: its figures written in would read as the file's own.
        click.echo("error: bote render writes the file's own figures; with --set or --variant it only previews: "
                   "add --diff (or --check)", err=True)
        sys.exit(2)
    worst = 0
    for name, tree in expand_inputs(files):
        if is_folder(name):  # a folder with nothing to render is worth saying
            click.echo(f"error: {shown_name(name)} has no .bote or .md files", err=True)
            worst = 2
            continue
        render_file = render_doc if is_markdown(name) else render_bote
        with significant_digits(digits):
            outcome = render_file(name, check_only=check_only or diff, clean_only=clean,
                                  sampling=sampling_of(seed, samples), tree=tree,
                                  follow_symlinks=follow_symlinks, want_diff=diff,
                                  overrides=overrides_of(sets, variant))
        if fmt == "concise":
            _print_concise(name, outcome)
        else:
            for message in outcome.errors:
                click.echo(message, err=True)
        if diff and outcome.diff:
            click.echo(outcome.diff, nl=False)
        if outcome.note and not (fmt == "concise" and outcome.changed_line is not None):
            click.echo(outcome.note, err=fmt == "concise")  # concise: stdout holds only the findings
        worst = max(worst, outcome.exit_code)
    sys.exit(worst)


def _print_concise(name: str, outcome) -> None:
    """`bote render --format concise`: each problem, and a file that would
    change, as one `PATH:LINE:COL: error[KIND] MESSAGE` line."""
    from bote.errors import Span
    from bote.files import shown_name
    from bote.render.concise import concise_line, diagnostic_line
    for d in outcome.diagnostics:
        click.echo(diagnostic_line(d, name))
    if outcome.changed_line is not None:
        line = outcome.changed_line
        click.echo(concise_line("error", name, Span(name, line, 1, line, 1), "stale",
                                f"would be rewritten (run `bote render {shown_name(name)}`)"))
