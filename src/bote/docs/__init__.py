"""Design docs in: the ```bote blocks of a Markdown file and bote's own markers in it.
May import `bote.model`, `bote.language` and `bote.render` (to compare what is written with what bote prints)."""
