# minipy: two Pythons on purpose (see ../shared/DESIGN.md and README.md).
#   Python 2.7 + rpython (in .venv/py2): the interpreter, its unit tests, the translation.
#   Python 3 + lark, pytest, matplotlib (in .venv/py3): grammar tables, end-to-end tests, reports.

ROOT    := $(abspath .)
PY2     := $(shell tools/find_python2.sh)
PY3SYS  ?= python3
VENV2   := $(ROOT)/.venv/py2
VENV3   := $(ROOT)/.venv/py3
PY3     := $(VENV3)/bin/python
RUNPY2  := PYTHONPATH=$(ROOT):$(VENV2) $(PY2)
# each translation gets its own temporary-directory prefix (rpython's udir numbering and
# clean-up) and its own compiler-probe cache (tools/translate.py), so translations run side
# by side (`make -j`) never touch each other's files;
# MAKEFLAGS is cleared because rpython compiles its C without -j when it is set (and the
# outer make's job server does not reach rpython's own make)
RPYTHON = cd $(ROOT)/build && MAKEFLAGS= PYTHONPATH=$(ROOT):$(VENV2) PYPY_USESSION_BASENAME=$(notdir $@) $(PY2) $(ROOT)/tools/translate.py $(ROOT)/build/probe-cache-$(notdir $@) --batch

SOURCES := $(shell find minipy -name '*.py') targetminipy.py
STM_SOURCES := $(shell find minipy -name '*.py') targetminipy_stm.py

.PHONY: all env boehm grammar check-grammar binaries test unit e2e bench report compare fuzz clean
# `make`: both builds (side by side: each translation is mostly one Python process), then the
# main job -- the GIL-vs-STM report on the threaded suite
all: env
	$(MAKE) -j2 bin/minipy bin/minipy-stm bin/minipy-o2
	$(MAKE) report

# ---- environments (project-local, ignored by git) ----
env: $(VENV2)/.stamp $(VENV3)/.stamp
$(VENV2)/.stamp:
	@test -n "$(PY2)" || { echo "Python 2.7 not found: install it (e.g. 'pyenv install 2.7.18')"; exit 1; }
	$(PY2) -m pip install -q --disable-pip-version-check --target $(VENV2) 'rpython==0.2.1'
	touch $@
$(VENV3)/.stamp:
	$(PY3SYS) -m venv $(VENV3)
	$(VENV3)/bin/pip install -q --disable-pip-version-check 'lark>=1.3,<1.4' 'interegular>=0.3' 'pytest>=7' 'matplotlib>=3.5'
	touch $@

# Boehm GC's headers and libgc.a, which the STM build needs (Debian: libgc-dev): installed
# with apt-get where this runs as root, else a message says what to install
boehm:
	@echo '#include <gc/gc.h>' | $${CC:-cc} -E -x c - >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing libgc-dev (Boehm GC) for the STM build"; \
	    apt-get update -qq && apt-get install -y -qq libgc-dev; \
	  else \
	    echo "Boehm GC is missing: install libgc-dev (sudo apt-get install libgc-dev)"; exit 1; \
	  fi; }

# ---- grammar: lark (Python 3) writes the parse tables as an RPython module ----
grammar: $(VENV3)/.stamp
	$(PY3) tools/gen_tables.py grammar/minipy.lark minipy/parsing/tables.py
check-grammar: $(VENV3)/.stamp
	$(PY3) tools/gen_tables.py --check grammar/minipy.lark minipy/parsing/tables.py

# ---- the translated binaries ----
# the default build: tracing JIT (-Ojit: incminimark GC, threads under the GIL); about 25-40
# minutes on 2 cores. `bin/minipy --jit off` is the same binary with the JIT disabled.
bin/minipy: $(SOURCES) $(VENV2)/.stamp
	mkdir -p build bin
	$(RPYTHON) -Ojit --output=$(ROOT)/bin/minipy $(ROOT)/targetminipy.py > $(ROOT)/build/minipy.log 2>&1 || { tail -40 $(ROOT)/build/minipy.log; exit 1; }
	@echo "built bin/minipy"

# the STM build: Boehm GC, real OS threads in parallel, no JIT (minipy/concurrency/stmcontrol.py)
bin/minipy-stm: $(STM_SOURCES) $(VENV2)/.stamp | boehm
	mkdir -p build bin
	$(RPYTHON) -O2 --gc=boehm --thread --output=$(ROOT)/bin/minipy-stm $(ROOT)/targetminipy_stm.py > $(ROOT)/build/minipy-stm.log 2>&1 || { tail -40 $(ROOT)/build/minipy-stm.log; exit 1; }
	@echo "built bin/minipy-stm"

# the interpreter alone: -O2, incminimark, no JIT and none of its hooks; only the benchmarks
# use it (issue 3's speed goal without a JIT, and the STM build's cost split)
bin/minipy-o2: $(SOURCES) $(VENV2)/.stamp
	mkdir -p build bin
	$(RPYTHON) -O2 --gc=incminimark --output=$(ROOT)/bin/minipy-o2 $(ROOT)/targetminipy.py > $(ROOT)/build/minipy-o2.log 2>&1 || { tail -40 $(ROOT)/build/minipy-o2.log; exit 1; }
	@echo "built bin/minipy-o2"

# the front end alone (parser + AST dump): proof that it is RPython, and what the
# translated parser oracle and the front-end benchmark run
FRONTEND_SOURCES := $(shell find minipy/parsing minipy/compiler -name '*.py') tools/targetfrontend.py
bin/minipy-frontend: $(FRONTEND_SOURCES) $(VENV2)/.stamp
	mkdir -p build bin
	$(RPYTHON) -O2 --output=$(ROOT)/bin/minipy-frontend $(ROOT)/tools/targetfrontend.py > $(ROOT)/build/frontend.log 2>&1 || { tail -40 $(ROOT)/build/frontend.log; exit 1; }

# ---- tests ----
# the three translations and the untranslated unit tests side by side (2 cores: the JIT
# translation is the long pole), then the end-to-end tests on the binaries
test: env check-grammar
	$(MAKE) -j3 unit binaries
	$(MAKE) e2e
binaries: bin/minipy bin/minipy-stm bin/minipy-frontend
unit: $(VENV2)/.stamp
	cd $(ROOT) && $(RUNPY2) -m pytest -q tests/unit
e2e: $(VENV3)/.stamp bin/minipy bin/minipy-stm bin/minipy-frontend
	cd $(ROOT) && MINIPY_PY2="$(PY2)" MINIPY_FRONTEND_BIN=$(ROOT)/bin/minipy-frontend $(PY3) -m pytest -q tests/e2e tests/oracle tests/lib

# ---- benchmarks (benchmarks/README.md); QUICK=1 for small sizes and one run ----
THREADS ?= 1,2,4
bench: $(VENV3)/.stamp bin/minipy bin/minipy-o2
	$(PY3) benchmarks/bench.py $(if $(filter 1 yes true,$(QUICK)),--quick)
report: $(VENV3)/.stamp bin/minipy bin/minipy-stm bin/minipy-o2
	$(PY3) benchmarks/report.py $(if $(filter 1 yes true,$(QUICK)),--quick)
compare: $(VENV3)/.stamp bin/minipy bin/minipy-stm
	$(PY3) benchmarks/compare.py $(SCRIPT) $(ARGS) --threads $(THREADS)

fuzz: env
	cd $(ROOT) && MINIPY_FUZZ_CASES=50000 $(RUNPY2) -m pytest -q tests/unit/parsing -k fuzz

clean:
	rm -rf build bin
