"""What a component costs, per month: the formulas of `bote.model`'s cost
figures, each a pure function of magnitudes in base units (money per
second, bytes, requests per second), exact where the inputs are.

A bill is paid on the average: a third party's calls and the bytes sent out
are priced at the average load along the flow, never at the peak that
sizing uses. Instances are paid whether busy or not: the provisioned count,
spares and standbys included.
"""
from __future__ import annotations

from bote.dataclasses_compiled import dataclass
from bote.language.quantity import aligned
from bote.magnitudes import Magnitude


def compute_cost(instances, price: Magnitude) -> Magnitude:
    """compute_cost = instances * price: every instance provisioned, spares
    and standbys included, at its price per unit of time."""
    a, b = aligned(instances, price)
    return a * b


def calls_cost(average_load: Magnitude, price_per_request: Magnitude) -> Magnitude:
    """compute_cost = average_load * price: a third party bills each call,
    at the average rate (the bill is paid on the average, not the peak)."""
    a, b = aligned(average_load, price_per_request)
    return a * b


def storage_cost(data: Magnitude, storage_price: Magnitude, replication: Magnitude = 1) -> Magnitude:
    """storage_cost = data * replication * storage_price: the bytes stored,
    every copy, at their price per byte per unit of time."""
    a, copies = aligned(data, replication)
    a, b = aligned(a * copies, storage_price)
    return a * b


def egress_cost(average_load: Magnitude, response_size: Magnitude, egress_price: Magnitude) -> Magnitude:
    """egress_cost = average_load * response_size * egress_price: the bytes
    sent back to the clients, at the average rate."""
    a, b = aligned(average_load, response_size)
    a, c = aligned(a * b, egress_price)
    return a * c


def total(parts) -> Magnitude:
    """cost = compute_cost + storage_cost + egress_cost: the parts the
    component has a price for."""
    out: Magnitude = 0
    for part in parts:
        out, part = aligned(out, part)
        out = out + part
    return out


@dataclass(frozen=True, slots=True)
class ComponentCost:
    """A component's cost per second in the file's currency (magnitudes);
    None for a part it sets no price for."""

    compute: Magnitude | None
    storage: Magnitude | None
    egress: Magnitude | None

    @property
    def total(self) -> Magnitude:
        return total(p for p in (self.compute, self.storage, self.egress) if p is not None)

    def part(self, figure: str) -> Magnitude | None:
        """`compute_cost`, `storage_cost`, `egress_cost` or `cost`."""
        if figure == "cost":
            return self.total
        return {"compute_cost": self.compute, "storage_cost": self.storage, "egress_cost": self.egress}[figure]
