# csp: build, test, benchmark. `make` builds ./csp; `make deps` installs the
# Debian packages the build needs (run automatically when a tool is missing).
CC      ?= cc
CFLAGS  ?= -O2 -g
CFLAGS  += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -fno-strict-aliasing -MMD -MP -I.
LDLIBS  += -lgc -ledit -lm -lpthread
PREFIX  ?= /usr/local
BUILD   := build

DEB_PKGS := re2c lemon libgc-dev libedit-dev pkg-config python3
NEED_TOOLS := $(shell for t in re2c lemon python3; do command -v $$t >/dev/null || echo $$t; done; \
               [ -f /usr/include/gc/gc.h ] || echo gc; [ -f /usr/include/histedit.h ] || echo edit)

SRCS := $(wildcard util/*.c grammar/*.c compiler/*.c vm/*.c runtime/*.c race/*.c stdlib/*.c vet/*.c cli/*.c)
GEN  := $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c $(BUILD)/gen/prelude.c $(BUILD)/gen/viewer.c
OBJS := $(patsubst %.c,$(BUILD)/%.o,$(SRCS)) $(BUILD)/gen/lexer.o $(BUILD)/gen/parser.o $(BUILD)/gen/prelude.o \
        $(BUILD)/gen/viewer.o
VIEWER := runtime/viewer/viewer.css runtime/viewer/viewer.js
PRELUDES := $(wildcard stdlib/prelude/*.go)

.PHONY: all deps test run bench bench-trace clean install uninstall test-deps viewer-deps bench-viewer
all: csp

deps:
ifneq ($(strip $(NEED_TOOLS)),)
	@echo "installing build dependencies: $(DEB_PKGS)"
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	 $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(DEB_PKGS) >/dev/null
endif

csp: $(OBJS) | deps
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/gen/lexer.c: grammar/lexer.re $(BUILD)/gen/parser.c | deps
	@mkdir -p $(dir $@)
	re2c -W --no-generation-date -o $@ $<

# lemon writes parser.c and parser.h next to its input: work on a copy.
$(BUILD)/gen/parser.c: grammar/parser.y | deps
	@mkdir -p $(dir $@)
	cp $< $(BUILD)/gen/parser.y
	cd $(BUILD)/gen && lemon -q parser.y

# The standard packages' csp sources, embedded as C strings.
$(BUILD)/gen/prelude.c: $(PRELUDES) stdlib/prelude/embed.sh
	@mkdir -p $(dir $@)
	sh stdlib/prelude/embed.sh $(PRELUDES) > $@

# The --trace FILE.html viewer's style and script, embedded as C strings.
$(BUILD)/gen/viewer.c: $(VIEWER) runtime/viewer/embed.sh
	@mkdir -p $(dir $@)
	sh runtime/viewer/embed.sh $(VIEWER) > $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CFLAGS) -Wno-unused-variable -Wno-sign-compare -Wno-implicit-fallthrough -Igrammar -I$(BUILD)/gen -c -o $@ $<

$(BUILD)/%.o: %.c | $(GEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -I$(BUILD)/gen -c -o $@ $<

test: csp test-deps viewer-deps
	@tests/run.sh

# What tests/viewer.sh (the --trace FILE.html page in a headless browser)
# needs: Debian's chromium, node and npm, and playwright-core from npm,
# installed into build/node (never committed) to drive the browser.
PLAYWRIGHT := $(BUILD)/node/node_modules/playwright-core
PLAYWRIGHT_VERSION := 1.65.2
viewer-deps:
	@command -v node >/dev/null && command -v npm >/dev/null && [ -x /usr/bin/chromium ] || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium nodejs npm >/dev/null; }
	@[ -d $(PLAYWRIGHT) ] || npm install --silent --no-audit --no-fund --prefix $(BUILD)/node \
	  playwright-core@$(PLAYWRIGHT_VERSION) >/dev/null

# bench/viewer.sh: how long a page of 100,000 events takes to open.
bench-viewer: csp viewer-deps
	@bench/viewer.sh

run: csp
	./csp examples/hello.csp

# bench: every row of the performance table (bench/run.py says what and how),
# beside Go (golang-go), lua5.4, LuaJIT and python3, installed when missing.
# BENCH_ONLY="fib loop" reruns some rows, BENCH_RUNS=n sets the runs per figure.
bench: csp
	@command -v lua5.4 >/dev/null && command -v luajit >/dev/null && command -v go >/dev/null \
	  && [ -x /usr/bin/time ] || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    lua5.4 luajit golang-go time >/dev/null; }
	@bench/run.sh

bench-trace: csp notrace-build
	@bench/trace.sh

# `make install` puts csp, its man page and its shell completions under
# $(DESTDIR)$(PREFIX) (PREFIX defaults to /usr/local; DESTDIR stages a
# package); `make uninstall` removes exactly those files.
BINDIR   := $(DESTDIR)$(PREFIX)/bin
MAN1DIR  := $(DESTDIR)$(PREFIX)/share/man/man1
BASHCDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHCDIR  := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHCDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

install: csp
	install -d $(BINDIR) $(MAN1DIR) $(BASHCDIR) $(ZSHCDIR) $(FISHCDIR)
	install -m 755 csp $(BINDIR)/csp
	install -m 644 csp.1 $(MAN1DIR)/csp.1
	install -m 644 completion/csp.bash $(BASHCDIR)/csp
	install -m 644 completion/_csp $(ZSHCDIR)/_csp
	install -m 644 completion/csp.fish $(FISHCDIR)/csp.fish

uninstall:
	rm -f $(BINDIR)/csp $(MAN1DIR)/csp.1 $(BASHCDIR)/csp $(ZSHCDIR)/_csp $(FISHCDIR)/csp.fish

# What the documentation tests need beyond the build (tests/install.sh,
# tests/editors.sh): zsh and fish to load the completions, man and groff to
# render the man page, npm to package the VS Code extension.
TEST_PKGS := $(shell command -v zsh >/dev/null || echo zsh; command -v fish >/dev/null || echo fish; \
               command -v man >/dev/null || echo man-db; command -v groff >/dev/null || echo groff-base; \
               command -v npx >/dev/null || echo npm)
test-deps:
ifneq ($(strip $(TEST_PKGS)),)
	@echo "installing test dependencies: $(TEST_PKGS)"
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	 $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(TEST_PKGS) >/dev/null || \
	 echo "warning: could not install $(TEST_PKGS): the tests that need them will say they skip" >&2
endif

clean:
	rm -rf $(BUILD) csp

-include $(OBJS:.o=.d)

# ---- front end unit tests (grammar/): `make unit` ----------------------------
# Builds the lexer/parser tests into build/unit/ and runs them with
# tests/unit/run.sh (per-test PASS/FAIL lines, then "N passed, N failed").
# The front end and util objects go through a static archive, so only what the
# tests need is linked, whatever else util/ holds.
UNIT_DIR   := $(BUILD)/unit
FRONT_SRCS := $(wildcard grammar/*.c util/*.c)
FRONT_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(FRONT_SRCS)) $(BUILD)/gen/lexer.o $(BUILD)/gen/parser.o
UNIT_BINS  := $(UNIT_DIR)/test_lexer $(UNIT_DIR)/test_parse $(UNIT_DIR)/parse_file

.PHONY: unit
unit: $(UNIT_BINS)
	@tests/unit/run.sh $(UNIT_DIR)

$(UNIT_DIR)/libfront.a: $(FRONT_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(UNIT_DIR)/%: tests/unit/%.c tests/unit/unit.h $(UNIT_DIR)/libfront.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -I$(BUILD)/gen -o $@ $< $(UNIT_DIR)/libfront.a -lgc -lpthread -lm

# ---- unit-values: run-time values, strconv-style conversions, fmt, trace SVG --
# tests/unit/test_{values,numconv,fmt,trace_svg}.c, each built straight from its
# sources (no generated parser needed); prints PASS/FAIL lines, then the totals.
# test_trace_svg leaves its pictures in build/unit-values/svg/ to look at.
VALUES_DIR    := $(BUILD)/unit-values
VALUES_CFLAGS := $(filter-out -MMD -MP,$(CFLAGS))
VALUES_BASE   := util/buf.c util/common.c util/mem.c
VALUES_VM     := $(VALUES_BASE) vm/str.c vm/slice.c vm/equal.c vm/map.c compiler/types.c
VALUES_HDRS   := $(wildcard util/*.h vm/value.h vm/map.h compiler/types.h stdlib/numconv.h stdlib/fmt.h)
VALUES_TESTS  := $(VALUES_DIR)/test_values $(VALUES_DIR)/test_numconv $(VALUES_DIR)/test_fmt \
                 $(VALUES_DIR)/test_trace_svg

.PHONY: unit-values
unit-values: $(VALUES_TESTS)
	@p=0; f=0; for t in $(VALUES_TESTS); do \
	   out=$$($$t $(VALUES_DIR)/svg); rc=$$?; echo "$$out" | sed '$$d'; \
	   last=$$(echo "$$out" | tail -n 1); \
	   case "$$last" in *" passed, "*" failed") set -- $$last; p=$$((p + $$1)); f=$$((f + $$3));; \
	   *) echo "FAIL $$t (exit $$rc)"; f=$$((f + 1));; esac; \
	   [ $$rc = 0 ] || [ "$$f" != 0 ] || { echo "FAIL $$t (exit $$rc)"; f=$$((f + 1)); }; \
	 done; echo "$$p passed, $$f failed"; [ $$f = 0 ]

$(VALUES_DIR)/test_values: tests/unit/test_values.c $(VALUES_VM) $(VALUES_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(VALUES_CFLAGS) -o $@ $< $(VALUES_VM) -lgc -lm -lpthread

$(VALUES_DIR)/test_numconv: tests/unit/test_numconv.c stdlib/numconv.c $(VALUES_BASE) $(VALUES_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(VALUES_CFLAGS) -o $@ $< stdlib/numconv.c $(VALUES_BASE) -lgc -lm -lpthread

$(VALUES_DIR)/test_fmt: tests/unit/test_fmt.c stdlib/fmt.c stdlib/numconv.c $(VALUES_VM) $(VALUES_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(VALUES_CFLAGS) -o $@ $< stdlib/fmt.c stdlib/numconv.c $(VALUES_VM) -lgc -lm -lpthread

# The SVG writers alone: they use only libc, so nothing else is linked.
TRACE_SVG_SRCS := runtime/trace_svg.c runtime/trace_svg_procs.c runtime/trace_procs.c
$(VALUES_DIR)/test_trace_svg: tests/unit/test_trace_svg.c tests/unit/unit.h $(TRACE_SVG_SRCS) runtime/trace.h \
                              runtime/trace_svg.h runtime/trace_procs.h
	@mkdir -p $(dir $@)
	$(CC) $(VALUES_CFLAGS) -o $@ $< $(TRACE_SVG_SRCS) -lm

# ---- stress builds: `make stress-build`, `make stress`, `make tsan` ----------
# stress-build: build/stress/csp, compiled with -DCSP_STRESS so the scheduler
# preempts at every call and backward jump (vm_run's budget is 1); its objects
# live in build/stress/, apart from the normal build. `make stress` runs the
# whole suite (tests/run.sh, including tests/stress.sh) against it.
# tsan: build/tsan/csp with clang's ThreadSanitizer, then the racy-schedule
# stress programs under it with two workers (not part of `make test`); the
# reports go to build/tsan/reports/NAME.txt, a summary of the runtime frames
# involved to the terminal. Suppressions for libgc: tests/stress/tsan.supp.
STRESS_DIR   := build/stress
TSAN_DIR     := build/tsan
STRESS_FLAGS := -O2 -g -DCSP_STRESS
NOTRACE_DIR  := build/notrace
TSAN_FLAGS   := -O1 -g -fsanitize=thread -fno-omit-frame-pointer

.PHONY: stress-build stress tsan tsan-build notrace-build norace-build bench-race
$(BUILD)/csp: deps $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDLIBS)

stress-build: deps
	CFLAGS='$(STRESS_FLAGS)' $(MAKE) --no-print-directory BUILD=$(STRESS_DIR) $(STRESS_DIR)/csp

# notrace-build: build/notrace/csp with every --trace hook compiled out, for
# bench/trace.sh to show that tracing costs nothing when it is off.
notrace-build: deps
	CFLAGS='-O2 -g -DCSP_NO_TRACE' $(MAKE) --no-print-directory BUILD=$(NOTRACE_DIR) $(NOTRACE_DIR)/csp

# norace-build: build/norace/csp with every --race hook compiled out, for
# bench/race.sh to show that the detector costs nothing when it is off.
NORACE_DIR   := build/norace
norace-build: deps
	CFLAGS='-O2 -g -DCSP_NO_RACE' $(MAKE) --no-print-directory BUILD=$(NORACE_DIR) $(NORACE_DIR)/csp

bench-race: csp norace-build
	@bench/race.sh

stress: stress-build
	CSP=$(STRESS_DIR)/csp tests/run.sh

tsan-build: deps
	@command -v clang >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq clang >/dev/null; }
	CFLAGS='$(TSAN_FLAGS)' $(MAKE) --no-print-directory BUILD=$(TSAN_DIR) CC=clang $(TSAN_DIR)/csp

tsan: tsan-build
	@tests/stress/tsan.sh $(TSAN_DIR)

# ---- asan: `make asan-build`, `make asan` ------------------------------------
# asan-build: build/asan/csp with clang's AddressSanitizer and
# UndefinedBehaviorSanitizer, halting on the first report. `make asan` runs the
# whole suite (tests/run.sh: golden programs, errors, bad input, scripts)
# against it through tests/asan/run.sh, which sets the sanitizer options the
# GC needs (and says why), collects the reports in build/asan/reports/ and
# fails on any. Part of CI (.ci/run); about as long as `make test`.
ASAN_DIR   := build/asan
ASAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
              -fno-sanitize-recover=undefined -fsanitize-address-use-after-return=never

.PHONY: asan asan-build clang-deps
# clang, its sanitizer runtimes and llvm-symbolizer (for file:line in reports)
clang-deps:
	@command -v clang >/dev/null && command -v llvm-symbolizer >/dev/null && \
	 [ -f "$$(clang -print-file-name=libclang_rt.asan-x86_64.a)" ] || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq clang llvm libclang-rt-dev >/dev/null; }

asan-build: deps clang-deps
	CFLAGS='$(ASAN_FLAGS)' $(MAKE) --no-print-directory BUILD=$(ASAN_DIR) CC=clang $(ASAN_DIR)/csp

asan: asan-build test-deps viewer-deps
	@tests/asan/run.sh $(ASAN_DIR)

# ---- fuzz: `make fuzz-build`, `make fuzz` ------------------------------------
# fuzz-build: build/fuzz/csp-fuzz, csp compiled with AFL++'s instrumentation
# (afl-clang-fast) and UBSan in trap mode (undefined behaviour is a crash),
# plus tests/fuzz/watchdog.c, wrapped around compile_file: it ends fuzzed
# programs that run too long (not a finding), leaves a seeded run that sits
# idle to AFL's hang timeout (a finding), and sandboxes runs (no file-system
# writes). `make fuzz` runs AFL++ on two targets, `csp check FILE` and
# `csp --seed 1 FILE`, seeded from tests/ and examples/, with the dictionary
# tests/fuzz/go.dict: FUZZ_SECONDS (default 600) of wall time on FUZZ_JOBS
# cores (default 1), FUZZ_TARGETS="check run" (tests/fuzz/fuzz.sh says more).
# Findings land in build/fuzz/out-TARGET/*/{crashes,hangs}; `make fuzz-triage`
# (tests/fuzz/triage.py) replays the queues through build/asan/csp too, dedupes
# the findings by stack, minimises them and writes
# build/findings/. README.md, "Fuzzing", has the workflow.
FUZZ_DIR     := build/fuzz
FUZZ_FLAGS   := -O2 -g -fsanitize=undefined -fsanitize-trap=undefined
FUZZ_OBJS    := $(patsubst $(BUILD)/%,$(FUZZ_DIR)/%,$(OBJS))
FUZZ_SECONDS ?= 600
FUZZ_JOBS    ?= 1

.PHONY: fuzz fuzz-build fuzz-triage afl-deps
afl-deps:
	@command -v afl-fuzz >/dev/null && command -v afl-clang-fast >/dev/null && command -v gdb >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq afl++ clang gdb >/dev/null; }

fuzz-build: deps afl-deps
	CFLAGS='$(FUZZ_FLAGS)' AFL_QUIET=1 $(MAKE) --no-print-directory BUILD=$(FUZZ_DIR) CC=afl-clang-fast $(FUZZ_OBJS)
	AFL_QUIET=1 afl-clang-fast $(FUZZ_FLAGS) -std=gnu11 -I. -o $(FUZZ_DIR)/csp-fuzz $(FUZZ_OBJS) \
	  tests/fuzz/watchdog.c -Wl,--wrap=compile_file $(LDLIBS)

fuzz: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) tests/fuzz/fuzz.sh $(FUZZ_DIR)

fuzz-triage: asan-build csp
	@tests/fuzz/triage.py $(FUZZ_DIR)
