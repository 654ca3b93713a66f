from conftest import error_of, run, shown  # noqa: F401  (re-exported for test modules)
