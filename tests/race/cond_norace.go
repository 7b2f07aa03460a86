// race: none
// sync.Cond: the waiter sees what the signaller wrote while holding the
// lock (Wait unlocks, and locks again before it returns).
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
	go func() {
		x = 1
		mu.Lock()
		ready = true
		c.Signal()
		mu.Unlock()
	}()
	mu.Lock()
	for !ready {
		c.Wait()
	}
	mu.Unlock()
	fmt.Println(x)
}
