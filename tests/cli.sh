#!/usr/bin/env bash
# cli.sh: the command line of SPEC §9: subcommands, options, exit statuses.
set -u
cd "$(dirname "$0")/.."
csp=${CSP:-./csp}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
expect() { # name want-exit want-stdout command...
  local name=$1 want_rc=$2 want_out=$3; shift 3
  local out rc
  out=$("$@" 2>"$tmp/err"); rc=$?
  if [ "$rc" != "$want_rc" ]; then fail=$((fail+1)); echo "FAIL cli/$name: exit $rc, want $want_rc: $(head -c 200 "$tmp/err")"; return; fi
  if [ -n "$want_out" ] && [ "$out" != "$want_out" ]; then fail=$((fail+1)); echo "FAIL cli/$name: stdout '$out', want '$want_out'"; return; fi
  pass=$((pass+1))
}
expect_err() { # name regexp (against the stderr of the last expect)
  if grep -Eq "$2" "$tmp/err"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL cli/$1: stderr lacks /$2/: $(head -c 200 "$tmp/err")"; fi
}
printf 'fmt.Println("hi", len(os.Args), os.Args[1:])\n' > "$tmp/args.csp"
printf 'package main\nimport "fmt"\nfunc main() { var x int = "s"; fmt.Println(x) }\n' > "$tmp/bad.go"
printf 'x := 1\nfmt.Println(x +\n' > "$tmp/syntax.csp"
printf 'os.Exit(7)\n' > "$tmp/exit.csp"
printf 'var a []int\nfmt.Println(a[3])\n' > "$tmp/panic.csp"
printf 'ch := make(chan int)\n<-ch\n' > "$tmp/dead.csp"
expect version 0 "csp 0.1.0" $csp version
expect help 0 "" $csp help
expect dash_h 0 "" $csp -h
expect run_args 0 "hi 3 [a b]" $csp "$tmp/args.csp" a b
expect eval 0 "3" $csp -e 'fmt.Println(1 + 2)'
expect stdin 0 "hi 1 []" $csp - < "$tmp/args.csp"
expect check_ok 0 "" $csp check "$tmp/args.csp"
expect check_bad 1 "" $csp check "$tmp/bad.go"
expect_err check_bad_msg 'bad\.go:3:27: cannot use "s" \(untyped string constant\) as int value in variable declaration'
expect run_bad 1 "" $csp "$tmp/bad.go"
expect syntax 1 "" $csp "$tmp/syntax.csp"
expect_err syntax_msg 'syntax\.csp:3:1: syntax error: unexpected EOF'
expect disasm 0 "" $csp disasm "$tmp/args.csp"
expect exit_code 7 "" $csp "$tmp/exit.csp"
expect panic 2 "" $csp "$tmp/panic.csp"
expect_err panic_msg '^panic: runtime error: index out of range \[3\] with length 0'
expect deadlock 2 "" $csp "$tmp/dead.csp"
expect_err deadlock_msg '^fatal error: all goroutines are asleep - deadlock!'
expect workers1 0 "1" $csp --workers 1 -e 'fmt.Println(runtime.GOMAXPROCS(0))'
expect workers3 0 "3" $csp --workers 3 -e 'fmt.Println(runtime.GOMAXPROCS(0))'
expect gomaxprocs_env 0 "2" env GOMAXPROCS=2 $csp -e 'fmt.Println(runtime.GOMAXPROCS(0))'
expect no_file 1 "" $csp "$tmp/does-not-exist.csp"
expect bad_option 1 "" $csp --no-such-option "$tmp/args.csp"
expect bad_workers 1 "" $csp --workers 0 "$tmp/args.csp"
# the same script through the REPL and as a file: a top-level := is a
# package-level variable in both (SPEC §1)
expect script_global_file 0 "1" $csp tests/repl/script_global.in
expect script_global_repl 0 "1" sh -c "$csp < tests/repl/script_global.in"
# flag.Parse reads os.Args[1:] (the arguments after the file); a bad flag
# prints Go's message and the usage, and exits 2
printf 'n := flag.Int("n", 1, "count")\nv := flag.Bool("v", false, "verbose")\nflag.Parse()\nfmt.Println(*n, *v, flag.Args(), flag.NArg())\n' > "$tmp/flags.csp"
expect flag_parse 0 "3 true [x y] 2" $csp "$tmp/flags.csp" -n 3 -v x y
expect flag_bad 2 "" $csp "$tmp/flags.csp" -m 1
expect_err flag_bad_msg '^flag provided but not defined: -m$'
expect_err flag_bad_usage '^  -n int$'
expect flag_help 0 "" $csp "$tmp/flags.csp" -h
expect_err flag_help_usage '^Usage of .*flags.csp:$'
# a second top-level := of the same name in a script is Go's error
printf 'x := 1\nx := 2\nfmt.Println(x)\n' > "$tmp/redef.csp"
expect script_redefine 1 "" $csp "$tmp/redef.csp"
expect_err script_redefine_msg 'redef.csp:2:1: no new variables on left side of :='
# a function literal called at the top level of a script is a statement
printf 'func() {\n\tfmt.Println("lit")\n}()\nfunc (x int) { fmt.Println(x) }(3)\ntype T int\nfunc (t T) M() int { return int(t) }\nfmt.Println(T(4).M())\n' > "$tmp/funclit.csp"
expect script_funclit_stmt 0 "lit
3
4" $csp "$tmp/funclit.csp"
# unsupported features and packages say so by name
printf 'package main\n\nimport "net/http"\n\nfunc main() { http.Get("x") }\n' > "$tmp/http.go"
expect import_net_http 1 "" $csp check "$tmp/http.go"
expect_err import_net_http_msg 'http.go:3:8: csp has no package net/http; it has bufio, .*fmt, .*sync/atomic'
printf 'import "slices"\n' > "$tmp/slices.csp"
expect import_slices 1 "" $csp check "$tmp/slices.csp"
expect_err import_slices_msg 'package slices is generic: generics are not supported by csp'
# command-line habits: -V/--version, -h/--help anywhere before the program,
# --flag=value, unknown options with a hint (usage errors exit 1, as all of
# csp's usage errors do)
expect version_long 0 "csp 0.1.0" $csp --version
expect version_V 0 "csp 0.1.0" $csp -V
expect help_long 0 "" $csp --help
expect help_after_option 0 "" $csp --workers 2 --help
expect help_after_check 0 "" $csp check --help
expect help_after_check_file 0 "" $csp check "$tmp/bad.go" -h
expect help_after_vet 0 "" $csp vet -h
expect help_explore 0 "" $csp explore --help
$csp --help > "$tmp/help.txt"
if grep -q -- '--workers N' "$tmp/help.txt" && grep -q 'docs/language.md' "$tmp/help.txt"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL cli/help_text: $(head -c 200 "$tmp/help.txt")"; fi
# what follows the program is the program's: its -h is flag's, not csp's (above)
expect args_after_file 0 "hi 3 [--workers -h]" $csp "$tmp/args.csp" --workers -h
expect workers_eq 0 "3" $csp --workers=3 -e 'fmt.Println(runtime.GOMAXPROCS(0))'
expect seed_eq 0 "" $csp --seed=5 -e 'fmt.Print()'
expect race_eq_false 0 "1" $csp --race=false -e 'fmt.Println(1)'
expect race_eq_bad 1 "" $csp --race=maybe -e 'fmt.Println(1)'
expect view_eq 0 "1" $csp --view=procs --trace="$tmp/v.svg" -e 'fmt.Println(1)'
[ -s "$tmp/v.svg" ] && pass=$((pass+1)) || { fail=$((fail+1)); echo "FAIL cli/trace_eq: no $tmp/v.svg"; }
expect workers_eq_bad 1 "" $csp --workers=x -e 'fmt.Println(1)'
expect_err workers_eq_bad_msg "^csp: --workers needs a positive number, not 'x'$"
expect workers_missing 1 "" $csp --workers
expect_err workers_missing_msg '^csp: --workers needs a value$'
expect unknown_typo 1 "" $csp --wrokers 2 "$tmp/args.csp"
expect_err unknown_typo_msg '^csp: unknown option --wrokers \(did you mean --workers\?\)$'
expect_err unknown_typo_hint "^run 'csp help' for usage$"
expect unknown_eq_typo 1 "" $csp --sed=4 "$tmp/args.csp"
expect_err unknown_eq_typo_msg '^csp: unknown option --sed=4 \(did you mean --seed\?\)$'
expect unknown_single_dash 1 "" $csp -workers 2 "$tmp/args.csp"
expect_err unknown_single_dash_msg 'unknown option -workers \(did you mean --workers\?\)'
expect unknown_far 1 "" $csp --frobnicate "$tmp/args.csp"
expect_err unknown_far_msg '^csp: unknown option --frobnicate$'
expect unknown_explore 1 "" $csp explore --run 5 "$tmp/args.csp"
expect_err unknown_explore_msg 'unknown option --run \(did you mean --runs\?\)'
expect explore_eq 0 "" $csp explore --runs=2 --jobs=1 "$tmp/args.csp"
expect help_as_value 0 "" $csp --workers --help
$csp --workers --help | grep -q '^usage:$' && pass=$((pass+1)) || { fail=$((fail+1)); echo "FAIL cli/help_as_value_text"; }
# a misspelt command is a file that cannot be opened: the hint names the command
expect command_typo 1 "" $csp chek "$tmp/args.csp"
expect_err command_typo_msg '^csp: cannot open chek: No such file or directory \(did you mean csp check\?\)$'
# a file whose name starts with '-' runs after --
cp "$tmp/args.csp" "$tmp/-dash.csp"
expect dashdash 0 "hi 1 []" sh -c "cd '$tmp' && '$PWD/$csp' -- -dash.csp"
# --seed with more than one worker: a note on stderr, and one worker
expect seed_workers 0 "1" $csp --seed 1 --workers 2 -e 'fmt.Println(runtime.GOMAXPROCS(0))'
expect_err seed_workers_note '^csp: --seed runs on one worker: --workers 2 is ignored$'
expect seed_workers1 0 "1" $csp --seed 1 --workers 1 -e 'fmt.Println(runtime.GOMAXPROCS(0))'
[ -s "$tmp/err" ] && { fail=$((fail+1)); echo "FAIL cli/seed_workers1_quiet: $(cat "$tmp/err")"; } || pass=$((pass+1))
# --trace: the program is not taken for the trace file; a trace that cannot
# be written is an error before the program runs (nothing printed, status 1)
expect trace_program 1 "" $csp --trace "$tmp/args.csp"
expect_err trace_program_msg '^csp: --trace needs an output file \(\.svg, \.json, \.html, or a name without any of them for \.svg and \.json\), not the program .*args\.csp'
expect trace_program_go 1 "" $csp --trace "$tmp/bad.go" "$tmp/args.csp"
expect trace_missing 1 "" $csp --trace
expect_err trace_missing_msg '^csp: --trace needs an output file'
expect trace_no_dir 1 "" $csp --trace "$tmp/no/such/dir/t.svg" -e 'fmt.Println("ran")'
expect_err trace_no_dir_msg "^csp: cannot write trace $tmp/no/such/dir/t.svg: No such file or directory$"
mkdir "$tmp/adir.svg"
expect trace_is_dir 1 "" $csp --trace "$tmp/adir.svg" -e 'fmt.Println("ran")'
expect_err trace_is_dir_msg 'cannot write trace .*adir\.svg: Is a directory'
expect trace_both_checked 1 "" $csp --trace "$tmp/adir" -e 'fmt.Println("ran")'
expect_err trace_both_checked_msg 'cannot write trace .*adir\.svg: Is a directory'
# a plain make after a build relinks nothing (when ./csp is the csp tested):
# make would link without compiling anything only if csp depended on
# something always out of date (a phony target); a tree with edited sources
# since the build compiles first, and is not checked
if [ "$csp" = ./csp ] && command -v make >/dev/null; then
  plan=$(make -n -s csp 2>/dev/null)
  if ! printf '%s\n' "$plan" | grep -q -- ' -c '; then
    if [ -z "$plan" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL cli/make_no_relink: make would relink ./csp with nothing to compile: $plan" | head -c 300; echo; fi
  fi
fi
echo "$pass passed, $fail failed"
[ $fail = 0 ]
