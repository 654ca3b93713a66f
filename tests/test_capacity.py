"""The capacity model's pure functions, against vectors worked by hand."""
from fractions import Fraction as F

import pytest
from conftest import run

from bote.model import capacity as cap


def test_capacity_is_workers_over_service_time():
    # 8 workers, 20 ms each: 8 / 0.020 s = 400 req/s
    assert cap.capacity_per_instance(F(8), F(20, 1000)) == 400


@pytest.mark.parametrize("load, capacity, ceiling, expected", [
    (F(10_000), F(400), F(7, 10), 36),     # 10000 / 280 = 35.71 -> 36
    (F(2800), F(400), F(7, 10), 10),       # exactly 10: no extra machine
    (F(2801), F(400), F(7, 10), 11),
    (F(0), F(400), F(7, 10), 0),
    (F(7000), F(100), F(7, 10), 100),      # exactly 100
    (F(21, 10), F(1), F(7, 10), 3),        # 2.1 / 0.7 is 3; in floats 3.0000000000000004, ceil 4
])
def test_instances_for_load(load, capacity, ceiling, expected):
    assert cap.instances_for_load(load, capacity, ceiling) == expected


def test_a_whole_quotient_does_not_round_up():
    # 150 TB of data on 100 GB disks is 1500 disks, not 1501.
    assert cap.instances_for_total(F(150 * 10**12), F(100 * 10**9)) == 1500
    assert cap.instances_for_total(None, F(1)) == 0


def test_utilization():
    assert cap.utilization(F(10_000), F(400), 37) == F(25, 37)
    assert cap.utilization(F(1), F(1), 0) is None


def test_size_horizontal_vector():
    # load 10k req/s, 400 req/s per instance, 70%: 36 for load;
    # 1 TB working set in 64 GB: ceil(15.625) = 16; needed 36, +1 spare = 37
    s = cap.size(load=F(10_000), capacity=F(400), max_utilization=F(7, 10), redundancy=1,
                 memory=F(64 * 10**9), working_set=F(10**12))
    assert (s.needed_for_load, s.needed_for_memory, s.needed, s.instances) == (36, 16, 36, 37)
    assert s.utilization == F(10_000, 400 * 37)
    assert s.utilization_one_down == F(10_000, 400 * 36)
    assert s.limited_by == "load"
    assert s.memory_total == 37 * 64 * 10**9


def test_size_limited_by_storage():
    # 150 TB in 2 TB disks: 75 instances; load needs 1
    s = cap.size(load=F(10), capacity=F(1000), max_utilization=F(7, 10), redundancy=2,
                 storage=F(2 * 10**12), data=F(150 * 10**12))
    assert (s.needed_for_storage, s.needed, s.instances, s.limited_by) == (75, 75, 77, "storage")


def test_size_single_scaling_keeps_one_primary():
    # 3000 req/s on a 2000 req/s primary: a horizontal fleet would need 3,
    # but a single primary stays one instance (plus its standby) at 150%.
    s = cap.size(load=F(3000), capacity=F(2000), max_utilization=F(7, 10), redundancy=1, scaling="single")
    assert (s.needed_for_load, s.needed, s.instances) == (3, 1, 2)
    assert s.utilization == F(3, 2)
    assert s.utilization_one_down == F(3, 2)


def test_size_provisioned_is_checked_not_sized():
    s = cap.size(load=F(1000), capacity=F(100), max_utilization=F(7, 10), redundancy=1, instances=5)
    assert (s.needed, s.instances, s.provisioned, s.spare) == (15, 5, True, -10)
    assert s.utilization == 2


def test_one_instance_has_no_one_down_figure():
    s = cap.size(load=F(1), capacity=F(100), max_utilization=F(7, 10), redundancy=0)
    assert s.instances == 1 and s.utilization_one_down is None


def test_sizing_through_the_language_is_exact():
    report = run("""
component archive {
  load = 10 req/s
  capacity = 1k req/s
  storage = 100 GB
  data = 150 TB
  redundancy = 0
}
""")
    # 150 TB over 100 GB disks filled to max_fill 80% (80 GB each) = 1,875 exactly, not 1,876.
    (c,) = report.components
    assert (c.sizing.needed_for_storage, c.sizing.instances) == (1875, 1875)


def test_default_properties():
    report = run("component w {\n  capacity = 100 req/s\n}\n")
    (c,) = report.components
    s = c.sizing
    assert c.load_assumed and s.load == 10_000
    assert (s.max_utilization, s.redundancy, s.needed, s.instances) == (F(7, 10), 1, 143, 144)


def test_float_arithmetic_would_add_a_machine():
    """The vector above is not hypothetical: floats get it wrong."""
    import math
    assert math.ceil(2.1 / (1 * 0.7)) == 4
    assert cap.instances_for_load(F(21, 10), F(1), F(7, 10)) == 3
