"""Output formats: each module turns a `Report` into text (table, Markdown, JSON, GitHub, SARIF, JUnit, graphs, diagnostics); none computes.
May import `bote.model`, `bote.language` and the modules beside `bote.errors`."""
