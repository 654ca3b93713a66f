"""bench/peers/estimate.bote, the estimate bote is timed on against qalc
(issue 17), gives the figures bench/peers/README.md quotes."""
from __future__ import annotations

from fractions import Fraction

from conftest import ROOT

import bote

PEERS = ROOT / "bench" / "peers"


def test_the_peers_estimate_gives_the_quoted_figures():
    report = bote.evaluate_file(str(PEERS / "estimate.bote"))
    values = {name: report.values[name].quantity for name in ("writes", "reads", "storage_per_year", "instances")}
    # By hand: 20M users × 2 writes a day / 86,400 s = 462.96 writes/s; reads ten times
    # that, 4,629.6/s; 40M writes a day × 1,000 bytes × 365.25 days (bote's year) = 14.61e12 bytes; 4,629.6 / 500 → 10 instances.
    assert values["writes"].magnitude == Fraction(20_000_000 * 2, 86_400)
    assert values["reads"].magnitude == Fraction(20_000_000 * 2 * 10, 86_400)
    assert values["storage_per_year"].magnitude == 20_000_000 * 2 * 1000 * Fraction(36525, 100)   # bytes: 14.61 TB
    assert values["instances"].magnitude == 10
    text = (PEERS / "README.md").read_text(encoding="utf-8")
    assert all(figure in text for figure in ("463 writes/s", "4.63k reads/s", "14.6 TB", "10 instances"))
