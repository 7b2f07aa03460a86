// race: 20,24
// found: 1
// A write after Timer.Reset is not ordered with the receiver of the
// timer's channel.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	done := make(chan bool)
	go func() {
		<-t.C
		fmt.Println(x) // racing
		done <- true
	}()
	t.Reset(time.Millisecond)
	x = 1 // racing
	<-done
}
