# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup demo test lint typecheck bench wheel clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/sitrep gazetteer info > /dev/null  # builds the gazetteer index once, from installed packages
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/sitrep demo --db sitrep.db

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: setup
	$(BIN)/mypy src

test: setup lint typecheck
	$(BIN)/pytest --cov=sitrep --cov-report=term:skip-covered

bench: setup
	$(BIN)/python benchmarks/run.py

wheel: setup
	rm -rf dist && $(BIN)/python -m build --wheel --outdir dist . > /dev/null

clean:
	rm -rf $(VENV) dist build sitrep.db sitrep.db-wal sitrep.db-shm
