// Package fmt: formatted I/O, as Go's. The formatting engine is C
// (stdlib/fmt.c); this file declares the API and builds error values.
package fmt

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
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
