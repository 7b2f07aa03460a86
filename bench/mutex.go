// mutex.go: W goroutines increment one shared counter under a sync.Mutex,
// N increments in all: with two workers the lock is contended. Reported as
// time per Lock/Unlock pair.
package main

import (
	"fmt"
	"sync"
)

const (
	G = 4        // goroutines
	N = 4000000 // increments in all
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < N/G; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
