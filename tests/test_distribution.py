"""The distribution as a new user meets it: every install line names
`bote-lang`, the README renders on PyPI as it reads in the source, and its
links work from the package page.

(tests/test_install.py builds the sdist and wheel, runs `twine check
--strict` on them and installs the wheel into a fresh virtualenv.)"""
import re
import shlex
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT

#: The repository's URL: a placeholder until the project's public home is decided.
REPOSITORY = "https://github.com/bote-lang/bote"
BLOB = f"{REPOSITORY}/blob/main/"

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


# ---- install lines -------------------------------------------------------------------------------

#: `pip install ...`, `pip3 install`, `python -m pip install`, `pipx install`, `pipx inject ENV ...`,
#: `uv pip install`, `uv tool install`, `uv add`, `poetry add`: what follows, to the end of
#: the command (a backtick closing inline code, a comment, a `;`/`&&`, the line's end).
INSTALL = re.compile(r"(?:\b(?:python3?\s+-m\s+)?pip3?\s+install|\bpipx\s+(?:install|inject)|"
                     r"\buv\s+(?:pip\s+install|tool\s+install|add)|\bpoetry\s+add)\b(?P<args>[^`#;&|\n)]*)")
#: Options that take a value (the value is not a requirement).
VALUED = {"-e", "--editable", "-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
          "--extra-index-url", "-t", "--target", "--python", "--with"}


def install_lines():
    """(where, the command as written, the requirements it names) for every
    install command in the docs a user reads and the messages bote prints."""
    paths = [ROOT / "README.md", ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md")),
             *sorted((ROOT / "examples").glob("*.md")), *sorted((ROOT / "src" / "bote").rglob("*.py"))]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for m in INSTALL.finditer(text):   # `pip` and `install` may be on two lines of a docstring
            number = text.count("\n", 0, m.start()) + 1
            yield f"{path.relative_to(ROOT)}:{number}", " ".join(m.group(0).split()), _requirements(m.group("args"))


def _requirements(args: str) -> list[str]:
    """The requirements among an install command's arguments (options and their values left out)."""
    try:
        words = shlex.split(args)
    except ValueError:   # an unclosed quote: the command goes on in the next line
        words = args.split()
    requirements, skip = [], False
    for word in words:
        if skip or word.startswith("-"):
            skip = not skip and word in VALUED
            continue
        requirements.append(word.strip("'\""))
    return requirements


def _distribution(requirement: str) -> str | None:
    """`bote-lang[plot]>=0.2` -> `bote-lang`; a local path (`.`, `.[test]`, `/tmp/x`) -> None."""
    if requirement.startswith((".", "/", "~")) or "://" in requirement:
        return None
    m = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    return m.group(0).lower().replace("_", "-") if m else None


def test_every_install_line_names_bote_lang():
    lines = list(install_lines())
    bare = [(where, command) for where, command, requirements in lines
            if any(_distribution(r) == "bote" for r in requirements)]
    assert not bare, f"`bote` on PyPI is an unrelated package; install `bote-lang`: {bare}"
    # Not vacuous: the README's Install section, the plot extra's hint and the CI recipe are among them.
    named = {(where.split(":")[0], r) for where, _, requirements in lines for r in requirements}
    for expected in [("README.md", "bote-lang"), ("README.md", "bote-lang[plot]"), ("README.md", "bote-lang[lsp]"),
                     ("docs/ci.md", "bote-lang"), ("src/bote/writeback/plot.py", "bote-lang[plot]")]:
        assert expected in named, expected
    assert any(where.startswith("README.md") and command.startswith("pipx install") and "bote-lang" in rs
               for where, command, rs in lines)


def test_the_install_line_pattern_reads_each_spelling():
    # The pattern itself, on the spellings a doc might use, so that a new one is not missed silently.
    text = ("pip install bote\n`pip install 'bote[plot]'`\npython -m pip install -U bote\npipx install bote\n"
            "uv pip install bote\nuv tool install bote\nuv add bote\npip3 install --quiet bote  # x\n"
            "pipx inject bote matplotlib\n- run: pip install -e . && pip install bote\nNeeds matplotlib: pip\n  install 'bote[plot]'.\n")
    found = [_distribution(r) for m in INSTALL.finditer(text) for r in _requirements(m.group("args"))]
    assert found == ["bote"] * 9 + ["matplotlib", "bote", "bote"]   # `-e .` is a local path, not a requirement


def test_the_extras_the_readme_names_exist():
    extras = PROJECT["optional-dependencies"]
    assert {"plot", "lsp", "test"} <= set(extras)
    assert any(r.startswith("matplotlib") for r in extras["plot"])
    assert {_distribution(r) for r in extras["lsp"]} == {"pygls", "lsprotocol"}
    assert {_distribution(r) for r in extras["live"]} == {"watchfiles", "prompt-toolkit"}
    assert {"twine", "build"} <= {_distribution(r) for r in extras["test"]}
    assert PROJECT["name"] == "bote-lang"


# ---- the README as PyPI renders it ---------------------------------------------------------------

class _Structure(HTMLParser):
    """The blocks and links of rendered HTML: headings (with their text),
    list items, tables, the elements a README should not produce by accident
    (ordered lists, quotes, rules, emphasis from a stray `*` or `_`,
    strikethrough from `~`), and every link's target."""

    BLOCKS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "ol", "blockquote", "hr", "em", "del"})

    def __init__(self):
        super().__init__()
        self.found: list[list[str]] = []   # [tag, text]
        self.links: list[str] = []
        self._open: list[int] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and dict(attrs).get("href"):
            self.links.append(dict(attrs)["href"])
        if tag in self.BLOCKS:
            self.found.append([tag, ""])
            self._open.append(len(self.found) - 1)

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self._open:
            self._open.pop()

    def handle_data(self, data):
        for i in self._open:
            self.found[i][1] += data


def _rendered(text: str) -> _Structure:
    """`text` through readme_renderer, the library PyPI renders a README with
    (GitHub-flavoured Markdown, as GitHub reads it too)."""
    from readme_renderer.markdown import render
    html = render(text)
    assert html is not None, "readme_renderer could not render Markdown: install readme-renderer[md]"
    structure = _Structure()
    structure.feed(html)
    return structure


class _Meant:
    """The blocks a page means, read from its source by the conventions of
    bote's pages, outside fenced code: a heading is a line starting with `#`
    after a blank line, a list item a line starting with `- ` or `N. ` (maybe
    indented, in a nested list) after a blank line, a line ending in `:` or
    within a list, a table
    a run of lines starting with `|`.  `misread` collects the lines CommonMark
    would read as something else than the paragraph they are in: a wrapped
    line that starts with `- `, `* `, `+ `, `1. ` or `#`, a `---` or `===`
    under a paragraph line (a setext heading), a `>` (a quote)."""

    ITEM = re.compile(r" *(?:[-*+]|\d+[.)])(?: |$)")

    def __init__(self, text: str):
        self.headings: list[str] = []
        self.items = 0
        self.numbered_lists = 0
        self.tables = 0
        self.misread: list[str] = []
        fence = None
        previous = ""        # the line before, "" after a blank line, a heading or a fence
        in_list = False
        for number, line in enumerate(text.splitlines(), 1):
            if fence:
                if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                    fence, previous = None, ""
                continue
            if opening := re.match(r" {0,3}(`{3,}|~{3,})", line):
                fence, previous = opening.group(1), ""
                continue
            if not line.strip():
                previous = ""
                continue
            where = f"line {number}: {line.strip()[:60]}"
            if self.ITEM.match(line):
                if previous and not in_list and not previous.rstrip().endswith(":"):
                    self.misread.append(where)          # a paragraph's line that starts a list
                if not re.match(r" *(?:- |\d+\. )", line):
                    self.misread.append(where)          # `*`, `+` and `1)`: bote's pages use `- ` and `1.`
                if re.match(r"\d+\. ", line) and not in_list:
                    self.numbered_lists += 1
                self.items += 1
                in_list = True
            elif line.startswith((" ", "\t")):
                pass                                     # an item's continuation, or indented code
            else:
                if not previous:
                    in_list = False                      # a paragraph after a blank line ends a list
                if heading := re.match(r"#{1,6}(?: (.*)|$)", line):
                    if previous:
                        self.misread.append(where)      # a wrapped line that starts with `#`
                    self.headings.append((heading.group(1) or "").replace("`", "").strip())
                    line = ""
                elif line.startswith(">") or (previous and re.fullmatch(r"(?:-+|=+)\s*", line)):
                    self.misread.append(where)
                elif line.startswith("|") and not previous.startswith("|"):
                    self.tables += 1
            previous = line


#: The pages a user reads on PyPI (the README) or on the repository's site.
PAGES = ["README.md", "CHANGELOG.md",
         *(str(p.relative_to(ROOT)) for p in sorted((ROOT / "docs").glob("*.md"))),
         *(str(p.relative_to(ROOT)) for p in sorted((ROOT / "examples").glob("*.md"))), "bench/README.md"]
#: The package page: linked from PyPI, where a relative link has nothing to point at.
PACKAGE_PAGES = ["README.md", "CHANGELOG.md"]


@pytest.mark.parametrize("name", PAGES)
def test_no_line_is_read_as_another_block(name):
    assert _Meant((ROOT / name).read_text(encoding="utf-8")).misread == []


def test_the_lines_read_as_other_blocks_are_found():
    # The README's `* misses` line before it was rewrapped, and the other ways a wrapped line goes wrong.
    text = ("Intro, `cache -> db\n* misses` edges.\n\nA\n- b\n\nC\n1. d\n\nE\n# f\n\nG\n---\n\nH\n> i\n\n"
            "- a list\n- of two\n\n1. numbered\n2. too\n\nPlain 2. text\n\nThese:\n- announced\n")
    assert [m.split(":")[0] for m in _Meant(text).misread] == ["line 2"] * 2 + [f"line {n}" for n in (5, 8, 11, 14, 17)]


@pytest.mark.parametrize("name", PAGES)
def test_the_page_renders_as_its_source_reads(name):
    """What the renderer PyPI uses (GitHub-flavoured, as GitHub reads it
    too) makes of the page: the headings, items and tables its source
    means, and no quote, rule or strikethrough; on the package page no
    emphasis either (a stray `*` or `_` between words)."""
    text = (ROOT / name).read_text(encoding="utf-8")
    meant, got = _Meant(text), _rendered(text)
    tags = [tag for tag, _ in got.found]
    assert [" ".join(t.split()) for tag, t in got.found if re.fullmatch(r"h\d", tag)] == meant.headings
    assert tags.count("li") == meant.items
    assert tags.count("table") == meant.tables
    assert tags.count("ol") <= meant.numbered_lists
    forbidden = ("blockquote", "hr", "del", "em") if name in PACKAGE_PAGES else ("blockquote", "hr", "del")
    assert [t for t in got.found if t[0] in forbidden] == []


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.replace("`", "").strip().lower()).replace(" ", "-")


def _headings(path: Path) -> set[str]:
    return {_slug(h) for h in _Meant(path.read_text(encoding="utf-8")).headings}


@pytest.mark.parametrize("name", PACKAGE_PAGES)
def test_links_work_from_the_package_page(name):
    """PyPI shows the README away from the repository, where a relative link
    has nothing to point at: every link is absolute, and each one into the
    repository names a file it has (and a heading that file has)."""
    text = (ROOT / name).read_text(encoding="utf-8")
    links = _rendered(text).links
    assert links
    own = {_slug(h) for h in _Meant(text).headings}
    for link in links:
        if link.startswith("#"):
            assert link.removeprefix("#user-content-").lstrip("#") in own, link
            continue
        assert link.startswith("https://"), f"{name}: a relative link breaks on PyPI: {link}"
        if link.startswith(BLOB):
            path, _, anchor = link.removeprefix(BLOB).partition("#")
            assert (ROOT / path).is_file(), link
            if anchor:
                assert anchor in _headings(ROOT / path), link


def test_the_package_urls_use_the_same_repository():
    urls = PROJECT["urls"]
    assert set(urls) == {"Homepage", "Documentation", "Issues", "Changelog"}
    for name, url in urls.items():
        assert url.startswith(REPOSITORY), name
        if url.startswith(BLOB):
            assert (ROOT / url.removeprefix(BLOB)).is_file(), url


def test_the_readme_has_an_install_section_before_the_quick_start():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = _Meant(text).headings
    assert headings.index("Install") == headings.index("Quick start") - 1
    section = text.split("## Install\n", 1)[1].split("\n## ", 1)[0]
    commands = [line.split("#")[0].strip() for line in section.splitlines() if line.startswith("    ")]
    assert commands == ["pip install bote-lang", "pipx install bote-lang", "pip install 'bote-lang[plot]'",
                        "pip install 'bote-lang[lsp]'", "pip install 'bote-lang[live]'"]


def test_the_version_is_one_everywhere():
    import bote
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## (\S+)", changelog, re.MULTILINE).group(1)
    assert first == bote.__version__ == "0.2.0"
