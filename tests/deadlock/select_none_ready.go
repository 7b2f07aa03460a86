// A select whose cases can never be ready: one channel nobody sends on,
// one nil channel, and a send nobody receives.
//
// want: goroutine 1 (main) waits in a select at line @select, for any of:
// want: a receive from quit (unbuffered, made at line @quit)
// want: a receive from never (nil: never ready)
// want: a send on out (its buffer is full: 1 of 1, made at line @out)
package main

func main() {
	quit := make(chan bool) // @quit
	var never chan int
	out := make(chan int, 1) // @out
	out <- 1
	select { // @select
	case <-quit:
	case v := <-never:
		_ = v
	case out <- 2:
	}
}
