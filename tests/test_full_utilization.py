"""Sizing at 100% is not an overload (issue 10, section 8).

`max_utilization = 100%` is how books size ("1,000 TPS per node -> 2,000
nodes"). A component is overloaded only when its offered load exceeds what
its instances can serve, so a count bote chose itself never trips
`overloaded`. With a `service_time`, exactly 100% is still `unstable`: an
M/M/c queue at rho = 1 grows without bound.
"""
from fractions import Fraction as F

import numpy as np
import pytest
from conftest import run

import bote
from bote.model import capacity as cap


def kinds(report) -> set[str]:
    return {r.kind for r in report.risks}


# ---- the book's count: 2M req/s at 1k req/s per node -------------------------------------------

BOOK = """\
component nodes {
  load = 2M req/s
  capacity = 1k req/s
  max_utilization = 100%
}
"""


def test_a_whole_quotient_at_100_percent_is_that_many_instances():
    # 2,000,000 / (1,000 x 100%) = 2,000 exactly: not 2,001
    assert cap.instances_for_load(F(2_000_000), F(1000), F(1)) == 2000
    s = run(BOOK).components[0].sizing
    assert (s.needed_for_load, s.needed, s.instances) == (2000, 2000, 2001)  # + 1 spare (redundancy = 1)


def test_the_book_count_is_not_overloaded():
    report = bote.evaluate(BOOK, "book.bote")
    assert kinds(report.files[0]) == set()
    assert report.exit_code == 0


def test_the_book_count_without_a_spare_is_full_not_overloaded():
    # 2,000 instances carry 2M req/s at exactly 100%: no `overloaded`, no `hot`
    # (100% is not above a 100% ceiling). With one of them down, 2M / 1,999k
    # is above 100%: that is the one warning, and warnings do not fail.
    report = bote.evaluate(BOOK.replace("100%\n", "100%\n  redundancy = 0\n"), "book.bote")
    nodes = report.components["nodes"]
    assert nodes.sizing.instances == 2000 and nodes.sizing.utilization == 1
    (risk,) = nodes.risks
    assert (risk.kind, risk.severity) == ("hot", "warning")
    assert "with one of its 2000 instances down" in risk.message
    assert report.exit_code == 0


# ---- counts the user provisioned --------------------------------------------------------------

@pytest.mark.parametrize("instances, overloaded", [(2000, False), (1999, True)])
def test_provisioned_instances_are_overloaded_only_below_the_load(instances, overloaded):
    # 2,000 x 1k req/s serve the 2M req/s exactly; 1,999 serve 1.999M, 1k req/s short
    report = run(BOOK + f"component fixed {{\n  load = 2M req/s\n  capacity = 1k req/s\n"
                        f"  instances = {instances}\n}}\n")
    fixed = {r.kind for r in report.risks if r.component == "fixed"}
    # exactly full is above the default 70% ceiling: hot, a warning
    assert fixed == ({"overloaded"} if overloaded else {"hot"})


def test_a_single_primary_at_exactly_its_capacity():
    # scaling = single: 1k req/s on a 1k req/s primary sized at 100% needs 1, fits
    single = "component db {\n  load = %s\n  capacity = 1k req/s\n  max_utilization = 100%%\n  scaling = single\n}\n"
    assert kinds(run(single % "1k req/s")) == set()
    # 1,001 req/s needs a second primary it cannot have, and one cannot serve it
    assert kinds(run(single % "1001 req/s")) == {"cannot-scale", "overloaded"}


def test_exceeds_is_strict_and_exact():
    assert not cap.exceeds(F(1), 1)
    assert cap.exceeds(F(1_000_001, 1_000_000), 1)
    # floats (samples) within the sizing's rounding slack are at the limit
    assert not cap.exceeds(0.9 / (0.03 * 30), 1)   # 1.0000000000000002: exactly 1 in decimals
    assert cap.exceeds(1.000001, 1)
    assert list(cap.exceeds(np.array([1.0, 1.5]), 1)) == [False, True]


# ---- with a service time: rho = 1 is unstable ---------------------------------------------------

QUEUE = """\
component api {
  load = 400 req/s
  workers = 8
  service_time = 20 ms
  max_utilization = 100%
  redundancy = 0
}
"""


def test_a_queue_sized_at_100_percent_is_unstable():
    # capacity 8 / 20 ms = 400 req/s; 400 / 400 at 100% = 1 instance, rho = 1
    report = bote.evaluate(QUEUE, "api.bote")
    api = report.components["api"]
    assert (api.sizing.instances, api.sizing.utilization) == (1, 1)
    risks = {r.kind: r for r in api.risks}
    assert "overloaded" not in risks
    unstable = risks["unstable"]
    assert unstable.severity == "error"
    assert unstable.message == (
        "api's queue is exactly full: 400 req/s arrive at each instance, exactly the 400 req/s its workers "
        "serve, and an M/M/c queue at ρ = 1 grows without bound: there is no finite wait")
    assert "lower max_utilization" in unstable.remedy
    assert unstable.span.line == 5  # max_utilization: the choice to change
    assert report.exit_code == 1


def test_a_provisioned_queue_at_rho_1_is_unstable_too():
    report = run(QUEUE.replace("  redundancy = 0\n", "  instances = 1\n"))
    unstable = {r.kind: r for r in report.risks}["unstable"]
    assert "an M/M/c queue at ρ = 1 grows without bound" in unstable.message
    assert unstable.remedy == "add instances or workers, or cut the service time"
    assert unstable.span.line == 6  # instances


def test_the_spare_instance_takes_the_queue_off_rho_1():
    # redundancy = 1 (the default): 2 instances share 400 req/s, rho = 0.5
    report = run(QUEUE.replace("  redundancy = 0\n", ""))
    assert kinds(report) == set()


# ---- with ranges: the same rule, sample by sample ------------------------------------------------

def test_a_count_bote_chose_for_samples_is_not_overloaded():
    # The capacity is a range (every sample is 0.03 req/s), so the component is
    # sized sample by sample, in floats: 0.9 / 0.03 is exactly 30, but
    # 30.000000000000004 in floats, and 0.9 / (0.03 x 30) is 1.0000000000000002.
    # 30 instances, exactly full in every sample: never overloaded.
    report = run("""\
component tiny {
  load = 0.9 req/s
  capacity = max(0.03 req/s, uniform(1, 2) * 0.01 req/s)
  max_utilization = 100%
  redundancy = 0
}
""")
    s = report.components[0].sizing
    assert (s.needed_for_load == 30).all() and s.instances == 30
    assert "overloaded" not in kinds(report)


def test_a_float_load_from_polling_clients_is_sized_like_an_exact_one():
    # 9 clients every 10 s, fully jittered: 0.9 req/s (a float); at 0.03 req/s
    # per instance and 100%, exactly 30 instances, not 31
    report = run("""\
component polled {
  clients = 9
  poll_interval = 10 s
  jitter = 100%
  capacity = 0.03 req/s
  max_utilization = 100%
  redundancy = 0
}
""")
    s = report.components[0].sizing
    assert (s.needed_for_load, s.instances) == (30, 30)
    assert "overloaded" not in kinds(report)


def test_sampled_load_is_overloaded_in_the_samples_above_what_the_instances_serve():
    # size_at = 100%: bote provisions for the largest sample, so no sample is
    # over; 1,500 provisioned instances are over in exactly the samples whose
    # load is above 1.5M req/s
    sized = """\
size_at = 100%
component nodes {
  load = 1M to 3M req/s
  capacity = 1k req/s
  max_utilization = 100%
  redundancy = 0
}
"""
    report = run(sized)
    s = report.components[0].sizing
    assert s.instances == int(np.ceil(s.load.max() / 1000))
    assert "overloaded" not in kinds(report)
    report = run(sized.replace("redundancy = 0", "instances = 1500"))
    load = report.components[0].sizing.load
    overloaded = {r.kind: r for r in report.risks}["overloaded"]
    assert overloaded.probability == float(np.mean(load > 1_500_000))


# ---- what docs/language.md says about it --------------------------------------------------------

def doc_section():
    import re

    from conftest import ROOT
    text = (ROOT / "docs" / "language.md").read_text(encoding="utf-8")
    section = text.split("### Sizing at 100% is not an overload\n", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"^```bote\n(.*?)^```$", section, re.DOTALL | re.MULTILINE)
    return " ".join(section.split()), blocks


def test_the_docs_risks_are_the_ones_bote_reports():
    prose, (book, queue) = doc_section()
    found = {c.name: {(r.kind, r.severity) for r in c.risks} for c in run(book).components}
    assert found == {"nodes": set(), "exact": {("hot", "warning")}, "short": {("overloaded", "error")}}
    assert "one of its 2000 instances down" in {c.name: c for c in run(book).components}["exact"].risks[0].message
    provisioned_exactly = run(book.replace("instances = 1999", "instances = 2000"))
    assert {r.kind for r in provisioned_exactly.risks if r.component == "short"} == {"hot"}
    (unstable,) = [r for r in run(queue).risks if r.severity == "error"]
    assert unstable.kind == "unstable" and unstable.span.line == 5
    assert f'"{unstable.message}"' in prose and f'"{unstable.remedy}"' in prose
    assert "overloaded" not in {r.kind for r in run(queue).risks}
    # (the block's `# =>` result goes stale with the edit: only the components' risks count here)
    assert {r.kind for r in run(queue.replace("  redundancy = 0\n", "")).risks if r.component} == set()
