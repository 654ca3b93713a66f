"""The layout shows the pipeline: each package imports only the packages
below it, and no module imports another that imports it back (imports
inside functions count: they are edges all the same; imports for type
annotations only, under `if TYPE_CHECKING:`, do not run and do not count)."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "bote"

#: The stages, lowest first (docs/architecture.md draws them).
LAYERS = [
    {"errors", "frozen", "magnitudes", "files", "resources", "cache_files", "version", "repository", "result_cache",
     "collector", "digests", "dataclasses_compiled", "dataclasses_replay", "dataclasses_table",
     "dataclasses_gen"},
    {"uncertainty"},
    {"language"},
    {"model"},
    {"render"},
    {"docs"},
    {"pipeline"},
    {"writeback", "pygments_lexer"},
    {"api"},
    {"lsp", "live"},   # the language server, `bote watch` and `bote repl`: over bote.api, beside the CLI
    {"cli", "__main__", "__init__"},
]


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"] or ["__init__"]
    return ".".join(["bote", *parts]) if parts != ["__init__"] else "bote"


def _runtime_nodes(tree: ast.AST):
    """Every node but those under `if TYPE_CHECKING:` (imports for
    annotations only: they never run)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING":
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in _runtime_nodes(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bote"):
            found.add(node.module)
            for alias in node.names:  # `from bote.model import kinds`: the module kinds
                if (SRC / Path(*node.module.split(".")[1:]) / f"{alias.name}.py").exists() or \
                        (SRC / Path(*node.module.split(".")[1:]) / alias.name / "__init__.py").exists():
                    found.add(f"{node.module}.{alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}: a relative import; bote imports by absolute module path")
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("bote")}
    return found


def _graph() -> dict[str, set[str]]:
    """Module -> the modules importing it runs: the module named, and each
    package above it that the importer is not inside (`import a.b.c` runs
    `a/b/__init__.py` first)."""
    modules = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
        targets = set()
        for m in _imports(path):
            parts = m.split(".")
            targets |= {".".join(parts[:i]) for i in range(2, len(parts) + 1)} - own
        graph[name] = {m for m in targets if m in modules and m != name}
    return graph


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else "__init__"
    return next(i for i, layer in enumerate(LAYERS) if top in layer)


def test_every_package_imports_only_the_stages_below_it():
    wrong = [f"{a} imports {b}" for a, targets in _graph().items() for b in targets
             if a != "bote" and _layer(b) > _layer(a)]
    assert wrong == []


def test_no_import_cycles():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    assert cycles == []
