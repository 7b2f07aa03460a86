# tests/lib/sig.sh: sourced by the script tests that signal a csp they
# started in the background (io.sh, trace.sh, repl.sh).
#
# with_sig ACTION CMD...: CMD with SIGINT and SIGHUP set to ACTION (DFL or
# IGN) whatever this script inherited: a shell started in the background
# (nohup, `cmd &` from a script) passes both on ignored, and bash cannot
# undo an ignore it inherited, not even with set -m. Only for `with_sig ... &`:
# it execs, so $! is the program's own pid.
with_sig() { local a=$1; shift; exec_py="import os, signal, sys
for s in (signal.SIGINT, signal.SIGHUP): signal.signal(s, signal.SIG_$a)
os.execvp(sys.argv[1], sys.argv[1:])"; exec python3 -c "$exec_py" "$@"; }
