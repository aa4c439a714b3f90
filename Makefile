# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup demo test lint typecheck bench fuzz load wheel wheel-check clean

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
	$(BIN)/ruff check src tests benchmarks fuzz load
	$(BIN)/ruff format --check src tests benchmarks fuzz load

typecheck: setup
	$(BIN)/mypy src

test: setup lint typecheck
	$(BIN)/pytest -n auto --dist loadfile --cov=sitrep --cov-report=term:skip-covered --cov-fail-under=88  # the floor only goes up

# `make bench BENCH_SIZES=1000,10000` for the full tables (hours on 2 cores: run it on a quiet machine).
BENCH_SIZES ?= 1000
bench: setup
	$(BIN)/python benchmarks/run.py --sizes $(BENCH_SIZES)
	$(BIN)/python benchmarks/store_bench.py  # the store's queries at 100,000 events, both backends
	$(BIN)/python benchmarks/web_bench.py  # the app at 100,000 events, SQLite and PostgreSQL

# Coverage-guided fuzzing of every parser of outside data, FUZZ_SECONDS per target (not in `test`).
FUZZ_SECONDS ?= 60
fuzz: setup
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	$(BIN)/python fuzz/run.py --seconds $(FUZZ_SECONDS)
	$(BIN)/python fuzz/big.py  # big inputs through the command, within docs/security.md's bounds

# 20 reviewers for 2 minutes on `sitrep serve` while 1,000 articles are ingested, on SQLite
# and PostgreSQL; nothing lost or stored twice (not in `test`; figures in docs/reliability.md).
load: setup
	$(BIN)/python load/run.py --reviewers 20 --seconds 120 --articles 1000

wheel: setup
	rm -rf dist && $(BIN)/python -m build --wheel --outdir dist . > /dev/null

# The release installs alone: a wheel in a fresh venv extracts events from a demo article.
wheel-check: wheel
	rm -rf build/wheel-venv && $(PYTHON) -m venv build/wheel-venv
	build/wheel-venv/bin/python -m pip install --quiet dist/*.whl
	cd build && wheel-venv/bin/python -c "import sitrep, importlib.resources as r, pathlib; \
	  d = r.files('sitrep') / 'data' / 'demo'; \
	  t = sorted(p for p in d.iterdir() if p.name.endswith('.txt'))[0].read_text('utf-8'); \
	  pathlib.Path('demo-article.txt').write_text(t, 'utf-8')"
	cd build && wheel-venv/bin/sitrep extract demo-article.txt --format json > wheel-check.json
	cd build && rm -f wheel-check.db && wheel-venv/bin/sitrep ingest demo-article.txt --db wheel-check.db
	$(BIN)/python -c "import json; d = json.load(open('build/wheel-check.json')); \
	  assert d['events'], 'no events from the installed wheel'; print('wheel-check:', len(d['events']), 'events')"

clean:
	rm -rf $(VENV) dist build sitrep.db sitrep.db-wal sitrep.db-shm
