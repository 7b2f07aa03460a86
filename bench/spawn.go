// spawn.go: N processes started, each doing nothing but wg.Done(); main
// waits for all of them. Measures the cost of `go` + `wg.Done()`.
package main

import (
	"fmt"
	"sync"
)

const N = 1000000

func main() {
	var wg sync.WaitGroup
	wg.Add(N)
	for i := 0; i < N; i++ {
		go func() {
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(N)
}
