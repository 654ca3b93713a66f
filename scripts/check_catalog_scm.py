"""Check the AWS shapes of bote's instance catalog against Netflix's
service-capacity-modeling package, the source they were read from:

    pip download service-capacity-modeling --no-deps -d /tmp/scm
    python scripts/check_catalog_scm.py /tmp/scm/service_capacity_modeling-*.whl

For every AWS row whose family the package ships
(hardware/profiles/shapes/aws/auto_FAMILY.json) it compares the vCPUs, the
memory (the package's `ram_gib` is the provider's GiB × (1000/1024)²) and
the local disk (its drive's `size_gib` is the provider's GB in GiB, to the
nearest).  It prints each difference and the rows it could not check, and
exits 1 when a figure differs.  Prices are not compared: the package ships
3-year reserved prices, the catalog on-demand ones.
"""
from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

from bote.model.catalog import instance_types

SHAPES = "service_capacity_modeling/hardware/profiles/shapes/aws/"


def _shapes(wheel: Path) -> dict[str, dict]:
    found: dict[str, dict] = {}
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if name.startswith(SHAPES + "auto_") and name.endswith(".json"):
                found.update(json.loads(z.read(name))["instances"])
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: python scripts/check_catalog_scm.py service_capacity_modeling-VERSION-py3-none-any.whl",
              file=sys.stderr)
        return 2
    shapes = _shapes(Path(argv[0]))
    differ, unchecked = [], []
    for t in instance_types().values():
        if t.provider != "aws":
            continue
        s = shapes.get(t.name)
        if s is None:
            unchecked.append(t.name)
            continue
        if s["cpu"] != t.vcpus:
            differ.append(f"{t.name}: {t.vcpus} vCPUs, the package {s['cpu']}")
        if round(s["ram_gib"] * 1.048576) != t.memory_gib:
            differ.append(f"{t.name}: {t.memory_gib} GiB, the package {s['ram_gib']} × 1.048576")
        drive = s.get("drive")
        disk = t.local_disk.magnitude if t.local_disk is not None else None
        if (drive is None) != (disk is None) or (drive and abs(disk - drive["size_gib"] * 2**30) > 2**29):
            differ.append(f"{t.name}: local disk {t.local_disk_text or 'none'}, the package "
                          f"{drive['size_gib'] if drive else 'none'} GiB")
    for line in differ:
        print(line)
    if unchecked:
        print(f"not in the package: {', '.join(unchecked)}")
    print(f"{len(differ)} difference{'s' if len(differ) != 1 else ''}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
