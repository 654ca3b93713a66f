"""Where the repository is, so that CI formats name files as the repository does.

GitHub annotations and code scanning attach a finding to a file by its path
from the repository root, whatever folder bote ran in (a workflow step with
`working-directory: docs`, a pre-commit hook in a subfolder).  The root is
`GITHUB_WORKSPACE` when it is set (the checkout on a GitHub runner), else
the top level of the git work tree bote runs in, else the current folder.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import PurePosixPath

#: Names that are not paths: standard input, a `--set` option.
_NOT_FILES = frozenset({"<stdin>", "--set", "<input>"})


def repository_root(environ: dict[str, str] | None = None) -> str:
    """The repository root as an absolute path with symbolic links resolved."""
    env = os.environ if environ is None else environ
    workspace = env.get("GITHUB_WORKSPACE")
    if workspace:
        return os.path.realpath(workspace)
    try:
        done = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True,
                              timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):  # no git, or it hung
        done = None
    if done is not None and done.returncode == 0 and done.stdout.strip():
        return os.path.realpath(done.stdout.strip())
    return os.path.realpath(os.getcwd())


def path_in(name: str, root: str | None) -> str | None:
    """`name` (a path as bote was given it) relative to `root`, with `/`
    between its parts; None when it is not a file's path (standard input)
    or lies outside `root`.  The file's folder is resolved, not the file: a
    symbolic link committed to the repository is named by its own path.
    `root` None: the current folder."""
    if name in _NOT_FILES:
        return None
    base = os.path.realpath(os.getcwd() if root is None else root)
    folder, leaf = os.path.split(os.path.abspath(name))
    where = os.path.join(os.path.realpath(folder), leaf)
    try:
        if os.path.commonpath([where, base]) != base:
            return None
    except ValueError:  # another drive (Windows)
        return None
    return PurePosixPath(*os.path.relpath(where, base).split(os.sep)).as_posix()


def root_uri(root: str | None) -> str:
    """The root as a `file:` URI ending in `/`, as SARIF's
    `originalUriBaseIds` needs it."""
    from pathlib import Path
    uri = Path(os.path.realpath(os.getcwd() if root is None else root)).as_uri()
    return uri if uri.endswith("/") else uri + "/"
