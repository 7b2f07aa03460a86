// race: none
// time.AfterFunc: starting the timer happens before its function runs.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	done := make(chan bool)
	x = 1
	time.AfterFunc(time.Millisecond, func() {
		fmt.Println(x)
		done <- true
	})
	<-done
}
