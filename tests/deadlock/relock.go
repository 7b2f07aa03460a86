// A function that holds the lock calls another that locks it again.
//
// want: goroutine 1 (main) waits to lock c.mu at line @inner.
// want: It is held by goroutine 1 (main) itself, which locked it as c.mu at line @outer.
// want: A sync.Mutex is not reentrant
package main

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock() // @inner
	c.n++
	c.mu.Unlock()
}

func (c *Counter) IncTwice() {
	c.mu.Lock() // @outer
	defer c.mu.Unlock()
	c.Inc()
	c.Inc()
}

func main() {
	var c Counter
	c.IncTwice()
}
