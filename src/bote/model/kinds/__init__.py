"""Component kinds, one module each, registered here by name: what a
component is (a request server, clients, a queue, a third party) and how it
behaves. Everything else asks a component's kind (`ComponentInfo.kind`);
adding a kind is a module with a `Kind` subclass and one `register` line.

The registry also holds the tables the resolver, the evaluator and the
editor read: `PROPERTIES` (the core properties and each kind's own, with
`kind = `'s choices), `COMPUTED` (the figures and their formulas) and
`SIZED` (the figures read from a component's model).
"""
from __future__ import annotations

from dataclasses import replace

from bote.errors import Diagnostic
from bote.language.quantity import Quantity
from bote.model.kinds.base import (
    ANY_FIGURES,
    OWNERS,
    Kind,
    KindModel,
    RiskInputs,
    SizingInputs,
)
from bote.model.kinds.cache import Cache
from bote.model.kinds.clients import Clients
from bote.model.kinds.database import Database
from bote.model.kinds.queue import Queue
from bote.model.kinds.service import Service
from bote.model.kinds.third_party import ThirdParty
from bote.model.properties import (
    CORE_FIGURES,
    CORE_PROPERTIES,
    COST_FIGURES,
    FAILURE_FIGURES,
    PropertySpec,
)

__all__ = [
    "ANY_FIGURES",
    "COMPUTED",
    "PROPERTIES",
    "SIZED",
    "Kind",
    "KindModel",
    "RiskInputs",
    "SizingInputs",
    "check_flow",
    "check_properties",
    "figure_error",
    "kind_named",
    "names",
    "register",
    "synchronous_below",
]

_KINDS: dict[str, Kind] = {}

#: Every property a component may set: the core ones, then each kind's own.
PROPERTIES: dict[str, PropertySpec] = dict(CORE_PROPERTIES)
#: Figures bote computes for a component, as `name.figure`, with their formulas.
COMPUTED: dict[str, str] = dict(CORE_FIGURES)
#: Figures read from a component's model, even `instances` when the user sets
#: it (the sizing carries the provisioned count); not the flow's figures.
SIZED: set[str] = {"instances"} | set(CORE_FIGURES) - {"average_load", "end_to_end", *COST_FIGURES,
                                                        *FAILURE_FIGURES}


def register(kind: Kind) -> Kind:
    """Make `kind = NAME` mean this kind: its own properties and figures
    join the tables, owned by it."""
    taken = [p.name for p in kind.properties if p.name in PROPERTIES] + \
        [f for f in kind.own_figures if f in COMPUTED]
    if kind.name in _KINDS or taken:
        raise ValueError(f"kind {kind.name}: {', '.join(taken) or 'the name'} already registered")
    _KINDS[kind.name] = kind
    for spec in kind.properties:
        PROPERTIES[spec.name] = spec
        OWNERS[spec.name] = kind
    COMPUTED.update(kind.own_figures)
    SIZED.update(kind.own_figures)
    _list_kind_choices()
    return kind


def unregister(name: str) -> None:
    """Forget a kind (for a test that registers its own)."""
    kind = _KINDS.pop(name)
    for spec in kind.properties:
        PROPERTIES.pop(spec.name, None)
        OWNERS.pop(spec.name, None)
    for figure in kind.own_figures:
        COMPUTED.pop(figure, None)
        SIZED.discard(figure)
    _list_kind_choices()


def _list_kind_choices() -> None:
    PROPERTIES["kind"] = replace(PROPERTIES["kind"], choices=tuple(_KINDS))


def default_quantity(name: str) -> Quantity:
    """The default of a property whose default is a value (`workers = 1`),
    not a choice's word."""
    default = PROPERTIES[name].default
    assert isinstance(default, Quantity), name
    return default


def kind_named(name: str) -> Kind:
    return _KINDS[name]


def names() -> tuple[str, ...]:
    """Every kind's name, in the order `kind = ` lists them."""
    return tuple(_KINDS)


for _kind in (Service(), Clients(), Queue(), ThirdParty(), Cache(), Database()):
    register(_kind)

DEFAULT = "service"


def chosen(choices: dict) -> Kind:
    """The kind a component's `kind = ...` chose (a service when it sets none)."""
    return _KINDS[choices.get("kind", DEFAULT)]


def all_own_figures() -> frozenset[str]:
    return frozenset().union(*(k.own_figures for k in _KINDS.values()))


def check_properties(info) -> list[Diagnostic]:
    """A property of another kind, or one this kind has no use for, is an
    error naming where it belongs; so is a missing required one."""
    diagnostics: list[Diagnostic] = []
    kind, name, props = info.kind, info.node.name, info.properties

    def error(message, span, hint=None):
        diagnostics.append(Diagnostic("property", message, span, hint))

    if "kind" not in info.choices and any(p.name == "kind" for p in info.node.properties):
        return diagnostics  # a misspelled kind is reported as such; judging the rest by it would mislead
    for prop, node in props.items():
        if kind.applies(prop):
            continue
        owner = OWNERS.get(prop)
        if owner is not None:
            error(f"`{prop}` belongs to `kind = {owner.name}`; {name} is a {kind.text}", node.name_span,
                  f"add `kind = {owner.name}` to {name}, or remove `{prop}`")
        else:
            error(f"`{prop}` means nothing on {name} (kind = {kind.name})", node.name_span, kind.why_not)
    kind.requirements(info, error)
    return diagnostics


def check_flow(components: dict, edges) -> list[Diagnostic]:
    """Nothing flows into a traffic source; each kind's own rules (a queue
    needs consumers)."""
    diagnostics = []
    sources = {e.source for e in edges}
    for edge in edges:
        info = components.get(edge.target)
        if info is not None and info.kind.is_source:
            diagnostics.append(Diagnostic(
                "flow", f"{edge.target} are {info.kind.name}, a traffic source: nothing flows into them",
                edge.target_span, f"reverse the edge, or drop `kind = {info.kind.name}`"))
    for name, info in components.items():
        diagnostics += info.kind.check_flow(name, info, sources)
    return diagnostics


def synchronous_below(queue: str, outgoing: dict, components: dict) -> list[str]:
    """Every component a message of `queue` reaches without passing through
    another queue: its consumers, what they call, and the queues they feed
    (which end the walk: what lies behind them drains asynchronously)."""
    found, stack = [], list(outgoing.get(queue, ()))
    while stack:
        name = stack.pop()
        if name in found:
            continue
        found.append(name)
        info = components.get(name)
        if info is not None and not info.kind.ends_synchronous_path:
            stack.extend(outgoing.get(name, ()))
    return found


def figure_error(info, figure: str) -> tuple[str, str | None] | None:
    """Why `name.figure` means nothing for this component's kind, with a
    hint; None when it does."""
    kind, name = info.kind, info.node.name
    sized = kind.sized(info)
    unsized = f"{name} is not sized ({kind.unsized_text(info)})"
    hint = "its figures: load (the peak), average_load, end_to_end" + kind.figures_hint
    if figure == "capacity" and not kind.has_capacity(info):
        return f"{unsized}: it has no `capacity`", hint
    if (figure == "instances" or figure in COMPUTED and figure not in ANY_FIGURES and figure not in all_own_figures()
            and figure not in kind.extra_figures) and not sized:
        return f"{unsized}: it has no `{figure}`", hint
    if figure in PROPERTIES and figure != "load" and not kind.applies(figure):
        owner = OWNERS.get(figure)
        if owner is not None:
            return f"`{figure}` belongs to `kind = {owner.name}`; {name} is a {kind.text}", None
        return f"`{figure}` means nothing on {name} (kind = {kind.name})", kind.why_not
    owners = [k for k in _KINDS.values() if figure in k.own_figures]
    if owners and kind not in owners:
        return f"`{figure}` is a figure of a {owners[0].text}; {name} is a {kind.text}", None
    return None
