# Two commands do all set-up on a fresh machine (see README.md):
#   make demo   creates .venv, installs auditkit, runs the main job on sample_logs/
#   make test   creates .venv with the test, store and train extras, runs the whole test suite
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
	$(PIP) install --quiet -e '.[test,store,train]'
	touch $(VENV)/.installed $@

venv: $(VENV)/.installed
venv-test: $(VENV)/.installed-test

# The main job on the shipped sample: the audit report of September 2025 (with August as the previous
# period), audited as of 15 October 2025. The China team's gateway logs local time (UTC+8) without a zone.
# The sample has deliberately malformed lines, so the report ends with exit code 1 (done, with
# data-quality warnings); only 2 and above is a failure here.
demo: $(VENV)/.installed
	$(BIN)/auditkit report --logs sample_logs/ --period 2025-09 --as-of 2025-10-15 \
	    --profile sample_logs/profile.yaml --previous-logs sample_logs/ --timezone Asia/Shanghai \
	    --out reports/2025-09; test $$? -le 1

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_load.py

clean:
	rm -rf $(VENV) reports build *.egg-info .pytest_cache .hypothesis
