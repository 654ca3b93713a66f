"""The instance catalog (src/bote/model/catalog): every row parses and is sane,
published shapes and prices, exact quantities, and `bote instances`."""
import json
import re
import subprocess
import sys
from fractions import Fraction

import pytest
from click.testing import CliRunner
from conftest import ROOT

from bote.cli import main
from bote.language.unit_table import registry
from bote.language.units import FileUnits, parse_unit, unit_factor
from bote.model import catalog
from bote.model.catalog import (
    CatalogError,
    catalog_date,
    catalog_sources,
    instance_type,
    instance_types,
    matching,
    parse_catalog,
)
from bote.render.catalog import cents

GiB = 2**30


def instances(*args):
    return CliRunner().invoke(main, ["instances", *args], catch_exceptions=False)


# ---- every row ------------------------------------------------------------------

def test_the_catalog_holds_about_sixty_types_of_each_provider_and_family():
    types = instance_types().values()
    by_provider = {p: sum(t.provider == p for t in types) for p in catalog.PROVIDERS}
    assert by_provider == {"aws": 32, "gcp": 18, "azure": 18}
    assert {t.family for t in types} == set(catalog.FAMILIES)
    for provider in ("aws", "azure"):  # GCP's storage-optimised Z3 starts at 88 vCPUs: left out
        assert {t.family for t in types if t.provider == provider} == set(catalog.FAMILIES)


def test_every_row_is_sane():
    for t in instance_types().values():
        assert 1 <= t.vcpus <= 448, t.name
        assert Fraction(1, 2) <= t.memory_gib <= 24_000, t.name
        assert Fraction(1, 1000) <= Fraction(t.price.magnitude) * 3600 <= 200, t.name
        assert t.region in {"aws": {"us-east-1"}, "gcp": {"us-central1"}, "azure": {"eastus"}}[t.provider]
        assert t.date == "2026-12-02"
        assert t.source.startswith("shape: ") and "price: " in t.source, t.name
        assert ("recalled" in t.source) or ("checked" in t.source), t.name


def test_names_are_unique_even_ignoring_case():
    names = [t.name.casefold() for t in instance_types().values()]
    assert len(names) == len(set(names)) == 68


def test_price_per_vcpu_is_constant_within_a_series_up_to_the_lists_rounding():
    """Every series here is priced per vCPU (one size up doubles the
    price); a typo in one row breaks the ratio.  The lists round to about
    three significant figures (i4i.large $0.172 and i4i.xlarge $0.343 are
    $0.1716 and $0.3432), hence the 0.3%."""
    series: dict[str, list] = {}
    for t in instance_types().values():
        key = t.name.split(".")[0] if t.provider == "aws" else (
            t.name.rsplit("-", 1)[0] if t.provider == "gcp" else t.name[9] + t.name.split("_")[-1])
        series.setdefault(key, []).append(Fraction(t.price_text) / t.vcpus)
    assert len(series) == 8 + 5 + 4
    for key, per_vcpu in series.items():
        assert max(per_vcpu) / min(per_vcpu) < Fraction(1003, 1000), key


#: GiB of memory per vCPU of each series, as the providers' pages state it.
MEMORY_PER_VCPU = {
    "m5": 4, "m6i": 4, "m7i": 4, "c6i": 2, "c7g": 2, "r6i": 8, "r7i": 8, "i4i": 8,
    "n2-standard": 4, "e2-standard": 4, "c3-standard": 4, "c2-standard": 4, "n2-highmem": 8,
    "Standard_D": 4, "Standard_F": 2, "Standard_E": 8, "Standard_L": 8,
}


def test_memory_per_vcpu_is_the_series_ratio():
    for t in instance_types().values():
        series = t.name.split(".")[0] if t.provider == "aws" else (
            t.name.rsplit("-", 1)[0] if t.provider == "gcp" else t.name[:10])
        assert t.memory_gib / t.vcpus == MEMORY_PER_VCPU[series], t.name


# ---- published figures ------------------------------------------------------------

# (name, vCPUs, memory GiB, local disk as the provider states it), from the
# providers' specification pages.
PUBLISHED_SHAPES = [
    ("m6i.xlarge", 4, 16, None),            # AWS: 4 vCPU, 16 GiB, EBS only
    ("c6i.large", 2, 4, None),
    ("r6i.2xlarge", 8, 64, None),
    ("c7g.xlarge", 4, 8, None),
    ("i4i.xlarge", 4, 32, "937 GB"),        # AWS: 1 x 937 GB AWS Nitro SSD
    ("n2-standard-4", 4, 16, None),         # GCP: 4 GB of memory per vCPU
    ("n2-highmem-8", 8, 64, None),          # 8 GB per vCPU
    ("e2-standard-2", 2, 8, None),
    ("c3-standard-22", 22, 88, None),
    ("Standard_D4s_v5", 4, 16, None),       # Azure: no temp storage on Dsv5
    ("Standard_E8s_v5", 8, 64, None),
    ("Standard_F2s_v2", 2, 4, "16 GiB"),    # temp storage (SSD) 16 GiB
    ("Standard_L8s_v3", 8, 64, "1.92 TB"),  # NVMe 1x1.92 TB
]


@pytest.mark.parametrize(("name", "vcpus", "gib", "disk"), PUBLISHED_SHAPES)
def test_published_shapes(name, vcpus, gib, disk):
    t = instance_type(name)
    assert (t.vcpus, t.memory.magnitude, t.local_disk_text or None) == (vcpus, gib * GiB, disk)


# Figures as Netflix's service-capacity-modeling 0.3.212 ships them
# (hardware/profiles/shapes/aws/auto_*.json): `cpu`, `ram_gib` and the drive's
# `size_gib`.  Its ram_gib is the provider's GiB × (1000/1024)², its size_gib
# the provider's GB in GiB.
SCM_SHAPES = [
    ("m5.large", 2, 7.63, None), ("m6i.xlarge", 4, 15.26, None), ("m7i.4xlarge", 16, 61.04, None),
    ("c6i.2xlarge", 8, 15.26, None), ("r6i.4xlarge", 16, 122.07, None), ("r7i.large", 2, 15.26, None),
    ("i4i.large", 2, 15.26, 436), ("i4i.xlarge", 4, 30.52, 873), ("i4i.4xlarge", 16, 122.07, 3492),
]


@pytest.mark.parametrize(("name", "cpu", "ram_gib", "size_gib"), SCM_SHAPES)
def test_aws_shapes_agree_with_service_capacity_modeling(name, cpu, ram_gib, size_gib):
    t = instance_type(name)
    assert t.vcpus == cpu
    assert round(ram_gib * 1.048576) == t.memory_gib
    if size_gib is None:
        assert t.local_disk is None
    else:  # the provider's GB in GiB, rounded to the nearest
        assert abs(t.local_disk.magnitude - size_gib * GiB) <= GiB / 2


def test_published_prices():
    # c3x.dev, "m5 vs m6i vs m7i": us-east-1 on-demand Linux, xlarge
    assert [instance_type(n).price_text for n in ("m5.xlarge", "m6i.xlarge", "m7i.xlarge")] == \
        ["0.192", "0.192", "0.2016"]
    # infracost's example output: c6i.large, 730 hours, $62.05
    assert round(Fraction(instance_type("c6i.large").price_text) * 730, 2) == Fraction("62.05")
    # Azure: "D4s_v5 ... starting from $140.16 per month" (730 hours)
    assert Fraction(instance_type("Standard_D4s_v5").price_text) * 730 == Fraction("140.16")
    # GCP bills N2 per vCPU ($0.031611/h) and per GB ($0.004237/h) in us-central1
    assert Fraction(instance_type("n2-standard-4").price_text) == 4 * Fraction("0.031611") + 16 * Fraction("0.004237")


@pytest.mark.parametrize(("series", "per_vcpu", "per_gb"), [
    # Compute Engine's resource-based prices in us-central1 (USD per hour)
    ("n2-standard", "0.031611", "0.004237"), ("n2-highmem", "0.031611", "0.004237"),
    ("e2-standard", "0.021811", "0.002923"), ("c2-standard", "0.03398", "0.00455"),
    ("c3-standard", "0.03465", "0.003938"),
])
def test_gcp_machine_prices_are_their_vcpus_and_memory(series, per_vcpu, per_gb):
    types = [t for t in instance_types().values() if t.name.startswith(series + "-")]
    assert len(types) >= 3
    for t in types:
        assert Fraction(t.price_text) == t.vcpus * Fraction(per_vcpu) + t.memory_gib * Fraction(per_gb), t.name


# ---- quantities ---------------------------------------------------------------

def test_quantities_are_exact_and_in_bote_units():
    t = instance_type("m6i.xlarge")
    assert t.memory.magnitude == 16 * GiB and t.memory.dims == (("data", 1),)
    assert t.price.magnitude == Fraction(192, 1000) / 3600
    assert t.price.dims == (("currency", 1), ("time", -1))
    assert str(t.memory) == "16 GiB" and str(t.price) == "0.192 USD/h"
    units = FileUnits(registry())
    for q in (t.memory, t.price, instance_type("Standard_L8s_v3").local_disk, t.price_per_month):
        # each unit is one bote knows, of the quantity's dimension
        assert unit_factor(q.unit, units) > 0
        assert parse_unit(" * ".join(n for n, _ in q.unit if _ > 0) +
                          "".join(f" / {n}" for n, e in q.unit if e < 0), units) == q.unit
    assert instance_type("Standard_L8s_v3").local_disk.magnitude == 1_920_000_000_000
    assert instance_type("Standard_F2s_v2").local_disk.magnitude == 16 * GiB


def test_the_month_is_botes_month():
    """730.5 hours: a twelfth of a 365.25-day year, as units.txt defines it."""
    assert catalog.MONTH == unit_factor((("month", 1),), FileUnits(registry())) == 730.5 * 3600


def test_monthly_price_by_hand():
    # $0.192/h × 730.5 h = $140.256
    assert instance_type("m6i.xlarge").dollars_per_month == Fraction("140.256")
    # $0.0846/h × 730.5 h = $61.80030
    assert instance_type("Standard_F2s_v2").dollars_per_month == Fraction("61.8003")
    # $3.744/h × 730.5 h = $2,734.992
    assert instance_type("Standard_L48s_v3").dollars_per_month == Fraction("2734.992")
    assert [cents(Fraction(x)) for x in ("140.256", "61.8003", "2734.992", "0.005", "0.0049")] == \
        ["140.26", "61.80", "2,734.99", "0.01", "0.00"]


def test_lookup_and_filter():
    assert instance_type("m6i.xlarge").provider == "aws"
    assert instance_type("M6I.XLARGE") is None  # names are exact; the caller suggests
    assert instance_type("m6i.8xlarge") is None
    assert [t.name for t in matching("m6i")] == ["m6i.large", "m6i.xlarge", "m6i.2xlarge", "m6i.4xlarge"]
    assert len(matching("GCP")) == 18 and all(t.provider == "gcp" for t in matching("gcp"))
    assert {t.name for t in matching("storage")} == {t.name for t in instance_types().values()
                                                     if t.family == "storage"}
    assert len(matching("Storage")) == 8
    assert len(matching(None)) == len(matching("")) == 68
    assert matching("zzz") == []
    assert catalog_date() == "2026-12-02"
    assert "service-capacity-modeling" in catalog_sources()


def test_importing_the_catalog_reads_nothing():
    code = "import bote.model.catalog as c; print(c._catalog.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


# ---- a malformed row is a bug, named with its line ------------------------------------

HEADER = "# a comment\nname,provider,family,vcpus,memory_gib,local_disk,price_usd_per_hour,region,date,source\n"
GOOD = "m6i.xlarge,aws,general,4,16,,0.192,us-east-1,2026-12-02,somewhere\n"


@pytest.mark.parametrize(("row", "message"), [
    ("m6i.xlarge,aws,general,4,16,,0.192,us-east-1,2026-12-02\n", "instances.csv:4: 9 fields, not 10"),
    ("x,oracle,general,4,16,,0.192,r,d,s\n", "instances.csv:4: x: provider 'oracle' is none of aws, gcp, azure"),
    ("x,aws,gpu,4,16,,0.192,r,d,s\n", "instances.csv:4: x: family 'gpu' is none of"),
    ("x,aws,general,four,16,,0.192,r,d,s\n", "instances.csv:4: x: vcpus 'four' is not a whole number"),
    ("x,aws,general,4,16,,$0.19,r,d,s\n", "instances.csv:4: x: price_usd_per_hour '$0.19' is not a plain decimal"),
    ("x,aws,general,4,1e3,,0.19,r,d,s\n", "instances.csv:4: x: memory_gib '1e3' is not a plain decimal"),
    ("x,aws,general,4,16,937GB,0.19,r,d,s\n", "instances.csv:4: x: local_disk '937GB' is not a number and one of"),
    ("x,aws,general,4,16,,0.19,r,d,\n", "instances.csv:4: x: no source"),
    (GOOD, "instances.csv:4: m6i.xlarge is listed twice"),
])
def test_a_malformed_row_is_named_with_its_line(row, message):
    with pytest.raises(CatalogError) as e:
        parse_catalog(HEADER + GOOD + row)
    assert str(e.value).startswith(message)


def test_a_wrong_header_is_named():
    with pytest.raises(CatalogError, match=r"instances.csv:1: the header must be name,provider"):
        parse_catalog("name,vcpus\n")


# ---- bote instances -------------------------------------------------------------

def test_the_listing():
    result = instances("m6i.xlarge")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["name", "provider", "family", "vCPU", "memory", "local", "disk", "$/hour",
                                "$/month", "region"]
    assert lines[2].split() == ["m6i.xlarge", "aws", "general", "4", "16", "GiB", "-", "$0.192", "$140.26",
                                "us-east-1"]
    assert "1 instance type: on-demand, Linux, USD; $/month = $/hour × 730.5 h" in result.output
    assert "catalog of 2026-12-02; sources: AWS shapes from service-capacity-modeling 0.3.212" in result.output


def test_the_whole_listing_has_a_row_per_type():
    result = instances()
    assert result.exit_code == 0
    rows = [line for line in result.output.splitlines() if line.split() and line.split()[0] in instance_types()]
    assert len(rows) == 68
    assert "68 instance types" in result.output
    disk_row = next(line for line in rows if line.startswith("i4i.4xlarge "))
    assert disk_row.split()[4:10] == ["128", "GiB", "3750", "GB", "$1.373", "$1,002.98"]  # 1.373 × 730.5


def test_a_filter_matching_nothing_names_what_exists():
    result = instances("t3")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no instance type in the catalog matches `t3`" in result.stderr
    assert "aws, gcp, azure" in result.stderr and "general, compute, memory, storage" in result.stderr


def test_json():
    result = instances("--format", "json", "i4i.xlarge")
    assert result.exit_code == 0
    [row] = json.loads(result.output)
    assert row == {
        "name": "i4i.xlarge", "provider": "aws", "family": "storage", "vcpus": 4,
        "memory": {"magnitude": 32.0, "unit": "GiB", "text": "32 GiB"},
        "local_disk": {"magnitude": 937.0, "unit": "GB", "text": "937 GB"},
        "price": {"magnitude": 0.343, "unit": "USD / hour", "text": "$0.343/hour"},
        "price_per_month": {"magnitude": 250.5615, "unit": "USD / month", "text": "$250.56/month"},  # 0.343 × 730.5
        "region": "us-east-1", "date": "2026-12-02", "source": instance_type("i4i.xlarge").source,
    }
    units = FileUnits(registry())
    assert parse_unit(row["price"]["unit"], units) == (("USD", 1), ("hour", -1))
    everything = json.loads(instances("--format", "json").output)
    assert len(everything) == 68 and sum(r["local_disk"] is None for r in everything) == 68 - 4 - 4 - 4


def test_json_with_no_match_is_an_empty_list_and_exit_1():
    result = instances("--format", "json", "t3")
    assert (result.exit_code, json.loads(result.stdout)) == (1, [])


# ---- docs/catalog.md shows real output ----------------------------------------------

def _doc():
    return (ROOT / "docs" / "catalog.md").read_text(encoding="utf-8")


def test_the_docs_listing_is_botes():
    block = re.search(r"```text\n\$ bote instances (\S+)\n(.*?)```", _doc(), re.DOTALL)
    assert instances(block.group(1)).output == block.group(2)


def test_the_docs_json_excerpt_is_botes():
    shown = json.loads(re.search(r"```json\n(.*?)```", _doc(), re.DOTALL).group(1))
    [real] = json.loads(instances("--format", "json", shown["name"]).output)
    assert shown.pop("source").removesuffix(" ...") in real["source"]
    assert {k: real[k] for k in shown} == shown


def test_the_docs_python_example_prints_what_it_says():
    t = instance_type("m6i.xlarge")
    line = f"{t.vcpus} {t.memory} {t.price} {t.dollars_per_month}"
    assert f"print(t.vcpus, t.memory, t.price, t.dollars_per_month)  # {line}\n" in _doc()
