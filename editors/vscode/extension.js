// The csp extension: .csp files are mapped to the "go" language in
// package.json (so they get Go's grammar from VS Code's built-in Go support);
// this file adds two commands that run the interpreter in a terminal:
//   "csp: Run this file"      csp FILE
//   "csp: Explore this file"  csp explore FILE (every outcome over many schedules)
'use strict';
const vscode = require('vscode');

function quote(s) {
  // single quotes for POSIX shells, with embedded quotes closed and reopened
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

async function runInTerminal(args) {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    vscode.window.showErrorMessage('csp: open a .csp or .go file first');
    return;
  }
  const doc = editor.document;
  if (doc.isUntitled) {
    vscode.window.showErrorMessage('csp: save the file first');
    return;
  }
  if (doc.isDirty) await doc.save();
  const csp = vscode.workspace.getConfiguration('csp').get('path') || 'csp';
  let term = vscode.window.terminals.find((t) => t.name === 'csp');
  if (!term) term = vscode.window.createTerminal('csp');
  term.show(true);
  term.sendText([quote(csp), ...args, quote(doc.fileName)].join(' '));
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('csp.run', () => runInTerminal([])),
    vscode.commands.registerCommand('csp.explore', () => runInTerminal(['explore'])));
}

function deactivate() {}

module.exports = { activate, deactivate };
