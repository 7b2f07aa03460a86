// race: none
// sync.RWMutex: an RUnlock happens before the Lock that follows it.
package main

import (
	"fmt"
	"sync"
)

var x int

func main() {
	var mu sync.RWMutex
	done := make(chan bool)
	mu.RLock()
	go func() {
		mu.Lock() // waits for the reader
		x = 1
		mu.Unlock()
		done <- true
	}()
	fmt.Println(x)
	mu.RUnlock()
	<-done
}
