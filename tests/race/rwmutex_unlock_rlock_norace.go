// race: none
// sync.RWMutex: an Unlock happens before the RLock that follows it.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var mu sync.RWMutex
	done := make(chan bool)
	mu.Lock()
	go func() {
		mu.RLock() // waits for the writer
		fmt.Println(x)
		mu.RUnlock()
		done <- true
	}()
	x = 1
	mu.Unlock()
	<-done
}
