#!/usr/bin/env bash
# go_oracle.sh: checks each tests/vet/NAME.out against go vet on NAME.go
# (it needs Go, so `make test` does not run it; run it after changing a
# test). go vet's output is normalised as the .out files hold it: the
# `# pkg` line dropped, `./` stripped, go vet's package name for a lone file
# (command-line-arguments) spelled main, findings sorted by position, and
# Go 1.19's "possible formatting directive" in newer go vet's words
# ("possible Printf formatting directive"). With --write it rewrites the
# .out files instead.
set -u
cd "$(dirname "$0")"
command -v go >/dev/null || { echo "go_oracle.sh: needs go (apt-get install golang-go)"; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
for out in *.out; do
  src=${out%.out}.go
  cp "$src" "$tmp/"
  (cd "$tmp" && go vet "$src" 2>&1) | grep -v '^#' |
    sed 's|^\./||; s|command-line-arguments|main|g; s/call has possible formatting directive/call has possible Printf formatting directive/' |
    sort -t: -k2,2n -k3,3n > "$tmp/want"
  if [ "${1:-}" = --write ]; then cp "$tmp/want" "$out"; echo "wrote $out"; continue; fi
  if diff "$out" "$tmp/want" >"$tmp/diff"; then echo "ok $out"; else echo "FAIL $out: $(head -4 "$tmp/diff" | tr '\n' ' ')"; fail=1; fi
done
exit $fail
