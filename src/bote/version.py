"""bote's version, in a module of its own: the cache keys, the SARIF driver
and `bote --version` read it without importing the package's entry points."""
__version__ = "0.2.0"
