#!/usr/bin/env bash
# install.sh: `make install` and `make uninstall` into a temporary DESTDIR:
# the files land where the README says, the installed csp runs, the man page
# renders without a warning, and each shell's completion script loads
# (bash always; zsh and fish when installed: `make test` installs them, and
# a shell that is missing is reported as skipped, not failed).
set -u
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()   { pass=$((pass+1)); }
bad()  { fail=$((fail+1)); echo "FAIL install/$1: $2"; }
check() { # name command...: passes when the command succeeds
  local name=$1; shift
  if "$@" >"$tmp/out" 2>&1; then ok; else bad "$name" "$(head -c 300 "$tmp/out" | tr '\n' ' ')"; fi
}

dest=$tmp/dest prefix=/opt/csp
root=$dest$prefix
if ! make -s install DESTDIR="$dest" PREFIX="$prefix" >"$tmp/make" 2>&1; then
  bad make_install "$(tail -5 "$tmp/make" | tr '\n' ' ')"; echo "$pass passed, $fail failed"; exit 1
fi
for f in bin/csp share/man/man1/csp.1 share/bash-completion/completions/csp \
         share/zsh/site-functions/_csp share/fish/vendor_completions.d/csp.fish; do
  check "file $f" test -f "$root/$f"
done
check bin_executable test -x "$root/bin/csp"
check installed_runs bash -c "[ \"\$('$root/bin/csp' -e 'fmt.Println(6 * 7)')\" = 42 ]"
check installed_version bash -c "'$root/bin/csp' version | grep -q '^csp [0-9]'"
# the man page names the version csp prints
check man_version bash -c "grep -q \"^\\.TH CSP 1 .*\\\"\$('$root/bin/csp' version)\\\"\" '$root/share/man/man1/csp.1'"
# nothing outside DESTDIR/PREFIX
check only_prefix bash -c "[ -z \"\$(cd '$dest' && find . -type f ! -path './${prefix#/}/*')\" ]"

# the man page: groff finds no problem, man renders it with no message on stderr
if command -v groff >/dev/null && command -v man >/dev/null; then
  check groff_clean bash -c "out=\$(groff -man -ww -z '$root/share/man/man1/csp.1' 2>&1); printf '%s' \"\$out\"; [ -z \"\$out\" ]"
  MANWIDTH=80 man -l "$root/share/man/man1/csp.1" >"$tmp/man.txt" 2>"$tmp/man.err"
  if [ $? = 0 ] && [ ! -s "$tmp/man.err" ] && grep -q 'explore' "$tmp/man.txt" && grep -q 'EXIT STATUS' "$tmp/man.txt"; then ok
  else bad man_renders "$(head -c 300 "$tmp/man.err")"; fi
  # MANPATH finds it under PREFIX, as `man csp` would after a real install
  if MANPATH=$root/share/man MANWIDTH=80 man csp 2>/dev/null | grep -q 'csp - run Go-shaped'; then ok; else bad man_csp "man csp under MANPATH=PREFIX/share/man"; fi
else
  echo "install: man or groff missing: man page rendering skipped"
fi

# completion scripts load
check bash_completion bash -c "source '$root/share/bash-completion/completions/csp' && complete -p csp | grep -q _csp"
check bash_candidates bash -c "source '$root/share/bash-completion/completions/csp'
  COMP_WORDS=(csp expl); COMP_CWORD=1; _csp; [ \"\${COMPREPLY[*]}\" = explore ] || exit 1
  COMP_WORDS=(csp --vi); COMP_CWORD=1; _csp; [ \"\${COMPREPLY[*]}\" = --view ] || exit 1
  COMP_WORDS=(csp --view w); COMP_CWORD=2; _csp; [ \"\${COMPREPLY[*]}\" = workers ] || exit 1
  COMP_WORDS=(csp --view = w); COMP_CWORD=3; _csp; [ \"\${COMPREPLY[*]}\" = workers ] || exit 1
  COMP_WORDS=(csp --seed = 3 expl); COMP_CWORD=4; _csp; [ \"\${COMPREPLY[*]}\" = explore ] || exit 1
  COMP_WORDS=(csp explore --pree); COMP_CWORD=2; _csp; [ \"\${COMPREPLY[*]}\" = --preemptions ] || exit 1
  cd examples; COMP_WORDS=(csp hell); COMP_CWORD=1; _csp; [ \"\${COMPREPLY[*]}\" = hello.csp ]"
if command -v zsh >/dev/null; then
  check zsh_syntax zsh -n "$root/share/zsh/site-functions/_csp"
  check zsh_completion zsh -f -c "fpath=('$root/share/zsh/site-functions' \$fpath); autoload -U compinit; compinit -u -d '$tmp/zcompdump'; [[ \${_comps[csp]} == _csp ]]"
else
  echo "install: zsh is not installed: its completion test skipped"
fi
if command -v fish >/dev/null; then
  check fish_completion fish --no-config -c "source '$root/share/fish/vendor_completions.d/csp.fish'; complete -C'csp --vie' | string match -q -- '--view*'"
  check fish_files fish --no-config -c "cd examples; source '$root/share/fish/vendor_completions.d/csp.fish'; complete -C'csp hell' | string match -q -- 'hello.csp*'"
  check fish_explore fish --no-config -c "source '$root/share/fish/vendor_completions.d/csp.fish'; complete -C'csp explore --preem' | string match -q -- '--preemptions*'"
else
  echo "install: fish is not installed: its completion test skipped"
fi

# uninstall removes every file it installed
check make_uninstall make -s uninstall DESTDIR="$dest" PREFIX="$prefix"
check uninstalled bash -c "[ -z \"\$(find '$dest' -type f)\" ]"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
