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
