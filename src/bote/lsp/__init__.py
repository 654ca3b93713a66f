"""The language server (`bote lsp`): each LSP feature a small module over one evaluated document (`analysis`).
May import everything below `bote.cli`: it is the editor's front end, as `cli` is the terminal's."""
