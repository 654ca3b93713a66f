"""Ranges: the Monte Carlo settings, the sampler that draws distributions, and the summaries of samples.
May import `bote.errors` and `bote.magnitudes` (and numpy, only once a file uses a range)."""
