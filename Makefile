# mirrordiff — everyday commands. Every target sets itself up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE_ORIGINAL := resources/samples/original-ap.txt
SAMPLE_COPY     := resources/samples/copy-kproxy.txt
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup run test lint sysdeps testdeps builddeps report bench screenshots deb bundle fresh-check clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# the system libraries Qt's plugins link (derived from them by packaging/linux/qtdeps.py)
# and a font; installed only when missing (as root; otherwise it says what to install)
sysdeps: setup
	@sh packaging/linux/sysdeps.sh

# ... and the tools the packaging tests run (dpkg-dev, patchelf, appstream, ...)
testdeps: setup
	@sh packaging/linux/sysdeps.sh --tests

## the window on the bundled sample pair
run: setup sysdeps
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$QT_QPA_PLATFORM" = offscreen ]; then \
	    $(BIN)/mirrordiff $(SAMPLE_ORIGINAL) $(SAMPLE_COPY); \
	else \
	    echo "no display (DISPLAY/WAYLAND_DISPLAY unset): writing the HTML report instead"; \
	    $(MAKE) --no-print-directory report; \
	fi

## every test, lint and the engine's import contract
test: setup testdeps lint
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

## the PyInstaller onedir in dist/mirrordiff/: both commands, resources/, no Python needed
bundle: $(VENV)/.installed-package builddeps
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/mirrordiff.spec

$(VENV)/.installed-package: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[package]'
	touch $@

# before PyInstaller: it leaves out Qt plugins whose libraries are missing, and bundles libpython
builddeps: $(VENV)/.installed-package
	@sh packaging/linux/builddeps.sh

## the Debian package dist/mirrordiff_<version>_<arch>.deb (see packaging/README.md)
deb: bundle
	sh packaging/linux/build-deb.sh dist/mirrordiff dist

## as root: this commit, tried on brand-new Debian roots (make test, make run, make deb, the
## installed package). FRESH_ROOT: the root maker; FRESH_SUITES: Debian 12 and 13 (e.g. "bookworm")
FRESH_ROOT   ?= /work/shared/tools/fresh-root.sh
FRESH_SUITES ?= bookworm trixie
fresh-check:
	FRESH_ROOT=$(FRESH_ROOT) sh packaging/linux/fresh-check.sh $(FRESH_SUITES)

clean:
	rm -rf build dist out .pytest_cache .ruff_cache

## PNGs of the window for the README (needs Xvfb: apt-get install xvfb)
screenshots: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m tests.ui.screenshots docs/screenshots
