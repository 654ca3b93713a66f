"""`# => TEXT` annotations: the figure bote prints for a line, written beside
it in docs and examples, and checked here so they can never rot.  The
comparison is bote's own (`bote.docs.inline_results.results`, what `bote check` reports
as `stale-result`); on top of it, the docs may not hold a `# =>` that bote
does not compute."""
from bote.docs.inline_results import results, split_lines


def check_annotations(source: str, report) -> int:
    """Assert every annotation in `source` against `report`; return how many."""
    anchors = {r.line: r for r in results(source, report) if r.written is not None}
    for number, line in enumerate(split_lines(source), 1):
        if number in anchors:
            assert anchors[number].written.text == anchors[number].computed, \
                f"{line.rstrip()}: bote computes {anchors[number].computed}"
        else:
            assert "# =>" not in line, f"an annotation the tests cannot check: {line}"
    return len(anchors)
