// race: none
// Timer.Reset happens before the receive of the value the timer then
// sends on its channel, and before an AfterFunc timer's function.
package main

import (
	"fmt"
	"time"
)

var x, y int

func main() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	done := make(chan bool)
	go func() {
		<-t.C
		fmt.Println(x)
		done <- true
	}()
	f := time.AfterFunc(time.Hour, func() {
		fmt.Println(y)
		done <- true
	})
	x = 1
	t.Reset(time.Millisecond)
	y = 2
	f.Reset(time.Millisecond)
	<-done
	<-done
}
