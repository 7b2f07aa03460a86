// million_blocked: 1,000,000 processes block receiving on one channel, then
// a close releases them all; a WaitGroup joins them.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const n = 1000000
	gate := make(chan struct{})
	var started, released sync.WaitGroup
	var count atomic.Int64
	started.Add(n)
	released.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-gate
			count.Add(1)
			released.Done()
		}()
	}
	started.Wait()
	fmt.Println("blocked:", n-int(count.Load()))
	close(gate)
	released.Wait()
	fmt.Println("released:", count.Load())
}
