"""`bote instances`: the instance catalog as a table or as JSON, and the
message for a filter that matches nothing."""
from __future__ import annotations

import json
import math
from fractions import Fraction

from tabulate import tabulate

from bote.model.catalog import (
    FAMILIES,
    PROVIDERS,
    InstanceType,
    catalog_date,
    catalog_sources,
)

HEADERS = ["name", "provider", "family", "vCPU", "memory", "local disk", "$/hour", "$/month", "region"]

#: What the $/month column is, in the listing's last line and in docs/catalog.md.
MONTH_NOTE = "$/month = $/hour × 730.5 h (bote's month: 1/12 of 365.25 days)"


def cents(x: Fraction) -> str:
    """Dollars to the cent, halves rounded up (140.256 -> 140.26)."""
    c = math.floor(x * 100 + Fraction(1, 2))
    return f"{c // 100:,}.{c % 100:02d}"


def _number(x: Fraction) -> str:
    """16 -> "16", 7.5 -> "7.5": a catalog figure as it is written."""
    return str(x.numerator) if x.denominator == 1 else format(float(x), "g")


def _row(t: InstanceType) -> list[str]:
    return [t.name, t.provider, t.family, str(t.vcpus), f"{_number(t.memory_gib)} GiB", t.local_disk_text or "-",
            f"${t.price_text}", f"${cents(t.dollars_per_month)}", t.region]


def instances_table(types: list[InstanceType]) -> str:
    table = tabulate([_row(t) for t in types], HEADERS, tablefmt="simple", disable_numparse=True,
                     colalign=("left", "left", "left", "right", "right", "right", "right", "right", "left"))
    return (f"{table}\n\n{len(types)} instance type{'s' if len(types) != 1 else ''}: on-demand, Linux, USD; "
            f"{MONTH_NOTE}\ncatalog of {catalog_date()}; sources: {catalog_sources()}\n")


def _amount(magnitude: Fraction, unit: str, text: str) -> dict:
    return {"magnitude": float(magnitude), "unit": unit, "text": text}


def instance_json(t: InstanceType) -> dict:
    """One type as an object; sizes and prices as {"magnitude", "unit",
    "text"}, in the unit shown (units `parse_unit` reads back)."""
    disk = None
    if t.local_disk is not None:
        number, _, unit = t.local_disk_text.partition(" ")
        disk = _amount(Fraction(number), unit, t.local_disk_text)
    return {
        "name": t.name, "provider": t.provider, "family": t.family, "vcpus": t.vcpus,
        "memory": _amount(t.memory_gib, "GiB", f"{_number(t.memory_gib)} GiB"),
        "local_disk": disk,
        "price": _amount(Fraction(t.price_text), "USD / hour", f"${t.price_text}/hour"),
        "price_per_month": _amount(t.dollars_per_month, "USD / month", f"${cents(t.dollars_per_month)}/month"),
        "region": t.region, "date": t.date, "source": t.source,
    }


def instances_json(types: list[InstanceType]) -> str:
    return json.dumps([instance_json(t) for t in types], indent=2, ensure_ascii=False) + "\n"


def no_match_text(filter: str) -> str:
    return (f"error: no instance type in the catalog matches `{filter}`\n"
            f"  hint: the filter is part of a name (`m6i`, `n2-standard`, `D4s`), a provider "
            f"({', '.join(PROVIDERS)}) or a family ({', '.join(FAMILIES)}); `bote instances` lists them all")
