# mirrordiff — everyday commands. Every target sets itself up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE_ORIGINAL := resources/samples/original-ap.txt
SAMPLE_COPY     := resources/samples/copy-kproxy.txt
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup run test lint sysdeps report bench screenshots deb clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Qt needs a few system libraries even offscreen; installed only when missing (needs root)
sysdeps:
	@sh packaging/linux/sysdeps.sh

## the window on the bundled sample pair
run: setup sysdeps
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$QT_QPA_PLATFORM" = offscreen ]; then \
	    $(BIN)/mirrordiff $(SAMPLE_ORIGINAL) $(SAMPLE_COPY); \
	else \
	    echo "no display (DISPLAY/WAYLAND_DISPLAY unset): writing the HTML report instead"; \
	    $(MAKE) --no-print-directory report; \
	fi

## every test, lint and the engine's import contract
test: setup sysdeps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check compare ui tests packaging
	$(BIN)/lint-imports

## the sample pair as an HTML report in out/
report: setup
	mkdir -p out
	$(BIN)/mirrordiff-export $(SAMPLE_ORIGINAL) $(SAMPLE_COPY) --format html -o out/sample-report.html; \
	  test $$? -le 1 && echo "report written to out/sample-report.html"

bench: setup
	$(BIN)/python tests/benchmarks/bench.py

clean:
	rm -rf build dist out .pytest_cache .ruff_cache
