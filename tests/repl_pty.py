#!/usr/bin/env python3
"""tests/repl_pty.py: the REPL's terminal interface, driven through a
pseudo-terminal: prompts, continuation lines, history recall (also from
~/.csp_history in a new session; a multi-line entry as one), Tab completion, background output while a
line is being edited, Ctrl-C on `for {}` and at the prompt, Ctrl-D.
Prints PASS/FAIL lines (run by tests/repl.sh)."""
import os
import pty
import re
import select
import signal
import sys
import tempfile
import time

CSP = os.environ.get("CSP", "./csp")
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")
failures = 0


class Session:
    def __init__(self, home):
        env = dict(os.environ, HOME=home, TERM="xterm", COLUMNS="120", LINES="40")
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(CSP, [CSP], env)
        self.raw = b""
        self.seen = 0  # how much of the cleaned output was matched already

    def text(self):
        return ANSI.sub(b"", self.raw).decode("utf-8", "replace")

    def pump(self, timeout):
        end = time.time() + timeout
        while True:
            left = end - time.time()
            if left <= 0:
                return
            r, _, _ = select.select([self.fd], [], [], left)
            if not r:
                return
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                return
            if not data:
                return
            self.raw += data

    def expect(self, pattern, timeout=5.0):
        """Waits until pattern (a regexp) appears after the last match."""
        end = time.time() + timeout
        while True:
            m = re.compile(pattern, re.S).search(self.text(), self.seen)
            if m:
                self.seen = m.end()
                return True
            if time.time() > end:
                return False
            self.pump(0.05)

    def send(self, s):
        os.write(self.fd, s.encode())

    def wait_exit(self, timeout=5.0):
        end = time.time() + timeout
        while time.time() < end:
            self.pump(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        return None


def check(name, ok, s=None):
    global failures
    if ok:
        print("PASS " + name)
    else:
        failures += 1
        tail = s.text()[-400:].replace("\n", "|") if s else ""
        print("FAIL %s: output so far: ...%s" % (name, tail))


home = tempfile.mkdtemp()
s = Session(home)
check("banner and prompt", s.expect(r"csp [0-9.]+: .*\n.*csp> "), s)
s.send("1 + 2\r")
check("expression value", s.expect(r"1 \+ 2\n3\n.*csp> "), s)
s.send("func double(n int) int {\r")
check("continuation prompt", s.expect(r"\.\.\.> "), s)
s.send("return n * 2\r")
check("continuation prompt again", s.expect(r"\.\.\.> "), s)
s.send("}\r")
check("prompt after the entry", s.expect(r"csp> "), s)
s.send("double(21)\r")
check("calling the function", s.expect(r"\n42\n.*csp> "), s)
s.send("\x1b[A\r")  # Up: recall double(21)
check("history recall with Up", s.expect(r"double\(21\)\n42\n.*csp> "), s)
s.send("strings.ToUp\t")
check("Tab completes a package member", s.expect(r"strings\.ToUpper"), s)
s.send('("tab")\r')
check("completed call runs", s.expect(r"\n\"TAB\"\n.*csp> "), s)
s.send("fmt.Print\t")
check("Tab lists candidates", s.expect(r"Print\s+Printf\s+Println"), s)
s.send("\x15")  # Ctrl-U: drop the line
s.send("for {}\r")
time.sleep(0.5)
s.send("\x03")
check("Ctrl-C interrupts for {}", s.expect(r"interrupted\n.*csp> "), s)
s.send("double(2)\r")
check("session goes on after Ctrl-C", s.expect(r"\n4\n.*csp> "), s)
s.send("x := []int{\r1,\r")
check("continuation inside a composite literal", s.expect(r"\.\.\.> 1,\n.*\.\.\.> "), s)
s.send("\x03")
s.send("5\r")
check("Ctrl-C at the prompt drops the open entry", s.expect(r"\^C\n.*csp> 5\n5\n.*csp> "), s)
s.send('go func() { time.Sleep(400 * time.Millisecond); fmt.Println("from the background") }()\r')
check("go statement", s.expect(r"csp> "), s)
s.send("abc")
check("background output above the edited line", s.expect(r"from the background\n.*csp> abc", 3.0), s)
s.send("\x15ch := make(chan int)\r<-ch\r")
check("deadlock reported, back to the prompt",
      s.expect(r"fatal error: all goroutines are asleep - deadlock!.*chan receive.*csp> "), s)
s.send("\x04")  # Ctrl-D
check("Ctrl-D leaves with status 0", s.wait_exit() == 0, s)

hist = open(os.path.join(home, ".csp_history"), encoding="utf-8", errors="replace").read()
check("history saved in ~/.csp_history", "double(21)" in hist.replace("\\040", " "))

# a new session recalls the previous one's lines
s = Session(home)
s.expect(r"csp> ")
s.send("\x1b[A\x1b[A\r")  # Up twice: <-ch, then ch := make(chan int)
check("history persists across sessions", s.expect(r"ch := make\(chan int\)\n.*csp> "), s)
s.send(":quit\r")
check(":quit leaves", s.wait_exit() == 0, s)

# a multi-line entry is one history entry: Up recalls all its lines, and
# Enter runs them as one entry (no continuation prompt); so does a new session
home = tempfile.mkdtemp()
s = Session(home)
s.expect(r"csp> ")
s.send("for i := range 2 {\r")
s.expect(r"\.\.\.> ")
s.send('fmt.Println("loop", i)\r')
s.expect(r"\.\.\.> ")
s.send("}\r")
check("multi-line entry runs", s.expect(r"loop 0\nloop 1\n.*csp> "), s)
s.send("\x1b[A")
check("Up recalls the whole multi-line entry",
      s.expect(r'for i := range 2 \{\n\s*fmt\.Println\("loop", i\)\n\s*\}'), s)
s.send("\r")
check("the recalled entry runs at once", s.expect(r"\nloop 0\nloop 1\n.*csp> "), s)
check("no continuation prompt for it", "...>" not in s.text()[s.text().rfind("for i"):], s)
s.send("\x04")
s.wait_exit()
s = Session(home)
s.expect(r"csp> ")
s.send("\x1b[A\r")
check("a multi-line entry persists whole in ~/.csp_history", s.expect(r"loop 0\nloop 1\n.*csp> "), s)
s.send("\x04")
s.wait_exit()

sys.exit(1 if failures else 0)
