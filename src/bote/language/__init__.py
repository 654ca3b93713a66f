"""The language: grammar loading, parsing into nodes, syntax errors, units, quantities and expressions.
May import `bote.errors`, `bote.magnitudes`, `bote.resources`, `bote.cache_files` and `bote.uncertainty`."""
