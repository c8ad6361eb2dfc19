# One place for the commands a user or contributor runs. Everything lives in ./.venv.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run test lint check bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[audio]'
	touch $@

$(VENV)/.test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[audio,test]'
	touch $@ $(VENV)/.app

run: $(VENV)/.app  ## set up and open the app (built-in bank, ./sessions)
	$(BIN)/mockterm

test: $(VENV)/.test  ## set up and run the whole test suite
	$(BIN)/python -m pytest

lint: $(VENV)/.test  ## format check, lint, strict types
	$(BIN)/ruff format --check mockterm tests bench
	$(BIN)/ruff check mockterm tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

check: lint test  ## everything CI runs

BENCHES := startup countdown_cpu transcribe_overhead live_transcription review_bench coding_bench

# every benchmark runs even when one misses its goal (each exits 1 then): one run shows them all
bench: $(VENV)/.test  ## benchmarks (the live one needs the audio rig: tests/rig/start-audio-rig.sh)
	@uptime
	@missed=""; for name in $(BENCHES); do \
		echo "== bench/$$name.py"; \
		$(BIN)/python bench/$$name.py || missed="$$missed $$name"; \
	done; \
	uptime; \
	if [ -n "$$missed" ]; then echo "goals missed or not measured:$$missed"; exit 1; fi

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
