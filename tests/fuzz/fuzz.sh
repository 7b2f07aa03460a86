#!/usr/bin/env bash
# tests/fuzz/fuzz.sh DIR: fuzzes csp with AFL++ (make fuzz). DIR/csp-fuzz is
# the instrumented target (tests/fuzz/watchdog.c says how it tells a finding
# from a program that merely loops). Two targets:
#   check   csp-fuzz check FILE      the front end: lexer, parser, type checker
#   run     csp-fuzz --seed 1 FILE   whole runs: compiler, VM, runtime, library
# Environment:
#   FUZZ_SECONDS  wall time of the whole campaign (default 600)
#   FUZZ_JOBS     afl-fuzz processes at once, one core each (default 1); they
#                 are dealt to the targets in turn (2 jobs: one each); with
#                 fewer jobs than targets, the targets take turns and share
#                 the time
#   FUZZ_TARGETS  which targets (default "check run")
#   FUZZ_TIMEOUT  AFL's hang timeout in ms (default 4000)
#   FUZZ_MEM      memory limit of each run in MB (default 4096)
# Corpora: the seeds are tests/go, tests/errors and examples, copied into
# DIR/seeds/ at each start (files over 16 KB left out); the findings of a
# target are in DIR/out-TARGET/*/crashes and hangs; a later run resumes the
# queue (delete DIR/out-* for a fresh start). Then: make fuzz-triage (tests/fuzz/triage.py).
set -u
cd "$(dirname "$0")/../.."
dir=${1:-build/fuzz}
secs=${FUZZ_SECONDS:-600}
jobs=${FUZZ_JOBS:-1}
read -r -a targets <<< "${FUZZ_TARGETS:-check run}"
timeout_ms=${FUZZ_TIMEOUT:-4000}
mem=${FUZZ_MEM:-4096}
bin=$PWD/$dir/csp-fuzz
[ -x "$bin" ] || { echo "fuzz: no $bin (make fuzz-build)"; exit 1; }

seeds=$PWD/$dir/seeds
rm -rf "$seeds"; mkdir -p "$seeds" "$dir/work"
for f in tests/go/*.go tests/go/*.csp tests/errors/*.go examples/*.csp; do
  [ -f "$f" ] && [ "$(wc -c < "$f")" -le 16384 ] && cp "$f" "$seeds/$(echo "$f" | tr / _)"
done

export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_AUTORESUME=1 \
       AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CRASHES=1 AFL_QUIET=1
root=$PWD
out_of() { echo "$root/$dir/out-$1"; }
# programs run in a scratch directory (the sandbox already refuses writes)
cd "$dir/work" || exit 1

# deal the jobs to the targets: with at least one job per target, job j runs
# targets[j % n] (its first job is the main instance, the rest secondaries);
# with fewer jobs than targets, rounds of FUZZ_JOBS targets share the time
n=${#targets[@]}
plan=()   # one "round target index jobs-of-that-target" per afl-fuzz process
if [ "$jobs" -ge "$n" ]; then
  rounds=1
  for j in $(seq 0 $((jobs - 1))); do plan+=("0 ${targets[$((j % n))]} $((j / n)) $(( (jobs - j % n + n - 1) / n ))"); done
else
  rounds=$(( (n + jobs - 1) / jobs ))
  for k in $(seq 0 $((n - 1))); do plan+=("$((k / jobs)) ${targets[$k]} 0 1"); done
fi
per=$(( secs / rounds ))
echo "fuzz: targets '${targets[*]}', $jobs job(s), ${secs}s in all (${per}s a round), timeout ${timeout_ms}ms"
start=$(date +%s)
for round in $(seq 0 $((rounds - 1))); do
  pids=()
  for p in "${plan[@]}"; do
    read -r r t idx count <<< "$p"
    [ "$r" = "$round" ] || continue
    # one process of a target fuzzes alone (out-TARGET/default); several: a
    # main instance and secondaries (out-TARGET/main, s1, s2...)
    if [ "$count" = 1 ]; then role=(); elif [ "$idx" = 0 ]; then role=(-M main); else role=(-S "s$idx"); fi
    case $t in
      check) args=(check @@);;
      run)   args=(--seed 1 @@);;
      *) echo "fuzz: unknown target $t"; exit 1;;
    esac
    out=$(out_of "$t"); mkdir -p "$out"
    echo "fuzz: $t ${role[*]:-} for ${per}s, log $dir/out-$t/afl.$idx.log"
    # SIGINT after the round's time: afl-fuzz stops cleanly and writes its
    # stats (its own -V would not count the calibration of the seeds)
    timeout -s INT -k 60 "$per" afl-fuzz "${role[@]}" -i "$seeds" -o "$out" -x "$root/tests/fuzz/go.dict" \
      -t "$timeout_ms" -m "$mem" -e csp -- "$bin" "${args[@]}" > "$out/afl.$idx.log" 2>&1 < /dev/null &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
done
# `times`: the CPU time of every process this shell waited for (the fuzzers
# and, through them, every run of the target)
times > "$root/$dir/times.txt"   # not in $(...): a subshell has waited for nothing
cpu=$(tail -n 1 "$root/$dir/times.txt")
echo "fuzz: done after $(( $(date +%s) - start ))s wall; CPU of fuzzers and targets: ${cpu% *} user, ${cpu#* } sys"
for t in "${targets[@]}"; do
  out=$(out_of "$t")
  for s in "$out"/*/fuzzer_stats; do
    [ -f "$s" ] || continue
    inst=$(basename "$(dirname "$s")")
    get() { sed -n "s/^$1 *: *//p" "$s"; }
    echo "fuzz: $t/$inst: $(get execs_done) execs, $(get execs_per_sec) exec/s, $(get corpus_count) in queue, $(get saved_crashes) crashes, $(get saved_hangs) hangs, run time $(get run_time)s"
  done
  c=$(ls "$out"/*/crashes/id:* 2>/dev/null | wc -l); h=$(ls "$out"/*/hangs/id:* 2>/dev/null | wc -l)
  echo "fuzz: $t findings: $c crashes in $dir/out-$t/*/crashes, $h hangs in $dir/out-$t/*/hangs"
done
echo "fuzz: triage with make fuzz-triage (dedupes, minimises, writes build/findings/)"
