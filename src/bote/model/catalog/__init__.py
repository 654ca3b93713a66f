"""The instance catalog: common AWS, GCP and Azure instance types with their
vCPUs, memory, local disk and on-demand hourly price, read from the bundled,
dated `instances.csv` (its header states the sources; docs/catalog.md says
how to refresh it).

Figures are bote Quantities with exact magnitudes: memory and disk in bytes,
shown in the unit the provider states them in; prices in USD per second,
shown per hour, so $0.192/h is exactly 192/1000 USD per 3600 s.  The file is
read on first use and kept; importing this module reads nothing.  A row that
does not parse is a bug in bote, raised as `CatalogError` with its line.
"""
from __future__ import annotations

import functools
from fractions import Fraction
from pathlib import Path

from bote.dataclasses_compiled import dataclass
from bote.language.quantity import Quantity

CATALOG_PATH = Path(__file__).resolve().parent / "instances.csv"

COLUMNS = ("name", "provider", "family", "vcpus", "memory_gib", "local_disk", "price_usd_per_hour",
           "region", "date", "source")
#: The header comment that names the sources in one line, for listings.
SOURCES_LINE = "# sources:"
PROVIDERS = ("aws", "gcp", "azure")
FAMILIES = ("general", "compute", "memory", "storage")

DATA = (("data", 1),)
MONEY_PER_TIME = (("currency", 1), ("time", -1))
PER_HOUR = (("USD", 1), ("hour", -1))
PER_MONTH = (("USD", 1), ("month", -1))
HOUR = 3600
#: bote's month in seconds: a twelfth of a 365.25-day year (units.txt), 730.5 hours.
MONTH = Fraction(36525, 100) * 86400 / 12

#: The units a size in the catalog is written in, with their size in bytes.
_DISK_UNITS = {"GB": 10**9, "GiB": 2**30, "TB": 10**12}


class CatalogError(ValueError):
    """A row of the catalog that does not parse: a bug in bote's data."""


@dataclass(frozen=True, slots=True)
class InstanceType:
    name: str
    provider: str
    family: str
    vcpus: int
    memory: Quantity              # bytes, shown in GiB as the provider states it
    local_disk: Quantity | None   # bytes, shown in the provider's unit; None with network disks only
    price: Quantity               # USD per second, shown per hour (on-demand, Linux)
    region: str
    date: str
    source: str
    #: The price as the list writes it (`0.192`), for listings.
    price_text: str = ""
    #: The local disk as the provider writes it (`937 GB`); "" when there is none.
    local_disk_text: str = ""

    @property
    def memory_gib(self) -> Fraction:
        return _exact(self.memory) / 2**30

    @property
    def price_per_month(self) -> Quantity:
        """The price over bote's month: price × 730.5 h, in USD per month."""
        return Quantity(self.price.magnitude, MONEY_PER_TIME, PER_MONTH)

    @property
    def dollars_per_month(self) -> Fraction:
        """USD for one instance over bote's month (730.5 hours), exact."""
        return _exact(self.price) * MONTH


def _exact(q: Quantity) -> Fraction:
    """A catalog figure's magnitude: always a Fraction (`_instance` builds them)."""
    assert isinstance(q.magnitude, Fraction)
    return q.magnitude


def instance_types() -> dict[str, InstanceType]:
    """Every type in the catalog by name, in the file's order."""
    return _catalog()[0]


def instance_type(name: str) -> InstanceType | None:
    """The type named exactly `name` (`m6i.xlarge`), or None."""
    return instance_types().get(name)


def matching(filter: str | None) -> list[InstanceType]:
    """The types whose name, provider or family contains `filter`, ignoring
    case; every type for None or an empty filter."""
    types = list(instance_types().values())
    if not filter:
        return types
    wanted = filter.casefold()
    return [t for t in types if any(wanted in s.casefold() for s in (t.name, t.provider, t.family))]


def catalog_date() -> str:
    """The day the catalog was compiled: the latest date of its rows."""
    return _catalog()[1]


def catalog_sources() -> str:
    """Where the figures came from, in one line: the file's `# sources:` comment."""
    return _catalog()[2]


@functools.cache
def _catalog() -> tuple[dict[str, InstanceType], str, str]:
    text = CATALOG_PATH.read_text(encoding="utf-8")
    types = parse_catalog(text, CATALOG_PATH.name)
    sources = next((line.removeprefix(SOURCES_LINE).strip() for line in text.splitlines()
                    if line.startswith(SOURCES_LINE)), "")
    if not sources:
        raise CatalogError(f"{CATALOG_PATH.name}: no `{SOURCES_LINE}` line")
    return types, max(t.date for t in types.values()), sources


def parse_catalog(text: str, where: str = "instances.csv") -> dict[str, InstanceType]:
    """The rows of a catalog file: lines starting with `#` are comments,
    then a header naming `COLUMNS`, then one type a line."""
    import csv

    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        raise CatalogError(f"{where}: no rows")
    header_line, header = lines[0]
    if tuple(next(csv.reader([header]))) != COLUMNS:
        raise CatalogError(f"{where}:{header_line}: the header must be {','.join(COLUMNS)}")
    types: dict[str, InstanceType] = {}
    for n, line in lines[1:]:
        fields = next(csv.reader([line]))
        if len(fields) != len(COLUMNS):
            raise CatalogError(f"{where}:{n}: {len(fields)} fields, not {len(COLUMNS)}")
        row = dict(zip(COLUMNS, fields, strict=True))
        try:
            t = _instance(row)
        except (ValueError, ZeroDivisionError) as e:
            raise CatalogError(f"{where}:{n}: {row['name'] or 'a row'}: {e}") from None
        if t.name in types:
            raise CatalogError(f"{where}:{n}: {t.name} is listed twice")
        types[t.name] = t
    return types


def _instance(row: dict[str, str]) -> InstanceType:
    for column in ("name", "region", "date", "source"):
        if not row[column].strip():
            raise ValueError(f"no {column}")
    if row["provider"] not in PROVIDERS:
        raise ValueError(f"provider {row['provider']!r} is none of {', '.join(PROVIDERS)}")
    if row["family"] not in FAMILIES:
        raise ValueError(f"family {row['family']!r} is none of {', '.join(FAMILIES)}")
    if not row["vcpus"].isdigit():
        raise ValueError(f"vcpus {row['vcpus']!r} is not a whole number")
    disk = row["local_disk"].strip()
    return InstanceType(
        name=row["name"], provider=row["provider"], family=row["family"], vcpus=int(row["vcpus"]),
        memory=Quantity(_decimal(row["memory_gib"], "memory_gib") * 2**30, DATA, (("GiB", 1),)),
        local_disk=_size(disk) if disk else None,
        price=Quantity(_decimal(row["price_usd_per_hour"], "price_usd_per_hour") / HOUR, MONEY_PER_TIME, PER_HOUR),
        region=row["region"], date=row["date"], source=row["source"],
        price_text=row["price_usd_per_hour"], local_disk_text=disk,
    )


def _decimal(text: str, column: str) -> Fraction:
    """A plain decimal (`0.192`, `16`) as an exact Fraction."""
    stripped = text.strip()
    if not stripped or not all(c.isdigit() or c == "." for c in stripped) or stripped.count(".") > 1:
        raise ValueError(f"{column} {text!r} is not a plain decimal number")
    return Fraction(stripped)


def _size(text: str) -> Quantity:
    """`937 GB`, `16 GiB`, `1.92 TB`: the size in bytes, shown in its unit."""
    number, _, unit = text.partition(" ")
    if unit not in _DISK_UNITS:
        raise ValueError(f"local_disk {text!r} is not a number and one of {', '.join(_DISK_UNITS)}")
    return Quantity(_decimal(number, "local_disk") * _DISK_UNITS[unit], DATA, ((unit, 1),))
