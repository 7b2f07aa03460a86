// race: none
// Sends only read the channel (they never race with each other), and len
// does not touch it at all, so it may watch a channel being closed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int, 10)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch <- i
		}(i)
	}
	wg.Wait()
	done := make(chan bool)
	go func() {
		_ = len(ch)
		done <- true
	}()
	close(ch)
	<-done
	n := 0
	for range ch {
		n++
	}
	fmt.Println(n)
}
