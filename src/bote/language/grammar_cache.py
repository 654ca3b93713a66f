"""The compiled grammar, kept in the cache folder as JSON data.

Compiling `grammar/bote.lark` (Lark's LALR analysis) costs about 35 ms, a
fifth of a warm `bote check`, so the result is cached.  Lark's own `cache=`
option stores it with `pickle`, and unpickling a planted file runs any code
it names; this cache is Lark's `serialize()` output (what Lark's standalone
generator embeds) written as JSON, so reading it can only produce lists,
dicts, strings and numbers, which Lark's deserializer turns into its own
grammar classes (rules, terminals, the parse table) and nothing else.

A cache file is used only when
- its name and its recorded key match bote's version, Lark's version and the
  sha256 of the grammar text (an older bote's or another grammar's table is
  never served);
- the sha256 of its payload, recorded beside it, matches (a truncated or
  damaged file is rebuilt);
- Lark can build a parser from it; anything else is ignored and rebuilt.
The options the parser runs with (LALR, bote's lexer class, bote's
transformer) come from this module, never from the file.

What it cannot protect against: someone who can write files as you into the
cache folder can write a well-formed table that parses differently.  That
person can equally edit bote's own code; the folder is yours alone (see
`resources.cache_dir`), and an empty `BOTE_CACHE_DIR` turns caching off
(e.g. in CI, where a cache restored from another branch is not yours).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import lark
from lark import Lark
from lark.grammar import Rule
from lark.lark import LarkOptions
from lark.lexer import TerminalDef

from bote.cache_files import read_bytes, sealed, unsealed, write_bytes
from bote.resources import cache_dir
from bote.version import __version__

#: Bump when the file's layout changes.
_FORMAT = 1

#: How a dict with integer keys (Lark's memo, the parse table's states) is
#: written, since JSON object keys are strings.
_INT_KEYS = "__int_keys__"


def build(grammar: str, lexer: type, transformer) -> Lark:
    """A parser for `grammar`, from the cache when it holds a sound one;
    otherwise compiled now and written back."""
    key = hashlib.sha256(f"{_FORMAT}\0{__version__}\0{lark.__version__}\0{grammar}".encode()).hexdigest()
    folder = cache_dir()
    path = folder / f"grammar-{key[:16]}.json" if folder is not None else None
    if path is not None:
        parser = _load(path, key, lexer, transformer)
        if parser is not None:
            return parser
    parser = Lark(grammar, **_options(lexer), transformer=transformer)
    if path is not None:
        write_bytes(path, _dump(parser, key))
    return parser


def _options(lexer: type) -> dict:
    return {"parser": "lalr", "lexer": lexer, "maybe_placeholders": False}


def _dump(parser: Lark, key: str) -> bytes:
    data, memo = parser.memo_serialize([TerminalDef, Rule])
    data["options"] = {}  # never read back: `_load` supplies its own
    data["parser"]["lexer_conf"]["lexer_type"] = None
    return sealed(json.dumps(_encode({"data": data, "memo": memo}), separators=(",", ":")), _FORMAT, key)


def _load(path: Path, key: str, lexer: type, transformer) -> Lark | None:
    raw = read_bytes(path)
    if raw is None:
        return None
    payload = unsealed(raw, _FORMAT, key)
    if payload is None:
        return None
    try:
        table = json.loads(payload, object_hook=_decode_object)
        data, memo = table["data"], table["memo"]
        data["options"] = _stored_options(lexer)
        data["parser"]["lexer_conf"]["lexer_type"] = lexer
        return Lark._load_from_dict(data, memo, transformer=transformer)
    except Exception:  # noqa: BLE001 - any damage at all means "rebuild"
        return None


def _stored_options(lexer: type) -> dict:
    """The options Lark records for a parser built with `_options`, without
    the transformer (passed separately) and the plugins."""
    options = LarkOptions(_options(lexer)).options
    return {name: value for name, value in options.items() if name not in ("transformer", "_plugins")}


def _encode(value):
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {k: _encode(v) for k, v in value.items()}
        if not all(isinstance(k, int) for k in value):
            raise TypeError("cache keys must be str or int")
        return {_INT_KEYS: [[k, _encode(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"{type(value).__name__} is not data")


def _decode_object(obj: dict):
    if _INT_KEYS in obj:
        if len(obj) != 1:
            raise ValueError("malformed integer-keyed table")
        pairs = obj[_INT_KEYS]
        if not all(isinstance(p, list) and len(p) == 2 and type(p[0]) is int for p in pairs):
            raise ValueError("malformed integer-keyed table")
        return {k: v for k, v in pairs}
    return obj
