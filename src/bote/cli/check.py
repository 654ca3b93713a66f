"""`bote check`: evaluate files and report sizes, risks and asserts, in
one of seven formats, from the result cache when nothing changed."""
from __future__ import annotations

import os
import sys

import click

from bote.cli.shared import (
    collector_paused_for_the_command,
    digits_option,
    guarded,
    overrides_of,
    print_diagnostics,
    reports_of,
    sampling_options,
    set_option,
    symlinks_option,
    variant_option,
)

CHECK_FORMATS = ["table", "concise", "json", "markdown", "github", "sarif", "junit"]
#: The formats that carry the diagnostics of invalid files themselves.
MACHINE_FORMATS = ("concise", "github", "sarif", "junit")

#: The multiples of today's traffic a bare --tidal-wave tries.
DEFAULT_MULTIPLES = "1,2,5,10"


@click.command()
@click.argument("files", nargs=-1, type=click.Path(allow_dash=True), metavar="FILES...")  # required: see `check`
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="table", show_default=True,
              help="Output format: tables, one line per finding (concise), the JSON contract, Markdown, GitHub "
                   "annotations, SARIF or JUnit XML.")
@click.option("--strict", is_flag=True, help="Warnings fail the check too (exit 1).")
@click.option("--tidal-wave", "tidal_wave", is_flag=False, flag_value=DEFAULT_MULTIPLES, default=None,
              metavar="[M,M,...]",
              help="Also show which components fail at each multiple of today's traffic "
                   "[default multiples: 1,2,5,10].")
@set_option
@variant_option
@symlinks_option
@sampling_options
@digits_option
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
    if tidal_wave is not None and not _are_multiples(tidal_wave) and (not files or os.path.exists(tidal_wave or ".")):   # "": the folder, as Path("") is
        # `bote check --tidal-wave FILE`: the option's value is optional, and
        # click took the file for it.
        files, tidal_wave = (tidal_wave, *files), DEFAULT_MULTIPLES
    if not files:
        raise click.UsageError("Missing argument 'FILES...'.")
    collector_paused_for_the_command()
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
        report = reports_of(files, seed, samples, nothing, follow_symlinks, overrides_of(sets, variant))
        if fmt not in MACHINE_FORMATS:
            print_diagnostics(report, echo)  # machine formats carry them themselves
        echo(guarded(lambda: _render(report, fmt, strict, multiples)), nl=False)
    for line in nothing:  # beside the output of machine formats, never inside it
        echo(line, err=fmt not in ("table", "markdown"))
    status = report.strict_exit_code if strict else report.exit_code
    if key is not None:
        result_cache.store(key, events, status)
    sys.exit(status)


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
