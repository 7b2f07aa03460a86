// race: none
// Atomic operations never race with each other: functions and types,
// read-modify-writes, loads, stores and compare-and-swap on shared words.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var hits int64
var total atomic.Int64
var flag atomic.Bool
var best int32

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&hits, 1)
				total.Add(int64(j))
				flag.Store(j%2 == 0)
				for {
					old := atomic.LoadInt32(&best)
					if int32(i) <= old || atomic.CompareAndSwapInt32(&best, old, int32(i)) {
						break
					}
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&hits), total.Load(), flag.Load(), atomic.LoadInt32(&best))
}
