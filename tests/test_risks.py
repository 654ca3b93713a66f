"""Each risk check trips, and does not trip, on hand-worked components."""
from conftest import run


def risks_of(source):
    report = run(source)
    return {(r.component, r.kind): r for r in report.risks}


def component(name="svc", **props):
    body = "\n".join(f"  {k} = {v}" for k, v in props.items())
    return f"component {name} {{\n{body}\n}}\n"


def test_overloaded_trips_above_what_the_instances_serve():
    # 1500 req/s on 10 x 100 req/s = 150%
    r = risks_of(component(load="1500 req/s", capacity="100 req/s", instances=10))
    risk = r[("svc", "overloaded")]
    assert risk.severity == "error"
    assert "1.5k req/s offered" in risk.message and "150% utilization" in risk.message
    assert risk.span.line == 4  # the `instances` line: that is what to change
    assert risk.remedy


def test_overloaded_does_not_trip_at_or_below_capacity():
    # 1000 req/s on 10 x 100 req/s is exactly full: hot (above 70%), not overloaded
    r = risks_of(component(load="1000 req/s", capacity="100 req/s", instances=10))
    assert ("svc", "overloaded") not in r and "100% utilization" in r[("svc", "hot")].message
    r = risks_of(component(load="999 req/s", capacity="100 req/s", instances=10))
    assert ("svc", "overloaded") not in r


def test_hot_above_max_utilization():
    # 800 / (10 x 100) = 80% > 70%
    r = risks_of(component(load="800 req/s", capacity="100 req/s", instances=10))
    assert r[("svc", "hot")].severity == "warning"
    assert "80%" in r[("svc", "hot")].message


def test_hot_with_one_instance_down():
    # 3 instances at 250 req/s carry 650 req/s at 86.7%, under the 90% ceiling;
    # with one down, 650 / 500 = 130%
    r = risks_of(component(load="650 req/s", capacity="250 req/s", instances=3, max_utilization="90%"))
    hot = r[("svc", "hot")]
    assert "130%" in hot.message and "one of its 3 instances down" in hot.message


def test_not_hot_when_one_down_is_exactly_full():
    # 2 x 100 req/s at 100 req/s: 50% each; one down 100%, not above it
    r = risks_of(component(load="100 req/s", capacity="100 req/s", instances=2, max_utilization="60%"))
    assert ("svc", "hot") not in r


def test_sized_components_are_not_hot():
    r = risks_of(component(load="12345 req/s", capacity="321 req/s"))
    assert not [k for k in r if k[1] in ("hot", "overloaded")]


def test_single_point_of_failure():
    r = risks_of(component(load="10 req/s", capacity="100 req/s", redundancy=0))
    assert r[("svc", "single-point-of-failure")].severity == "warning"
    r = risks_of(component(load="10 req/s", capacity="100 req/s"))
    assert ("svc", "single-point-of-failure") not in r


def test_cannot_scale():
    # a single primary: 3000 req/s at 2000 req/s per instance needs 3 at 70%... ceil(3000/1400) = 3
    r = risks_of(component(load="3000 req/s", capacity="2000 req/s", scaling="single"))
    risk = r[("svc", "cannot-scale")]
    assert risk.severity == "error" and "needs 3 instances" in risk.message
    assert "shard" in risk.remedy
    assert ("svc", "overloaded") in r  # 150% on the one primary


def test_single_that_fits_does_not_trip():
    r = risks_of(component(load="1000 req/s", capacity="2000 req/s", scaling="single"))
    assert ("svc", "cannot-scale") not in r and ("svc", "hot") not in r


def test_memory():
    # 200 GB working set, 64 GB each, 3 provisioned: 192 GB < 200 GB
    r = risks_of(component(load="1 req/s", capacity="100 req/s", memory="64 GB", working_set="200 GB",
                           instances=3))
    assert "200 GB" in r[("svc", "memory")].message and "192 GB" in r[("svc", "memory")].message
    r = risks_of(component(load="1 req/s", capacity="100 req/s", memory="64 GB", working_set="192 GB",
                           instances=3))
    assert ("svc", "memory") not in r


def test_memory_sized_automatically_fits():
    r = risks_of(component(load="1 req/s", capacity="100 req/s", memory="64 GB", working_set="200 GB"))
    assert ("svc", "memory") not in r


def test_memory_on_a_single_primary_must_fit_one_instance():
    r = risks_of(component(load="1 req/s", capacity="100 req/s", memory="64 GB", working_set="100 GB",
                           scaling="single"))
    assert "each instance holds a full copy" in r[("svc", "memory")].message


def test_storage():
    r = risks_of(component(load="1 req/s", capacity="100 req/s", storage="2 TB", data="5 TB", instances=2))
    assert r[("svc", "storage")].severity == "error"
    # 4 TB on 2 x 2 TB fits, but fills them to 100%, past the 80% max_fill: a warning;
    # 3.2 TB is exactly 80%: no risk.
    r = risks_of(component(load="1 req/s", capacity="100 req/s", storage="2 TB", data="4 TB", instances=2))
    assert r[("svc", "storage")].severity == "warning"
    r = risks_of(component(load="1 req/s", capacity="100 req/s", storage="2 TB", data="3.2 TB", instances=2))
    assert ("svc", "storage") not in r


def test_assumed_load():
    r = risks_of(component(capacity="100 req/s"))
    assert r[("svc", "assumed-load")].severity == "note"
    assert "10k req/s" in r[("svc", "assumed-load")].message
    r = risks_of(component(load="1 req/s", capacity="100 req/s"))
    assert ("svc", "assumed-load") not in r


def test_a_component_fed_by_the_flow_is_not_assumed():
    r = risks_of(component("a", load="1 req/s", capacity="10 req/s") + component("b", capacity="10 req/s")
                 + "flow {\n  a -> b\n}\n")
    assert ("b", "assumed-load") not in r
