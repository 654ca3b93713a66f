"""Write every output bote gives for the examples, the published estimates,
the documentation's docs and the error corpus into one folder, so that two
commits can be compared byte for byte (`diff -r`): the check that a
refactoring changed no figure, message, exit code or output byte.

    python scripts/snapshot_outputs.py OUT_DIR

Each input gets one file per format (table, json, markdown, github, sarif,
junit, mermaid, dot, a rendered copy of each Markdown doc and of each .bote
file's inline results), holding the exit status and stdout/stderr.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("table", "json", "markdown", "github", "sarif", "junit")


def inputs() -> list[Path]:
    found = sorted(ROOT.glob("examples/*.bote")) + sorted(ROOT.glob("examples/*.md"))
    found += sorted(ROOT.glob("tests/published/*.bote")) + sorted(ROOT.glob("tests/golden/*.bote"))
    found += sorted(ROOT.glob("tests/errors/**/*.bote")) + sorted(ROOT.glob("tests/errors/**/*.md"))
    found += sorted(ROOT.glob("docs/*.md"))
    return found


def run(args: list[str], cwd: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "bote", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)
    return f"exit {done.returncode}\n--- stdout\n{done.stdout}--- stderr\n{done.stderr}"


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for path in inputs():
        rel = path.relative_to(ROOT)
        name = str(rel).replace("/", "__")
        for fmt in FORMATS:
            (out / f"{name}.{fmt}").write_text(run(["check", "--format", fmt, str(rel)], ROOT))
        if path.suffix == ".bote":
            for fmt in ("mermaid", "dot"):
                (out / f"{name}.{fmt}").write_text(run(["graph", "--format", fmt, str(rel)], ROOT))
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / path.name
            shutil.copyfile(path, copy)
            result = run(["render", path.name], Path(tmp))
            rendered = copy.read_text(errors="replace") if copy.exists() else "(gone)\n"
            (out / f"{name}.render").write_text(result + "--- file\n" + rendered)


if __name__ == "__main__":
    main()
