"""`kind = cache`: a request server, named for the reader, the graph and the
JSON (its `hit_rate` and `misses` are properties every server may set)."""
from bote.model.kinds.base import Kind


class Cache(Kind):
    name = "cache"
    text = "cache"
