# recoupe: every target sets up what it needs; `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE_DB := build/sample.db
SAMPLE_OUT := build/sample

.PHONY: demo test eval bench install clean lint

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(SAMPLE_DB)
	$(BIN)/recoupe build examples/ --db $(SAMPLE_DB) --out $(SAMPLE_OUT)
	@echo "Dossier: $(SAMPLE_OUT)/report.html  $(SAMPLE_OUT)/dossier.json  store: $(SAMPLE_DB)"

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python -m benchmarks.eval

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench

clean:
	rm -rf $(VENV) build .pytest_cache
