// race: 25,29
// found: 1
// An Add that starts a new round (from zero) must happen before Wait;
// here a goroutine calls Add while main is blocked in Wait, and Go's
// detector reports the Add racing with the Wait (both lines are the
// program's calls into sync).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	done := make(chan bool)
	wg.Add(1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		wg.Done()
	}()
	go func() {
		time.Sleep(50 * time.Millisecond) // after Done: the counter is 0
		wg.Add(1)                         // racing
		wg.Done()
		done <- true
	}()
	wg.Wait() // racing
	<-done
	fmt.Println("done")
}
