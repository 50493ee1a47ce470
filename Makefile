# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OUT ?= demo-brief

.PHONY: demo test lint bench eval clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,eval]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/synoptic brief examples/cluster -o $(OUT) --format all
	@echo "brief written to $(OUT).json, $(OUT).md and $(OUT).html"

test: $(STAMP)
	$(PY) -m pytest -q
	$(MAKE) lint

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) scripts/bench.py

clean:
	rm -rf $(VENV) demo-brief.* .pytest_cache .mypy_cache
