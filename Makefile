# Two commands do all set-up on a fresh machine (see README.md):
#   make demo   creates .venv, installs auditkit, runs the main job on sample_logs/
#   make test   creates .venv with the test extra, runs the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: demo test venv venv-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Re-install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

venv: $(VENV)/.installed
venv-test: $(VENV)/.installed-test

# The China team's gateway logs local time (UTC+8) without a zone.
demo: $(VENV)/.installed
	$(BIN)/auditkit load --timezone Asia/Shanghai sample_logs/

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_load.py

clean:
	rm -rf $(VENV) reports build *.egg-info .pytest_cache .hypothesis
