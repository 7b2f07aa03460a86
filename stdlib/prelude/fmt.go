// Package fmt: formatted I/O, as Go's. The formatting engine is C
// (stdlib/fmt.c); this file declares the API and builds error values.
package fmt

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

// State is what a Formatter's Format method prints through.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by values that format themselves.
type Formatter interface {
	Format(f State, verb rune)
}

// state is the State the C printer hands to Format: buf is its output
// buffer (stdlib/fmt.c builds the block: keep the field order).
type state struct {
	buf    *byte
	wid    int
	prec   int
	widOK  bool
	precOK bool
	flags  int // 1 '-', 2 '+', 4 '#', 8 ' ', 16 '0'
}

func (s *state) Write(b []byte) (n int, err error)
func (s *state) WriteString(str string) (n int, err error)
func (s *state) Width() (wid int, ok bool)      { return s.wid, s.widOK }
func (s *state) Precision() (prec int, ok bool) { return s.prec, s.precOK }
func (s *state) Flag(c int) bool {
	switch c {
	case '-':
		return s.flags&1 != 0
	case '+':
		return s.flags&2 != 0
	case '#':
		return s.flags&4 != 0
	case ' ':
		return s.flags&8 != 0
	case '0':
		return s.flags&16 != 0
	}
	return false
}

func setState(s any) bool

var stateSet = setState(&state{})

// FormatString rebuilds the directive that led to a Format call.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// writer is what Fprint* accept (io.Writer).
type writer interface {
	Write(p []byte) (n int, err error)
}

// stdoutError is the error of a failed write to os.Stdout, as
// os.(*File).Write returns it: the Print natives call it.
func stdoutError(errno int) error {
	return &os.PathError{Op: "write", Path: os.Stdout.Name(), Err: syscall.Errno(errno)}
}

func setStdoutError(f func(errno int) error) bool

var stdoutErrorSet = setStdoutError(stdoutError)

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string

func Fprintln(w writer, a ...any) (n int, err error) { return w.Write([]byte(Sprintln(a...))) }
func Fprintf(w writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}
func Fprint(w writer, a ...any) (n int, err error) { return w.Write([]byte(Sprint(a...))) }

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// errorf formats as Sprintf does, and returns the argument index of each %w.
func errorf(format string, a []any) (string, []int)

func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}
