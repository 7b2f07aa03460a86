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
echo "$pass passed, $fail failed"
[ $fail = 0 ]
