"""Ranges: the Monte Carlo settings, the sampler that draws distributions, and the summaries of samples.
May import `bote.errors` and `bote.magnitudes` (and numpy, only once a file uses a range)."""

#: 1M samples of one float are 8 MB per value, and a small file holds dozens
#: of values (about 0.5 GB for examples/ticket-launch.bote); 10M took 3.7 GB.
#: Here rather than in `sampling`: the command line reads it for `--samples`
#: before it knows whether it will evaluate anything (a cached re-check does not).
MAX_SAMPLES = 1_000_000
