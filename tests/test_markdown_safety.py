"""Design docs bote reads and writes without breaking them: every ```bote
block is read or is an error (an unclosed fence, a block nested too deeply),
`bote render` touches only the sections and images it can prove it wrote,
and writes a doc the way an editor should (atomically, through a link,
keeping hard links and the mode, never a read-only file, never a
traceback)."""
import difflib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

import pytest
from click.testing import CliRunner

from bote.cli import main
from bote.writeback.docrender import clean
from bote.writeback.linediff import unified_diff

DOC = """# Plan

Traffic:

```bote
reads = 2k req/s
writes = 200 req/s
```

The API:

```bote
component api {
  load = reads + writes
  capacity = 500 req/s
}
```

The end.
"""


def cli(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def bote(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "bote", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=10)


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def doc(here, text, name="doc.md"):
    path = here / name
    path.write_bytes(text.encode())
    return path


def untouched(path, before):
    return path.read_bytes() == before


# ---- every block is read, or is an error --------------------------------------------------

def test_an_unclosed_fence_without_a_final_newline_reads_its_last_line(here):
    doc(here, "# T\n\n```bote\nx = 1 GB\ny = (")
    result = cli("check", "doc.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("doc.md:3:1: error: this ```bote block is never closed\n 3 | ```bote\n")
    assert "doc.md:5:5: error: this `(` is never closed" in result.stderr  # the last line, read


def test_an_unclosed_fence_is_an_error_even_when_its_lines_are_valid(here):
    for text in ("```bote\nx = 1 GB\n", "```bote\nx = 1 GB", "> ~~~~bote\n> x = 1 GB\n\nafter\n",
                 "- item\n\n  ```bote\n  x = 1\n- next\n"):
        doc(here, text)
        result = cli("check", "doc.md")
        assert result.exit_code == 2, text
        assert "error: this ```bote block is never closed" in result.stderr or "~~~~bote block is never closed" \
            in result.stderr, text


def test_render_writes_nothing_into_an_open_fence(here):
    text = "# T\n\n```bote\nx = 1 GB\ny = 2 GB"
    path = doc(here, text)
    for args in (["render"], ["render", "--check"], ["render", "--clean"]):
        result = cli(*args, "doc.md")
        assert result.exit_code == 2 and "doc.md:3:1: error: this ```bote block is never closed" in result.stderr
        assert path.read_text() == text
    path.write_text(text + "\n```\n")  # closed: renders, and stays checkable
    assert cli("render", "doc.md").exit_code == 0
    assert cli("check", "doc.md").exit_code == 0 and cli("render", "--check", "doc.md").exit_code == 0


def test_a_fence_named_bote_with_an_invisible_character_is_an_error(here):
    """GitHub shows ```bo\u200bte as a bote block; bote would skip it and pass CI."""
    path = doc(here, "# T\n\n```bo\u200bte\nx = (\n```\n")
    for args in (["check"], ["render", "--check"], ["render"]):
        result = cli(*args, "doc.md")
        assert result.exit_code == 2, args
        assert result.stderr.startswith("doc.md:3:1: error: this fence's language name `bote` holds an invisible "
                                        "character (U+200B)"), result.stderr
    assert untouched(path, "# T\n\n```bo\u200bte\nx = (\n```\n".encode())


def test_a_variant_marker_that_is_not_one_is_an_error_at_its_line(here):
    """`<!-- bote:variant ../v -->` once read the blocks after it as the base
    estimate's, and said only that their names were defined twice."""
    for marker in ("<!-- bote:variant ../v -->", "<!-- bote:variant -->", "<!-- bote:variant a b -->",
                   "<!-- BOTE:Variant v -->"):
        doc(here, f"# T\n\n```bote\nx = 1 GB\n```\n\n{marker}\n\n```bote\nx = 2 GB\n```\n")
        result = cli("check", "doc.md")
        assert result.exit_code == 2
        assert result.stderr.startswith(f"doc.md:7:1: error: `{marker}` is not a variant marker"), result.stderr
    doc(here, "# T\n\n```bote\nx = 1 GB\n```\n\n<!-- bote:variant v -->\n\n```bote\nx = 2 GB\n```\n")
    assert cli("check", "doc.md").exit_code == 0


def test_a_wrong_variant_marker_shown_in_a_code_block_is_an_example_not_an_error(here):
    # A doc that explains what not to write, in a fence or an indented code block.
    for shown in ("```markdown\n<!-- bote:variant ../v -->\n```\n", "    <!-- bote:variant ../v -->\n"):
        doc(here, f"# T\n\n{shown}\n```bote\nx = 1 GB\n```\n")
        result = cli("check", "doc.md")
        assert result.exit_code == 0, (shown, result.stderr)


def nested(levels: int, body: str) -> str:
    out = "".join("  " * i + "- level\n" for i in range(levels))
    pad = "  " * levels
    return out + "".join(pad + line + "\n" for line in ["```bote", *body.splitlines(), "```"])


def test_a_block_nested_too_deeply_to_read_is_an_error(here):
    doc(here, "# Deep\n\n" + nested(12, "x = ("))
    result = cli("check", "doc.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("doc.md:15:25: error: this ```bote block is nested too deeply in lists and "
                                    "quotes for bote to read it")
    doc(here, "> " * 25 + "```bote\n" + "> " * 25 + "x = 1\n")
    assert "nested too deeply" in cli("check", "doc.md").stderr


def test_a_block_nested_as_deeply_as_markdown_reads_is_read(here):
    doc(here, nested(9, "x = ("))
    result = cli("check", "doc.md")
    assert result.exit_code == 2 and "doc.md:11:23: error: this `(` is never closed" in result.stderr
    doc(here, nested(9, "x = 1 GB"))
    assert cli("check", "doc.md").exit_code == 0


# ---- render touches only what it wrote ------------------------------------------------------

def rendered(here):
    path = doc(here, DOC)
    assert cli("render", "doc.md").exit_code == 0
    return path, path.read_text()


@pytest.mark.parametrize("change, line, message", [
    (lambda t: t.replace("The end.", "<!-- bote:begin -->\nThe author's prose.\n<!-- bote:end -->\n\nThe end."),
     None, "is not what bote writes there: bote will not replace it"),
    (lambda t: t.replace("The end.", "<!-- bote:end -->\n\nThe end."), None,
     "`<!-- bote:end -->` has no begin marker before it"),
    (lambda t: t.replace("The end.", "<!-- bote:begin -->\n\nThe end."), None,
     "`<!-- bote:begin -->` has no `<!-- bote:end -->`"),
    (lambda t: t.replace("| reads ", "<!-- bote:begin summary -->\n\n| reads ", 1), None,
     "has no `<!-- bote:end -->` before the next begin marker"),
    (lambda t: t.replace("The end.", "<!-- bote:begin plot ../../etc/x -->\n\n<!-- bote:end -->\n\nThe end."), None,
     "`<!-- bote:begin plot ../../etc/x -->` is not one of bote's markers"),
    (lambda t: t.replace("<!-- bote:end -->", "<!-- bote:end-->", 1), None, "is not one of bote's markers"),
])
def test_a_stray_or_unpaired_marker_is_an_error_at_its_line_and_nothing_is_written(here, change, line, message):
    path, text = rendered(here)
    changed = change(text)
    path.write_text(changed)
    before = path.read_bytes()
    for args in (["render"], ["render", "--clean"], ["render", "--check"]):
        result = cli(*args, "doc.md")
        assert result.exit_code == 2, (args, result.stderr)
        assert message in result.stderr
        number = int(result.stderr.split(":")[1])
        marker = changed.splitlines()[number - 1]
        assert "bote:" in marker and f"\n {number} | {marker}\n" in result.stderr
        assert "bote left the file untouched" in result.stderr
        assert untouched(path, before)


def test_the_authors_prose_between_stray_markers_survives(here):
    text = "# T\n\n<!-- bote:begin -->\nKeep me.\n<!-- bote:end -->\n\n```bote\nx = 1 GB\n```\n"
    path = doc(here, text)
    assert cli("render", "doc.md").exit_code == 2
    assert path.read_text() == text


def test_a_section_bote_wrote_is_still_rewritten_and_cleaned(here):
    path, text = rendered(here)
    path.write_text(text.replace("2k req/s |", "3k req/s |"))  # a hand-edited figure in bote's table
    assert cli("render", "doc.md").exit_code == 0 and path.read_text() == text
    assert cli("render", "--clean", "doc.md").exit_code == 0 and path.read_text() == DOC


PLOT_DOC = DOC.replace("The end.", "<!-- bote:plot traffic -->\n\nThe end.").replace(
    "reads = 2k req/s", "reads = 1k to 3k req/s\ntraffic = reads")


@pytest.fixture
def matplotlib():
    return pytest.importorskip("matplotlib")


def test_an_image_bote_did_not_draw_is_never_deleted(here, matplotlib):
    path = doc(here, DOC.replace("The end.", "<!-- bote:begin plot logo -->\n\n![logo](doc.logo.svg)\n\n"
                                             "<!-- bote:end -->\n\nThe end."))
    logo = here / "doc.logo.svg"
    logo.write_bytes(b"<svg>the author's logo</svg>")
    assert cli("render", "doc.md").exit_code == 0
    assert logo.read_bytes() == b"<svg>the author's logo</svg>"
    assert "doc.logo.svg" not in path.read_text()  # the section (bote's shape) goes; the file stays


def test_an_image_bote_did_not_draw_is_never_overwritten(here, matplotlib):
    path = doc(here, PLOT_DOC)
    before = path.read_bytes()
    image = here / "doc.traffic.svg"
    image.write_bytes(b"<svg>mine</svg>")
    result = cli("render", "--samples", "200", "doc.md")
    assert result.exit_code == 2
    line = PLOT_DOC.splitlines().index("<!-- bote:plot traffic -->") + 1
    assert result.stderr.startswith(f"doc.md:{line}:1: error: doc.traffic.svg is there already and bote did not "
                                    "draw it: bote will not overwrite it")
    assert untouched(path, before) and image.read_bytes() == b"<svg>mine</svg>"
    image.unlink()
    os.symlink("/etc/passwd", image)  # a planted link: never written through
    assert cli("render", "--samples", "200", "doc.md").exit_code == 2
    assert os.path.islink(image) and untouched(path, before)


def test_bote_redraws_and_removes_its_own_images(here, matplotlib):
    path = doc(here, PLOT_DOC)
    assert cli("render", "--samples", "200", "doc.md").exit_code == 0
    image = here / "doc.traffic.svg"
    assert b"<dc:title>bote</dc:title>" in image.read_bytes()
    assert cli("render", "--samples", "300", "doc.md").exit_code == 0  # redrawn: it is bote's
    path.write_text(path.read_text().replace("<!-- bote:plot traffic -->\n", ""))
    assert cli("render", "--samples", "300", "doc.md").exit_code == 0
    assert not image.exists()


@pytest.mark.parametrize("name", ["../x", "/etc/x", "a/b", "..", "x.svg/../../y"])
def test_a_plot_name_never_leads_out_of_the_docs_folder(here, name):
    path = doc(here, PLOT_DOC.replace("bote:plot traffic", f"bote:plot {name}"))
    before = path.read_bytes()
    result = cli("render", "doc.md")
    assert result.exit_code == 2 and "error: a plot marker names one value" in result.stderr
    assert untouched(path, before) and sorted(p.name for p in here.iterdir()) == ["doc.md"]


# ---- how a doc is written ----------------------------------------------------------------------

def test_a_symlinked_doc_is_written_through_to_its_target_and_says_so(here):
    (here / "docs").mkdir()
    target = doc(here, DOC, "docs/plan.md")
    os.symlink("docs/plan.md", here / "plan.md")
    result = cli("render", "plan.md")
    assert (result.exit_code, result.stdout) == (0, "plan.md -> docs/plan.md: rendered\n")
    assert os.path.islink(here / "plan.md") and "<!-- bote:begin -->" in target.read_text()
    assert cli("render", "--check", "plan.md").exit_code == 0


def test_hard_links_are_kept(here):
    path = doc(here, DOC)
    os.link(path, here / "other.md")
    assert cli("render", "doc.md").exit_code == 0
    assert os.path.samefile(path, here / "other.md")
    assert (here / "other.md").read_text() == path.read_text() != DOC
    assert cli("render", "--clean", "other.md").exit_code == 0 and path.read_text() == DOC
    assert sorted(p.name for p in here.iterdir()) == ["doc.md", "other.md"]


def test_the_mode_is_kept(here):
    path = doc(here, DOC)
    path.chmod(0o640)
    assert cli("render", "doc.md").exit_code == 0
    assert (path.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in here.iterdir()) == ["doc.md"]


@pytest.mark.parametrize("name, text", [("doc.md", DOC), ("x.bote", "x = 1 GB\n")])
def test_a_read_only_file_is_refused_with_exit_2(here, name, text):
    path = doc(here, text, name)
    path.chmod(0o444)
    out = bote("render", name, cwd=here)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr == (f"{name}:1:1: error: {name} is read-only: bote will not rewrite it\n"
                          f"  hint: make it writable (`chmod u+w {name}`) to render it; bote left the file untouched\n")
    assert path.read_text() == text
    assert bote("render", "--check", name, cwd=here).returncode == 1  # reading it is fine


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into any folder")
def test_a_read_only_folder_is_refused_with_exit_2(here):
    (here / "ro").mkdir()
    path = doc(here, DOC, "ro/doc.md")
    (here / "ro").chmod(0o555)
    try:
        out = bote("render", "ro/doc.md", cwd=here)
    finally:
        (here / "ro").chmod(0o755)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("ro/doc.md:1:1: error: cannot write ro/doc.md: its folder")
    assert path.read_text() == DOC


@pytest.mark.parametrize("name, text", [("doc.md", DOC), ("x.bote", "x = 1 GB\n")])
def test_a_failing_write_is_an_error_with_exit_2_not_a_traceback(here, monkeypatch, name, text):
    """What a folder bote may not write into does (tested this way as root too)."""
    path = doc(here, text, name)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = cli("render", name)
    assert (result.exit_code, result.stderr) == (2, (f"{name}:1:1: error: cannot write {name}: Permission denied\n"
                                                     "  hint: bote left the file untouched\n"))
    assert path.read_text() == text and sorted(p.name for p in here.iterdir()) == [name]


def big_doc(blocks: int) -> str:
    out = ["# Big", ""]
    for i in range(blocks):
        out += [f"Block {i}.", "", "```bote", f"v{i} = {i + 1} GB", "```", ""]
    return "\n".join(out)


def test_a_killed_render_leaves_the_old_doc_or_the_new_one(here):
    old = big_doc(1500).encode()
    path = doc(here, old.decode())
    start = time.perf_counter()
    assert bote("render", "doc.md", cwd=here).returncode == 0
    took = time.perf_counter() - start
    new = path.read_bytes()
    assert new != old
    rng = random.Random(11)
    for attempt in range(8):
        path.write_bytes(old)
        process = subprocess.Popen([sys.executable, "-m", "bote", "render", "doc.md"], cwd=here,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.1) * took)  # the later tries land in the write
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        now = path.read_bytes()
        assert now in (old, new), f"attempt {attempt}: {len(now)} bytes, neither the old doc nor the new one"
    for leftover in here.glob(".doc.md.*.bote-tmp"):  # a kill may leave bote's temporary file, never read
        leftover.unlink()
    assert sorted(p.name for p in here.iterdir()) == ["doc.md"]


# ---- many blocks: linear --------------------------------------------------------------------

def patched(old: str, diff: str) -> str:
    """`old` with a unified diff applied (what `patch` does)."""
    lines, out, at = old.splitlines(True), [], 0
    body = diff.splitlines(True)[2:]
    for row in body:
        if row.startswith("@@"):
            start = int(row.split()[1].split(",")[0][1:])
            start = start - 1 if "," not in row.split()[1] or row.split()[1].split(",")[1] != "0" else start
            out += lines[at:start]
            at = start
        elif row.startswith((" ", "-")):
            assert lines[at] == row[1:], (at, row)
            if row.startswith(" "):
                out.append(row[1:])
            at += 1
        elif row.startswith("+"):
            out.append(row[1:])
    return "".join(out + lines[at:])


def test_the_diff_of_a_render_turns_the_old_doc_into_the_new_one(here):
    """--diff lines the files up piece by piece (linear), each piece one of
    the author's lines and the section after it."""
    path, text = rendered(here)
    stales = (text.replace("200 req/s", "300 req/s").replace("The end.", "```bote\nz = 1 GB\n```\n\nThe end."),
              DOC, DOC.replace("writes = 200 req/s\n", "writes = 1 req/s\nother = 5 GB\n"), clean(text).rstrip("\n"))
    for stale in stales:
        path.write_text(stale)
        result = cli("render", "--diff", "doc.md")
        diff = result.stdout
        assert diff.endswith("doc.md: would be rewritten (run `bote render doc.md`)\n"), (stale, result.stderr)
        assert diff.startswith("--- a/doc.md\n+++ b/doc.md\n@@ -")
        assert cli("render", "doc.md").exit_code == 0
        assert patched(stale, diff[: diff.rindex("doc.md: would")]) == path.read_text()
    assert unified_diff("x", ["a\n"], ["a\n"]) == ""
    old, new = ["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n"]
    assert unified_diff("x", old, new) == "".join(difflib.unified_diff(old, new, "a/x", "b/x"))


def test_a_doc_with_many_blocks_renders_cleans_and_diffs(here):
    text = big_doc(2000)
    path = doc(here, text)
    start = time.perf_counter()
    assert cli("render", "doc.md").exit_code == 0
    assert cli("render", "--diff", "doc.md").exit_code == 0
    assert cli("render", "--clean", "doc.md").exit_code == 0
    assert path.read_text() == text and clean(text) == text
    assert time.perf_counter() - start < 60  # quadratic took minutes; bench/ measures it
