# Two commands set up everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: run test venv lint bench clean wheel wheel-native native browser-deps

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip setuptools wheel
	$(PIP) install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

## make run: install, build the sample workspace into public/, say where it is
run: $(STAMP)
	$(VENV)/bin/perskamer build
	@$(PY) tools/build_native.py --status
	@echo ""
	@echo "Open $(CURDIR)/public/index.html in a browser,"
	@echo "or preview it with site search and live reload: $(VENV)/bin/perskamer serve"

## make test: lint and the whole test suite
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

## make browser-deps: axe-core for the browser tests' accessibility check (npm; chromium: apt-get install chromium)
browser-deps:
	npm ci --prefix tests/browser --no-audit --no-fund

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check . || true

## make bench: every benchmark in bench/ (comparison tools go into their own venvs under bench/)
## (make bench ARGS="--only foundation --quick")
bench: $(STAMP)
	$(PY) bench/run.py $(ARGS)

wheel: $(STAMP)
	$(PY) -m build --wheel --outdir dist .

## make native: compile the anonymiser and core/form with mypyc for this checkout (opt-in; a C compiler, ~110 s of CPU,
## 1.5 GB; used only while its sources are unchanged; PERSKAMER_NATIVE=0 switches it off; docs/decisions.md)
native: $(STAMP)
	$(PIP) install --quiet mypy
	$(PY) tools/build_native.py

## make wheel-native: a platform wheel with the compiled anonymiser (the pure wheel: make wheel)
wheel-native: $(STAMP)
	$(PIP) install --quiet mypy
	PERSKAMER_NATIVE=1 $(PY) -m build --wheel --no-isolation --outdir dist .

clean:
	rm -rf public .perskamer dist build *.egg-info
