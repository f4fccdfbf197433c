# goro — a Go interpreter in C.  `make` builds build/goro; `make test` runs every test.
#
# Sources: every .c in the module folders; lexer/lexer.re and parser/grammar.y are generated
# into build/gen/. Variants (asan, tsan) build into their own folders from the same rules.

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN    := -std=c11 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
DEFS    := -D_GNU_SOURCE
DEPS_PKGS := bdw-gc libedit
PKG_CFLAGS := $(shell pkg-config --cflags $(DEPS_PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(DEPS_PKGS) 2>/dev/null || echo -lgc -ledit)
LIBS    := $(PKG_LIBS) -lpthread -lm
SAN     ?=
ALL_CFLAGS = $(WARN) $(DEFS) $(CFLAGS) $(SAN) -I$(BUILD)/gen -I. $(PKG_CFLAGS)

MODULES := util lexer parser compiler vm runtime stdlib repl
SRCS    := $(foreach m,$(MODULES),$(wildcard $(m)/*.c))
GEN_C   := $(BUILD)/gen/lexer.c $(BUILD)/gen/grammar.c
OBJS    := $(patsubst %.c,$(BUILD)/obj/%.o,$(SRCS)) \
           $(BUILD)/obj/gen/lexer.o $(BUILD)/obj/gen/grammar.o \
           $(BUILD)/obj/stdlib_embed.o
MAIN_OBJ := $(BUILD)/obj/main.o
LIBGORO := $(BUILD)/libgoro.a
GORO    := $(BUILD)/goro

UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRCS))

# Embedded standard library: every stdlib/**/*.go file becomes a C string table.
STDLIB_GO := $(shell find stdlib -mindepth 2 -name '*.go' 2>/dev/null | sort)

.PHONY: all test unit golden frontend cli-test samples deps run clean asan tsan bench stress fuzz install

all: $(GORO)

$(GORO): $(MAIN_OBJ) $(LIBGORO)
	$(CC) $(ALL_CFLAGS) -o $@ $(MAIN_OBJ) $(LIBGORO) $(LIBS)

$(LIBGORO): $(OBJS)
	@rm -f $@
	ar rcs $@ $(OBJS)

$(BUILD)/obj/%.o: %.c $(BUILD)/gen/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c $(BUILD)/gen/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Ilexer -Iparser -MMD -MP -c $< -o $@

$(BUILD)/gen/lexer.c: lexer/lexer.re
	@mkdir -p $(dir $@)
	re2c -W --no-generation-date -8 --input-encoding utf8 -o $@ $<

# lemon writes grammar.c/grammar.h/grammar.out next to its input: run it on a copy in build/.
$(BUILD)/gen/grammar.c $(BUILD)/gen/grammar.h: parser/grammar.y
	@mkdir -p $(BUILD)/gen
	cp parser/grammar.y $(BUILD)/gen/grammar.y
	cd $(BUILD)/gen && lemon -s -T/usr/share/lemon/lempar.c grammar.y >/dev/null
	@test -f $(BUILD)/gen/grammar.h

$(BUILD)/gen/stdlib_embed.c: $(STDLIB_GO) stdlib/embed.sh
	@mkdir -p $(dir $@)
	sh stdlib/embed.sh $@ $(STDLIB_GO)

$(BUILD)/obj/stdlib_embed.o: $(BUILD)/gen/stdlib_embed.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# ---- tests ----
test: $(GORO) unit golden frontend cli-test

unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "== $$t"; $$t --jobs 2 -q || exit 1; done

$(BUILD)/unit/%: tests/unit/%.c $(LIBGORO)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBGORO) -lcriterion $(LIBS)

golden: $(GORO)
	@GORO=$(GORO) bash tests/run_golden.sh

# command line (tests/cli/*.sh) and REPL (tests/repl: piped transcripts, a tmux terminal session)
cli-test: $(GORO)
	@GORO=$(GORO) bash tests/cli/run.sh

# front-end robustness: every .go file cut short and byte-flipped never crashes goro
frontend: $(GORO)
	@GORO=$(GORO) bash tests/frontend/robust.sh

run: $(GORO)
	$(GORO) run samples/hello.go

deps:
	@missing=""; \
	for p in re2c lemon libcriterion-dev libgc-dev libedit-dev pkg-config; do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then echo "deps: all present"; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else echo "deps: run as root: apt-get install -y$$missing"; exit 1; fi

# ---- benchmarks (a report against gc and Lua when installed; never fails) ----
bench: $(GORO)
	@GORO=$(GORO) bash bench/run.sh

# ---- variants ----
# `make asan`: goro, the unit tests and the golden programs built with AddressSanitizer and
# UBSan (any report fails: UB halts, leaks are not checked since Boehm GC owns the heap), then
# the quick limit tests. ASAN_DIRS narrows the golden folders; ASAN_JOBS runs that many golden
# runners at once, one per folder, for CI's time budget.
ASAN_BUILD := build/asan
ASAN_SAN   := -fsanitize=address,undefined -fno-omit-frame-pointer
ASAN_ENV   := ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 \
              UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
ASAN_DIRS  ?= $(patsubst %/,%,$(sort $(wildcard tests/golden/*/))) samples
ASAN_JOBS  ?= 1
asan:
	$(MAKE) BUILD=$(ASAN_BUILD) OPT=-O1 SAN="$(ASAN_SAN)" $(ASAN_BUILD)/goro
	$(ASAN_ENV) $(MAKE) BUILD=$(ASAN_BUILD) OPT=-O1 SAN="$(ASAN_SAN)" unit
	@echo "== golden (ASan)"; \
	printf '%s\n' $(ASAN_DIRS) | $(ASAN_ENV) GOLDEN_TIMEOUT=60 GORO=$(ASAN_BUILD)/goro \
	  xargs -P $(ASAN_JOBS) -I{} sh -c 'bash tests/run_golden.sh {} >$(ASAN_BUILD)/golden.$$(echo {} | tr / _).log 2>&1; \
	    r=$$?; tail -n 12 $(ASAN_BUILD)/golden.$$(echo {} | tr / _).log | grep -E "^FAIL|passed" | sed "s|^|{}: |"; exit $$r'
	$(ASAN_ENV) LIMITS_QUICK=1 LIMITS_NO_VMEM=1 GORO=$(ASAN_BUILD)/goro bash tests/limits/run.sh

# `make tsan`: goro built with ThreadSanitizer runs the concurrency golden programs (at
# GOMAXPROCS 1 and 2), and the runtime unit tests run with the Criterion shim
# (-DRT_NO_CRITERION: Criterion does not start under TSan). No suppressions are needed: Boehm
# GC is not instrumented, and goro's own synchronization is all visible to TSan.
TSAN_BUILD := build/tsan
TSAN_ENV   := TSAN_OPTIONS="die_after_fork=0 halt_on_error=1 second_deadlock_stack=1"
tsan:
	$(MAKE) BUILD=$(TSAN_BUILD) OPT=-O1 SAN="-fsanitize=thread" $(TSAN_BUILD)/goro
	@mkdir -p $(TSAN_BUILD)/unit
	@set -e; for t in tests/unit/test_rt_*.c; do \
	  b=$(TSAN_BUILD)/unit/$$(basename $$t .c); echo "$(CC) -fsanitize=thread -DRT_NO_CRITERION -o $$b $$t"; \
	  $(CC) $(WARN) $(DEFS) -O1 -g -fsanitize=thread -DRT_NO_CRITERION -I$(TSAN_BUILD)/gen -I. $(PKG_CFLAGS) \
	    -o $$b $$t $(TSAN_BUILD)/libgoro.a $(LIBS); done
	@for b in $(TSAN_BUILD)/unit/test_rt_*; do case $$b in *.log) continue;; esac; echo "== $$b"; \
	  $(TSAN_ENV) $$b >$$b.log 2>&1 || { tail -n 40 $$b.log; exit 1; }; tail -n 1 $$b.log; done
	$(TSAN_ENV) GOLDEN_TIMEOUT=120 GORO=$(TSAN_BUILD)/goro bash tests/run_golden.sh tests/golden/concurrency

# ---- fuzzing (tests/fuzz/README.md) ----
# `make fuzz` builds the libFuzzer targets (lexer, parser, checker, compiler) with clang,
# ASan and UBSan into $(FUZZ_BUILD) and replays the committed corpus and regressions through
# them; `make fuzz FUZZ_SECONDS=N` then fuzzes each target for N seconds (FUZZ_JOBS at once).
FUZZ_BUILD   ?= build/fuzz
FUZZ_SECONDS ?= 0
FUZZ_JOBS    ?= 2
FUZZ_TARGETS ?= lex parse check compile
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
fuzz:
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=clang OPT=-O1 SAN="$(FUZZ_SAN) -fsanitize=fuzzer-no-link" $(FUZZ_BUILD)/libgoro.a
	@set -e; for t in $(FUZZ_TARGETS); do \
	  echo "clang ... -o $(FUZZ_BUILD)/fuzz_$$t tests/fuzz/fuzz_$$t.c"; \
	  clang $(WARN) $(DEFS) -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer -I. -I$(FUZZ_BUILD)/gen $(PKG_CFLAGS) \
	    -o $(FUZZ_BUILD)/fuzz_$$t tests/fuzz/fuzz_$$t.c $(FUZZ_BUILD)/libgoro.a $(LIBS); done
	FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) bash tests/fuzz/run.sh $(FUZZ_TARGETS)

# `make stress`: tests/stress/run.sh runs each stress program STRESS_RUNS times at each
# GOMAXPROCS of STRESS_PROCS (minutes); then, when FLAKY_ROUNDS is set, tests/stress/flaky.sh
# runs the concurrency golden programs that many rounds at GOMAXPROCS=2.
STRESS_RUNS  ?= 20
STRESS_PROCS ?= 1 2 8
stress: $(GORO)
	GORO=$(GORO) STRESS_RUNS=$(STRESS_RUNS) STRESS_PROCS="$(STRESS_PROCS)" bash tests/stress/run.sh
	@if [ -n "$(FLAKY_ROUNDS)" ]; then GORO=$(GORO) bash tests/stress/flaky.sh -n $(FLAKY_ROUNDS); fi

# Limit tests (tests/limits/run.sh): stack overflow, makeslice, out of memory, deep nesting,
# big sources; LIMITS_QUICK=1 skips the 100 MB literal and the million-line file.
limits: $(GORO)
	@GORO=$(GORO) bash tests/limits/run.sh

PREFIX ?= /usr/local
install: $(GORO)
	install -d $(PREFIX)/bin
	install -m 755 $(GORO) $(PREFIX)/bin/goro

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
