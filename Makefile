# xinhao: the two quickstart targets are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test install bench eval-real eval clean store-demo agreement

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/xinhao code examples/ --format table --save out/events.jsonl
	@echo "events written to out/events.jsonl"

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/xinhao eval corpus/dev/gold.jsonl --run corpus/dev/articles
	$(BIN)/xinhao eval corpus/test/gold.jsonl --run corpus/test/articles

eval-real: $(STAMP)
	@if [ -d "$(SHARED)/dev-real" ]; then \
	  $(BIN)/xinhao eval $(SHARED)/dev-real/gold.jsonl --run $(SHARED)/dev-real/articles; \
	else echo "eval-real: skipped ($(SHARED)/dev-real not present)"; fi

agreement: $(STAMP)
	$(BIN)/python bench/agreement.py

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf out build dist src/*.egg-info

store-demo: $(STAMP)
	@mkdir -p out
	rm -f out/examples.duckdb
	$(BIN)/xinhao ingest examples/ --db out/examples.duckdb
	$(BIN)/xinhao channels CHN-USA --db out/examples.duckdb
	$(BIN)/xinhao timeline CHN USA --by month --db out/examples.duckdb
	for f in jsonl csv parquet plover icews gdelt; do $(BIN)/xinhao export $$f -o out/examples.$$f --db out/examples.duckdb; done
