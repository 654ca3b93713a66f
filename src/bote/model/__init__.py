"""The model: names resolved into components, properties and figures, evaluated and sized; kinds, risks, the report.
May import `bote.language`, `bote.uncertainty` and the modules beside `bote.errors`; nothing that renders or writes."""

#: Whether reports keep what it takes to build their figure graph when asked
#: (`FileReport.figures`). The CLI's commands never ask, and keeping a large
#: file's evaluation alive costs its rendering about a tenth more time in
#: garbage collection; `bote.api` callers get the graph.  The switch is here,
#: not in `graph`, so that a command that ends at a cached result never
#: imports the graph's classes.
_wanted = True


def keep_figure_graphs(wanted: bool) -> None:
    """Whether reports made from now on can build their figure graph."""
    global _wanted
    _wanted = wanted


def figure_graphs_kept() -> bool:
    return _wanted
