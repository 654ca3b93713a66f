"""Files anyone can put in a pull request: bote reads only regular files, of
at most 10 MB, never through a link that leads out of the folder being
checked (unless --follow-symlinks), and prints every file name with its
control characters escaped.  Each case answers with a `FILE:LINE:COL: error:`
line (or a correct result) within 2 s, never a hang or a traceback."""
import json
import os
import socket
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from bote.cli import main
from bote.files import MAX_FILE_BYTES, shown_name

SECRET = "AWS_SECRET_ACCESS_KEY=hunter2-do-not-print\n"


def within_2s(*args, stdin=None):
    """`bote ARGS` in-process; fails unless it answers within 2 s."""
    outcome = {}

    def run():
        outcome["result"] = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(2.0)
    assert not thread.is_alive(), f"bote {' '.join(args)} did not answer within 2 s"
    result = outcome["result"]
    assert "Traceback" not in result.stderr
    return result


def bote(*args, cwd=None, stdin=None):
    """`bote ARGS` in a subprocess that cannot hang the suite."""
    return subprocess.run([sys.executable, "-m", "bote", *args], cwd=cwd, stdin=stdin, capture_output=True,
                          text=True, timeout=10)


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


# ---- only regular files are read ----------------------------------------------------------

@pytest.mark.parametrize("command", [["check"], ["render"], ["render", "--check"], ["fmt"], ["graph"]])
def test_an_empty_file_name_is_an_error_not_the_current_folder(here, command):
    # `Path("")` is `.`: `bote check "$FILE"` with FILE unset checked every file below the working folder.
    (here / "other.bote").write_text("x = (\n")
    result = within_2s(*command, "")
    assert result.exit_code == 2
    assert "error: an empty file name names no file" in result.stderr and "other.bote" not in result.stderr


@pytest.mark.parametrize("command", [["check"], ["render"], ["graph"], ["render", "--check"]])
def test_a_fifo_is_an_error_naming_it_not_a_hang(here, command):
    os.mkfifo("pipe.bote")
    result = within_2s(*command, "pipe.bote")
    assert result.exit_code == 2
    assert result.stderr.startswith("pipe.bote:1:1: error: pipe.bote is a named pipe (FIFO), not a file: "
                                    "bote reads only regular files\n")


def test_a_fifo_in_a_folder_is_reported_not_skipped(here):
    (here / "docs").mkdir()
    (here / "docs" / "ok.bote").write_text("x = 1\n")
    os.mkfifo("docs/pipe.md")
    result = within_2s("check", "docs")
    assert result.exit_code == 2
    assert "docs/pipe.md:1:1: error: docs/pipe.md is a named pipe (FIFO), not a file" in result.stderr
    assert "docs/ok.bote: 0 errors" in result.stdout  # the other file is still checked


def test_the_cli_answers_a_fifo_in_a_subprocess_too(here):
    os.mkfifo("pipe.md")
    for command in (["check"], ["render"], ["graph"]):
        out = bote(*command, "pipe.md", cwd=here)
        assert out.returncode == 2 and "is a named pipe (FIFO)" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_is_a_device_not_an_endless_file(here):
    result = within_2s("check", "/dev/zero")
    assert (result.exit_code, result.stderr) == (2, ("/dev/zero:1:1: error: /dev/zero is a character device, "
                                                     "not a file: bote reads only regular files\n"))
    out = bote("render", "/dev/zero", cwd=here)
    assert out.returncode == 2 and "a character device" in out.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_standard_input_is_cut_at_the_bound(here):
    with open("/dev/zero", "rb") as zero:
        out = bote("check", "-", cwd=here, stdin=zero)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("<stdin>:1:1: error: <stdin> is more than 10,000,000 bytes: bote reads files "
                                 "of at most 10,000,000 bytes (10 MB)\n")


def test_a_socket_is_an_error_naming_it(here):
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind("sock.bote")
        result = within_2s("check", "sock.bote")
    finally:
        server.close()
    assert result.exit_code == 2 and "sock.bote is a socket, not a file" in result.stderr


def test_a_file_larger_than_10_mb_is_refused_with_its_size(here):
    (here / "big.bote").write_bytes(b"x = 1\n" + b"#" * MAX_FILE_BYTES + b"\n")
    result = within_2s("check", "big.bote")
    assert result.exit_code == 2
    assert result.stderr == ("big.bote:1:1: error: big.bote is 10,000,007 bytes: bote reads files of at most "
                             "10,000,000 bytes (10 MB)\n  hint: split it into smaller files\n")
    (here / "big.md").write_bytes(b"```bote\nx = 1\n```\n" + b"text " * (MAX_FILE_BYTES // 5))
    result = within_2s("render", "big.md")
    assert result.exit_code == 2 and "big.md is 10,000,018 bytes" in result.stderr


# ---- links out of the tree ----------------------------------------------------------------

@pytest.fixture
def outside(tmp_path):
    """A credentials-like file outside the repository (not valid bote)."""
    folder = tmp_path / "home"
    folder.mkdir()
    secret = folder / "credentials"
    secret.write_text(SECRET)
    repo = tmp_path / "repo"
    repo.mkdir()
    return repo, secret


@pytest.mark.parametrize("command", [["check"], ["render"], ["graph"], ["check", "--format", "github"]])
def test_a_link_out_of_the_repository_is_refused_and_its_contents_never_shown(outside, monkeypatch, command):
    repo, secret = outside
    monkeypatch.chdir(repo)
    os.symlink(secret, repo / "estimate.bote")
    result = within_2s(*command, "estimate.bote")
    assert result.exit_code == 2
    assert "hunter2" not in result.stdout + result.stderr
    if "github" not in command:
        assert result.stderr == (f"estimate.bote:1:1: error: estimate.bote is a symbolic link to {secret}, outside "
                                 f"{repo}: bote does not read it\n  hint: pass --follow-symlinks to read files that "
                                 "links lead to outside the folder being checked\n")


def test_a_link_out_of_a_folder_being_checked_is_refused(outside, monkeypatch):
    repo, secret = outside
    monkeypatch.chdir(repo)
    (repo / "docs").mkdir()
    os.symlink(secret, repo / "docs" / "leak.md")
    os.symlink("/proc/self/environ", repo / "docs" / "environ.bote")
    (repo / "shared.bote").write_text("x = 1 GB\n")
    os.symlink("../shared.bote", repo / "docs" / "shared.bote")  # inside the repository, not inside docs/
    result = within_2s("check", "docs")
    assert result.exit_code == 2
    assert "hunter2" not in result.stdout + result.stderr and "PATH=" not in result.stdout + result.stderr
    for name in ("environ.bote", "leak.md", "shared.bote"):
        assert f"docs/{name}:1:1: error: docs/{name} is a symbolic link to " in result.stderr
    assert within_2s("check", "docs/shared.bote").exit_code == 0  # named on its own: inside the working folder


def test_follow_symlinks_reads_them(outside, monkeypatch):
    repo, secret = outside
    monkeypatch.chdir(repo)
    secret.write_text("x = 2 GB\n")
    os.symlink(secret, repo / "estimate.bote")
    for command in (["check"], ["graph"]):
        assert within_2s(*command, "--follow-symlinks", "estimate.bote").exit_code == 0
    result = within_2s("check", "--follow-symlinks", "estimate.bote")
    assert "x       2 GB" in result.stdout


def test_a_link_inside_the_tree_is_read(here):
    (here / "a.bote").write_text("x = 1 GB\n")
    os.symlink("a.bote", here / "b.bote")
    assert within_2s("check", "b.bote").exit_code == 0
    assert within_2s("check", ".").exit_code == 0


def test_a_file_named_outside_the_working_folder_is_read(tmp_path, monkeypatch):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.bote").write_text("x = 1 GB\n")
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    assert within_2s("check", str(tmp_path / "elsewhere" / "x.bote")).exit_code == 0


def test_a_broken_link_and_a_link_loop_are_errors(here):
    os.symlink("nowhere.bote", here / "broken.bote")
    os.symlink("loop.bote", here / "loop.bote")
    result = within_2s("check", "broken.bote", "loop.bote")
    assert result.exit_code == 2
    assert "cannot read broken.bote: No such file or directory" in result.stderr
    assert "loop.bote" in result.stderr


# ---- file names are escaped in every format -----------------------------------------------

INJECTED = "x\n::error file=app.py,line=1::pwned.bote"


@pytest.fixture
def injected(here):
    (here / INJECTED).write_text("x = (\n")
    (here / "ok\x1b[31m.bote").write_text("y = 1 GB\n")
    return here


def test_a_new_line_in_a_file_name_cannot_start_an_annotation(injected):
    for args in (["check"], ["check", "--format", "markdown"], ["render"], ["render", "--diff"], ["graph"]):
        result = within_2s(*args, INJECTED)
        lines = (result.stdout + result.stderr).splitlines()
        assert not any(line.startswith("::") for line in lines), (args, lines)
    result = within_2s("check", INJECTED)
    assert result.stderr.startswith("x\\n::error file=app.py,line=1::pwned.bote:1:5: error: this `(` is never closed")


def test_a_file_name_starting_with_two_colons_cannot_start_an_annotation(here):
    """No newline needed: a file named `::error ...` starts bote's own lines."""
    name = "::error file=app.py,line=1::pwned.bote"
    (here / name).write_text("x = (\n")
    for args in (["check"], ["check", "--format", "concise"], ["check", "--format", "markdown"], ["render"],
                 ["render", "--format", "concise"], ["fmt", "--check"]):
        result = within_2s(*args, name)
        lines = (result.stdout + result.stderr).splitlines()
        assert lines and not any(line.startswith("::") for line in lines), (args, lines)
    assert within_2s("check", name).stderr.startswith(f"./{name}:1:5: error: this `(` is never closed")
    assert shown_name("::x.bote") == "./::x.bote" and shown_name("a::b.bote") == "a::b.bote"


def test_control_characters_in_names_are_shown_as_escapes(injected):
    result = within_2s("check", "ok\x1b[31m.bote")
    assert result.stdout.startswith("ok\\x1b[31m.bote\n") and "\x1b" not in result.stdout
    assert "ok\\x1b[31m.bote: 0 errors" in result.stdout
    result = within_2s("render", "ok\x1b[31m.bote")
    assert result.stdout == "ok\\x1b[31m.bote: rendered\n"
    assert shown_name("a\tb\r\u2028\u202e\udcff.md") == "a\\tb\\r\\u2028\\u202e\\xff.md"


def test_machine_formats_escape_names_their_own_way(injected):
    result = within_2s("check", "--format", "github", INJECTED)
    assert result.stdout.startswith("::error file=x%0A%3A%3Aerror file=app.py%2Cline=1%3A%3Apwned.bote,line=1,")
    assert len(result.stdout.splitlines()) == 1
    result = within_2s("check", "--format", "json", INJECTED)
    assert json.loads(result.stdout)["files"][0]["file"] == INJECTED  # JSON escapes it, and keeps it exact
    result = within_2s("check", "--format", "sarif", INJECTED)
    location = json.loads(result.stdout)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "x%0A%3A%3Aerror%20file%3Dapp.py%2Cline%3D1%3A%3Apwned.bote"
    result = within_2s("check", "--format", "junit", INJECTED, "ok\x1b[31m.bote")
    suites = ET.fromstring(result.stdout)
    assert [s.get("name") for s in suites] == ["x\\n::error file=app.py,line=1::pwned.bote", "ok\\x1b[31m.bote"]


def test_a_name_that_is_not_utf8_is_shown_not_a_crash(here):
    name = os.fsdecode(b"caf\xe9.bote")
    (here / name).write_text("x = (\n")
    for fmt in ("table", "json", "github", "sarif", "junit", "markdown"):
        result = within_2s("check", "--format", fmt, name)
        assert result.exit_code == 2, fmt
        assert ("caf%E9.bote" if fmt == "sarif" else "caf\\xe9.bote") in result.stdout + result.stderr, fmt


# ---- encodings ----------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_text_is_named_as_such(here, encoding):
    """Windows editors save UTF-16 with a byte-order mark: bote says what the
    file is and how to convert it, instead of showing NULs as a source line."""
    text = "x = 1 GB\n".encode(encoding)
    if encoding == "utf-16-be":
        text = b"\xfe\xff" + text
    (here / "w.bote").write_bytes(text)
    result = bote("check", "w.bote")
    assert result.returncode == 2
    assert result.stderr.startswith("w.bote:1:1: error: this file is UTF-16 text; bote reads UTF-8\n")
    assert "iconv -f UTF-16 -t UTF-8" in result.stderr


def test_a_bad_byte_is_placed_in_characters_and_lines_of_any_ending(here):
    """`é` is two bytes but one column; a CR alone ends a line: the bad
    Latin-1 byte of `café` is on line 2, column 15."""
    (here / "l.bote").write_bytes("é = 1\rx = 1 GB # caf".encode() + b"\xe9\n")
    result = bote("check", "l.bote")
    assert result.returncode == 2
    assert result.stderr.startswith("l.bote:2:15: error: this is not a bote file: it is not valid UTF-8 text\n")
    assert "WINDOWS-1252" in result.stderr
