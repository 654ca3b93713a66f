"""The `bote` command: thin click commands over `bote.api` and the renderers."""
from __future__ import annotations

import sys
from pathlib import Path

from bote import collector

with collector.paused(big=0):   # click and typing make some 14,000 objects, all kept: not worth a scan (~2 ms)
    import click

from bote.uncertainty import MAX_SAMPLES
from bote.version import __version__

CHECK_FORMATS = ["table", "concise", "json", "markdown", "github", "sarif", "junit"]
#: The formats that carry the diagnostics of invalid files themselves.
MACHINE_FORMATS = ("concise", "github", "sarif", "junit")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bote")
def main() -> None:
    """bote: back-of-the-envelope capacity estimates.

    Write traffic, per-request costs and per-instance capacity in a .bote
    file (or in ```bote blocks of a Markdown design doc); bote walks the
    traffic through the flow, sizes every component and flags the ones likely
    to fail."""
    from bote.model import keep_figure_graphs
    keep_figure_graphs(False)  # no command reads them (yet): not worth keeping each evaluation alive
    click.get_current_context().call_on_close(lambda: keep_figure_graphs(True))  # bote.main() in a process


def run(**click_options) -> None:
    """The `bote` program (its console script and `python -m bote`): `main`,
    and then, as the process exits, every object frozen, out of the
    collector's reach.  Python's shutdown ends with a full collection, which
    would walk all that the command made, to free memory the process is
    about to give back: about a fifth of the CPU of a cold `bote check`
    (issue 17).  What the command opened it has closed (`with`); the
    standard streams are flushed by the shutdown itself.  Not for `main`
    called inside a longer-lived process (tests, `bote.main()`), which goes
    on collecting."""
    import gc
    try:
        main(**click_options)
    finally:
        gc.freeze()


def _collector_paused_for_the_command() -> None:
    """Pause Python's cyclic garbage collector until this command ends (check
    and render, which evaluate and exit).  What they build is acyclic (the
    tree, the values, the report; an evaluation kept for its figure graph,
    for `bote:explain`, is the exception, and lives to the end anyway), so
    the collector finds next to nothing and only rescans a big report over
    and over while the tables are written: about 0.28 s of a 2 s check of
    bench/'s big file, 0.14 s once the evaluation's own cycle was gone.  The
    long-running commands (watch, repl, lsp) keep it running."""
    import gc
    if gc.isenabled():
        gc.disable()
        click.get_current_context().call_on_close(lambda: collector.resume(big=0))   # the process exits next


def _sampling_options(command):
    """--seed and --samples, for every command that evaluates files."""
    command = click.option("--samples", type=click.IntRange(2, MAX_SAMPLES), default=None, metavar="N",
                           help="Monte Carlo samples for files with ranges [default: 10000].")(command)
    return click.option("--seed", type=click.IntRange(0), default=None, metavar="N",
                        help="Seed of the Monte Carlo run: the same seed gives the same figures "
                             "[default: 2026].")(command)


def _symlinks_option(command):
    """--follow-symlinks: read files that links lead to outside the tree."""
    return click.option("--follow-symlinks", is_flag=True,
                        help="Read a file even when it is a symbolic link to a file outside the folder being "
                             "checked (the current folder, for a file named on its own).")(command)


def _digits_option(command):
    """--digits N: the significant figures of every number printed."""
    return click.option("--digits", type=click.IntRange(1, 15), default=3, show_default=True, metavar="N",
                        help="Significant figures of the numbers printed (percentages near 100% take more, "
                             "so that 99.99% never reads 100%).")(command)


def _set_option(command):
    """--set NAME=EXPR (repeatable): evaluate with those values replaced."""
    return click.option("--set", "sets", multiple=True, metavar="NAME=EXPR",
                        help="Evaluate with a binding or a component's property replaced "
                             "(`--set peak=30k qps`, `--set api.workers=16`); repeatable.")(command)


def _variant_option(command):
    """--variant NAME: evaluate one of the file's variants."""
    return click.option("--variant", default=None, metavar="NAME",
                        help="Evaluate the file's `variant NAME { ... }` (in a doc, the blocks after "
                             "<!-- bote:variant NAME -->) instead of the file as it is.")(command)


def _overrides(sets, variant=None):
    if not sets and variant is None:
        return None
    from bote.language.overrides import Overrides
    return Overrides(tuple(sets), variant)


def _reports(files, seed=None, samples=None, nothing=None, follow_symlinks=False, overrides=None):
    """The report of FILES.  A Markdown file with no ```bote blocks is left
    out; when it was named (not found in a folder), or a folder holds nothing
    else, `nothing` (a list) gets a line saying so."""
    from bote.files import shown_name
    from bote.model.report import Report
    from bote.pipeline import evaluate_file_report, expand_inputs, sampling_of

    sampling = sampling_of(seed, samples)
    report = Report()
    for given in files:
        found = skipped = 0
        for name, tree in expand_inputs([given]):
            if name == "-":
                report.files.append(_stdin_report(sampling, overrides))
                continue
            f = evaluate_file_report(name, sampling, tree=tree, follow_symlinks=follow_symlinks,
                                     overrides=overrides)
            if f.skipped:
                skipped += 1
                if name == given and nothing is not None:
                    nothing.append(f"{shown_name(name)}: no ```bote blocks, nothing to check")
            else:
                report.files.append(f)
                found += 1
        if given != "-" and Path(given).is_dir() and skipped and not found and nothing is not None:
            nothing.append(f"{shown_name(given)}: no .bote files or ```bote blocks, nothing to check")
    return report


def _stdin_report(sampling, overrides=None):
    """Standard input, read like a file: bounded, and UTF-8."""
    from bote.files import Refused, read_stdin
    from bote.model.report import FileReport
    from bote.pipeline import decode, evaluate_text
    try:
        text, failed = decode(read_stdin(sys.stdin), "<stdin>")
    except Refused as e:
        return FileReport("<stdin>", "", errors=[e.diagnostic])
    return failed or evaluate_text(text, "<stdin>", sampling=sampling, overrides=overrides)


def _one_report(file: str, seed, samples, follow_symlinks=False, overrides=None):
    """The report of the one FILE `graph` and `plot` draw from; exits 2 when
    it is invalid.  Returns None for a doc without blocks."""
    report = _reports([file], seed, samples, follow_symlinks=follow_symlinks, overrides=overrides)
    _print_diagnostics(report)
    if report.exit_code == 2:
        sys.exit(2)
    return report if report.files else None


def _print_diagnostics(report, echo=click.echo) -> None:
    from bote.render.diagnostics import render_diagnostic
    for f in report.files:
        for d in f.errors:
            echo(render_diagnostic(d, f.source_of(d), file=f.file), err=True)


#: The multiples of today's traffic a bare --tidal-wave tries.
DEFAULT_MULTIPLES = "1,2,5,10"


@main.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True), metavar="FILES...")  # required: see `check`
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="table", show_default=True,
              help="Output format: tables, one line per finding (concise), the JSON contract, Markdown, GitHub "
                   "annotations, SARIF or JUnit XML.")
@click.option("--strict", is_flag=True, help="Warnings fail the check too (exit 1).")
@click.option("--tidal-wave", "tidal_wave", is_flag=False, flag_value=DEFAULT_MULTIPLES, default=None,
              metavar="[M,M,...]",
              help="Also show which components fail at each multiple of today's traffic "
                   "[default multiples: 1,2,5,10].")
@_set_option
@_variant_option
@_symlinks_option
@_sampling_options
@_digits_option
@click.option("--no-cache", "no_cache", is_flag=True,
              help="Evaluate every file even when an earlier check of the same bytes with the same options "
                   "is in the cache folder.")
def check(files: tuple[str, ...], fmt: str, strict: bool, tidal_wave: str | None, sets: tuple[str, ...],
          variant: str | None,
          follow_symlinks: bool, seed: int | None, samples: int | None, digits: int, no_cache: bool) -> None:
    """Evaluate FILES (.bote files, Markdown docs with ```bote blocks, or
    folders of them) and report sizes, risks and asserts.

    Exit status: 0 fine; 1 a failed assert or an error-level risk (with
    --strict, a warning too); 2 invalid or unreadable input."""
    if tidal_wave is not None and not _are_multiples(tidal_wave) and (not files or Path(tidal_wave).exists()):
        # `bote check --tidal-wave FILE`: the option's value is optional, and
        # click took the file for it.
        files, tidal_wave = (tidal_wave, *files), DEFAULT_MULTIPLES
    if not files:
        raise click.UsageError("Missing argument 'FILES...'.")
    _collector_paused_for_the_command()
    key = None
    if not no_cache:
        from bote import result_cache
        if fmt in result_cache.CACHED_FORMATS:
            options = {"format": fmt, "strict": strict, "tidal_wave": tidal_wave, "set": sets, "variant": variant,
                       "follow_symlinks": follow_symlinks, "seed": seed, "samples": samples, "digits": digits}
            key = result_cache.key_of(files, options)
        hit = result_cache.load(key) if key is not None else None
        if hit is not None:  # the same bytes, options and bote: what that check printed
            events, status = hit
            for err, text in events:
                click.echo(text, err=err, nl=False)
            sys.exit(status)
    events = []

    def echo(text: str, err: bool = False, nl: bool = True) -> None:
        click.echo(text, err=err, nl=nl)
        events.append((err, text + "\n" if nl else text))

    from bote.language.format import significant_digits
    multiples = _multiples(tidal_wave) if tidal_wave is not None else None
    if multiples is not None and fmt not in ("table", "markdown", "json"):
        click.echo(f"error: --tidal-wave prints a table or JSON, not --format {fmt}", err=True)
        sys.exit(2)
    nothing: list[str] = []
    with significant_digits(digits):  # risk messages are written as the files are evaluated
        report = _reports(files, seed, samples, nothing, follow_symlinks, _overrides(sets, variant))
        if fmt not in MACHINE_FORMATS:
            _print_diagnostics(report, echo)  # machine formats carry them themselves
        echo(_guarded(lambda: _render(report, fmt, strict, multiples)), nl=False)
    for line in nothing:  # beside the output of machine formats, never inside it
        echo(line, err=fmt not in ("table", "markdown"))
    status = report.strict_exit_code if strict else report.exit_code
    if key is not None:
        result_cache.store(key, events, status)
    sys.exit(status)


def _guarded(render) -> str:
    """The rendered report; a bug in a renderer exits 2 with a message, not
    a traceback."""
    try:
        return render()
    except Exception as e:  # noqa: BLE001
        click.echo(f"error: bote could not print this report ({type(e).__name__}: {e})\n"
                   "  hint: this is a bug in bote; please report it with the file", err=True)
        sys.exit(2)


def _multiples(text: str) -> list:
    """`1,3,10`: the multiples of today's traffic --tidal-wave tries."""
    found = _parsed_multiples(text)
    if found is None:
        click.echo(f"error: --tidal-wave takes multiples of today's traffic, e.g. `1,2,5,10`, not `{text}`", err=True)
        sys.exit(2)
    return found


def _parsed_multiples(text: str) -> list | None:
    from fractions import Fraction
    try:
        found = [Fraction(part.strip()) for part in text.split(",")]
    except (ValueError, ZeroDivisionError):
        return None
    return found if found and all(0 < m <= 10**6 for m in found) else None


def _are_multiples(text: str) -> bool:
    return _parsed_multiples(text) is not None


def _render(report, fmt: str, strict: bool, multiples=None) -> str:
    if fmt == "json":
        from bote.render.json import render_json
        return render_json(report, multiples)
    if fmt == "concise":
        from bote.render.concise import render_concise
        return render_concise(report, strict)
    if fmt in ("github", "sarif", "junit"):
        # Paths from the repository root, which is what GitHub and code scanning attach findings to.
        from bote.repository import repository_root
        root = repository_root()
    if fmt == "github":
        from bote.render.github import render_github
        return render_github(report, strict, root)
    if fmt == "sarif":
        from bote.render.sarif import render_sarif
        return render_sarif(report, strict, root)
    if fmt == "junit":
        from bote.render.junit import render_junit
        return render_junit(report, strict, root)
    from bote.render.table import render_markdown, render_table, render_tidal_wave
    render = render_markdown if fmt == "markdown" else render_table
    return "\n".join(render(f) + (render_tidal_wave(f, multiples, fmt == "markdown") if multiples else "")
                     for f in report.files if f.valid)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=False))
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when a file would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff of what would change (implies --check).")
@click.option("--clean", is_flag=True, help="Remove the sections bote generated.")
@click.option("--format", "fmt", type=click.Choice(["full", "concise"]), default="full", show_default=True,
              help="How problems are printed: each with its source line and hint, or one line each "
                   "(PATH:LINE:COL: error[KIND] MESSAGE), a file that would change included.")
@_set_option
@_variant_option
@_symlinks_option
@_sampling_options
@_digits_option
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
    _collector_paused_for_the_command()
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
                                  overrides=_overrides(sets, variant))
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


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["mermaid", "dot"]), default="mermaid", show_default=True)
@_set_option
@_variant_option
@_symlinks_option
@_sampling_options
@_digits_option
def graph(file: str, fmt: str, sets: tuple[str, ...], variant: str | None, follow_symlinks: bool,
          seed: int | None,
          samples: int | None, digits: int) -> None:
    """Print FILE's flow with each component's load, instances and risks, as
    a Mermaid flowchart or a Graphviz graph."""
    from bote.files import shown_name
    from bote.language.format import significant_digits
    from bote.render.graph import render_dot, render_mermaid
    with significant_digits(digits):
        report = _one_report(file, seed, samples, follow_symlinks, _overrides(sets, variant))
        if report is None:
            click.echo(f"{shown_name(file)}: no ```bote blocks, nothing to draw", err=True)
            return
        if not report.files[0].components:
            click.echo(f"{shown_name(file)}: no components, the graph is empty", err=True)
        click.echo(_guarded(lambda: (render_dot if fmt == "dot" else render_mermaid)(report.files[0])), nl=False)


@main.command()
@click.argument("file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "markdown", "json"]), default="table",
              show_default=True)
@_symlinks_option
@_sampling_options
@_digits_option
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
        _print_diagnostics(Report(list(scenarios.values())))
        if not all(f.valid for f in scenarios.values()):
            sys.exit(2)
        if base.skipped:
            click.echo(f"error: {file} has no ```bote blocks", err=True)
            sys.exit(2)
        if fmt == "json":
            from bote.render.json import render_variants_json
            click.echo(_guarded(lambda: render_variants_json(scenarios)), nl=False)
            return
        from bote.render.compare import render_comparison
        click.echo(_guarded(lambda: render_comparison(scenarios, fmt == "markdown")), nl=False)


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_set_option
@_variant_option
@_symlinks_option
@_sampling_options
@_digits_option
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
        report = _one_report(file, seed, samples, follow_symlinks, _overrides(sets, variant))
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
        click.echo(_guarded(explained), nl=False)


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.argument("name")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), metavar="PATH",
              help="The image to write: PATH.png or PATH.svg.")
@click.option("--title", default=None, help="The picture's title [default: NAME].")
@_symlinks_option
@_sampling_options
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
    report = _one_report(file, seed, samples, follow_symlinks)
    if report is None:
        click.echo(f"error: {shown_name(file)} has no ```bote blocks", err=True)
        sys.exit(2)
    try:
        drawn = plot_figure(report.files[0], name, out, title=title)
    except BoteError as e:
        fail(e.diagnostics, report.files[0].source)
    click.echo(f"{shown_name(out)}: {name}: {drawn.spread_text}")


@main.command()
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


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when a file would change.")
@click.option("--diff", is_flag=True, help="Print a unified diff of what would change (implies --check).")
@_symlinks_option
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


@main.command()
@_sampling_options
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


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@_sampling_options
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


@main.command()
@_sampling_options
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
