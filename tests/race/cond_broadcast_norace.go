// race: none
// sync.Cond with Broadcast: every waiter sees what was written under the
// lock before the broadcast.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var wg sync.WaitGroup
	ready := false
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			_ = x
			mu.Unlock()
		}()
	}
	mu.Lock()
	x = 1
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println(x)
}
