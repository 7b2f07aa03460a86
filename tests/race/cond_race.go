// race: 24,31
// found: 1
// Signal itself orders nothing (Go's detector has no edge for it): the
// write after the signaller's Unlock is not ordered with the waiter's read,
// although the waiter can only wake after it.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	go func() {
		mu.Lock() // only once main waits
		ready = true
		mu.Unlock()
		x = 1 // racing
		c.Signal()
	}()
	for !ready {
		c.Wait()
	}
	mu.Unlock()
	fmt.Println(x) // racing
}
