# Each target sets itself up: a fresh clone needs only `make demo` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two stamps: `make demo` installs bote with its runtime dependencies only (what a user's
# `pip install bote-lang` gets), everything else the test extra as well.
RUNTIME := $(VENV)/.installed-runtime
STAMP := $(VENV)/.installed-test

.PHONY: demo test lint bench fuzz mutate clean

# pip for the virtualenv: its own when it has one, else $(PYTHON)'s, pointed at it with
# `--python` (pip >= 22.3).  A virtualenv made `--without-pip` takes 0.1 s instead of the
# 4-5 s ensurepip spends copying pip into it, most of what a clean `make demo` cost beyond
# installing the dependencies (bench/install.py, issue 16).
PIP = $$(if test -x $(BIN)/pip; then echo $(BIN)/python -m pip; else echo $(PYTHON) -m pip --python $(BIN)/python; fi)

# The virtualenv, made once, without pip of its own when $(PYTHON)'s pip can install into it.
# One made before the rename to bote-lang holds the distribution `bote`: it is removed
# first, so that the two never share the `bote` command.
define venv
	if test -x $(BIN)/python; then $(PIP) uninstall --quiet --yes bote 2>/dev/null || true; \
	elif $(PYTHON) -c "import pip, sys; sys.exit(tuple(map(int, pip.__version__.split('.')[:2])) < (22, 3))" \
		2>/dev/null; then $(PYTHON) -m venv --without-pip $(VENV); \
	else $(PYTHON) -m venv $(VENV); fi
endef

# The demo needs bote's runtime dependencies and this checkout on the path, nothing more:
# the dependencies come from pyproject.toml in one pip call, and a .pth file puts src/
# on the path instead of an editable install, whose isolated build (hatchling in a
# throwaway environment) took as long again as a third of the dependencies' install.
$(RUNTIME): pyproject.toml
	$(venv)
	$(BIN)/python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], \
		sep='\n')" > $(VENV)/runtime-requirements.txt
	$(PIP) install --quiet -r $(VENV)/runtime-requirements.txt
	echo "$(CURDIR)/src" > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/bote-checkout.pth"
	touch $(RUNTIME)

# Installs bote and the test extra in one step (no second build of bote), so that
# the runtime stamp holds too.
$(STAMP): pyproject.toml
	$(venv)
	$(PIP) install --quiet -e '.[test]'
	touch $(RUNTIME) $(STAMP)

demo: $(RUNTIME)
	$(BIN)/python -m bote check examples/url-shortener.bote

test: $(STAMP)
	$(BIN)/python -m pytest -q

# ruff (its default rules, configured in pyproject.toml) and mypy ([tool.mypy]);
# the versions are pinned in the `test` extra so that CI reproduces them.
lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy src/bote

bench: $(STAMP)
	$(BIN)/python bench/run.py

# The long fuzzing run (tests/fuzz/): FUZZ_N programs drawn from the grammar,
# FUZZ_N mutated examples and FUZZ_DOCS Markdown docs; `make test` runs a short one.
FUZZ_N ?= 100000
FUZZ_DOCS ?= 10000
FUZZ_SEED ?= 0
fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/run.py --grammar $(FUZZ_N) --mutated $(FUZZ_N) --markdown $(FUZZ_DOCS) --seed $(FUZZ_SEED)

# Mutation testing of the formula and risk modules (configured in pyproject.toml,
# [tool.mutmut]); on demand, not in CI. Slow: about 25 minutes on one core (bench/README.md).
# MUTANTS narrows it, e.g. make mutate MUTANTS='bote.model.queues.*'; CHILDREN sets the workers.
MUTANTS ?=
CHILDREN ?= 1
mutate: $(STAMP)
	$(PIP) install --quiet -e '.[test,mutate]'
	nice -n 10 $(BIN)/mutmut run --max-children $(CHILDREN) $(MUTANTS)
	$(BIN)/mutmut results

clean:
	rm -rf $(VENV) build dist .pytest_cache mutants
