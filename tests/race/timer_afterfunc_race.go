// race: 17,20
// found: 1
// A write after starting the timer is not ordered with its function, even
// though the function runs a millisecond later.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() {
		x = 1 // racing
		done <- true
	})
	x = 2 // racing
	<-done
	fmt.Println("done")
}
