// Package runtime: the scheduler's knobs, as Go's.
package runtime

func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func Gosched()
func GC()

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
