"""`--format table` (the default) and `--format markdown`: the same three
tables, as plain text or as GitHub-flavoured Markdown."""
from __future__ import annotations

from bote.files import shown_name
from bote.model.report import FileReport
from bote.render.figures import (
    FAILURE_HEADERS,
    PATH_HEADERS,
    QUEUE_HEADERS,
    breaking_text,
    component_headers,
    component_rows,
    conventions_text,
    failure_rows,
    finding_rows,
    path_rows,
    queue_rows,
    summary,
    tidal_wave_rows,
    uncertain,
    value_rows,
)
from bote.render.plain_table import simple_table

VALUE_HEADERS = ["name", "value"]
FINDING_HEADERS = ["line", "severity", "kind", "message"]


def _value_headers(f: FileReport) -> list[str]:
    return VALUE_HEADERS + ["p1–p99"] if uncertain(f) else VALUE_HEADERS


def render_table(f: FileReport) -> str:
    name = shown_name(f.file)
    calendar = conventions_text(f)
    parts = [name if calendar is None else f"{name}\n{calendar}"]
    if uncertain(f):
        sampling = f.sampling
        assert sampling is not None  # a distribution comes from the Monte Carlo run
        parts.append(f"Monte Carlo: {sampling.samples:,} samples, seed {sampling.seed}; "
                     "ranges show the median (p5–p95)")
    if f.values:
        parts.append(simple_table(value_rows(f), _value_headers(f)))
    if f.components:
        parts.append(simple_table(component_rows(f), component_headers(f)))
    breaking = breaking_text(f)
    if breaking:
        parts.append(breaking)
    for rows, headers in ((queue_rows(f), QUEUE_HEADERS), (path_rows(f), PATH_HEADERS),
                          (failure_rows(f), FAILURE_HEADERS)):
        if rows:
            parts.append(simple_table(rows, headers))
    findings = finding_rows(f)
    if findings:
        parts.append(simple_table(findings, FINDING_HEADERS, maxcolwidths=[None, None, None, 88]))
    parts.append(f"{name}: {summary(f)}")
    return "\n\n".join(parts) + "\n"


def render_tidal_wave(f: FileReport, multiples: list, markdown: bool = False) -> str:
    """`--tidal-wave`: which components fail at each multiple of today's traffic."""
    from bote.language.format import format_number
    if not f.components:
        return ""
    headers = ["component", *(f"{format_number(m)}×" for m in multiples)]
    rows = tidal_wave_rows(f, multiples)
    if markdown:
        from tabulate import tabulate
        table = tabulate(rows, headers, tablefmt="github", disable_numparse=True)
    else:
        table = simple_table(rows, headers)   # tabulate's layout, without importing it
    title = "### Tidal wave" if markdown else f"{shown_name(f.file)}: the traffic multiplied"
    return f"\n{title}\n\n{table}\n"


def render_markdown(f: FileReport) -> str:
    from tabulate import tabulate
    calendar = conventions_text(f)
    parts = [f"## {shown_name(f.file)}"] + ([f"_{calendar}_"] if calendar else [])
    for title, rows, headers in (("Values", value_rows(f), _value_headers(f)),
                                 ("Components", component_rows(f), component_headers(f)),
                                 ("Queues", queue_rows(f), QUEUE_HEADERS),
                                 ("Synchronous paths", path_rows(f), PATH_HEADERS),
                                 ("Errors and retries", failure_rows(f), FAILURE_HEADERS),
                                 ("Risks and failed asserts", finding_rows(f), FINDING_HEADERS)):
        if rows:
            parts.append(f"### {title}\n\n" + tabulate(rows, headers, tablefmt="github", disable_numparse=True))
        if title == "Components" and breaking_text(f):
            parts.append(f"_{breaking_text(f)}_")
    parts.append(f"**{summary(f)}**")
    return "\n\n".join(parts) + "\n"
