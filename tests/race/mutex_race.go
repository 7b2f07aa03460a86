// race: 18,22
// found: 1
// A lock orders only the accesses made while holding it: the goroutine
// that writes without locking races with the one that locks.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		x = 1 // racing
		done <- true
	}()
	mu.Lock()
	x = 2 // racing
	mu.Unlock()
	<-done
	fmt.Println("done")
}
