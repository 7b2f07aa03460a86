// race: none
// sync.Mutex: an Unlock happens before the next Lock returns.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			x++
			mu.Unlock()
		}()
	}
	mu.Lock()
	x++
	mu.Unlock()
	wg.Wait()
	fmt.Println(x)
}
