// Package runtime: the scheduler's knobs, as Go's.
package runtime

func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func Gosched()
func GC()

// Goexit ends the calling process after running its deferred calls
// (recover returns nil in them). Called from main, the program goes on
// until the other processes end.
func Goexit()

// SetFinalizer arranges for finalizer(obj) to run in a new process once
// obj is unreachable (checked when the program calls GC).
func SetFinalizer(obj any, finalizer any)

func KeepAlive(x any)

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"


type Error interface {
	error
	RuntimeError()
}

// A PanicNilError is what panic(nil) panics with (Go 1.21+).
type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}
