// race: 16,33
// found: 1
// Report format with deeper stacks: each access shows the whole call
// stack (a method, a function, a closure), and "created at" shows where
// the goroutine's go statement was, inside a function called from main.
package main

import (
	"fmt"
	"time"
)

type Counter struct{ n int }

func (c *Counter) Inc() {
	c.n++ // racing
}

func work(c *Counter, times int) {
	for i := 0; i < times; i++ {
		c.Inc()
	}
}

func start(c *Counter, done chan bool) {
	go func() {
		work(c, 3)
		done <- true
	}()
}

func show(c *Counter) {
	fmt.Println(c.n) // racing
}

func main() {
	c := &Counter{}
	done := make(chan bool)
	start(c, done)
	time.Sleep(50 * time.Millisecond)
	show(c)
	<-done
}
