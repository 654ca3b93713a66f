"""Files bote writes: generated sections of docs, `# =>` results, plots, each written atomically.
May import everything below `bote.api` (it evaluates files through `bote.pipeline`)."""
