// race: 15,18
// found: 1
// A channel is a location too: close writes it, a send reads it, and a
// send not ordered before the close races with it.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	go func() {
		ch <- 1 // racing
	}()
	time.Sleep(50 * time.Millisecond) // the send happens first (no order)
	close(ch)                         // racing
	fmt.Println(<-ch)
}
