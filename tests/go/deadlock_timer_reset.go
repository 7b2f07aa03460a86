// A timer reset while pending, and a process that ends before it fires: once
// the timer has fired into its unread channel nothing can run, and Go
// reports the deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(100 * time.Millisecond)
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("slept")
	}()
	t.Reset(200 * time.Millisecond)
	c := make(chan int)
	c <- 1
}
