#!/usr/bin/env bash
# tests/asan/run.sh DIR [FILTER]: the whole test suite (tests/run.sh: golden
# programs, compile errors, bad input, CLI, REPL, seed, stress, trace,
# explore) against DIR/csp, an ASan+UBSan build (make asan). Any sanitizer
# report fails the run: the build halts on the first report of each process
# (-fno-sanitize-recover), exits with status 86 (which no test expects), and
# writes the report to DIR/reports/{asan,ubsan}.PID, so a report from a run
# whose exit status a test does not check (explore's children, a REPL) fails
# the run too. Ends with the distinct reports (kind, first frame in csp) and
# "N passed, N failed" counting the reports as failures.
#
# Sanitizer options, and why (Boehm GC owns the heap):
#   detect_leaks=0       leak checking is the collector's job: LSan does not
#                        scan the GC heap (libgc maps it itself), so a malloc
#                        block reachable only from GC objects would look
#                        leaked.
#   detect_stack_use_after_return=0
#                        with it, instrumented frames keep their locals on
#                        ASan's "fake stack", heap memory the collector does
#                        not scan as a stack: objects held only in locals get
#                        collected while in use (measured: 46 golden runs fail
#                        with null Sym/Node accesses). The build also says
#                        -fsanitize-address-use-after-return=never, so newer
#                        clangs, whose default is on, cannot turn it on.
#   handle_abort=1       an assertion failure (abort) gets a report and stack
#                        like a segfault does.
# libgc itself is not instrumented, so its marker reading every thread's
# stack (redzones included) reports nothing; its SIGPWR/SIGXCPU handlers are
# left alone. Limitation: GC objects have no redzones, so ASan sees overflows
# of stack, global and malloc memory only; UBSan sees everything it compiles.
set -u
cd "$(dirname "$0")/../.."
dir=${1:-build/asan}
filter=${2:-}
rep=$PWD/$dir/reports
rm -rf "$rep"; mkdir -p "$rep"
common="exitcode=86:handle_abort=1:print_stacktrace=1"
export ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=0:$common:log_path=$rep/asan${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:$common:log_path=$rep/ubsan${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
out=$(CSP=$dir/csp CSP_SANITIZED=1 tests/run.sh $filter 2>&1); rc=$?
printf '%s\n' "$out" | sed '$d'
last=$(printf '%s\n' "$out" | tail -n 1)
n=$(ls "$rep" | wc -l)
if [ "$n" != 0 ]; then
  echo "FAIL asan: $n sanitizer reports in $rep; distinct (count, kind, first csp frame):"
  for f in "$rep"/*; do
    kind=$(grep -m1 -oE 'ERROR: AddressSanitizer: [a-zA-Z-]+|runtime error: .*' "$f" | cut -c1-90)
    frame=$(grep -m1 -E '^ +#[0-9]+ .* /.*/(util|grammar|compiler|vm|runtime|stdlib|cli|build/[a-z]+/gen)/' "$f" |
            sed -E 's/.* in ([^ ]+) .*\/((util|grammar|compiler|vm|runtime|stdlib|cli|gen)\/[^ ]+)/\1 \2/')
    echo "$kind | $frame"
  done | sort | uniq -c | sort -rn
fi
case "$last" in
  *" passed, "*" failed") set -- $last; echo "$1 passed, $(($3 + n)) failed"; [ "$3" = 0 ] && [ "$n" = 0 ];;
  *) echo "FAIL asan: tests/run.sh ended with '$last' (exit $rc)"; echo "0 passed, 1 failed"; exit 1;;
esac
