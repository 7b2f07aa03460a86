// race: 14,17
// found: 1
// os.Exit(0) after a race: Go's detector still prints its summary and the
// status becomes 66.
package main

import "os"

var x int

func main() {
	done := make(chan bool)
	go func() {
		x = 1 // racing
		done <- true
	}()
	x = 2 // racing
	<-done
	os.Exit(0)
}
