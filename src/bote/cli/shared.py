"""What bote's commands share: the options of every command that
evaluates files, the reports of the files named, their diagnostics, and the
guard around a renderer."""
from __future__ import annotations

import sys

import click

from bote import collector
from bote.uncertainty import MAX_SAMPLES


def collector_paused_for_the_command() -> None:
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


def sampling_options(command):
    """--seed and --samples, for every command that evaluates files."""
    command = click.option("--samples", type=click.IntRange(2, MAX_SAMPLES), default=None, metavar="N",
                           help="Monte Carlo samples for files with ranges [default: 10000].")(command)
    return click.option("--seed", type=click.IntRange(0), default=None, metavar="N",
                        help="Seed of the Monte Carlo run: the same seed gives the same figures "
                             "[default: 2026].")(command)


def symlinks_option(command):
    """--follow-symlinks: read files that links lead to outside the tree."""
    return click.option("--follow-symlinks", is_flag=True,
                        help="Read a file even when it is a symbolic link to a file outside the folder being "
                             "checked (the current folder, for a file named on its own).")(command)


def digits_option(command):
    """--digits N: the significant figures of every number printed."""
    return click.option("--digits", type=click.IntRange(1, 15), default=3, show_default=True, metavar="N",
                        help="Significant figures of the numbers printed (percentages near 100% take more, "
                             "so that 99.99% never reads 100%).")(command)


def set_option(command):
    """--set NAME=EXPR (repeatable): evaluate with those values replaced."""
    return click.option("--set", "sets", multiple=True, metavar="NAME=EXPR",
                        help="Evaluate with a binding or a component's property replaced "
                             "(`--set peak=30k qps`, `--set api.workers=16`); repeatable.")(command)


def variant_option(command):
    """--variant NAME: evaluate one of the file's variants."""
    return click.option("--variant", default=None, metavar="NAME",
                        help="Evaluate the file's `variant NAME { ... }` (in a doc, the blocks after "
                             "<!-- bote:variant NAME -->) instead of the file as it is.")(command)


def overrides_of(sets, variant=None):
    if not sets and variant is None:
        return None
    from bote.language.overrides import Overrides
    return Overrides(tuple(sets), variant)


def reports_of(files, seed=None, samples=None, nothing=None, follow_symlinks=False, overrides=None):
    """The report of FILES.  A Markdown file with no ```bote blocks is left
    out; when it was named (not found in a folder), or a folder holds nothing
    else, `nothing` (a list) gets a line saying so."""
    from bote.files import shown_name
    from bote.model.report import Report
    from bote.pipeline import (
        evaluate_file_report,
        expand_inputs,
        is_folder,
        sampling_of,
    )

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
        if given != "-" and is_folder(given) and skipped and not found and nothing is not None:
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


def one_report(file: str, seed, samples, follow_symlinks=False, overrides=None):
    """The report of the one FILE `graph` and `plot` draw from; exits 2 when
    it is invalid.  Returns None for a doc without blocks."""
    report = reports_of([file], seed, samples, follow_symlinks=follow_symlinks, overrides=overrides)
    print_diagnostics(report)
    if report.exit_code == 2:
        sys.exit(2)
    return report if report.files else None


def print_diagnostics(report, echo=click.echo) -> None:
    from bote.render.diagnostics import render_diagnostic
    for f in report.files:
        for d in f.errors:
            echo(render_diagnostic(d, f.source_of(d), file=f.file), err=True)


def guarded(render) -> str:
    """The rendered report; a bug in a renderer exits 2 with a message, not
    a traceback."""
    try:
        return render()
    except Exception as e:  # noqa: BLE001
        click.echo(f"error: bote could not print this report ({type(e).__name__}: {e})\n"
                   "  hint: this is a bug in bote; please report it with the file", err=True)
        sys.exit(2)
