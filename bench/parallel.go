// parallel.go: two CPU-bound processes (integer loops, no sharing) joined by
// a WaitGroup. Run with W = 1 and W = 2: the speed-up is the parallelism.
package main

import (
	"fmt"
	"sync"
)

const N = 30000000 // loop iterations per process

func work(seed int) int {
	x := seed
	for i := 0; i < N; i++ {
		x = (x*1103515245 + 12345) & 0x7fffffff
	}
	return x
}

func main() {
	var wg sync.WaitGroup
	var r [2]int
	for p := 0; p < 2; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			r[p] = work(p + 1)
		}(p)
	}
	wg.Wait()
	fmt.Println(r[0], r[1])
}
