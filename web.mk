# web.mk — targets for the analyst's web app (`include web.mk` from the Makefile, after STAMP/BIN).
# browser-deps: what the browser tests (pytest -m browser) need. Playwright's own browser download
# is not used (and not reachable here): the tests drive Debian's chromium at /usr/bin/chromium.
WEB_BIN ?= $(if $(BIN),$(BIN),.venv/bin)
PLAYWRIGHT_PIN ?= playwright==1.65.2

.PHONY: browser-deps web-test web-serve

browser-deps: $(STAMP)
	@if [ ! -x /usr/bin/chromium ]; then \
	  apt-get update && apt-get install -y chromium fonts-dejavu-core; \
	fi
	$(WEB_BIN)/python -m pip install -q "$(PLAYWRIGHT_PIN)"

web-test: browser-deps
	$(WEB_BIN)/python -m pytest tests/web -q -p no:cacheprovider

web-serve: $(STAMP)
	$(WEB_BIN)/recoupe serve --db $(or $(DB),build/sample.db)
