"""Live results in the terminal: `bote watch` (re-evaluate on change) and
`bote repl` (a statement or an expression a line).  Over bote.api, beside
the language server; watchfiles and prompt_toolkit are imported only here."""
