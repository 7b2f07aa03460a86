// race: 18,22
// found: 1
// Report format, between two goroutines other than main: the read's
// goroutine is still running, the writer has finished (the sleep only
// makes that order likely; it orders nothing).
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	done := make(chan bool)
	go func() {
		x = 1 // racing
	}()
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println(x) // racing
		done <- true
	}()
	<-done
}
