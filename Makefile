# The commands of the README. Everything installs into .venv from the pinned requirements.txt.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup survey demo test system-deps benchmarks pywb

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

setup: $(VENV)/.installed

# pywb, the web archive replay engine the tests start (tests/pywb_server.py), in a virtualenv of its own.
.venv-pywb/.installed: requirements-pywb.txt
	$(PYTHON) -m venv .venv-pywb
	.venv-pywb/bin/pip install --quiet --upgrade pip
	.venv-pywb/bin/pip install --quiet -r requirements-pywb.txt
	touch $@

pywb: .venv-pywb/.installed

# The real survey: every city of the bundled frame (needs internet).
survey: setup
	$(BIN)/scrapy crawl cities

# The offline demo on the bundled sample web.
demo: setup
	$(BIN)/scrapy demo

system-deps:
	scripts/install-system-deps.sh

test: setup pywb system-deps
	$(BIN)/python -m pytest

benchmarks: setup
	for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done
