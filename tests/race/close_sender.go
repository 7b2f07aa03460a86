// race: 26,30
// found: 1
// A sender blocked on a channel that gets closed panics; close happens
// before that, so the write to x before close is ordered with the read in
// the sender's deferred function (Go's runtime acquires for it). The send
// itself, though, races with the close: a send reads the channel, close
// writes it, and the send started before anything ordered it. One race.
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
		ch <- 1 // racing
	}()
	time.Sleep(50 * time.Millisecond) // the sender blocks first
	x = 1
	close(ch) // racing
	<-done
}
