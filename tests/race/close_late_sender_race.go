// race: 26,29
// found: 2
// The race variant of close_sender.go: this sender comes after the close,
// so it is not one that close woke, and nothing orders the close (nor the
// write before it) with the send that panics and the read after it: two
// races, the channel first.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		defer func() {
			recover()
			fmt.Println(x)
			done <- true
		}()
		time.Sleep(50 * time.Millisecond) // the close comes first
		ch <- 1                           // racing
	}()
	x = 1
	close(ch) // racing
	<-done
}
