// Package os: process exit, arguments, standard files, environment.
//
// The standard files write through runtime/output.c (stdout is buffered
// there, with Go's observable behaviour kept: see its header) and read
// with read(2) on the worker's thread. A failed read or write returns a
// *PathError whose text is Go's ("write /dev/stdout: no space left on
// device"); a write to a broken pipe on fd 1 or 2 never returns: the
// program dies of SIGPIPE, as Go's does.
package os

type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// PathError records an error and the operation and file that caused it
// (Go's fs.PathError, which os.PathError names).
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

var Args []string = args()

func args() []string

func Exit(code int)

// write writes s; msg is the text of the errno that stopped it ("" when
// all of s was written).
func (f *File) write(s string) (n int, msg string)

// read reads at most max bytes; eof at the end of input, msg the text of
// the errno of a failed read.
func (f *File) read(max int) (data string, eof bool, msg string)

func (f *File) Write(b []byte) (n int, err error) {
	n, msg := f.write(string(b))
	if msg != "" {
		return n, &PathError{"write", f.name, errors.New(msg)}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	n, msg := f.write(s)
	if msg != "" {
		return n, &PathError{"write", f.name, errors.New(msg)}
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	data, eof, msg := f.read(len(b))
	if msg != "" {
		return 0, &PathError{"read", f.name, errors.New(msg)}
	}
	if eof {
		return 0, io.EOF
	}
	return copy(b, data), nil
}

func (f *File) Close() error { return nil }

func (f *File) Name() string { return f.name }

func Getenv(key string) string
