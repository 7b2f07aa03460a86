#!/usr/bin/env bash
# editors.sh: the editor support in editors/.
#   vim:    editors/vim/ftdetect/csp.vim makes a .csp file's filetype go
#           (Vim's own rule says csp, the process algebra); run when vim is installed.
#   emacs:  editors/emacs/csp.el maps .csp to a Go mode, else c-mode; run
#           when emacs is installed.
#   vscode: editors/vscode loads under a stand-in `vscode` module (its two
#           commands send `csp FILE` and `csp explore FILE` to a terminal),
#           and packages with vsce (npm @vscode/vsce 2.x, which runs on the
#           Node of Debian 12; installed once under build/npm, never
#           committed): the .vsix holds the manifest, .csp mapped to go, and
#           both commands. Skipped, saying so, without node and npm.
set -u
cd "$(dirname "$0")/.."
repo=$PWD
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL editors/$1: $2"; }

# ---- Vim / Neovim
if command -v vim >/dev/null; then
  vim -N -u NONE -i NONE -es --cmd "set rtp^=$repo/editors/vim" -c 'filetype on' \
      -c 'edit examples/hello.csp' -c "call writefile([&filetype], '$tmp/ft')" -c 'qa!' </dev/null >/dev/null 2>&1
  ft=$(cat "$tmp/ft" 2>/dev/null)
  [ "$ft" = go ] && ok || bad vim_ftdetect "filetype of a .csp file is '$ft', want go"
else
  echo "editors: vim is not installed: the ftdetect test skipped"
fi

# ---- Emacs
if command -v emacs >/dev/null; then
  mode=$(emacs -Q --batch -l editors/emacs/csp.el --eval '(progn (find-file "examples/hello.csp") (princ major-mode))' 2>/dev/null)
  case $mode in go-mode|go-ts-mode|c-mode) ok;; *) bad emacs_mode "major mode of a .csp file is '$mode'";; esac
  # with go-mode present (a stand-in here), .csp files open in it
  mode=$(emacs -Q --batch --eval '(define-derived-mode go-mode prog-mode "Go")' -l editors/emacs/csp.el \
           --eval '(progn (find-file "examples/hello.csp") (princ major-mode))' 2>/dev/null)
  [ "$mode" = go-mode ] && ok || bad emacs_go_mode "major mode with go-mode installed is '$mode'"
  # it byte-compiles without a warning
  cp editors/emacs/csp.el "$tmp/csp.el"
  if emacs -Q --batch --eval "(progn (setq byte-compile-error-on-warn t) (unless (byte-compile-file \"$tmp/csp.el\") (kill-emacs 1)))" >"$tmp/elc.log" 2>&1
  then ok; else bad emacs_compile "$(tail -3 "$tmp/elc.log" | tr '\n' ' ')"; fi
else
  echo "editors: emacs is not installed: the auto-mode test skipped"
fi

# ---- VS Code
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "editors: node or npm is not installed: the VS Code extension test skipped"
  echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; exit
fi
# the extension's commands, against a stand-in for the vscode module
mkdir -p "$tmp/mock/node_modules/vscode"
cat > "$tmp/mock/node_modules/vscode/index.js" <<'JS'
const sent = [], cmds = {};
const doc = { fileName: '/home/u/it\'s/prog.csp', isUntitled: false, isDirty: false, save: async () => true };
module.exports = {
  sent, cmds,
  window: {
    activeTextEditor: { document: doc }, terminals: [],
    createTerminal(name) { const t = { name, show() {}, sendText(s) { sent.push(s); } }; this.terminals.push(t); return t; },
    showErrorMessage(m) { sent.push('error: ' + m); },
  },
  workspace: { getConfiguration: () => ({ get: () => 'csp' }) },
  commands: { registerCommand(id, f) { cmds[id] = f; return { dispose() {} }; } },
};
JS
cat > "$tmp/mock/check.js" <<'JS'
const vscode = require('vscode');
const ext = require(process.argv[2]);
ext.activate({ subscriptions: [] });
(async () => {
  await vscode.cmds['csp.run']();
  await vscode.cmds['csp.explore']();
  console.log(Object.keys(vscode.cmds).sort().join(' '));
  for (const s of vscode.sent) console.log(s);
})();
JS
cat > "$tmp/mock/want" <<'TXT'
csp.explore csp.run
'csp' '/home/u/it'\''s/prog.csp'
'csp' explore '/home/u/it'\''s/prog.csp'
TXT
(cd "$tmp/mock" && NODE_PATH="$tmp/mock/node_modules" node check.js "$repo/editors/vscode/extension.js") >"$tmp/mock/got" 2>&1
if cmp -s "$tmp/mock/want" "$tmp/mock/got"; then ok; else bad vscode_commands "$(diff "$tmp/mock/want" "$tmp/mock/got" | tr '\n' ' ' | cut -c1-300)"; fi

# vsce, installed once into build/npm
vsce=build/npm/node_modules/.bin/vsce
if [ ! -x "$vsce" ]; then
  mkdir -p build/npm
  if ! (cd build/npm && timeout 300 npm install --prefix . --no-audit --no-fund --loglevel=error @vscode/vsce@2.32.0) >"$tmp/npm.log" 2>&1; then
    echo "editors: npm could not install @vscode/vsce ($(tail -1 "$tmp/npm.log")): the packaging test skipped"
    echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; exit
  fi
fi
cp -r editors/vscode "$tmp/ext"
if (cd "$tmp/ext" && timeout 120 "$repo/$vsce" package --skip-license --allow-missing-repository \
      --no-dependencies -o "$tmp/csp.vsix" </dev/null) >"$tmp/vsce.log" 2>&1; then ok
else bad vsce_package "$(tail -5 "$tmp/vsce.log" | tr '\n' ' ')"; fi
if [ -f "$tmp/csp.vsix" ]; then
  python3 - "$tmp/csp.vsix" >"$tmp/vsix.log" 2>&1 <<'PY'
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = set(z.namelist())
for f in ("extension.vsixmanifest", "extension/package.json", "extension/extension.js"):
    assert f in names, f + " missing from the .vsix"
assert not any("node_modules" in n for n in names), "node_modules packaged"
m = json.loads(z.read("extension/package.json"))
langs = m["contributes"]["languages"]
assert any(l["id"] == "go" and ".csp" in l["extensions"] for l in langs), ".csp not mapped to go"
cmds = {c["command"]: c["category"] + ": " + c["title"] for c in m["contributes"]["commands"]}
assert cmds == {"csp.run": "csp: Run this file", "csp.explore": "csp: Explore this file"}, cmds
assert m["main"] == "./extension.js"
assert b"Microsoft.VisualStudio.Code" in z.read("extension.vsixmanifest")
PY
  [ $? = 0 ] && ok || bad vsix_contents "$(tail -2 "$tmp/vsix.log" | tr '\n' ' ')"
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
