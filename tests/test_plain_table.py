"""`plain_table.simple_table` prints what tabulate's `simple` format prints,
for the plain tables it writes itself and the others it hands to tabulate."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tabulate import tabulate

from bote.render.plain_table import simple_table

# Printable ASCII with spaces inside (and sometimes around: tabulate strips those),
# narrow non-ASCII (× → – µ €), and some that are not plain (a tab, a combining
# accent, a wide CJK character, a zero-width space), which go to tabulate.
_cell = st.one_of(st.text(st.sampled_from("ab Z09%.-/()×→–µ€p\t\u0301中\u200b"), max_size=12),
                  st.text(st.sampled_from("ab -"), max_size=40))   # words, hyphens, spaces: to wrap


@st.composite
def _tables(draw):
    columns = draw(st.integers(1, 4))
    headers = draw(st.lists(_cell.filter(lambda h: h.strip() == h), min_size=columns, max_size=columns))
    rows = draw(st.lists(st.lists(st.one_of(_cell, st.integers(0, 99_999)), min_size=columns, max_size=columns),
                         max_size=5))
    return rows, headers


# Not a width of 1: tabulate's own wrapper never finishes putting a wide (CJK)
# character into one column (bote's tables never ask for less than 8).
@settings(max_examples=300, deadline=None)
@given(_tables(), st.sampled_from([None, 4, 7, 88]))
def test_the_same_as_tabulate(table, last_width):
    rows, headers = table
    widths = None if last_width is None else [None] * (len(headers) - 1) + [last_width]
    assert simple_table(rows, headers, widths) == tabulate(rows, headers, tablefmt="simple", disable_numparse=True,
                                                           maxcolwidths=widths)


def test_a_plain_table_by_hand():
    # "name" is 4 wide + 2 = 6, "users" 5: the column is 6; "value" 5 + 2 = 7, "20k req/s" 9: 9.
    assert simple_table([["users", "2M"], ["peak", "20k req/s"]], ["name", "value"]) == (
        "name    value\n------  ---------\nusers   2M\npeak    20k req/s")


def test_risk_messages_wrap_as_tabulate_wraps_them():
    message = ("with cold caches pages_db gets 28.9k req/s instead of 2.89k req/s: 362% of its capacity "
               "(cache hit rate too low); warm caches before taking traffic, shed load or rate-limit misses "
               "while they fill; see docs/language.md#cold-cache, e.g. x-y-z a-b")
    rows = [[55, "warning", "cold-cache", message], [7, "note", "k", ""]]
    headers = ["line", "severity", "kind", "message"]
    for width in range(8, 100):
        limits = [None, None, None, width]
        assert simple_table(rows, headers, limits) == tabulate(rows, headers, tablefmt="simple",
                                                               disable_numparse=True, maxcolwidths=limits)
