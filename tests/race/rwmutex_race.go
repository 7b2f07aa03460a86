// race: 19,24
// found: 1
// Read locks do not order each other: two goroutines that write under
// RLock race.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var mu sync.RWMutex
	done := make(chan bool)
	go func() {
		mu.RLock()
		x = 1 // racing
		mu.RUnlock()
		done <- true
	}()
	mu.RLock()
	x = 2 // racing
	mu.RUnlock()
	<-done
	fmt.Println("done")
}
