"""`kind = database`: a request server, named for the reader, the graph and the JSON."""
from bote.model.kinds.base import Kind


class Database(Kind):
    name = "database"
    text = "database"
    mermaid_shape = ('[("', '")]')
    dot_shape = "cylinder"
