// counter.go: four processes increment one shared counter under a mutex,
// the shape of the first program a concurrency course writes. Under
// --race every increment is a checked read and write of shared memory and
// every Lock/Unlock a synchronisation the detector records.
package main

import (
	"fmt"
	"sync"
)

const N = 250000 // increments per process

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < N; i++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n) // 1000000
}
