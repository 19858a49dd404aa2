# Two commands set everything up on a fresh machine: `make demo` and `make test`.
# Stamps make a second run with nothing changed skip the install and the build.

VENV   := .venv
PY     := $(VENV)/bin/python
DEPS   := $(VENV)/.deps-installed
EXT    := $(VENV)/.extension-built
RUST   := $(shell find rust_core/src -name '*.rs') rust_core/Cargo.toml Cargo.toml Cargo.lock

.PHONY: build test test-rust test-python demo bench bench-short clean

build: $(EXT)

$(PY):
	python3 -m venv $(VENV)

$(DEPS): requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(EXT): $(DEPS) $(RUST) pyproject.toml
	VIRTUAL_ENV=$(abspath $(VENV)) $(VENV)/bin/maturin develop --release --quiet
	touch $@

test: test-rust test-python

test-rust:
	cargo test --manifest-path rust_core/Cargo.toml --quiet

test-python: $(EXT)
	$(PY) -m pytest

demo: $(EXT)
	$(PY) -m sanctions_screen demo

# Full figures (tens of minutes: exhaustive recall, 10M-row pipeline); see benchmarks/README.md.
bench: $(EXT)
	$(PY) -m pytest benchmarks --benchmark-enable
	$(PY) -m benchmarks.matching_report
	$(PY) -m benchmarks.pipeline_report --rows 1000000 --rows 10000000

# The CI-sized run: a few seconds, prints the same tables on small samples so a regression shows.
bench-short: $(EXT)
	$(PY) -m benchmarks.matching_report --short
	$(PY) -m benchmarks.pipeline_report --rows 100000

clean:
	rm -rf $(VENV) target
