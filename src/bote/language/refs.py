"""What a name in an expression stands for, as the resolver found it: the
contract between name resolution (`bote.model.resolve`) and the evaluation
of expressions (`bote.language.expressions`)."""
from __future__ import annotations

from bote.dataclasses_compiled import dataclass

#: A node of the dependency graph: ("binding", name), ("prop", component,
#: property), ("load" | "capacity" | "size" | "path", component).
NodeKey = tuple


@dataclass(frozen=True, slots=True)
class Ref:
    """What a name in an expression stands for.

    kind: `node` (key, figure), `unit` (canonical name), `default`
    (property name whose default applies)."""

    kind: str
    key: NodeKey | str | None = None
    figure: str | None = None
    #: `gateway.load[rides]`: the part one flow (request class) carries.
    flow_class: str | None = None

    @property
    def name(self) -> str:
        """What a `unit`, `default` or `misses` reference names: the unit's
        canonical name, the property, the component."""
        assert isinstance(self.key, str), self
        return self.key

    @property
    def node(self) -> NodeKey:
        """The node a `node` reference reads."""
        assert isinstance(self.key, tuple), self
        return self.key
